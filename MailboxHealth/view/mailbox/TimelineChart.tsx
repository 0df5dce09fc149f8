import * as React from 'react';
import { ITheme, useTheme } from '@fluentui/react';
// Only what the timeline draws: scatter points on two linear axes, tooltip and legend (docs/performance.md
// §Timeline axis: the measured cost of a time axis).
import { Chart, ChartConfiguration, Legend, LinearScale, PointElement, ScatterController, Tooltip } from 'chart.js';
import type { Strings } from '../../contract/strings';
import { buildTimelineConfig, TimelineEvent, TimelinePalette, TimelineRange, timelineSummary } from './timelineConfig';
import { detailStyles } from './styles';

Chart.register(ScatterController, PointElement, LinearScale, Tooltip, Legend);

export function timelinePalette(theme: ITheme): TimelinePalette {
    const p = theme.palette;
    const s = theme.semanticColors;
    return {
        ok: s.successIcon,
        error: s.errorIcon,
        warning: s.severeWarningIcon,
        info: s.link,
        neutral: p.neutralPrimary,
        muted: p.neutralTertiary,
        accent: p.purple,
        now: s.bodyText,
        text: s.bodyText,
        grid: p.neutralLight,
        background: s.bodyBackground,
    };
}

export interface TimelineChartProps {
    readonly events: readonly TimelineEvent[];
    readonly now: number;
    readonly range: TimelineRange;
    readonly strings: Strings;
}

/** The canvas. Chart.js draws it; the accessible name summarises it and the table beside it carries every event. */
export const TimelineChart: React.FC<TimelineChartProps> = React.memo(function TimelineChart({ events, now, range, strings }) {
    const theme = useTheme();
    const canvasRef = React.useRef<HTMLCanvasElement>(null);
    const palette = React.useMemo(() => timelinePalette(theme), [theme]);
    const config = React.useMemo(() => buildTimelineConfig({ events, now, range, palette, strings }), [events, now, range, palette, strings]);
    const classes = React.useMemo(() => detailStyles(theme), [theme]);

    React.useEffect(() => {
        const canvas = canvasRef.current;
        if (!canvas) return undefined;
        const chart = new Chart(canvas, config as unknown as ChartConfiguration);
        return () => chart.destroy();
    }, [config]);

    return (
        <div className={classes.chartBox}>
            <canvas ref={canvasRef} role="img" aria-label={timelineSummary(events, now, strings)} />
        </div>
    );
});
