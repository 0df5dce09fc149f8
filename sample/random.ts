/**
 * A small seeded pseudo-random generator for the sample fleet: the same seed always gives the same fleet, on every
 * machine and in the browser. mulberry32 (Tommy Ettinger, public domain) is tiny, fast and good enough for test data.
 */
// Hot globals are read once: global lookups are slow inside sandboxes such as jest's vm context, and a fleet of
// 100,000 mailboxes makes millions of them.
const floor = Math.floor;
const imul = Math.imul;
const fromCharCode = String.fromCharCode;

export class Random {
    private state: number;
    private readonly codes: number[] = new Array(36);

    public constructor(seed: number) {
        // Any number is a valid seed; fold it into 32 bits so 1.5, -3 and 2**40 still give distinct, stable streams.
        this.state = (Math.trunc(seed) ^ Math.trunc(seed / 4294967296)) >>> 0;
    }

    /** A float in [0, 1). */
    public next(): number {
        this.state = (this.state + 0x6d2b79f5) >>> 0;
        let t = this.state;
        t = imul(t ^ (t >>> 15), t | 1);
        t ^= t + imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    }

    /** An integer in [min, max], both inclusive. */
    public int(min: number, max: number): number {
        return min + floor(this.next() * (max - min + 1));
    }

    /** true with probability p. */
    public chance(p: number): boolean {
        return this.next() < p;
    }

    public pick<T>(items: readonly T[]): T {
        return items[floor(this.next() * items.length)];
    }

    /** A lower-case GUID (version 4 layout) drawn from this stream. */
    public guid(): string {
        // Built from character codes in one go: concatenating 20 pieces makes rope strings that cost memory at 100k.
        const codes = this.codes;
        let pos = 0;
        for (let word = 0; word < 4; word++) {
            const n = this.uint32();
            for (let shift = 28; shift >= 0; shift -= 4) {
                if (pos === 8 || pos === 13 || pos === 18 || pos === 23) codes[pos++] = DASH;
                let nibble = (n >>> shift) & 0xf;
                if (pos === 14) nibble = 4; // version 4
                if (pos === 19) nibble = 8 | (nibble & 0x3); // variant 10xx
                codes[pos++] = HEX_LOWER_CODES[nibble];
            }
        }
        return fromCharCode(...codes);
    }

    /** Upper-case hex characters, e.g. for host names. */
    public hex(length: number): string {
        const codes: number[] = new Array(length);
        for (let i = 0; i < length; i++) codes[i] = HEX_UPPER_CODES[floor(this.next() * 16)];
        return fromCharCode(...codes);
    }

    /** Shuffles in place (Fisher–Yates) and returns the same array. */
    public shuffle<T>(items: T[]): T[] {
        for (let i = items.length - 1; i > 0; i--) {
            const j = floor(this.next() * (i + 1));
            const swap = items[i];
            items[i] = items[j];
            items[j] = swap;
        }
        return items;
    }

    private uint32(): number {
        return floor(this.next() * 4294967296) >>> 0;
    }
}

const DASH = 45;
const HEX_LOWER_CODES: readonly number[] = Array.from('0123456789abcdef', (ch) => ch.charCodeAt(0));
const HEX_UPPER_CODES: readonly number[] = Array.from('0123456789ABCDEF', (ch) => ch.charCodeAt(0));
