import * as React from 'react';
import { mergeStyles, useTheme } from '@fluentui/react';
import type { ITheme } from '@fluentui/react';
import type { MailboxAssessment } from '../core/types';
import { NOW_X, SPARK_LEGEND_KEYS, SPARK_LEGEND_ORDER, sparklineLabel, sparklineLegendText, sparklineMarks } from './sparklineModel';
import type { SparkKind } from './sparklineModel';
import type { Strings } from '../contract/strings';

export interface SparklineProps {
    readonly assessment: MailboxAssessment;
    readonly now: number;
    readonly strings: Strings;
}

const WIDTH = 120;
const HEIGHT = 28;
const MID = HEIGHT / 2;
const PAD = 7;

/** One colour per meaning, from the host's theme; history is muted grey (still 3:1 against the background). */
export interface SparkColours {
    readonly kinds: Readonly<Record<SparkKind, string>>;
    readonly now: string;
    readonly axis: string;
}

export function sparkColours(theme: ITheme): SparkColours {
    const p = theme.palette;
    const s = theme.semanticColors;
    return {
        kinds: { error: s.errorIcon, 'error-history': p.neutralSecondaryAlt, attempt: p.neutralPrimary, success: s.successIcon, next: s.link, 'next-late': s.severeWarningIcon },
        now: p.neutralSecondary,
        axis: p.neutralQuaternary,
    };
}

/**
 * One mark as SVG: shapes as well as colours (a dot, a cross, a tick, a ring, a diamond), 10–14 px so they read
 * without hovering. The list and its legend draw with this one function, so the legend always matches the rows.
 */
function mark(kind: SparkKind, cx: number, cy: number, colour: string, key?: string): React.ReactElement {
    const common = { key, 'data-mark': kind };
    switch (kind) {
        case 'error':
            return <path {...common} d={`M${cx - 5} ${cy - 5}L${cx + 5} ${cy + 5}M${cx + 5} ${cy - 5}L${cx - 5} ${cy + 5}`} stroke={colour} strokeWidth={2.5} strokeLinecap="round" />;
        case 'error-history':
            return <path {...common} d={`M${cx - 3.5} ${cy - 3.5}L${cx + 3.5} ${cy + 3.5}M${cx + 3.5} ${cy - 3.5}L${cx - 3.5} ${cy + 3.5}`} stroke={colour} strokeWidth={1.5} strokeLinecap="round" />;
        case 'attempt':
            return <line {...common} x1={cx} x2={cx} y1={cy - 7} y2={cy + 7} stroke={colour} strokeWidth={2} />;
        case 'success':
            return <circle {...common} cx={cx} cy={cy} r={5} fill={colour} />;
        case 'next':
            return <circle {...common} cx={cx} cy={cy} r={4.5} fill="none" stroke={colour} strokeWidth={2} />;
        case 'next-late':
            return <path {...common} d={`M${cx} ${cy - 6}L${cx + 6} ${cy}L${cx} ${cy + 6}L${cx - 6} ${cy}Z`} fill="none" stroke={colour} strokeWidth={2} />;
    }
}

const x = (f: number): number => PAD + f * (WIDTH - 2 * PAD);

const guideClasses = new WeakMap<ITheme, string>();

/**
 * The axis and the dashed "now" line, the same in every row, as the SVG's background: not two SVG elements in each
 * row the list rebuilds on every sort and filter. One class per theme.
 */
function guides(theme: ITheme, colours: SparkColours): string {
    let name = guideClasses.get(theme);
    if (name === undefined) {
        const nowX = x(NOW_X);
        name = mergeStyles({
            backgroundImage: `linear-gradient(${colours.axis}, ${colours.axis}), repeating-linear-gradient(to bottom, ${colours.now} 0 2px, transparent 2px 4px)`,
            backgroundSize: `${WIDTH - 2 * PAD}px 1px, 1px ${HEIGHT - 2}px`,
            backgroundPosition: `${PAD}px ${MID - 0.5}px, ${nowX - 0.5}px 1px`,
            backgroundRepeat: 'no-repeat',
        });
        guideClasses.set(theme, name);
    }
    return name;
}

/** The compact timeline of one row: one inline SVG (no chart, no component per mark), a text alternative. */
export const Sparkline: React.FC<SparklineProps> = React.memo(function Sparkline({ assessment, now, strings }) {
    const theme = useTheme();
    const colours = sparkColours(theme);
    const marks = sparklineMarks(assessment, now);
    const label = sparklineLabel(marks, now, strings);
    return (
        <svg className={guides(theme, colours)} width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label} focusable="false" data-sparkline="">
            <title>{label}</title>
            {marks.map((m) => mark(m.kind, x(m.x), MID, colours.kinds[m.kind], m.kind))}
        </svg>
    );
});

/** The legend of the list's timelines, shown once above the list: each mark as the rows draw it, and its meaning. */
export const SparklineLegend: React.FC<{ readonly strings: Strings; readonly className?: string }> = React.memo(function SparklineLegend({ strings, className }) {
    const colours = sparkColours(useTheme());
    const size = 14;
    const entry = (key: string, symbol: React.ReactElement, text: string): React.ReactElement => (
        <span key={key} data-legend={key} style={{ display: 'inline-flex', alignItems: 'center', gap: 3, whiteSpace: 'nowrap' }}>
            <svg width={size} height={size} viewBox={`0 0 ${size} ${size}`} aria-hidden="true" focusable="false">
                {symbol}
            </svg>
            {text}
        </span>
    );
    return (
        // One line that never wraps: it takes the room the status line has left (flex basis 0) and is clipped beyond
        // it, so the list never moves down for it; its words stay in the hover text and the column's description.
        <span
            className={className}
            data-testid="timeline-legend"
            role="group"
            aria-label={strings('Label_SparkLegendName')}
            title={sparklineLegendText(strings)}
            style={{ display: 'flex', flexWrap: 'nowrap', flex: '1 1 0', minWidth: 0, overflow: 'hidden', alignItems: 'center', columnGap: 10 }}
        >
            <span>{strings('Label_SparkLegendName')}</span>
            {SPARK_LEGEND_ORDER.map((k) => entry(k, mark(k, size / 2, size / 2, colours.kinds[k]), strings(SPARK_LEGEND_KEYS[k])))}
            {entry('now', <line x1={size / 2} x2={size / 2} y1={0} y2={size} stroke={colours.now} strokeWidth={1} strokeDasharray="2 2" />, strings('Label_SparkLegend_Now'))}
        </span>
    );
});
