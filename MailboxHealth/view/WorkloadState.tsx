import * as React from 'react';
import { FontIcon, mergeStyles, useTheme } from '@fluentui/react';
import type { Workload, WorkloadState } from '../core/types';
import type { Strings } from '../contract/strings';
import { severityStyle, uncertainStyle, WORKLOAD_STATE_SEVERITY } from './theme';

export interface WorkloadStateBadgeProps {
    readonly workload: Workload;
    /** null: the workload does not use server-side sync, or its state cannot be told (see `configured`). */
    readonly state: WorkloadState | null;
    /** From WorkloadAssessment.configured: false = not server-side sync, null = the delivery method is unknown. */
    readonly configured?: boolean | null;
    readonly strings: Strings;
    /** Compact: short workload name + icon (the list); the full sentence is the accessible name and tooltip. */
    readonly compact?: boolean;
}

const root = mergeStyles({ display: 'inline-flex', alignItems: 'center', gap: 4, whiteSpace: 'nowrap', fontSize: 12 });

/** One workload's state (incoming, outgoing, ACT) as icon + text. */
export const WorkloadStateBadge: React.FC<WorkloadStateBadgeProps> = React.memo(function WorkloadStateBadge({ workload, state, configured, strings, compact }) {
    const theme = useTheme();
    const style = state ? severityStyle(WORKLOAD_STATE_SEVERITY[state], theme) : uncertainStyle(theme);
    const icon = state ? style.icon : configured === false ? 'Remove' : 'Unknown';
    const stateText = state ? strings(`WorkloadState_${state}`) : configured === false ? strings('Label_WorkloadNotServerSideSync') : strings('Label_WorkloadUnknown');
    const full = strings('Label_WorkloadWithState', strings(`Workload_${workload}`), stateText);
    return (
        <span className={root} title={full} aria-label={compact ? full : undefined} role={compact ? 'img' : undefined} data-workload={workload} data-state={state ?? (configured === false ? 'not-sss' : 'unknown')}>
            {compact && <span aria-hidden="true">{strings(`Label_WorkloadShort_${workload}`)}</span>}
            <FontIcon iconName={icon} aria-hidden="true" style={{ color: style.foreground }} />
            {!compact && <span>{full}</span>}
        </span>
    );
});
