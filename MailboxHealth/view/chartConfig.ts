import type { ChartConfiguration, TooltipItem } from 'chart.js';
import { STATES_WORST_FIRST } from '../core';
import type { HealthState } from '../core/types';
import { formatCount } from './format';
import type { StateCounts } from './listModel';
import type { Strings } from '../contract/strings';

/** One doughnut slice: a health state with at least one settled verdict, or the verdicts that are not settled. */
export interface ChartSlice {
    readonly state: HealthState | 'uncertain';
    readonly count: number;
    readonly label: string;
    readonly colour: string;
}

/** Slices worst first, empty states left out; verdicts that are not settled last, in their own neutral slice. */
export function statusSlices(counts: StateCounts, strings: Strings, colourOf: (state: HealthState | 'uncertain') => string): ChartSlice[] {
    const slices: ChartSlice[] = STATES_WORST_FIRST.filter((s) => counts.settled[s] > 0).map((state) => ({
        state,
        count: counts.settled[state],
        label: strings(`State_${state}`),
        colour: colourOf(state),
    }));
    if (counts.uncertain > 0) slices.push({ state: 'uncertain', count: counts.uncertain, label: strings('Label_NotSettled'), colour: colourOf('uncertain') });
    return slices;
}

/** "Failing: 3 (2.5%)": the tooltip of a slice. */
export function sliceTooltip(slice: Pick<ChartSlice, 'label' | 'count'>, total: number, strings: Strings): string {
    const share = total > 0 ? Math.round((slice.count / total) * 1000) / 10 : 0;
    return strings('Label_ChartSlice', slice.label, formatCount(slice.count), share);
}

/**
 * The doughnut's configuration: a pure function of the slices, tested without a canvas. No animation (a dashboard
 * re-renders on every refresh), no legend (the state chips beside it are the legend, and they filter).
 */
export function buildStatusChartConfig(slices: readonly ChartSlice[], strings: Strings, borderColour: string): ChartConfiguration<'doughnut', number[], string> {
    const total = slices.reduce((n, s) => n + s.count, 0);
    return {
        type: 'doughnut',
        data: {
            labels: slices.map((s) => s.label),
            datasets: [
                {
                    data: slices.map((s) => s.count),
                    backgroundColor: slices.map((s) => s.colour),
                    borderColor: borderColour,
                    borderWidth: 1,
                },
            ],
        },
        options: {
            responsive: true,
            maintainAspectRatio: false,
            animation: false,
            cutout: '62%',
            plugins: {
                legend: { display: false },
                tooltip: {
                    callbacks: {
                        label: (item: TooltipItem<'doughnut'>) => sliceTooltip({ label: slices[item.dataIndex]?.label ?? '', count: slices[item.dataIndex]?.count ?? 0 }, total, strings),
                    },
                },
            },
        },
    };
}

/**
 * The chart's text alternative: "Health of 1,200 mailboxes: Failing 3, Healthy 1,197." Counts are grouped as the chips
 * and captions group them, so a screen reader says the same numbers a sighted admin reads.
 */
export function chartTextAlternative(slices: readonly ChartSlice[], total: number, strings: Strings): string {
    if (slices.length === 0) return strings('Label_ChartEmpty');
    const parts = slices.map((s) => strings('Label_ChartPart', s.label, formatCount(s.count))).join(strings('Label_ListSeparator'));
    return strings('Label_ChartAlternative', formatCount(total), parts);
}
