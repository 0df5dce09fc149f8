import * as React from 'react';
import { FontIcon, mergeStyles, useTheme } from '@fluentui/react';
import { HEALTH_STATES } from '../core/types';
import type { HealthState, Severity } from '../core/types';
import type { Strings } from '../contract/strings';
import { severityStyle, uncertainStyle } from './theme';

export interface HealthBadgeProps {
    readonly state: HealthState;
    readonly severity: Severity;
    /** The verdict is not settled (assessment.undetermined is non-empty): shown as such, never as a plain state. */
    readonly uncertain: boolean;
    /** assessment.undetermined: the earlier states that cannot be ruled out (words for the badge and its hover text). */
    readonly undetermined?: readonly HealthState[];
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

/**
 * Whether nothing can be told: every state before the provisional one is still open (a view without the health
 * columns). The provisional state is then the last rule's, and naming it would only mislead.
 */
export function cannotJudge(state: HealthState, undetermined: readonly HealthState[]): boolean {
    const index = HEALTH_STATES.indexOf(state);
    return index > 0 && undetermined.length >= index;
}

/**
 * The words of a verdict that is not settled. They lead with the uncertainty, so someone scanning the list never
 * reads a state first: "Can't judge: columns missing" when nothing can be told, otherwise "Not settled: at best
 * Healthy" (the core's `health` is the latest state the data allows; worse ones stay open).
 */
export function notSettledText(state: HealthState, undetermined: readonly HealthState[] | undefined, strings: Strings): string {
    if (undetermined && cannotJudge(state, undetermined)) return strings('Label_StateCannotJudge');
    return strings('Label_StateNotSettled', strings(`State_${state}`));
}

/** The hover text of a verdict that is not settled: what the data shows at best, and what it cannot rule out. */
export function notSettledTitle(state: HealthState, undetermined: readonly HealthState[] | undefined, strings: Strings): string {
    const open = (undetermined ?? []).map((s) => strings(`State_${s}`)).join(strings('Label_ListSeparator'));
    return strings('Message_StateNotSettled_Tooltip', strings(`State_${state}`), open === '' ? strings('Label_Unknown') : open);
}

/** A health state as colour + icon + text (never colour alone). */
export const HealthBadge: React.FC<HealthBadgeProps> = React.memo(function HealthBadge({ state, severity, uncertain, undetermined, strings }) {
    const theme = useTheme();
    const style = uncertain ? uncertainStyle(theme) : severityStyle(severity, theme);
    const stateText = strings(`State_${state}`);
    const text = uncertain ? notSettledText(state, undetermined, strings) : stateText;
    return (
        <span
            className={badge}
            style={{ background: style.background, color: style.text, borderColor: style.foreground }}
            title={uncertain ? notSettledTitle(state, undetermined, strings) : strings('Label_StateWithSeverity', stateText, strings(`Severity_${severity}`))}
            data-health={state}
            data-uncertain={uncertain ? 'true' : undefined}
        >
            <FontIcon iconName={style.icon} aria-hidden="true" style={{ color: style.foreground }} />
            <span className={label}>{text}</span>
        </span>
    );
});
