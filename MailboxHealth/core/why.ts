/**
 * The row's leading reason: the one fact an admin scanning the fleet list needs first ("Incoming disabled after 401
 * Unauthorized, 3 d ago", "Outgoing backing off after 503, 7 retries left"), as codes and numbers. The view words
 * it from the resx; the full reasons stay in the mailbox's details.
 */
import { currentError, newestErrorAlert, retriesAreEstimated, retriesLeftFor, shownError, workloadIndicators, workloadTimesOf } from './decisions';
import { WORKLOADS } from './types';
import type { WorkloadIndicator } from './decisions';
import type { ErrorClass, ErrorMatch, Flag, HealthState, MailboxAssessment, Reason, Workload } from './types';

/**
 * - `workloads-disabled`: the platform disabled one or more workloads (state disabled or degraded).
 * - `workloads-test-failed`: a workload's Test & Enable failed and none is disabled.
 * - `backing-off`: a transient error the platform is still retrying (`retriesLeft` > 0).
 * - `failing`: the last error is current and is not being retried, or its retries are spent.
 * - `state`: the verdict's own reason (no server profile, approval pending, overdue, stuck, awaiting first sync…).
 * - `flag`: a healthy-enough mailbox whose most telling flag leads (backoff, item failures, stale).
 */
export const WHY_KINDS = ['workloads-disabled', 'workloads-test-failed', 'backing-off', 'failing', 'state', 'flag'] as const;
export type WhyKind = (typeof WHY_KINDS)[number];

/** The error behind the reason, as codes the view can name without reading the raw text. */
export interface WhyError {
    /** Catalogue code (resx `Error_<code>_Meaning`). */
    readonly code: string;
    readonly errorClass: ErrorClass;
    readonly httpStatus: number | null;
    readonly exchangeError: string | null;
    /** errortypedisplay or the symbolic name from "Email Server Error Code: …". */
    readonly errorType: string | null;
    readonly hresultHex: string | null;
}

export interface Why {
    readonly kind: WhyKind;
    readonly state: HealthState;
    /** The reason code that leads (a ReasonCode; resx `Why_<code>` in the list). */
    readonly reason: string;
    /** The workloads it concerns, in WORKLOADS order; empty when it is the mailbox as a whole. */
    readonly workloads: readonly Workload[];
    readonly error: WhyError | null;
    /** When the error happened or the state's clock started (epoch ms), for "3 d ago"; null when the data cannot tell. */
    readonly at: number | null;
    /**
     * When the mailbox entered this state, as well as the data tells it (epoch ms), for ordering "longest in that
     * state first"; null when it cannot be told.
     */
    readonly since: number | null;
    /** Retries left before the platform disables the workload (backing-off only). */
    readonly retriesLeft: number | null;
    /** The retries are the version-1 estimate (the row has no per-workload counters): "about 7 retries left". */
    readonly retriesEstimated: boolean;
    /** The reason's number: minutes overdue or locked, consecutive errors, failed items, hours since success. */
    readonly value: number | null;
    /** Columns the view lacks that keep the verdict from being settled (0 when it is settled). */
    readonly unsettledColumns: number;
}

/** Flags that lead on a mailbox whose verdict carries no problem of its own, most telling first (health-model §Flags). */
const LEADING_FLAGS: readonly Flag[] = ['backoff', 'item-failures', 'stale', 'o365-approval-missing', 'forced-unlocks'];

/** Flag → the reason code that carries its evidence (health-model §Flags; reasons.ts). */
const FLAG_REASON: Readonly<Partial<Record<Flag, string>>> = {
    backoff: 'backoff',
    'item-failures': 'item-failures',
    stale: 'stale',
    'o365-approval-missing': 'o365-approval-missing',
    'forced-unlocks': 'forced-unlocks',
};

/** States whose problem is the platform disabling or failing a workload's test (health-model §Health states 7, 8). */
const WORKLOAD_FAILED: ReadonlySet<HealthState> = new Set<HealthState>(['disabled', 'degraded']);

/** States whose verdict says nothing is wrong; a flag may then lead (health-model §Health states 13, 14). */
const QUIET: ReadonlySet<HealthState> = new Set<HealthState>(['healthy', 'awaiting-first-sync']);

const MINUTE_MS = 60_000;

function whyError(e: ErrorMatch | null): WhyError | null {
    if (e === null) return null;
    return {
        code: e.code,
        errorClass: e.class,
        httpStatus: e.httpStatus ?? null,
        exchangeError: e.exchangeError ?? null,
        errorType: e.errorType ?? null,
        hresultHex: e.hresultHex ?? null,
    };
}

/** The verdict's own reason: the first reason of an assessment is its state's (assess.ts adds it first). */
function stateReason(a: MailboxAssessment): Reason | null {
    const first = a.reasons[0];
    return first !== undefined && !first.code.startsWith('workload-') ? first : null;
}

function findReason(a: MailboxAssessment, code: string): Reason | null {
    return a.reasons.find((r) => r.code === code) ?? null;
}

function inWorkloadOrder(list: Iterable<Workload>): Workload[] {
    const set = new Set(list);
    return WORKLOADS.filter((w) => set.has(w));
}

/**
 * @summary The mailbox's leading reason (health-model §Health states, §Errors and backoff): a disabled or test-failed
 * workload with the error that disabled it; else a current error, "backing off" while the platform retries it;
 * else the verdict's own reason; on a quiet verdict, its most telling flag.
 * @example whyOf(disabledAfter401).kind // 'workloads-disabled' (workloads ['incoming'], error.httpStatus 401)
 * @example whyOf(failingOn503).kind // 'backing-off' (retriesLeft 7)
 * @param indicators the workload indicators when the caller has them already (the list does), else computed
 */
export function whyOf(a: MailboxAssessment, indicators?: { readonly [W in Workload]: WorkloadIndicator }): Why {
    const unsettledColumns = a.undetermined.length > 0 ? Math.max(1, a.unknownColumns.length) : 0;
    const own = stateReason(a);
    const base = { state: a.health, unsettledColumns, retriesLeft: null as number | null, retriesEstimated: false };

    // health-model §Health states 7–8: the platform disabled a workload (or its test failed) after an error.
    if (WORKLOAD_FAILED.has(a.health)) {
        const disabled = WORKLOADS.filter((w) => a.workloads[w].configured !== false && a.workloads[w].state === 'disabled');
        const testFailed = WORKLOADS.filter((w) => a.workloads[w].configured !== false && a.workloads[w].state === 'test-failed');
        const error = currentError(a) ?? newestErrorAlert(a) ?? shownError(a);
        const at = error?.at ?? null;
        return {
            ...base,
            kind: disabled.length > 0 ? 'workloads-disabled' : 'workloads-test-failed',
            reason: own?.code ?? (a.health === 'disabled' ? 'all-workloads-disabled' : 'some-workloads-disabled'),
            workloads: disabled.length > 0 ? disabled : testFailed,
            error: whyError(error),
            at,
            since: at,
            value: null,
        };
    }

    // health-model §Errors and backoff: a current error leads whatever state it sits beside (failing, stuck).
    const current = a.health === 'failing' ? currentError(a) : null;
    if (current !== null) {
        const shown = current.workload === null ? (indicators ?? workloadIndicators(a)) : null;
        const hit = shown === null ? [current.workload as Workload] : inWorkloadOrder(WORKLOADS.filter((w) => shown[w].indicator === 'failing' || shown[w].indicator === 'backing-off'));
        const retriesLeft = retriesLeftFor(a, hit.length === 1 ? hit[0] : null);
        // A transient error is retried up to maxTransientFailures times before the workload is disabled (seeds 001/002).
        const retrying = current.class === 'transient' && retriesLeft !== null && retriesLeft > 0;
        return {
            ...base,
            kind: retrying ? 'backing-off' : 'failing',
            reason: own?.code ?? 'consecutive-errors',
            workloads: hit,
            error: whyError(current),
            at: current.at ?? a.lastErrorAt,
            // Failing since the last success (errors follow it); with none, since the error the data shows.
            since: a.lastSuccessAt ?? current.at ?? a.lastErrorAt,
            retriesLeft: retrying ? retriesLeft : null,
            // health-model §Errors and backoff: without transientfailurecount the count is an estimate, labelled so.
            retriesEstimated: retrying && retriesAreEstimated(a),
            value: a.consecutiveErrors > 0 ? a.consecutiveErrors : null,
        };
    }

    // A quiet verdict (healthy, awaiting first sync): its most telling flag leads when it has one.
    if (QUIET.has(a.health)) {
        for (const flag of LEADING_FLAGS) {
            if (!a.flags.includes(flag)) continue;
            const r = findReason(a, FLAG_REASON[flag] ?? flag);
            const backingOff = flag === 'backoff' ? inWorkloadOrder(WORKLOADS.filter((w) => a.workloads[w].state === 'enabled' && a.workloads[w].backoff)) : [];
            const times = backingOff.length > 0 ? workloadTimesOf(a, backingOff[0]) : null;
            return {
                ...base,
                kind: 'flag',
                reason: r?.code ?? flag,
                workloads: r?.workload !== undefined ? [r.workload] : backingOff,
                error: null,
                // backoff: when the workload runs again; stale: the last success.
                at: flag === 'backoff' ? (times?.nextRunAt ?? times?.postponedUntil ?? null) : flag === 'stale' ? a.lastSuccessAt : null,
                since: null,
                value: r?.value ?? null,
            };
        }
    }

    const reason = own?.code ?? (a.health === 'healthy' ? 'no-problem-found' : a.health);
    const value = own?.value ?? null;
    let at: number | null = null;
    let since: number | null = null;
    switch (a.health) {
        case 'stuck': // health-model §Health states 10 and §Locks: locked since processinglastattemptedon
            at = a.processingSince;
            since = a.processingSince;
            break;
        case 'overdue': // health-model §Schedule: overdue since next processing (+ grace)
            at = a.nextProcessingAt;
            since = a.nextProcessingAt;
            break;
        case 'healthy':
            at = a.lastSuccessAt;
            break;
        default:
            break;
    }
    return { ...base, kind: 'state', reason, workloads: [], error: null, at, since, value };
}

/**
 * @summary A number that orders mailboxes of one state "longest in that state first": `since` in whole minutes, the
 * unknown last (health-model §Health states: the older a problem, the likelier it needs a person).
 * @example sinceRank(whyOf(a)) // 25632178
 */
export function sinceRank(why: Why): number {
    return why.since === null || !Number.isFinite(why.since) ? Number.MAX_SAFE_INTEGER : Math.floor(why.since / MINUTE_MS);
}
