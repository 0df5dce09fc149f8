import * as React from 'react';
import { useTheme } from '@fluentui/react';
import type { MailboxAssessment } from '../core/types';
import { formatRelative } from './format';
import { NOW_X, sparklineMarks } from './sparklineModel';
import type { SparkMark } from './sparklineModel';
import type { Strings } from '../contract/strings';

export interface SparklineProps {
    readonly assessment: MailboxAssessment;
    readonly now: number;
    readonly strings: Strings;
}

const WIDTH = 120;
const HEIGHT = 22;
const MID = HEIGHT / 2;

/** The compact timeline of one row: inline SVG (no chart per row), shapes as well as colours, a text alternative. */
export const Sparkline: React.FC<SparklineProps> = React.memo(function Sparkline({ assessment, now, strings }) {
    const theme = useTheme();
    const p = theme.palette;
    const s = theme.semanticColors;
    const marks = sparklineMarks(assessment, now);
    const label = [
        strings('Label_SparkSuccess', formatRelative(assessment.lastSuccessAt, now, strings)),
        strings('Label_SparkError', formatRelative(assessment.lastErrorAt, now, strings)),
        strings('Label_SparkNext', formatRelative(assessment.nextProcessingAt, now, strings)),
    ].join(strings('Label_ListSeparator'));
    const x = (m: SparkMark): number => 4 + m.x * (WIDTH - 8);
    return (
        <svg width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label} focusable="false">
            <title>{label}</title>
            <line x1={4} x2={WIDTH - 4} y1={MID} y2={MID} stroke={p.neutralQuaternary} strokeWidth={1} />
            <line x1={4 + NOW_X * (WIDTH - 8)} x2={4 + NOW_X * (WIDTH - 8)} y1={2} y2={HEIGHT - 2} stroke={p.neutralSecondary} strokeWidth={1} strokeDasharray="2 2" />
            {marks.map((m) => {
                const cx = x(m);
                switch (m.kind) {
                    case 'attempt':
                        return <line key={m.kind} data-mark={m.kind} x1={cx} x2={cx} y1={MID - 6} y2={MID + 6} stroke={p.neutralSecondary} strokeWidth={1.5} />;
                    case 'success':
                        return <circle key={m.kind} data-mark={m.kind} cx={cx} cy={MID} r={4} fill={s.successIcon} />;
                    case 'error':
                        return (
                            <path key={m.kind} data-mark={m.kind} d={`M${cx - 4} ${MID - 4} L${cx + 4} ${MID + 4} M${cx + 4} ${MID - 4} L${cx - 4} ${MID + 4}`} stroke={s.errorIcon} strokeWidth={2} />
                        );
                    case 'next':
                        return <circle key={m.kind} data-mark={m.kind} cx={cx} cy={MID} r={4} fill="none" stroke={m.at < now ? s.severeWarningIcon : s.link} strokeWidth={2} />;
                }
            })}
        </svg>
    );
});
