/**
 * Thresholds and fixed numbers of the health model, each with its source.
 *
 * The thresholds are defaults the control exposes as properties (health-model "Inputs"); the fixed numbers
 * come from documented platform behaviour and are not configurable.
 */
import type { AssessOptions } from './types';

/**
 * The defaults of health-model "Inputs".
 * @example assessMailbox(row, now, { ...DEFAULT_OPTIONS, graceMinutes: 30 })
 */
export const DEFAULT_OPTIONS: AssessOptions = Object.freeze({
    // docs/evidence.md §3.4 A1: "Process emails only for approved users/queues" is on unless the org says otherwise.
    approvalRequired: true,
    // health-model "Inputs" (v2): the platform's own telemetry counts a waiting mailbox as "unpicked" 20 minutes after it was due.
    graceMinutes: 20,
    // §4.3: STUCK = 60 min lock age.
    stuckMinutes: 60,
    // §4.3: STALE = 24 h without success.
    staleHours: 24,
    // §4.3 "Idle": N = 12 ≈ 1 h of empty cycles.
    idleCycles: 12,
    // health-model "Inputs" (v2), seeds 001/002: Microsoft documents "up to 10 times" for Online.
    maxTransientFailures: 10,
});

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;

/** health-model flags: a workload is in backoff when postponed more than 5 minutes beyond next processing (§3.1 R4/R5). */
export const BACKOFF_MARGIN_MS = 5 * MINUTE_MS;

/**
 * The default retry limit, kept under its version-1 name for callers that print it; the limit in force is
 * `maxTransientFailures` (DEFAULT_OPTIONS), the one home of the number.
 */
export const MAX_TRANSIENT_RETRIES: number = DEFAULT_OPTIONS.maxTransientFailures;

/** health-model "Errors and backoff": a 4-bit counter cannot count past 15 (15 itself means permanent). */
export const MAX_TRANSIENT_FAILURES_LIMIT = 15;

export { NOT_SCHEDULED_FROM_MS } from './dates';

/** Thresholds in milliseconds, resolved once per call (or once per fleet). */
export interface ResolvedOptions {
    readonly approvalRequired: boolean;
    readonly graceMs: number;
    readonly stuckMs: number;
    readonly staleMs: number;
    readonly idleCycles: number;
    readonly maxTransientFailures: number;
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
        maxTransientFailures: Math.min(MAX_TRANSIENT_FAILURES_LIMIT, Math.floor(nonNegative(o.maxTransientFailures, DEFAULT_OPTIONS.maxTransientFailures))),
    };
}
