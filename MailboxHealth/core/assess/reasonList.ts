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

/** The shared valued reasons (the valueless ones are known to reasonId). */
const SHARED_VALUED = new Set<Reason>();

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
                SHARED_VALUED.add(r);
            }
            return r;
        }
        return reasonWithValue(this.code, this.columns, value, this.workload);
    }
}

/** Whether a reason is shared (frozen, made once by `reason` or a ValuedReason), so that lists of it can be. */
function isShared(r: Reason): boolean {
    return reasonId(r) !== 0 || SHARED_VALUED.has(r);
}

/**
 * Lists made only of shared reasons, in a tree keyed by the reasons themselves (one level per position; only
 * shared reasons ever become keys, so finding one is the check): a memo of immutable values, safe to share between
 * assessors. A fleet has few distinct lists, and 100,000 copies of the same three reasons would be memory and
 * garbage-collection time. Bounded: past MAX_NODES new lists are no longer interned (still correct, just not shared).
 */
interface Node {
    list: readonly Reason[] | undefined;
    next: Map<Reason, Node> | undefined;
}
const ROOT: Node = { list: Object.freeze([]), next: undefined };
const MAX_NODES = 100000;
let nodes = 0;

export class ReasonList {
    private readonly items: Reason[] = new Array<Reason>(16).fill(PLACEHOLDER);
    /** A counter, not `array.length = 0`: resetting a length is a runtime call, made once per mailbox. */
    private n = 0;
    /** The list toList shared last: the next row's reasons are often the same (a cheaper check than the tree). */
    private last: readonly Reason[] = ROOT.list as readonly Reason[];

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
        const last = this.last;
        if (last.length === n) {
            let i = 0;
            while (i < n && last[i] === this.items[i]) i++;
            if (i === n) return last;
        }
        let node = ROOT;
        for (let i = 0; i < n; i++) {
            const r = this.items[i];
            let next = node.next === undefined ? undefined : node.next.get(r);
            if (next === undefined) {
                if (nodes >= MAX_NODES || !isShared(r)) return this.items.slice(0, n);
                next = { list: undefined, next: undefined };
                (node.next ??= new Map()).set(r, next);
                nodes++;
            }
            node = next;
        }
        let shared = node.list;
        if (shared === undefined) {
            shared = Object.freeze(this.items.slice(0, n));
            node.list = shared;
        }
        this.last = shared;
        return shared;
    }
}
