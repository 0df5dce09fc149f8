import * as React from 'react';
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import type { ActiveElement, ChartEvent } from 'chart.js';
import { useTheme } from '@fluentui/react';
import type { AlertSummary } from '../../core/alerts';
import type { Strings } from '../../contract/strings';
import { buildAlertsChartConfig, chartTextAlternative, classColours } from './alertsModel';

// Only what a stacked bar chart needs: the rest of chart.js stays out of the bundle.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);

export interface AlertsChartProps {
    readonly summary: AlertSummary;
    readonly strings: Strings;
    readonly timeZoneOffset?: (at: Date) => number;
    /** A bar was clicked: narrow the window to its bucket (the table's buttons do the same for keyboard users). */
    readonly onBar?: (index: number) => void;
}

/** Alerts per bucket, stacked by class. Its text alternative is the figure's accessible name. */
export const AlertsChart: React.FC<AlertsChartProps> = function AlertsChart({ summary, strings, timeZoneOffset, onBar }) {
    const canvas = React.useRef<HTMLCanvasElement>(null);
    const chart = React.useRef<Chart<'bar', number[], string> | null>(null);
    const theme = useTheme();
    const latest = React.useRef({ onBar, summary });
    latest.current = { onBar, summary };

    React.useEffect(() => {
        const config = buildAlertsChartConfig(summary, strings, classColours(theme), theme.semanticColors.bodyText, timeZoneOffset);
        config.options = {
            ...config.options,
            onClick: (_e: ChartEvent, elements: ActiveElement[]) => {
                const hit = elements[0];
                if (hit && latest.current.onBar) latest.current.onBar(hit.index);
            },
            onHover: (e: ChartEvent, elements: ActiveElement[]) => {
                const target = e.native?.target as HTMLElement | undefined;
                if (target) target.style.cursor = elements.length > 0 && latest.current.onBar ? 'pointer' : 'default';
            },
            interaction: { mode: 'index', intersect: false },
        };
        if (chart.current) {
            chart.current.data = config.data;
            chart.current.options = config.options ?? {};
            chart.current.update('none');
            return;
        }
        const ctx = canvas.current?.getContext('2d');
        if (!ctx) return; // no canvas (tests, old hosts): the table alternative says it all
        chart.current = new Chart(ctx, config);
    }, [summary, strings, theme, timeZoneOffset]);

    React.useEffect(
        () => () => {
            chart.current?.destroy();
            chart.current = null;
        },
        [],
    );

    return (
        <div role="img" aria-label={chartTextAlternative(summary, strings, timeZoneOffset)} style={{ position: 'relative', height: 180, minWidth: 0 }} data-testid="alerts-chart">
            <canvas ref={canvas} aria-hidden="true" />
        </div>
    );
};
