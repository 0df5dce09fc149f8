/**
 * Severity of each health state (health-model, "Health states" table) and the worst-first order.
 */
import { HEALTH_STATES, SEVERITIES } from './types';
import type { HealthState, Severity } from './types';

/** health-model "Health states": the severity column, verbatim. */
export const SEVERITY_OF: Readonly<Record<HealthState, Severity>> = Object.freeze({
    inactive: 'neutral',
    'not-configured': 'neutral',
    misconfigured: 'critical',
    'approval-rejected': 'critical',
    'approval-pending': 'warning',
    'test-retrying': 'warning',
    'test-pending': 'info',
    disabled: 'critical',
    degraded: 'error',
    'not-enabled': 'warning',
    stuck: 'warning',
    failing: 'error',
    overdue: 'warning',
    'awaiting-first-sync': 'info',
    healthy: 'ok',
});

/** 0 = worst (critical) … 5 = ok, in the order of SEVERITIES. */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = Object.freeze(
    Object.fromEntries(SEVERITIES.map((s, i) => [s, i])) as Record<Severity, number>,
);

/**
 * @summary The severity of a health state.
 * @example severityOf('degraded') // 'error'
 */
export function severityOf(state: HealthState): Severity {
    return SEVERITY_OF[state];
}

/** Position of each state in rule order (0 = inactive … healthy last). */
export const STATE_INDEX: Readonly<Record<HealthState, number>> = Object.freeze(
    Object.fromEntries(HEALTH_STATES.map((s, i) => [s, i])) as Record<HealthState, number>,
);

/**
 * @summary Orders two states worst first: by severity rank, then by rule order (first match wins, so an earlier
 * rule is the more fundamental problem).
 * @example ['healthy', 'disabled'].sort(compareStatesWorstFirst) // ['disabled', 'healthy']
 */
export function compareStatesWorstFirst(a: HealthState, b: HealthState): number {
    return SEVERITY_RANK[SEVERITY_OF[a]] - SEVERITY_RANK[SEVERITY_OF[b]] || STATE_INDEX[a] - STATE_INDEX[b];
}

/** All states, worst first. */
export const STATES_WORST_FIRST: readonly HealthState[] = Object.freeze([...HEALTH_STATES].sort(compareStatesWorstFirst));
