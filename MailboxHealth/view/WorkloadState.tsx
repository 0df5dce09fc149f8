import * as React from 'react';
import { FontIcon, mergeStyles, useTheme } from '@fluentui/react';
import type { WorkloadIndicator } from '../core';
import type { Strings } from '../contract/strings';
import { severityStyle, uncertainStyle } from './theme';

export interface WorkloadStateBadgeProps {
    /** The core's indicator for the workload (core/decisions/workloadIndicator.ts): it agrees with the verdict. */
    readonly indicator: WorkloadIndicator;
    readonly strings: Strings;
    /** Compact: short workload name + icon (the list); the full sentence is the accessible name and tooltip. */
    readonly compact?: boolean;
}

const root = mergeStyles({ display: 'inline-flex', alignItems: 'center', gap: 4, whiteSpace: 'nowrap', fontSize: 12 });

/** "Incoming email: Failing (retries left: 7)": the words of an indicator, also its text alternative. */
export function workloadIndicatorText(indicator: WorkloadIndicator, strings: Strings): string {
    const state = strings(`Label_WorkloadIndicator_${indicator.indicator}`);
    const withRetries = indicator.retriesLeft === null ? state : strings('Label_WorkloadIndicatorRetries', state, indicator.retriesLeft);
    return strings('Label_WorkloadWithState', strings(`Workload_${indicator.workload}`), withRetries);
}

/** One workload's indicator (incoming, outgoing, ACT) as icon + text. */
export const WorkloadStateBadge: React.FC<WorkloadStateBadgeProps> = React.memo(function WorkloadStateBadge({ indicator, strings, compact }) {
    const theme = useTheme();
    const code = indicator.indicator;
    const style = code === 'unknown' ? uncertainStyle(theme) : severityStyle(indicator.severity, theme);
    const icon = code === 'not-server-side-sync' ? 'Remove' : style.icon;
    const full = workloadIndicatorText(indicator, strings);
    return (
        <span className={root} title={full} aria-label={compact ? full : undefined} role={compact ? 'img' : undefined} data-workload={indicator.workload} data-state={code}>
            {compact && <span aria-hidden="true">{strings(`Label_WorkloadShort_${indicator.workload}`)}</span>}
            <FontIcon iconName={icon} aria-hidden="true" style={{ color: style.foreground }} />
            {!compact && <span>{full}</span>}
        </span>
    );
});
