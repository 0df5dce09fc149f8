/**
 * The reasons of one mailbox while the rule groups add them (docs/evidence.md §4.5: a list of reasons, each with
 * its evidence columns). One list per assessor, reused row after row.
 */
import { reasonId } from '../reasons';
import type { Reason } from '../types';

const PLACEHOLDER: Reason = Object.freeze({ code: 'no-problem-found', columns: [] });

/**
 * Lists made only of shared (frozen, valueless) reasons, by their ids: a memo of immutable values, safe to share
 * between assessors. A fleet has few distinct lists, and 100,000 copies of the same three reasons would be memory
 * and garbage-collection time.
 */
const INTERNED = new Map<number, readonly Reason[]>();

export class ReasonList {
    private readonly items: Reason[] = new Array<Reason>(16).fill(PLACEHOLDER);
    /** A counter, not `array.length = 0`: resetting a length is a runtime call, made once per mailbox. */
    private n = 0;

    clear(): void {
        this.n = 0;
    }

    get size(): number {
        return this.n;
    }

    add(r: Reason): void {
        if (this.n === this.items.length) this.items.push(r);
        else this.items[this.n] = r;
        this.n++;
    }

    /** The reasons as a list of their own; a list of at most six shared reasons is itself shared. */
    toList(): readonly Reason[] {
        const n = this.n;
        if (n <= 6) {
            let key = 0;
            for (let i = 0; i < n; i++) {
                const id = reasonId(this.items[i]);
                if (id === 0 || id > 255) return this.items.slice(0, n);
                key = key * 256 + id; // six ids of 8 bits: exact below 2^53
            }
            let shared = INTERNED.get(key);
            if (shared === undefined) {
                shared = Object.freeze(this.items.slice(0, n));
                INTERNED.set(key, shared);
            }
            return shared;
        }
        return this.items.slice(0, n);
    }
}
