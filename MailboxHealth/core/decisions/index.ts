/**
 * Decisions derived from an assessment that the control and the command-line tool both show: next processing,
 * workload indicators, the single "what to do", fleet totals and the recent alerts. Both only format these.
 */
export * from './nextProcessing';
export * from './currentError';
export * from './workloadIndicator';
export * from './advice';
export * from './fleetTotals';
export * from './recentAlerts';
