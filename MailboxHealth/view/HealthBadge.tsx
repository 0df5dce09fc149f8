import * as React from 'react';
import { FontIcon, mergeStyles, useTheme } from '@fluentui/react';
import type { HealthState, Severity } from '../core/types';
import type { Strings } from './strings';
import { severityStyle, uncertainStyle } from './theme';

export interface HealthBadgeProps {
    readonly state: HealthState;
    readonly severity: Severity;
    /** The verdict is not settled (assessment.undetermined is non-empty): shown as such, never as a plain state. */
    readonly uncertain: boolean;
    readonly strings: Strings;
}

const badge = mergeStyles({
    display: 'inline-flex',
    alignItems: 'center',
    gap: 4,
    padding: '1px 8px',
    borderRadius: 10,
    fontSize: 12,
    lineHeight: '18px',
    whiteSpace: 'nowrap',
    borderWidth: 1,
    borderStyle: 'solid',
    maxWidth: '100%',
    boxSizing: 'border-box',
});
const label = mergeStyles({ overflow: 'hidden', textOverflow: 'ellipsis' });

/** A health state as colour + icon + text (never colour alone). */
export const HealthBadge: React.FC<HealthBadgeProps> = React.memo(function HealthBadge({ state, severity, uncertain, strings }) {
    const theme = useTheme();
    const style = uncertain ? uncertainStyle(theme) : severityStyle(severity, theme);
    const stateText = strings(`State_${state}`);
    const text = uncertain ? strings('Label_StateNotSettled', stateText) : stateText;
    return (
        <span
            className={badge}
            style={{ background: style.background, color: style.text, borderColor: style.foreground }}
            title={uncertain ? strings('Message_StateNotSettled_Tooltip', stateText) : strings('Label_StateWithSeverity', stateText, strings(`Severity_${severity}`))}
            data-health={state}
            data-uncertain={uncertain ? 'true' : undefined}
        >
            <FontIcon iconName={style.icon} aria-hidden="true" style={{ color: style.foreground }} />
            <span className={label}>{text}</span>
        </span>
    );
});
