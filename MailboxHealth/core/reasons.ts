/**
 * Reason codes: why a state, a flag or a schedule was chosen (mailbox-reference.md §4.5: "generate a reason list,
 * each item with its evidence columns"). Words come from the resx (`Reason_<code>`, `{0}` = the reason's value,
 * `{1}` = the workload's name where the reason names one).
 */
import type { Reason, Workload } from './types';

export const REASON_CODES = [
    // ---- health states (one per state; the gap variants are explained in assess.ts) ----
    'mailbox-inactive', // 1: statecode = 1
    'no-workload-uses-sss', // 2: no delivery method is server-side sync
    'no-server-profile', // 3: emailserverprofile is null
    'approval-rejected', // 4: emailrouteraccessapproval = 3
    'approval-pending', // 5: emailrouteraccessapproval 0 or 2 ({0} = the value)
    'test-enable-scheduled', // 6: testemailconfigurationscheduled = true
    'all-workloads-disabled', // 7
    'workloads-disabled-none-enabled', // 7, gap: some disabled, the rest never enabled
    'some-workloads-disabled', // 8
    'workloads-test-failed-none-enabled', // 8, gap: a failed test and nothing enabled
    'no-workload-enabled', // 9
    'lock-held-too-long', // 10 ({0} = minutes locked)
    'consecutive-errors', // 11 ({0} = consecutive errors)
    'processing-overdue', // 12 and schedule ({0} = minutes past next processing)
    'never-synced', // 13
    'no-problem-found', // 14
    // ---- errors ----
    'retries-left', // {0} = estimated retries before the workload is disabled
    'last-error-not-current', // the last error is older than the last success (seed 000, C7)
    // ---- flags ----
    'syncing-now',
    'unknown-processing-state', // {0} = raw processingstatecode (absent when null)
    'idle', // {0} = noemailcount
    'item-failures', // {0} = itemsfailedforlastsync
    'stale', // {0} = hours since the last success
    'backoff', // {0} = minutes beyond next processing, {1} = workload
    'workload-not-enabled', // {1} = workload
    'forced-unlocks', // {0} = forcedunlockcount
    'o365-approval-missing',
    'exo-autodiscover-off',
    'exo-impersonation',
    'exo-user-or-profile-credentials',
    'forward-mailbox',
    // ---- schedule (mailbox) ----
    'schedule-not-applicable', // inactive or not using server-side sync
    'next-processing-scheduled',
    'processing-due', // {0} = minutes past next processing
    'processing-not-scheduled', // empty or the year-9999 sentinel
    'processing-schedule-unknown', // column absent or unreadable
    // ---- per workload ----
    'workload-not-configured', // {0} = the delivery method value, {1} = workload
    'workload-configuration-unknown',
    'workload-disabled-by-error',
    'workload-switched-off',
    'workload-never-tested',
    'workload-test-failed',
    'workload-enabled',
    'workload-state-unknown',
    'workload-status-unknown', // the status column is unknown; the state follows the enabled flag
    'workload-in-next-cycle',
    'workload-postponed', // {0} = minutes beyond next processing (at most 5)
    'workload-backoff', // {0} = minutes beyond next processing (more than 5)
    'workload-postponed-indefinitely', // the workload's postponed-until is in year 9999
    'workload-not-scheduled', // the mailbox has no next processing, or the workload does not run
    'workload-schedule-unknown', // next processing or the postponed-until column is unknown
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

/** Shared reasons by identity, numbered from 1 (for interning lists of them). */
const SHARED_IDS = new Map<Reason, number>();

/**
 * @summary A reason without a value. Shared reasons are frozen, so one object can serve many assessments.
 * @example reason('never-synced', ['lastsuccessfulsynccompletedon'])
 */
export function reason(code: ReasonCode, columns: readonly string[], workload?: Workload): Reason {
    const r = Object.freeze(workload === undefined ? { code, columns } : { code, columns, workload });
    SHARED_IDS.set(r, SHARED_IDS.size + 1);
    return r;
}

/** @summary The number of a shared reason made by `reason`, or 0 for any other reason object. */
export function reasonId(r: Reason): number {
    return SHARED_IDS.get(r) ?? 0;
}

/** @summary A reason with a number for the sentence ({0}). */
export function reasonWithValue(code: ReasonCode, columns: readonly string[], value: number, workload?: Workload): Reason {
    return workload === undefined ? { code, columns, value } : { code, columns, workload, value };
}
