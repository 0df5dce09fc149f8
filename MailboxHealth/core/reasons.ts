/**
 * Reason codes: why a state, a flag or a schedule was chosen (docs/evidence.md §4.5: a list of reasons,
 * each naming its evidence columns). Words come from the resx (`Reason_<code>`, `{0}` = the reason's value,
 * `{1}` = the workload's name where the reason names one).
 */
import type { Reason, Workload } from './types';

export const REASON_CODES = [
    // ---- health states (one or more per state; see the rule groups in assess/) ----
    'mailbox-inactive', // 1: statecode = 1, or statuscode = 2 when statecode is unknown
    'no-workload-uses-sss', // 2: no delivery method is server-side sync
    'no-server-profile', // 3: emailserverprofile is null
    'server-profile-inactive', // 3 (v2): the email server profile is inactive
    'approval-rejected', // 4: emailrouteraccessapproval = 3
    'approval-pending', // 5: emailrouteraccessapproval 0 or 2 ({0} = the value)
    'test-enable-retrying', // 6 (v2): Test & Enable failed transiently and is retried ({0} = tries left, when known)
    'test-enable-scheduled', // 6b: testemailconfigurationscheduled = true
    'all-workloads-disabled', // 7: every configured workload disabled
    'workloads-disabled-none-enabled', // 7: some disabled, none enabled
    'workloads-test-failed-none-enabled', // 7: a failed test, none enabled, none disabled
    'some-workloads-disabled', // 8
    'no-workload-enabled', // 9
    'lock-held-too-long', // 10 ({0} = minutes locked; modifiedon unknown)
    'lock-host-stopped', // 10 (v2): modifiedon also old: the host stopped ({0} = minutes locked)
    'lock-cycle-running-long', // 10 (v2): modifiedon fresh: a cycle running long ({0} = minutes locked)
    'consecutive-errors', // 11 ({0} = consecutive errors)
    'processing-overdue', // 12 and schedule ({0} = minutes past next processing)
    'never-synced', // 13
    'no-problem-found', // 14
    // ---- errors ----
    'retries-left', // {0} = retries before the workload {1} is disabled, from its own counter (v2)
    'retries-left-estimated', // {0} = estimated retries (transientfailurecount unknown: the version-1 estimate)
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
    'processing-due-immediately', // v2: the 1900 column default, never postponed
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
    'workload-stopped', // v2: outgoing email stopped (postponesendinguntil in year 9999), not a backoff
    'workload-transient-failures', // v2: {0} = transient failures in a row from transientfailurecount
    'workload-failed-permanently', // v2: the workload's counter is 15 (permanent)
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
