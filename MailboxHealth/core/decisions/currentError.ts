/**
 * Which error a mailbox shows as its own, and the retry counters per workload, read once for every decision that
 * needs them (workload indicators, the single "what to do", the list's last error).
 */
import type { ErrorMatch, MailboxAssessment, Workload, WorkloadAssessment } from '../types';
import { TRACE_LEVEL } from '../vocabulary';

/** An information alert (tracelog level 1, docs/evidence.md §2.3) is no error, and never a mailbox's "last error". */
function isErrorMatch(e: ErrorMatch): boolean {
    return !(e.source === 'tracelog' && e.level === TRACE_LEVEL.Information);
}

/**
 * @summary The mailbox's current error: the last sync error while it is current (health-model §Errors and backoff:
 * `lastErrorIsCurrent`), else null. An error older than the last success is history (seed 000).
 * @example currentError(assessMailbox({ ...row, lastsyncerrorcount: 3, lastsyncerroroccurredon: now }, now))?.source
 *   // 'lastsyncerror'
 */
export function currentError(a: MailboxAssessment): ErrorMatch | null {
    if (!a.lastErrorIsCurrent) return null;
    return a.errors.find((e) => e.source === 'lastsyncerror') ?? null;
}

/**
 * @summary The error the list shows for a mailbox: the current last sync error, else the newest error (alerts
 * included; information alerts never), else null.
 * @example shownError(a)?.code // 'Http503'
 */
export function shownError(a: MailboxAssessment): ErrorMatch | null {
    let best: ErrorMatch | null = null;
    for (const e of a.errors) {
        if (!isErrorMatch(e)) continue;
        if (e.source === 'lastsyncerror' && a.lastErrorIsCurrent) return e;
        if (best === null || (e.at ?? -Infinity) > (best.at ?? -Infinity)) best = e;
    }
    return best;
}

/**
 * @summary The newest error alert (tracelog, information alerts never), the evidence of a workload the platform
 * disabled (seed 001/002), or null.
 * @example newestErrorAlert(a)?.code // 'ExchangeLicenseMissing'
 */
export function newestErrorAlert(a: MailboxAssessment): ErrorMatch | null {
    let newest: ErrorMatch | null = null;
    for (const e of a.errors) {
        if (e.source !== 'tracelog' || !isErrorMatch(e)) continue;
        if (newest === null || (e.at ?? -Infinity) > (newest.at ?? -Infinity)) newest = e;
    }
    return newest;
}

/**
 * @summary A workload's transient failures from `transientfailurecount` (health-model §Errors and backoff, v2):
 * 0–14, 'permanent' for 15, or null when the counter is not known.
 * @example transientFailuresOf(a.workloads.incoming) // 3
 */
export function transientFailuresOf(w: WorkloadAssessment): number | 'permanent' | null {
    const n = w.transientFailures;
    return typeof n === 'number' || n === 'permanent' ? n : null;
}

/**
 * @summary Whether the retries left are the version-1 estimate from `lastsyncerrorcount` (the row has no
 * `transientfailurecount`; health-model §Errors and backoff, v2), which the assessment marks with its reason.
 * @example retriesAreEstimated(a) // true: "about 7 retries left"
 */
export function retriesAreEstimated(a: MailboxAssessment): boolean {
    return a.reasons.some((r) => r.code === 'retries-left-estimated');
}

/**
 * @summary Retries left for one workload: its own counter when the row has `transientfailurecount` (health-model
 * §Errors and backoff, v2), else the mailbox-level estimate when the current error concerns it or names no workload.
 * @example retriesLeftFor(a, 'incoming') // 7
 */
export function retriesLeftFor(a: MailboxAssessment, workload: Workload | null): number | null {
    if (workload === null) return a.retriesLeft;
    const w = a.workloads[workload];
    if (typeof w.retriesLeft === 'number') return w.retriesLeft;
    // The counter is known and says this workload has no failures.
    if (transientFailuresOf(w) !== null) return null;
    const e = currentError(a);
    if (e !== null && e.workload !== null && e.workload !== workload) return null;
    return a.retriesLeft;
}
