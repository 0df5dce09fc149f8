/**
 * The public surface of the interpretation core (framework-free; see DEVELOPERS.md "Layers").
 */
export * from './types';
export { DEFAULT_OPTIONS, MAX_TRANSIENT_RETRIES, MAX_TRANSIENT_FAILURES_LIMIT, BACKOFF_MARGIN_MS, NOT_SCHEDULED_FROM_MS } from './thresholds';
export * from './vocabulary';
export { isDateOnly, isNeverPostponed, NEVER_POSTPONED_BEFORE_MS } from './dates';
export { assessMailbox, assessFleet } from './assess';
export { summarizeFleet, TOP_ERRORS_LIMIT } from './summarize';
export { severityOf, SEVERITY_RANK, SEVERITY_OF, STATES_WORST_FIRST, compareStatesWorstFirst } from './severity';
export { REASON_CODES } from './reasons';
export type { ReasonCode } from './reasons';
export { RULE_COLUMNS, REQUIRED_COLUMNS } from './columns';
export { assessmentToJson } from './json';
export type { AssessmentJson, WorkloadJson, ErrorMatchJson } from './json';
export { WORKLOAD_SPECS } from './workloads';
export type { WorkloadSpec } from './workloads';
export { isNotScheduled, isDueImmediately } from './schedule';
export { parseIsoInstant, utcDateTime } from './dates';
export { relativeTime, duration, durationKey } from './relativeTime';
export type { RelativeTime, Duration, TimeUnit } from './relativeTime';
export * from './errorCatalogue';
export * from './webApi';
export * from './log';
export * from './alerts';
// What the control and the command-line tool show, decided once (next processing, indicators, advice, totals).
export * from './decisions';
