import * as React from 'react';
import { ArcElement, Chart, DoughnutController, Tooltip } from 'chart.js';
import type { ActiveElement, ChartEvent } from 'chart.js';
import { useTheme } from '@fluentui/react';
import { buildStatusChartConfig, chartTextAlternative } from './chartConfig';
import type { ChartSlice } from './chartConfig';
import { formatCount } from './format';
import type { Strings } from '../contract/strings';

// Only what a doughnut needs: the rest of chart.js stays out of the bundle.
Chart.register(DoughnutController, ArcElement, Tooltip);

export interface StatusChartProps {
    readonly slices: readonly ChartSlice[];
    readonly total: number;
    readonly strings: Strings;
    /** A slice was clicked: filter the list to that state (the chips do the same for keyboard users). */
    readonly onSelectState: (state: ChartSlice['state']) => void;
    /** Side of the square (px); 132 by default. */
    readonly size?: number;
}

/** The doughnut of health states. Its text alternative is the accessible name of the figure. */
export const StatusChart: React.FC<StatusChartProps> = function StatusChart({ slices, total, strings, onSelectState, size = 132 }) {
    const canvas = React.useRef<HTMLCanvasElement>(null);
    const chart = React.useRef<Chart<'doughnut', number[], string> | null>(null);
    const theme = useTheme();
    const latest = React.useRef({ slices, onSelectState });
    latest.current = { slices, onSelectState };

    React.useEffect(() => {
        const config = buildStatusChartConfig(slices, strings, theme.semanticColors.bodyBackground);
        config.options = {
            ...config.options,
            onClick: (_e: ChartEvent, elements: ActiveElement[]) => {
                const hit = elements[0];
                const slice = hit ? latest.current.slices[hit.index] : undefined;
                if (slice) latest.current.onSelectState(slice.state);
            },
        };
        if (chart.current) {
            chart.current.data = config.data;
            chart.current.options = config.options ?? {};
            chart.current.update('none');
            return;
        }
        // The first chart is drawn after the frame that shows the list: the rows come first, the summary a moment later.
        let timer = 0;
        const frame = requestAnimationFrame(() => {
            timer = window.setTimeout(() => {
                const ctx = canvas.current?.getContext('2d');
                if (!ctx || chart.current) return; // no canvas support (tests, old hosts): the text alternative still says it all
                chart.current = new Chart(ctx, config);
            }, 0);
        });
        return () => {
            cancelAnimationFrame(frame);
            window.clearTimeout(timer);
        };
    }, [slices, strings, theme]);

    React.useEffect(
        () => () => {
            chart.current?.destroy();
            chart.current = null;
        },
        [],
    );

    const alternative = chartTextAlternative(slices, total, strings);
    return (
        // role="img" on a div: axe does not allow it on <figure>; the text alternative is the accessible name.
        <div role="img" aria-label={alternative} style={{ margin: 0, position: 'relative', width: size, height: size, flex: '0 0 auto' }} data-testid="status-chart">
            <canvas ref={canvas} aria-hidden="true" />
            <div style={{ position: 'absolute', inset: 0, display: 'flex', alignItems: 'center', justifyContent: 'center', pointerEvents: 'none', fontSize: size < 100 ? 13 : 20, fontWeight: 600 }} aria-hidden="true">
                {formatCount(total)}
            </div>
        </div>
    );
};
