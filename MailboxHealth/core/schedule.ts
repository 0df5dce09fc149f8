/**
 * "When will it sync next" (health-model "Schedule", docs/evidence.md §4.4). Every time comes from a column;
 * the platform adapts its cadence (§1.2 C4), so no interval is ever invented here.
 */
import { isNeverPostponed, isNotScheduled } from './dates';
import { BACKOFF_MARGIN_MS, MINUTE_MS } from './thresholds';
import type { DueState } from './types';

export { isNeverPostponed, isNotScheduled };

/**
 * @summary nextProcessingAt: postponemailboxprocessinguntil, or null when it is missing, the year-9999 sentinel, or
 * the 1900 column default ("due immediately", health-model "Schedule" v2: see `isDueImmediately`).
 * @param p the column read as epoch ms, null (empty) or undefined (unknown)
 * @example nextProcessing(Date.parse('2018-12-03T15:28:37Z')) // 1543850917000
 */
export function nextProcessing(p: number | null | undefined): number | null {
    return typeof p === 'number' && !isNotScheduled(p) && !isNeverPostponed(p) ? p : null;
}

/**
 * @summary Whether postponemailboxprocessinguntil holds the column default (before 1901): due now, never postponed
 * (health-model "Schedule" v2), so `due` is `due` without an instant to measure lateness from.
 * @example isDueImmediately(Date.UTC(1900, 0, 1)) // true
 */
export function isDueImmediately(p: number | null | undefined): boolean {
    return typeof p === 'number' && isNeverPostponed(p);
}

/**
 * @summary The `due` state (health-model "Schedule").
 * @description `in-progress` when processingstatecode = 1; `due` when the postpone column holds the 1900 default
 * (`dueImmediately`); `not-scheduled` without a next processing time;
 * `scheduled` while now is before it; `due` from that instant up to and including next processing + grace;
 * `overdue` after that.
 * @example dueState(0, P, P, 15 * 60_000) // 'due' (exactly at P)
 */
export function dueState(processingState: number | null | undefined, nextProcessingAt: number | null, now: number, graceMs: number, dueImmediately = false): DueState {
    if (processingState === 1) return 'in-progress';
    if (dueImmediately) return 'due'; // health-model "Schedule" (v2): the 1900 default, never overdue on its own
    if (nextProcessingAt === null) return 'not-scheduled';
    if (now < nextProcessingAt) return 'scheduled';
    return now <= nextProcessingAt + graceMs ? 'due' : 'overdue';
}

/** Whole minutes from a to b (b ≥ a), rounded down. */
export function minutesBetween(a: number, b: number): number {
    return Math.floor((b - a) / MINUTE_MS);
}

/** How a configured, enabled workload runs, relative to next processing P (§3.1 R4, seed 000). */
export const RUN = Object.freeze({
    /** Postponed-until is empty or at/before P: runs in the next cycle (seed 000). */
    NextCycle: 0,
    /** Postponed-until is after P but not beyond P + 5 min. */
    Postponed: 1,
    /** Postponed-until is beyond P + 5 min: the `backoff` flag. */
    Backoff: 2,
    /** Postponed-until is the year-9999 sentinel. */
    Indefinitely: 3,
    /** The mailbox has no next processing. */
    NotScheduled: 4,
    /** P or the postponed-until column is unknown. */
    Unknown: 5,
    /** Outgoing email stopped: postponesendinguntil in year 9999 (health-model "Schedule" v2), not a backoff. */
    Stopped: 6,
} as const);
export type RunKind = (typeof RUN)[keyof typeof RUN];

/**
 * @summary Classifies a workload's postponed-until Q against next processing P.
 * @param p nextProcessingAt (null = not scheduled) or undefined when the column is unknown
 * @param q the workload's postponed-until: epoch ms, null (empty) or undefined (unknown)
 * @example runKind(P, P - 1) // RUN.NextCycle
 */
export function runKind(p: number | null | undefined, q: number | null | undefined): RunKind {
    if (p === null) return RUN.NotScheduled;
    if (p === undefined || q === undefined) return RUN.Unknown;
    if (q === null || q <= p) return RUN.NextCycle;
    if (isNotScheduled(q)) return RUN.Indefinitely;
    return q > p + BACKOFF_MARGIN_MS ? RUN.Backoff : RUN.Postponed;
}
