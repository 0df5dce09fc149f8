import type { Severity, WorkloadState } from '../core/types';

/** How bad a workload state is, for its colour, icon and sort order (health-model.md, workloads). */
export const WORKLOAD_STATE_SEVERITY: Readonly<Record<WorkloadState, Severity>> = {
    disabled: 'critical',
    'test-failed': 'error',
    'not-enabled': 'warning',
    'not-tested': 'info',
    enabled: 'ok',
};
