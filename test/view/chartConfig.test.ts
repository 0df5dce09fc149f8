import type { TooltipItem } from 'chart.js';
import { buildStatusChartConfig, chartTextAlternative, sliceTooltip, statusSlices } from '../../MailboxHealth/view/chartConfig';
import { buildItems, countStates } from '../../MailboxHealth/view/listModel';
import type { StateCounts } from '../../MailboxHealth/view/listModel';
import { failingValues } from '../builders/pcfRecords';
import { snapshotOf, strings } from './fleetFixture';

const colours: Record<string, string> = { failing: '#e81123', inactive: '#a19f9d', healthy: '#107c10', uncertain: '#d2d0ce' };
const colourOf = (s: string): string => colours[s] ?? '#000000';

function countsOf(s: ReturnType<typeof snapshotOf>): StateCounts {
    return countStates(buildItems(s.ids, s.rows, s.assessments));
}

const counts = countsOf(
    snapshotOf([
        [1, {}],
        [2, {}],
        [3, failingValues(3)],
        [4, { statecode: 1 }],
    ]),
);

describe('statusSlices', () => {
    it('gives one slice per state with mailboxes, worst first, labelled from the resx', () => {
        expect(statusSlices(counts, strings, colourOf)).toEqual([
            { state: 'failing', count: 1, label: 'Failing', colour: '#e81123' },
            { state: 'inactive', count: 1, label: 'Inactive', colour: '#a19f9d' },
            { state: 'healthy', count: 2, label: 'Healthy', colour: '#107c10' },
        ]);
    });

    it('gives no slices for an empty fleet', () => {
        expect(statusSlices(countsOf(snapshotOf([])), strings, colourOf)).toEqual([]);
    });

    it('puts verdicts that are not settled in their own neutral slice, never in a state', () => {
        const partial = countsOf(snapshotOf([[1, {}], [2, {}]], ['name', 'statecode']));
        expect(statusSlices(partial, strings, colourOf)).toEqual([{ state: 'uncertain', count: 2, label: 'Not settled', colour: '#d2d0ce' }]);
    });
});

describe('buildStatusChartConfig', () => {
    const slices = statusSlices(counts, strings, colourOf);
    const config = buildStatusChartConfig(slices, strings, '#ffffff');

    it('builds a doughnut of the counts with the state colours', () => {
        expect(config.type).toBe('doughnut');
        expect(config.data.labels).toEqual(['Failing', 'Inactive', 'Healthy']);
        expect(config.data.datasets[0].data).toEqual([1, 1, 2]);
        expect(config.data.datasets[0].backgroundColor).toEqual(['#e81123', '#a19f9d', '#107c10']);
        expect(config.data.datasets[0].borderColor).toBe('#ffffff');
    });

    it('turns animation and the legend off (the chips are the legend)', () => {
        expect(config.options?.animation).toBe(false);
        expect(config.options?.plugins?.legend?.display).toBe(false);
    });

    it('labels a slice tooltip with count and share', () => {
        const label = config.options?.plugins?.tooltip?.callbacks?.label as (item: TooltipItem<'doughnut'>) => string;
        expect(label({ dataIndex: 2 } as TooltipItem<'doughnut'>)).toBe('Healthy: 2 (50%)');
    });
});

describe('sliceTooltip', () => {
    it('rounds the share to one decimal and survives a zero total', () => {
        expect(sliceTooltip({ label: 'Failing', count: 1 }, 3, strings)).toBe('Failing: 1 (33.3%)');
        expect(sliceTooltip({ label: 'Failing', count: 0 }, 0, strings)).toBe('Failing: 0 (0%)');
    });

    it('groups a large count as the chips do', () => {
        expect(sliceTooltip({ label: 'Healthy', count: 7640 }, 10000, strings)).toBe('Healthy: 7,640 (76.4%)');
    });
});

describe('chartTextAlternative', () => {
    it('says the counts in words for screen readers', () => {
        expect(chartTextAlternative(statusSlices(counts, strings, colourOf), 4, strings)).toBe('Health of 4 mailboxes: Failing 1, Inactive 1, Healthy 2.');
    });

    it('groups the total and each count as the chips do (1,000, not 1000)', () => {
        const slices = [
            { state: 'failing' as const, count: 236, label: 'Failing', colour: '#e81123' },
            { state: 'healthy' as const, count: 1764, label: 'Healthy', colour: '#107c10' },
        ];
        expect(chartTextAlternative(slices, 2000, strings)).toBe('Health of 2,000 mailboxes: Failing 236, Healthy 1,764.');
    });

    it('says there is nothing to chart for an empty fleet', () => {
        expect(chartTextAlternative([], 0, strings)).toBe('No mailboxes to chart.');
    });
});
