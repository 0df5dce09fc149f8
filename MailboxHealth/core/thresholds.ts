/**
 * Thresholds and fixed numbers of the health model, each with its source.
 *
 * The four thresholds are defaults the control exposes as properties (health-model.md "Inputs"); the fixed numbers
 * come from documented platform behaviour and are not configurable.
 */
import type { AssessOptions } from './types';

/**
 * The defaults of health-model.md "Inputs".
 * @example assessMailbox(row, now, { ...DEFAULT_OPTIONS, graceMinutes: 30 })
 */
export const DEFAULT_OPTIONS: AssessOptions = Object.freeze({
    // mailbox-reference.md §3.4 A1: "Process emails only for approved users/queues" is on unless the org says otherwise.
    approvalRequired: true,
    // §4.3: GRACE = 15 min for due → overdue.
    graceMinutes: 15,
    // §4.3: STUCK = 60 min lock age.
    stuckMinutes: 60,
    // §4.3: STALE = 24 h without success.
    staleHours: 24,
    // §4.3 "Idle": N = 12 ≈ 1 h of empty cycles.
    idleCycles: 12,
});

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;

/** health-model.md flags: a workload is in backoff when postponed more than 5 minutes beyond next processing (§3.1 R4/R5). */
export const BACKOFF_MARGIN_MS = 5 * MINUTE_MS;

/** §3.2 E3: transient errors are retried up to 10 times, then the workload is disabled. */
export const MAX_TRANSIENT_RETRIES = 10;

/**
 * §2.7 T3: `9999-12-31 23:59:59.997` (or DateTime.Max) means "not scheduled"; health-model.md treats any instant in
 * year 9999 or later as that sentinel.
 */
export const NOT_SCHEDULED_FROM_MS = Date.UTC(9999, 0, 1);

/** Thresholds in milliseconds, resolved once per call (or once per fleet). */
export interface ResolvedOptions {
    readonly approvalRequired: boolean;
    readonly graceMs: number;
    readonly stuckMs: number;
    readonly staleMs: number;
    readonly idleCycles: number;
}

function nonNegative(value: unknown, fallback: number): number {
    return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : fallback;
}

/**
 * @summary Merges options over the defaults; a missing, negative or non-finite value falls back to its default.
 * @example resolveOptions({ graceMinutes: 30 }).graceMs // 1_800_000
 */
export function resolveOptions(options?: Partial<AssessOptions> | null): ResolvedOptions {
    const o: Partial<AssessOptions> = options !== null && typeof options === 'object' ? options : {};
    return {
        approvalRequired: typeof o.approvalRequired === 'boolean' ? o.approvalRequired : DEFAULT_OPTIONS.approvalRequired,
        graceMs: nonNegative(o.graceMinutes, DEFAULT_OPTIONS.graceMinutes) * MINUTE_MS,
        stuckMs: nonNegative(o.stuckMinutes, DEFAULT_OPTIONS.stuckMinutes) * MINUTE_MS,
        staleMs: nonNegative(o.staleHours, DEFAULT_OPTIONS.staleHours) * HOUR_MS,
        idleCycles: nonNegative(o.idleCycles, DEFAULT_OPTIONS.idleCycles),
    };
}
