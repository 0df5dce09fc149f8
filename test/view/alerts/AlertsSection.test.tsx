import '../../mocks/fluentCommonJs';
import * as React from 'react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { Chart } from 'chart.js';
import type { ActiveElement, ChartConfiguration, ChartEvent } from 'chart.js';
import { AlertsSection } from '../../../MailboxHealth/view/alerts/AlertsSection';
import type { AlertLoad, AlertQuery, LoadAlerts } from '../../../MailboxHealth/contract/alerts';
import type { AlertRow } from '../../../MailboxHealth/core/alerts';
import { anAlert, mailboxId, NOW_MS } from '../../builders/alerts';
import { strings } from '../fleetFixture';

jest.mock('chart.js');
jest.setTimeout(30000);
const ChartMock = Chart as unknown as jest.Mock;

function loader(rows: AlertRow[], status: AlertLoad['status'] = 'loaded'): jest.Mock<ReturnType<LoadAlerts>, Parameters<LoadAlerts>> {
    return jest.fn(async (query: AlertQuery) => ({ status, query, rows: status === 'loaded' || status === 'capped' ? rows : [], cap: 5000, pages: 1, retries: 0 }));
}

const ROWS = [
    anAlert('outage', { minutesAgo: 200, mailbox: 1 }),
    anAlert('outage', { minutesAgo: 190, mailbox: 2 }),
    anAlert('outage', { minutesAgo: 185, mailbox: 3 }),
    anAlert('expiry', { minutesAgo: 10, mailbox: 4 }),
];

async function shown(load: LoadAlerts, extra: Partial<React.ComponentProps<typeof AlertsSection>> = {}) {
    const onShow = jest.fn();
    const view = render(<AlertsSection loadAlerts={load} now={NOW_MS} strings={strings} fleetSize={10} showCharts onShowMailboxes={onShow} {...extra} />);
    return { onShow, view };
}

describe('AlertsSection', () => {
    beforeEach(() => {
        ChartMock.mockClear();
        jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue({} as CanvasRenderingContext2D);
    });
    afterEach(() => jest.restoreAllMocks());

    it('registers only the bar chart parts of chart.js', () => {
        jest.isolateModules(() => {
            const chartjs = require('chart.js');
            require('../../../MailboxHealth/view/alerts/AlertsChart');
            expect(chartjs.Chart.register).toHaveBeenCalledWith(chartjs.BarController, chartjs.BarElement, chartjs.CategoryScale, chartjs.LinearScale, chartjs.Tooltip, chartjs.Legend);
        });
    });

    it('reads the last 24 hours and lists the top errors with count, mailboxes and what to do', async () => {
        const load = loader(ROWS);
        await shown(load);
        await screen.findByTestId('alerts-top-errors');
        expect(load).toHaveBeenCalledTimes(1);
        expect(load.mock.calls[0][0]).toEqual({ from: NOW_MS - 86_400_000, to: NOW_MS, mailboxId: null });
        const rows = within(screen.getByTestId('alerts-top-errors')).getAllByRole('row').slice(1);
        expect(rows.map((r) => r.getAttribute('data-error-code'))).toEqual(['IncomingEmailServerServiceError', 'SecureChannelFailure']);
        expect(rows[0]).toHaveTextContent('30% of the fleet');
        expect(rows[1]).toHaveTextContent('Still happening');
        expect(screen.getByTestId('alerts-toggle')).toHaveTextContent('4 alerts on 4 mailboxes');
    });

    it('draws one stacked dataset per class that occurred', async () => {
        await shown(loader(ROWS));
        await screen.findByTestId('alerts-chart');
        const config = ChartMock.mock.calls[0][1] as ChartConfiguration<'bar'>;
        expect(config.data.datasets.map((d) => d.data.reduce((a, b) => (a as number) + (b as number), 0))).toEqual([1, 3]);
        expect(config.data.labels).toHaveLength(24);
        expect(screen.getByRole('img', { name: /^Alerts per hour, 4 in all\./ })).toBeInTheDocument();
    });

    it('filters the list to the mailboxes an error hit when the error is clicked', async () => {
        const { onShow } = await shown(loader(ROWS));
        fireEvent.click(await screen.findByRole('button', { name: 'IncomingEmailServerServiceError' }));
        expect(onShow).toHaveBeenCalledWith({ label: 'IncomingEmailServerServiceError', ids: new Set([mailboxId(1), mailboxId(2), mailboxId(3)]) });
    });

    it('narrows the window to a clicked bar without reading again, and widens back', async () => {
        const load = loader(ROWS);
        await shown(load);
        await screen.findByTestId('alerts-chart');
        const config = ChartMock.mock.calls[0][1] as ChartConfiguration<'bar'>;
        act(() => config.options?.onClick?.({} as ChartEvent, [{ index: 20 } as ActiveElement], {} as never));
        expect(await screen.findByTestId('alerts-narrowed')).toBeInTheDocument();
        const rows = within(screen.getByTestId('alerts-top-errors')).getAllByRole('row').slice(1);
        expect(rows.map((r) => r.getAttribute('data-error-code'))).toEqual(['IncomingEmailServerServiceError']);
        expect(load).toHaveBeenCalledTimes(1);
        fireEvent.click(screen.getByRole('button', { name: 'Back to Last 24 hours' }));
        expect(screen.queryByTestId('alerts-narrowed')).toBeNull();
    });

    it('offers the same narrowing from the table alternative, for keyboard users', async () => {
        await shown(loader(ROWS), { showCharts: false });
        const table = await screen.findByTestId('alerts-buckets');
        const links = within(table).getAllByRole('button');
        expect(links).toHaveLength(2);
        fireEvent.click(links[0]);
        expect(await screen.findByTestId('alerts-narrowed')).toHaveTextContent('Showing');
    });

    it('reads seven days when the window changes', async () => {
        const load = loader(ROWS);
        await shown(load);
        await screen.findByTestId('alerts-top-errors');
        fireEvent.click(screen.getByRole('radio', { name: 'Last 7 days' }));
        await waitFor(() => expect(load).toHaveBeenCalledTimes(2));
        expect(load.mock.calls[1][0].from).toBe(NOW_MS - 7 * 86_400_000);
    });

    it('says in one line that alerts cannot be read without the privilege', async () => {
        await shown(loader([], 'no-privilege'));
        expect(await screen.findByText(/cannot read mailbox alerts/)).toBeInTheDocument();
        expect(screen.queryByTestId('alerts-top-errors')).toBeNull();
    });

    it('says when only the newest alerts were read', async () => {
        await shown(loader(ROWS, 'capped'));
        expect(await screen.findByText(/Showing the newest 4 alerts of more/)).toBeInTheDocument();
    });

    it('offers to try again after throttling', async () => {
        const load = loader([], 'throttled');
        await shown(load);
        fireEvent.click(await screen.findByRole('button', { name: 'Try again' }));
        await waitFor(() => expect(load).toHaveBeenCalledTimes(2));
    });

    it('reads nothing while collapsed, and reads when opened', async () => {
        const load = loader(ROWS);
        await shown(load, { defaultCollapsed: true });
        await new Promise((r) => setTimeout(r, 10));
        expect(load).not.toHaveBeenCalled();
        expect(screen.getByTestId('alerts-toggle')).toHaveAttribute('aria-expanded', 'false');
        fireEvent.click(screen.getByTestId('alerts-toggle'));
        await screen.findByTestId('alerts-top-errors');
        expect(load).toHaveBeenCalledTimes(1);
    });

    it('on the form reads one mailbox and leaves the fleet columns out', async () => {
        const load = loader(ROWS.slice(0, 1));
        await shown(load, { mailboxId: mailboxId(1), fleetSize: null, onShowMailboxes: undefined });
        const table = await screen.findByTestId('alerts-top-errors');
        expect(load.mock.calls[0][0].mailboxId).toBe(mailboxId(1));
        expect(within(table).queryByText('Mailboxes')).toBeNull();
        expect(within(table).queryByRole('button')).toBeNull();
    });
});
