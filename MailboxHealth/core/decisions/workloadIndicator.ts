/**
 * One indicator per workload (incoming, outgoing, ACT) that agrees with the mailbox's verdict: the list's icons and
 * the form's workload cards both show it, so a mailbox failing on incoming never shows three green ticks.
 */
import { SEVERITY_RANK } from '../severity';
import { WORKLOADS } from '../types';
import type { HealthState, MailboxAssessment, Severity, Workload, WorkloadAssessment } from '../types';
import { currentError, retriesLeftFor, transientFailuresOf } from './currentError';

/** Indicator codes; words are the resx entries `Label_WorkloadIndicator_<code>` (`{0}` = retries left where it applies). */
export const WORKLOAD_INDICATORS = [
    'enabled',
    'backing-off',
    'failing',
    'affected',
    'blocked',
    'test-failed',
    'disabled',
    'not-enabled',
    'not-tested',
    'not-server-side-sync',
    'unknown',
] as const;
export type WorkloadIndicatorCode = (typeof WORKLOAD_INDICATORS)[number];

export interface WorkloadIndicator {
    readonly workload: Workload;
    readonly indicator: WorkloadIndicatorCode;
    readonly severity: Severity;
    /** Retries left before the platform disables this workload, when it is failing transiently. */
    readonly retriesLeft: number | null;
}

/** States in which the platform processes no workload of the mailbox, whatever each workload's own state. */
const BLOCKING: ReadonlySet<HealthState> = new Set<HealthState>(['inactive', 'misconfigured', 'approval-rejected', 'approval-pending']);

/** States in which a current last error is the mailbox's problem (health-model §Health states 8, 10, 11). */
const ERROR_STATES: ReadonlySet<HealthState> = new Set<HealthState>(['failing', 'degraded', 'stuck']);

const FIXED_SEVERITY: Readonly<Record<Exclude<WorkloadIndicatorCode, 'blocked'>, Severity>> = {
    enabled: 'ok',
    'backing-off': 'warning',
    failing: 'error',
    affected: 'warning',
    'test-failed': 'error',
    disabled: 'critical',
    'not-enabled': 'warning',
    'not-tested': 'info',
    'not-server-side-sync': 'neutral',
    unknown: 'neutral',
};

function indicatorOf(a: MailboxAssessment, w: WorkloadAssessment, anyBackoff: boolean): WorkloadIndicatorCode {
    if (w.configured === false) return 'not-server-side-sync';
    if (w.state === null) return 'unknown';
    // health-model §Workloads: the workload's own state first; only an enabled workload can look healthy.
    if (w.state !== 'enabled') return w.state;
    // health-model §Health states 1, 3–5: an inactive, profile-less or unapproved mailbox syncs nothing.
    if (BLOCKING.has(a.health)) return 'blocked';
    const counted = transientFailuresOf(w);
    if (counted !== null) {
        // health-model §Errors and backoff (v2): the per-workload counter says which workload failed.
        if (counted === 'permanent') return 'failing';
        if (counted > 0) return 'backing-off';
        return w.backoff ? 'backing-off' : 'enabled';
    }
    const error = ERROR_STATES.has(a.health) ? currentError(a) : null;
    if (error !== null) {
        // health-model §Errors and backoff: the error columns are shared and name no workload on their own.
        if (error.workload === w.workload) return 'failing';
        if (error.workload === null) return w.backoff ? 'failing' : anyBackoff ? 'enabled' : 'affected';
    }
    return w.backoff ? 'backing-off' : 'enabled';
}

/**
 * @summary Each workload's indicator and severity, consistent with the mailbox's verdict (health-model §Workloads,
 * §Health states, §Errors and backoff).
 * @example workloadIndicators(failingOnIncoming).incoming.indicator // 'failing'
 * @example workloadIndicators(noServerProfile).act.indicator // 'blocked'
 */
export function workloadIndicators(a: MailboxAssessment): { readonly [W in Workload]: WorkloadIndicator } {
    const anyBackoff = WORKLOADS.some((w) => a.workloads[w].state === 'enabled' && a.workloads[w].backoff);
    const out = {} as Record<Workload, WorkloadIndicator>;
    for (const w of WORKLOADS) {
        const indicator = indicatorOf(a, a.workloads[w], anyBackoff);
        const failingNow = indicator === 'failing' || indicator === 'backing-off' || indicator === 'affected';
        out[w] = {
            workload: w,
            indicator,
            severity: indicator === 'blocked' ? a.severity : FIXED_SEVERITY[indicator],
            retriesLeft: failingNow ? retriesLeftFor(a, w) : null,
        };
    }
    return out;
}

/**
 * @summary The worst workload severity's rank (SEVERITY_RANK, lower is worse), or null when no workload is
 * configured or known: the list sorts its Workloads column by it.
 * @param indicators workloadIndicators(a), when the caller has them already
 * @example worstWorkloadRank(workloadIndicators(a)) // 1 ('error')
 */
export function worstWorkloadRank(indicators: { readonly [W in Workload]: WorkloadIndicator }): number | null {
    let rank: number | null = null;
    for (const w of WORKLOADS) {
        const i = indicators[w];
        if (i.indicator === 'not-server-side-sync' || i.indicator === 'unknown') continue;
        const r = SEVERITY_RANK[i.severity];
        if (rank === null || r < rank) rank = r;
    }
    return rank;
}
