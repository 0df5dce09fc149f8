import '../../mocks/fluentCommonJs';
import * as React from 'react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { FleetView, type FleetViewProps } from '../../../MailboxHealth/view/FleetView';
import type { AlertQuery, LoadAlerts } from '../../../MailboxHealth/contract/alerts';
import type { MailboxExtras } from '../../../MailboxHealth/contract/model';
import { aTrace } from '../../builders/alerts';
import { failingValues, guid, NOW } from '../../builders/pcfRecords';
import { options, snapshotOf, strings } from '../fleetFixture';

jest.mock('chart.js');
jest.setTimeout(30000);

const FLEET = snapshotOf([
    [1, { name: 'Alice Contoso' }],
    [2, { ...failingValues(2), name: 'Bob Fabrikam' }],
    [3, { name: 'Carol Northwind' }],
]);
const NO_EXTRAS: MailboxExtras = { profile: null, profileStatus: 'not-applicable', traces: [], tracesStatus: 'loaded' };

// Bob and Carol hit by the outage, braces and capitals as the Web API may give them.
const loadAlerts: LoadAlerts = async (query: AlertQuery) => ({
    status: 'loaded',
    query,
    rows: [2, 3].map((n) => ({ mailboxId: `{${guid(n).toUpperCase()}}`, trace: aTrace('outage', { at: NOW - 30 * 60_000 }) })),
    cap: 5000,
    pages: 1,
    retries: 0,
});

function renderFleet(overrides: Partial<FleetViewProps> = {}) {
    const props: FleetViewProps = {
        snapshot: FLEET,
        progress: { loaded: 3, total: 3, phase: 'complete' },
        missing: null,
        now: NOW,
        options,
        strings,
        showCharts: false,
        initialState: { filter: 'all', flag: null, sort: { key: 'name', descending: false }, search: '' },
        onStateChange: jest.fn(),
        onSelect: jest.fn(),
        onOpen: jest.fn(),
        onCancelLoading: jest.fn(),
        onLoadRest: jest.fn(),
        onRefresh: jest.fn(),
        loadExtras: jest.fn(async () => NO_EXTRAS),
        loadAlerts,
        ...overrides,
    };
    return render(<FleetView {...props} />);
}

function listedNames(): string[] {
    return within(screen.getByRole('grid', { name: 'Mailboxes' }))
        .queryAllByRole('row')
        .map((row) => row.querySelector('[data-action="open"]')?.textContent ?? null)
        .filter((n): n is string => n !== null);
}

describe('FleetView with recent alerts', () => {
    it('filters the list to the mailboxes an error hit, says so in a removable chip, and shows all again when removed', async () => {
        renderFleet();
        fireEvent.click(await screen.findByRole('button', { name: 'IncomingEmailServerServiceError' }, { timeout: 10000 }));
        expect(listedNames()).toEqual(['Bob Fabrikam', 'Carol Northwind']);
        const chip = screen.getByTestId('alerts-filter-chip');
        expect(chip).toHaveTextContent('Mailboxes with IncomingEmailServerServiceError: 2');
        fireEvent.click(within(chip).getByRole('button', { name: 'Mailboxes with IncomingEmailServerServiceError: 2. Remove the filter: mailboxes with IncomingEmailServerServiceError' }));
        expect(screen.queryByTestId('alerts-filter-chip')).toBeNull();
        expect(listedNames()).toEqual(['Alice Contoso', 'Bob Fabrikam', 'Carol Northwind']);
    });

    it('has no alerts section when the host cannot read alerts', () => {
        renderFleet({ loadAlerts: undefined });
        expect(screen.queryByTestId('alerts-section')).toBeNull();
    });

    it('starts collapsed in a short container, so the list stays in reach', () => {
        renderFleet({ height: 400 });
        expect(screen.getByTestId('alerts-toggle')).toHaveAttribute('aria-expanded', 'false');
    });
});
