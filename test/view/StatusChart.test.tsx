import '../mocks/fluentCommonJs';
import * as React from 'react';
import { render, screen, waitFor } from '@testing-library/react';
import { Chart } from 'chart.js';
import type { ActiveElement, ChartConfiguration, ChartEvent } from 'chart.js';
import { StatusChart } from '../../MailboxHealth/view/StatusChart';
import { strings } from './fleetFixture';

jest.mock('chart.js');

const ChartMock = Chart as unknown as jest.Mock;
const slices = [
    { state: 'failing' as const, count: 2, label: 'Failing', colour: '#e81123' },
    { state: 'healthy' as const, count: 8, label: 'Healthy', colour: '#107c10' },
];

describe('StatusChart', () => {
    beforeEach(() => {
        ChartMock.mockClear();
        jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue({} as CanvasRenderingContext2D);
    });
    afterEach(() => jest.restoreAllMocks());

    it('registers only the doughnut parts of chart.js', () => {
        jest.isolateModules(() => {
            const chartjs = require('chart.js');
            require('../../MailboxHealth/view/StatusChart');
            expect(chartjs.Chart.register).toHaveBeenCalledWith(chartjs.DoughnutController, chartjs.ArcElement, chartjs.Tooltip);
        });
    });

    it('draws the doughnut from the slices, after the first frame, and names the figure with its text alternative', async () => {
        render(<StatusChart slices={slices} total={10} strings={strings} onSelectState={jest.fn()} />);
        expect(ChartMock).toHaveBeenCalledTimes(0); // the list's rows paint first
        await waitFor(() => expect(ChartMock).toHaveBeenCalledTimes(1));
        const config = ChartMock.mock.calls[0][1] as ChartConfiguration<'doughnut'>;
        expect(config.data.datasets[0].data).toEqual([2, 8]);
        expect(screen.getByRole('img', { name: 'Health of 10 mailboxes: Failing 2, Healthy 8.' })).toBeInTheDocument();
    });

    it('filters to a state when its slice is clicked', async () => {
        const onSelectState = jest.fn();
        render(<StatusChart slices={slices} total={10} strings={strings} onSelectState={onSelectState} />);
        await waitFor(() => expect(ChartMock).toHaveBeenCalledTimes(1));
        const config = ChartMock.mock.calls[0][1] as ChartConfiguration<'doughnut'>;
        const onClick = config.options?.onClick as (e: ChartEvent, elements: ActiveElement[]) => void;
        onClick({} as ChartEvent, [{ index: 0 } as ActiveElement]);
        expect(onSelectState).toHaveBeenCalledWith('failing');
    });

    it('destroys the chart when it goes away', async () => {
        const { unmount } = render(<StatusChart slices={slices} total={10} strings={strings} onSelectState={jest.fn()} />);
        await waitFor(() => expect(ChartMock).toHaveBeenCalledTimes(1));
        const instance = ChartMock.mock.instances[0] as { destroy: jest.Mock };
        unmount();
        expect(instance.destroy).toHaveBeenCalledTimes(1);
    });
});
