/**
 * The reasons of one mailbox while the rule groups add them (docs/evidence.md §4.5: a list of reasons, each with
 * its evidence columns). One list per assessor, reused row after row.
 */
import { reasonId, reasonWithValue } from '../reasons';
import type { ReasonCode } from '../reasons';
import type { Reason, Workload } from '../types';

const PLACEHOLDER: Reason = Object.freeze({ code: 'no-problem-found', columns: [] });

/** Values up to this (exclusive) get one shared reason each; larger ones (rare: hours stale, big counts) a new one. */
const SHARED_VALUES = 1024;

/** Shared valued reasons, numbered after the valueless ones (reasonId): for interning lists of them. */
const VALUED_IDS = new Map<Reason, number>();
let nextValuedId = 1 << 16;

/**
 * @summary A reason with a value (docs/evidence.md §4.5: {0} of its sentence), shared per whole value below 1,024: a
 * memo of immutable (frozen) objects, safe to share between assessors and rows, so a fleet does not hold 100,000 equal
 * copies of "5 minutes postponed" and the lists holding them can be shared too.
 */
export class ValuedReason {
    private readonly byValue: (Reason | undefined)[] = [];

    constructor(
        private readonly code: ReasonCode,
        private readonly columns: readonly string[],
        private readonly workload?: Workload,
    ) {}

    of(value: number): Reason {
        // whole, in range, and not -0 (a shared +0 would change what the caller computed)
        if (value >= 0 && value < SHARED_VALUES && (value | 0) === value && (value !== 0 || 1 / value > 0)) {
            let r = this.byValue[value];
            if (r === undefined) {
                r = Object.freeze(reasonWithValue(this.code, this.columns, value, this.workload));
                this.byValue[value] = r;
                VALUED_IDS.set(r, nextValuedId++);
            }
            return r;
        }
        return reasonWithValue(this.code, this.columns, value, this.workload);
    }
}

/** The interning number of a shared reason (valueless or valued), or 0 for a reason of its own. */
function sharedId(r: Reason): number {
    const id = reasonId(r);
    return id !== 0 ? id : (VALUED_IDS.get(r) ?? 0);
}

/**
 * Lists made only of shared reasons, in a tree by their ids (one level per position): a memo of immutable values,
 * safe to share between assessors. A fleet has few distinct lists, and 100,000 copies of the same three reasons would
 * be memory and garbage-collection time. Bounded: past MAX_NODES new lists are no longer interned (still correct).
 */
interface Node {
    list: readonly Reason[] | undefined;
    readonly next: Map<number, Node>;
}
const ROOT: Node = { list: Object.freeze([]), next: new Map() };
const MAX_NODES = 100000;
let nodes = 0;

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

    /** Adds every reason of a list. */
    addAll(list: readonly Reason[]): void {
        for (let i = 0; i < list.length; i++) this.add(list[i]);
    }

    /** The reasons as a list of their own; a list of shared reasons is itself shared (frozen). */
    toList(): readonly Reason[] {
        const n = this.n;
        let node = ROOT;
        for (let i = 0; i < n; i++) {
            const id = sharedId(this.items[i]);
            if (id === 0) return this.items.slice(0, n);
            let next = node.next.get(id);
            if (next === undefined) {
                if (nodes >= MAX_NODES) return this.items.slice(0, n);
                next = { list: undefined, next: new Map() };
                node.next.set(id, next);
                nodes++;
            }
            node = next;
        }
        let shared = node.list;
        if (shared === undefined) {
            shared = Object.freeze(this.items.slice(0, n));
            node.list = shared;
        }
        return shared;
    }
}
