import '../mocks/fluentCommonJs';
import * as React from 'react';
import { fireEvent, render, screen, within, act } from '@testing-library/react';
import { FleetView } from '../../MailboxHealth/view/FleetView';
import type { FleetViewProps } from '../../MailboxHealth/view/FleetView';
import type { MailboxExtras } from '../../MailboxHealth/contract/model';
import { at, failingValues, guid, NOW } from '../builders/pcfRecords';
import { options, snapshotOf, strings } from './fleetFixture';

jest.mock('chart.js');

const FLEET = snapshotOf([
    [1, { name: 'Alice Contoso' }],
    [2, { ...failingValues(2), name: 'Bob Fabrikam' }],
    [3, { name: 'Carol Northwind', statecode: 1 }],
    [4, { name: 'Dave Tailspin', itemsfailedforlastsync: 4 }],
]);

const NO_EXTRAS: MailboxExtras = { profile: null, profileStatus: 'not-applicable', traces: [], tracesStatus: 'loaded' };

function renderFleet(overrides: Partial<FleetViewProps> = {}) {
    const props: FleetViewProps = {
        snapshot: FLEET,
        progress: { loaded: 4, total: 4, phase: 'complete' },
        missing: null,
        now: NOW,
        options,
        strings,
        showCharts: true,
        initialState: { filter: 'all', flag: null, sort: null, search: '' },
        onStateChange: jest.fn(),
        onSelect: jest.fn(),
        onOpen: jest.fn(),
        onCancelLoading: jest.fn(),
        onLoadRest: jest.fn(),
        onRefresh: jest.fn(),
        loadExtras: jest.fn(async () => NO_EXTRAS),
        ...overrides,
    };
    const result = render(<FleetView {...props} />);
    return { ...result, props };
}

function listedNames(): string[] {
    const grid = screen.getByRole('grid', { name: 'Mailboxes' });
    return within(grid)
        .queryAllByRole('row')
        .map((row) => row.querySelector('[data-action="open"]')?.textContent ?? null)
        .filter((n): n is string => n !== null);
}

/** Opens the header's overflow ("+N more"): the calm states and the flags wait behind it. */
function openMoreFilters(): void {
    fireEvent.click(screen.getByRole('button', { name: /^\+\d+ more/ }));
}

function stateChip(name: RegExp): HTMLElement {
    return within(screen.getByRole('group', { name: 'Filter by health' })).getByRole('button', { name });
}

describe('FleetView', () => {
    it('lists every mailbox worst first, with the chips that need attention and the rest behind "+N more"', () => {
        renderFleet();
        // Worst first: failing (error), inactive (neutral), then the healthy ones in the view's order.
        expect(listedNames()).toEqual(['Bob Fabrikam', 'Carol Northwind', 'Alice Contoso', 'Dave Tailspin']);
        const chips = () =>
            within(screen.getByRole('group', { name: 'Filter by health' }))
                .getAllByRole('button')
                .map((b) => b.getAttribute('data-chip'));
        expect(chips()).toEqual(['all', 'attention', 'failing']);
        openMoreFilters();
        expect(chips()).toEqual(['all', 'attention', 'failing', 'inactive', 'healthy']);
        expect(stateChip(/^Healthy/).textContent).toContain('2');
        expect(screen.getByTestId('list-status').textContent).toBe('Showing 4 of 4 mailboxes');
    });

    it('filters the list to a state when its chip is clicked, and back when clicked again', () => {
        const { props } = renderFleet();
        fireEvent.click(stateChip(/^Failing/));
        expect(listedNames()).toEqual(['Bob Fabrikam']);
        expect(stateChip(/^Failing/).getAttribute('aria-pressed')).toBe('true');
        expect(props.onStateChange).toHaveBeenLastCalledWith({ filter: 'failing', flag: null, sort: { key: 'health', descending: false }, search: '' });
        fireEvent.click(stateChip(/^Failing/));
        expect(listedNames().length).toBe(4);
    });

    it('filters by a flag chip', () => {
        renderFleet();
        openMoreFilters();
        fireEvent.click(within(screen.getByRole('group', { name: 'Filter by flag' })).getByRole('button', { name: /^Item failures/ }));
        expect(listedNames()).toEqual(['Dave Tailspin']);
    });

    it('narrows the list with the search box (name, email, error text)', async () => {
        renderFleet();
        const box = screen.getByRole('searchbox', { name: 'Search mailboxes' });
        fireEvent.change(box, { target: { value: 'northwind' } });
        expect(listedNames()).toEqual(['Carol Northwind']);
        fireEvent.change(box, { target: { value: 'cannot service this request' } });
        expect(listedNames()).toEqual(['Bob Fabrikam']);
        fireEvent.change(box, { target: { value: 'nobody-like-this' } });
        expect(await screen.findByText('No mailbox matches the filter and search.')).toBeInTheDocument();
    });

    it('sorts by a column when its header is clicked, then reverses', () => {
        const { props } = renderFleet();
        const header = screen.getAllByRole('columnheader').find((h) => h.textContent?.startsWith('Mailbox'));
        const clickable = header?.querySelector('.ms-DetailsHeader-cellTitle') as HTMLElement;
        fireEvent.click(clickable);
        expect(listedNames()).toEqual(['Alice Contoso', 'Bob Fabrikam', 'Carol Northwind', 'Dave Tailspin']);
        fireEvent.click(clickable);
        expect(listedNames()).toEqual(['Dave Tailspin', 'Carol Northwind', 'Bob Fabrikam', 'Alice Contoso']);
        expect(props.onStateChange).toHaveBeenLastCalledWith({ filter: 'all', flag: null, sort: { key: 'name', descending: true }, search: '' });
    });

    it('keeps the rows\' elements on a sort and hands them their new mailboxes; the selection follows the mailbox', () => {
        const { props } = renderFleet();
        const grid = screen.getByRole('grid', { name: 'Mailboxes' });
        const rowAt = (i: number): HTMLElement => grid.querySelector(`[role="row"][data-item-index="${i}"]`) as HTMLElement;
        const bob = within(grid).getAllByRole('row').find((r) => r.textContent?.includes('Bob Fabrikam')) as HTMLElement;
        fireEvent.click(within(bob).getByRole('checkbox'));
        expect(props.onSelect).toHaveBeenLastCalledWith([guid(2)]);
        const first = rowAt(0);
        const before = listedNames();
        const header = screen.getAllByRole('columnheader').find((h) => h.textContent?.startsWith('Health'));
        fireEvent.click(header?.querySelector('.ms-DetailsHeader-cellTitle') as HTMLElement);
        // Reversed worst first (ties keep their order): the first position shows another mailbox, in the same element.
        const after = listedNames();
        expect([...after].sort()).toEqual([...before].sort());
        expect(after[0]).not.toBe(before[0]);
        expect(rowAt(0)).toBe(first);
        expect(first.querySelector('[data-action="open"]')?.textContent).toBe(after[0]);
        // Bob is still the one selected, wherever his row now is, and only his row says so.
        const checked = within(grid).getAllByRole('row').filter((r) => r.querySelector('[role="checkbox"][aria-checked="true"]'));
        expect(checked.map((r) => r.querySelector('[data-action="open"]')?.textContent)).toEqual(['Bob Fabrikam']);
        expect(props.onSelect).toHaveBeenLastCalledWith([guid(2)]);
    });

    it('gives every row\'s badge, workloads and Details button their words: icons are drawn by CSS, never the only signal', () => {
        renderFleet();
        const grid = screen.getByRole('grid', { name: 'Mailboxes' });
        const bob = within(grid).getAllByRole('row').find((r) => r.textContent?.includes('Bob Fabrikam')) as HTMLElement;
        const badge = bob.querySelector('[data-health]') as HTMLElement;
        expect(badge.textContent).toBe('Failing');
        expect(badge.getAttribute('title')).toBe('Failing (Error)');
        expect(badge.getAttribute('data-icon')).toBe('ErrorBadge');
        expect(badge.children).toHaveLength(0);
        const workloads = within(bob).getAllByRole('img').filter((e) => e.hasAttribute('data-workload'));
        expect(workloads.map((w) => w.textContent)).toEqual(['In', 'Out', 'ACT']);
        for (const w of workloads) {
            expect(w.getAttribute('aria-label')).toMatch(/^(Incoming email|Outgoing email|Appointments, contacts and tasks): \S/);
            expect(w.getAttribute('title')).toBe(w.getAttribute('aria-label'));
            expect(w.getAttribute('data-icon')).not.toBeNull();
        }
        expect(within(bob).getByRole('img', { name: /^Incoming email: / })).toHaveAttribute('data-state', 'affected');
        expect(within(bob).getByRole('button', { name: 'Details for Bob Fabrikam' })).toHaveAttribute('title', 'Details');
    });

    it('restores filter, sort and search from the saved state', () => {
        renderFleet({ initialState: { filter: 'healthy', flag: null, sort: { key: 'name', descending: true }, search: 'contoso.com' } });
        expect(listedNames()).toEqual(['Dave Tailspin', 'Alice Contoso']);
        expect(stateChip(/^Healthy/).getAttribute('aria-pressed')).toBe('true');
        expect((screen.getByRole('searchbox') as HTMLInputElement).value).toBe('contoso.com');
    });

    it('tells the host which rows are selected', () => {
        const { props } = renderFleet();
        const rows = within(screen.getByRole('grid')).getAllByRole('row');
        const bobRow = rows.find((r) => r.textContent?.includes('Bob Fabrikam')) as HTMLElement;
        fireEvent.click(within(bobRow).getByRole('checkbox'));
        expect(props.onSelect).toHaveBeenLastCalledWith([guid(2)]);
    });

    it('opens the record on double-click and on Enter', () => {
        const { props } = renderFleet();
        const rows = within(screen.getByRole('grid')).getAllByRole('row');
        const carolRow = rows.find((r) => r.textContent?.includes('Carol Northwind')) as HTMLElement;
        fireEvent.doubleClick(within(carolRow).getByText('user3@contoso.com'));
        expect(props.onOpen).toHaveBeenLastCalledWith(guid(3));
        const aliceRow = rows.find((r) => r.textContent?.includes('Alice Contoso')) as HTMLElement;
        fireEvent.keyDown(aliceRow, { key: 'Enter', keyCode: 13, which: 13 });
        expect(props.onOpen).toHaveBeenLastCalledWith(guid(1));
    });

    it('opens the record from the name link', () => {
        const { props } = renderFleet();
        fireEvent.click(screen.getByText('Dave Tailspin'));
        expect(props.onOpen).toHaveBeenLastCalledWith(guid(4));
    });

    it('shows Dataverse text as text, never as HTML', () => {
        const evil = '<img src=x onerror="window.__pwned=1">';
        const { container } = renderFleet({ snapshot: snapshotOf([[1, { name: evil, lastsyncerror: '<script>alert(1)</script>' }]]) });
        expect(screen.getByText(evil)).toBeInTheDocument();
        expect(container.querySelector('img')).toBeNull();
        expect(container.querySelector('script')).toBeNull();
    });

    it('shows a verdict that cannot be settled as "not settled", never as plain healthy', () => {
        renderFleet({ snapshot: snapshotOf([[1, { name: 'Eve' }]], ['name', 'emailaddress', 'statecode']) });
        const row = within(screen.getByRole('grid')).getAllByRole('row')[1];
        expect(row.querySelector('[data-uncertain="true"]')?.textContent).toMatch(/^(Not settled: at best |Can't judge)/);
        expect(stateChip(/^Not settled/).textContent).toContain('1');
        expect(within(screen.getByRole('group', { name: 'Filter by health' })).queryByRole('button', { name: /^Healthy/ })).toBeNull();
        fireEvent.click(stateChip(/^Not settled/));
        expect(listedNames()).toEqual(['Eve']);
    });

    it('counts the verdicts that are not settled among the totals, and only then', () => {
        const { unmount } = renderFleet({ snapshot: snapshotOf([[1, { name: 'Eve' }]], ['name', 'emailaddress', 'statecode']) });
        const terms = () => Array.from(document.querySelectorAll(`dl[aria-label="${strings('Label_Totals')}"] dt`)).map((dt) => `${dt.textContent} ${dt.nextElementSibling?.textContent}`);
        expect(terms()).toContain('Not settled 1');
        unmount();
        renderFleet();
        expect(terms().some((t) => t.startsWith('Not settled'))).toBe(false);
    });

    it('says which columns are missing and which states cannot be judged', async () => {
        renderFleet({ missing: { columns: ['lastsyncerrorcount', 'lastsyncerroroccurredon'], states: ['failing'] } });
        const message = await screen.findByText(/columns the health rules read/);
        expect(message.textContent).toContain('lacks 2 columns');
        expect(message.textContent).toContain('lastsyncerrorcount, lastsyncerroroccurredon');
        expect(message.textContent).toContain('Failing');
        expect(screen.getByRole('button', { name: 'Show the missing columns' })).toBeInTheDocument();
    });

    it('shows loading progress with Cancel, and a partial list with "Load the rest"', async () => {
        const { props, rerender } = renderFleet({ progress: { loaded: 5000, total: 10_000, phase: 'loading' } });
        expect(await screen.findByText(/Loading 5,000 of 10,000 mailboxes/)).toBeInTheDocument();
        fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
        expect(props.onCancelLoading).toHaveBeenCalledTimes(1);
        expect(await screen.findByText(/loading stopped/)).toBeInTheDocument();
        rerender(<FleetView {...props} progress={{ loaded: 5000, total: 10_000, phase: 'partial' }} />);
        fireEvent.click(screen.getByRole('button', { name: 'Load the rest' }));
        expect(props.onLoadRest).toHaveBeenCalledTimes(1);
    });

    it('says so when the view has no mailboxes', async () => {
        renderFleet({ snapshot: snapshotOf([]), progress: { loaded: 0, total: 0, phase: 'complete' } });
        expect(await screen.findByText('This view has no mailboxes.')).toBeInTheDocument();
        expect(screen.queryByRole('grid')).toBeNull();
    });

    it('shows the next sync relative to now with UTC and local time on hover', () => {
        renderFleet({ snapshot: snapshotOf([[1, { name: 'Alice', postponemailboxprocessinguntil: at(3) }], [2, { name: 'Bob', postponemailboxprocessinguntil: at(-120) }]]) });
        const inThree = screen.getByText('in 3 min');
        expect(inThree.getAttribute('title')).toContain('2024-05-01 09:03:00 UTC');
        const nextCells = Array.from(document.querySelectorAll('[data-automation-key="next"]')).map((c) => c.textContent);
        expect(nextCells).toContain('Overdue by 2 h');
    });

    it('opens the Details panel with the single-mailbox view and fetches its profile and alerts', async () => {
        const loadExtras = jest.fn(async () => NO_EXTRAS);
        renderFleet({ loadExtras });
        const rows = within(screen.getByRole('grid')).getAllByRole('row');
        const bobRow = rows.find((r) => r.textContent?.includes('Bob Fabrikam')) as HTMLElement;
        await act(async () => {
            fireEvent.click(within(bobRow).getByRole('button', { name: 'Details for Bob Fabrikam' }));
        });
        const panel = screen.getByRole('dialog', { name: 'Sync health of Bob Fabrikam' });
        expect(within(panel).getAllByText('Bob Fabrikam').length).toBeGreaterThan(0);
        expect(loadExtras).toHaveBeenCalledWith(guid(2), expect.any(String));
    });

    it('names the Details panel once: the dialog keeps its name, the mailbox heading is the only visible title', async () => {
        renderFleet();
        await act(async () => {
            fireEvent.click(screen.getByRole('button', { name: 'Details for Bob Fabrikam' }));
        });
        const panel = screen.getByRole('dialog', { name: 'Sync health of Bob Fabrikam' });
        expect(within(panel).getAllByRole('heading', { name: 'Bob Fabrikam' }).length).toBe(1);
        expect(within(panel).queryAllByRole('heading', { name: /Sync health of/ })).toEqual([]);
        expect(within(panel).getByRole('heading', { level: 2 }).textContent).toBe('Bob Fabrikam');
    });

    it('opens the log explainer in a panel whose only visible title is the explainer\'s heading', () => {
        renderFleet();
        fireEvent.click(screen.getByRole('button', { name: 'Explain a log' }));
        const panel = screen.getByRole('dialog', { name: 'Explain a log' });
        expect(within(panel).getByRole('textbox')).toBeInTheDocument();
        expect(within(panel).getAllByRole('heading', { name: 'Explain a downloaded log' }).length).toBe(1);
        expect(within(panel).queryAllByRole('heading', { name: 'Explain a log' })).toEqual([]);
        expect(within(panel).getAllByRole('heading', { level: 2 }).length).toBe(1);
    });

    it('gives the doughnut a text alternative and hides it when charts are off', () => {
        const { unmount } = renderFleet();
        expect(screen.getByRole('img', { name: /^Health of 4 mailboxes: Failing 1, Inactive 1, Healthy 2\.$/ })).toBeInTheDocument();
        unmount();
        renderFleet({ showCharts: false });
        expect(screen.queryByTestId('status-chart')).toBeNull();
    });
});
