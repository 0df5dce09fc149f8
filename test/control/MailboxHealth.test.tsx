import '../mocks/fluentCommonJs';
import * as React from 'react';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { MailboxHealth } from '../../MailboxHealth/index';
import type { MailboxHealthViewProps } from '../../MailboxHealth/view/MailboxHealthView';
import { aFleetDataSet, aMailboxRecord, failingValues, guid, healthyValues, NOW, PROFILE_ID, STOCK_VIEW_COLUMNS } from '../builders/pcfRecords';
import { MockContext, MockDataSet, MockEntityRecord } from '../mocks/pcf';
import { UNANSWERED_AFTER_MS } from '../../MailboxHealth/pcf/requests';

jest.mock('chart.js');

beforeEach(() => {
    jest.spyOn(Date, 'now').mockReturnValue(NOW);
});
afterEach(() => jest.restoreAllMocks());

function start(dataset: MockDataSet, setup: (c: MockContext) => void = () => undefined, state?: ComponentFramework.Dictionary) {
    const context = new MockContext(dataset);
    setup(context);
    const control = new MailboxHealth();
    const notify = jest.fn();
    control.init(context, notify, state);
    return { context, control, notify };
}

function propsOf(element: React.ReactElement): MailboxHealthViewProps {
    return element.props as MailboxHealthViewProps;
}

describe('MailboxHealth lifecycle', () => {
    it('sets up without notifying outputs, tracks resizing and asks for large pages', () => {
        const dataset = aFleetDataSet(3);
        const { context, notify } = start(dataset);
        expect(notify).not.toHaveBeenCalled();
        expect(context.mode.resizeTracked).toBe(true);
        expect(dataset.paging.setPageSizeCalls).toEqual([5000]);
    });

    it('shows a loading state while the first page loads', () => {
        const dataset = aFleetDataSet(0);
        dataset.loading = true;
        const { control, context } = start(dataset);
        render(control.updateView(context));
        expect(screen.getByText('Loading mailboxes…')).toBeInTheDocument();
    });

    it('shows the host error message as text with a way to try again', async () => {
        const dataset = aFleetDataSet(2);
        dataset.error = true;
        dataset.errorMessage = '<b>Timeout</b> while retrieving mailboxes';
        const { control, context } = start(dataset);
        const { container } = render(control.updateView(context));
        expect(await screen.findByText(/The mailboxes could not be loaded\. <b>Timeout<\/b> while retrieving mailboxes/)).toBeInTheDocument();
        expect(container.querySelector('b')).toBeNull();
        fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
        expect(dataset.refreshCalls).toBe(1);
    });

    it('says so when the view is empty', async () => {
        const { control, context } = start(aFleetDataSet(0));
        render(control.updateView(context));
        expect(await screen.findByText('This view has no mailboxes.')).toBeInTheDocument();
    });

    // 10,000 rows rendered twice: generous on a shared, loaded machine.
    it('loads a fleet of 10,000 page by page, showing progress against a total of 5,000+, and lists them all', async () => {
        const dataset = aFleetDataSet(10_000, { firstPage: 5000, pageSize: 5000 });
        const { control, context } = start(dataset);
        const { rerender } = render(control.updateView(context));
        expect(dataset.paging.loadNextPageCalls).toBe(1);
        // Dataverse counts up to 5,000: never "5,000 of 5,000" while more arrive
        expect(await screen.findByText('Loading 5,000 of 5,000+ mailboxes…')).toBeInTheDocument();
        expect(screen.getByTestId('list-status').textContent).toBe('Showing 5,000 of 5,000 mailboxes');
        dataset.deliverPage();
        rerender(control.updateView(context));
        expect(screen.getByTestId('list-status').textContent).toBe('Showing 10,000 of 10,000 mailboxes');
        expect(screen.queryByText(/Loading 5,000/)).toBeNull();
        expect(dataset.paging.loadNextPageCalls).toBe(1);
    }, 60_000);

    it('assesses once per dataset change, not once per render', () => {
        const dataset = aFleetDataSet(3);
        const { control, context } = start(dataset);
        const first = propsOf(control.updateView(context)).snapshot;
        expect(propsOf(control.updateView(context)).snapshot).toBe(first);
        dataset.show(2);
        expect(propsOf(control.updateView(context)).snapshot).not.toBe(first);
    });

    it('while paging, keeps the assessments of the loaded records and adds those of the new page only', () => {
        const dataset = aFleetDataSet(10_000, { firstPage: 5000, pageSize: 5000 }, (n) => (n % 10 === 0 ? failingValues(n) : healthyValues(n)));
        const { control, context } = start(dataset);
        const first = propsOf(control.updateView(context)).snapshot;
        dataset.deliverPage();
        context.updatedProperties = ['mailboxes'];
        const second = propsOf(control.updateView(context)).snapshot;
        expect(second.ids.length).toBe(10_000);
        expect(second.assessments[4999]).toBe(first.assessments[4999]);
        expect(second.rows[0]).toBe(first.rows[0]);
        expect(second.summary.failing).toBe(1000);
        expect(second.assessedAt).toBe(first.assessedAt);
    });

    it('keeps the snapshot when the host names the dataset but nothing in it changed (selection, resize)', () => {
        const dataset = aFleetDataSet(3);
        const { control, context } = start(dataset);
        const first = propsOf(control.updateView(context)).snapshot;
        context.updatedProperties = ['mailboxes'];
        dataset.show(3);
        expect(propsOf(control.updateView(context)).snapshot).toBe(first);
    });

    it('hands the view the same options object while the properties keep their values', () => {
        const dataset = aFleetDataSet(1);
        const { control, context } = start(dataset);
        const first = propsOf(control.updateView(context)).options;
        expect(propsOf(control.updateView(context)).options).toBe(first);
        context.parameters = { ...context.parameters, graceMinutes: { ...context.parameters.graceMinutes, raw: 30 } };
        const changed = propsOf(control.updateView(context)).options;
        expect(changed).not.toBe(first);
        expect(changed.graceMinutes).toBe(30);
    });

    it('adds the missing columns with addColumn and refreshes once', () => {
        const dataset = new MockDataSet({ columns: STOCK_VIEW_COLUMNS, records: [aMailboxRecord(1)], addColumn: true });
        const { control, context } = start(dataset);
        render(control.updateView(context));
        expect(dataset.addedColumns).toContain('lastsyncerrorcount');
        expect(dataset.refreshCalls).toBe(1);
        expect(screen.getByText('Adding the columns the health rules need…')).toBeInTheDocument();
        control.updateView(context);
        expect(dataset.refreshCalls).toBe(1);
    });

    it('applies the page size with a reset on a view that already has every column, then pages in 5,000s', () => {
        const dataset = aFleetDataSet(12_000, { firstPage: 50, pageSize: 50 });
        const { control, context } = start(dataset);
        control.updateView(context);
        expect(dataset.paging.resetCalls).toBe(1);
        expect(dataset.paging.loadNextPageCalls).toBe(0);
        dataset.completeRefresh();
        control.updateView(context);
        dataset.deliverPage();
        control.updateView(context);
        dataset.deliverPage();
        expect(propsOf(control.updateView(context)).progress).toEqual({ loaded: 12_000, total: 12_000, phase: 'complete' });
        expect(dataset.paging.loadNextPageCalls).toBe(2);
    });

    it('never sends loadNextPage while its column refresh is in flight (the mock throws on a parallel call)', () => {
        const records = Array.from({ length: 60 }, (_, i) => aMailboxRecord(i + 1));
        const dataset = new MockDataSet({ columns: STOCK_VIEW_COLUMNS, records, addColumn: true, firstPage: 25 });
        const { control, context } = start(dataset);
        expect(() => control.updateView(context)).not.toThrow();
        expect(() => control.updateView(context)).not.toThrow();
        expect(dataset.refreshCalls).toBe(1);
        expect(dataset.paging.loadNextPageCalls).toBe(0);
        dataset.completeRefresh();
        expect(() => control.updateView(context)).not.toThrow();
        // the refresh applied the page size of 5,000: all 60 are there, nothing more to page
        expect(dataset.sortedRecordIds.length).toBe(60);
        expect(dataset.paging.loadNextPageCalls).toBe(0);
        expect(dataset.paging.resetCalls).toBe(0);
    });

    it('waits for the host\'s own first page before adding columns: no refresh while it loads', () => {
        const dataset = new MockDataSet({ columns: STOCK_VIEW_COLUMNS, records: [aMailboxRecord(1)], addColumn: true });
        dataset.loading = true;
        const { control, context } = start(dataset);
        control.updateView(context);
        expect(dataset.refreshCalls).toBe(0);
        dataset.loading = false;
        control.updateView(context);
        expect(dataset.refreshCalls).toBe(1);
    });

    it('renders with what is there and the missing-columns message after one refresh that added nothing', async () => {
        const dataset = new MockDataSet({ columns: STOCK_VIEW_COLUMNS, records: [aMailboxRecord(1)], addColumn: 'ignores' });
        const { control, context } = start(dataset);
        const { rerender } = render(control.updateView(context));
        expect(screen.getByText('Adding the columns the health rules need…')).toBeInTheDocument();
        dataset.completeRefresh();
        rerender(control.updateView(context));
        expect(await screen.findByText(/columns the health rules read/)).toBeInTheDocument();
        expect(screen.queryByText('Adding the columns the health rules need…')).toBeNull();
        expect(screen.getByText('user1@contoso.com')).toBeInTheDocument();
        rerender(control.updateView(context));
        expect(dataset.refreshCalls).toBe(1);
    });

    it('stops waiting for a refresh the host ignores and asks the host for a render when it gives up', () => {
        jest.useFakeTimers({ doNotFake: ['Date'] });
        try {
            const dataset = new MockDataSet({ columns: STOCK_VIEW_COLUMNS, records: [aMailboxRecord(1)], addColumn: 'ignores' });
            dataset.refresh = () => undefined; // Microsoft's test harness logs refresh() and does nothing else
            const { control, context } = start(dataset);
            const requestRender = jest.fn();
            Object.defineProperty(context, 'factory', { value: { requestRender } });
            expect(propsOf(control.updateView(context)).status).toEqual({ kind: 'preparing', waitMs: UNANSWERED_AFTER_MS });
            jest.spyOn(Date, 'now').mockReturnValue(NOW + UNANSWERED_AFTER_MS);
            jest.advanceTimersByTime(UNANSWERED_AFTER_MS + 100);
            expect(requestRender).toHaveBeenCalledTimes(1);
            const props = propsOf(control.updateView(context));
            expect(props.status).toEqual({ kind: 'ready' });
            expect(props.missing?.columns).toContain('lastsyncerrorcount');
        } finally {
            jest.useRealTimers();
        }
    });

    it('shows what is there with the missing-columns message even if the host never calls updateView again', async () => {
        jest.useFakeTimers({ doNotFake: ['Date'] });
        try {
            const dataset = new MockDataSet({ columns: STOCK_VIEW_COLUMNS, records: [aMailboxRecord(1)], addColumn: 'ignores' });
            dataset.refresh = () => undefined;
            const { control, context } = start(dataset);
            render(control.updateView(context));
            expect(screen.getByText('Adding the columns the health rules need…')).toBeInTheDocument();
            act(() => void jest.advanceTimersByTime(UNANSWERED_AFTER_MS + 10));
            expect(screen.queryByText('Adding the columns the health rules need…')).toBeNull();
            expect(screen.getByText('user1@contoso.com')).toBeInTheDocument();
            act(() => void jest.advanceTimersByTime(1000));
            expect((await screen.findByText(/columns the health rules read/)).textContent).toContain('lastsyncerrorcount');
        } finally {
            jest.useRealTimers();
        }
    });

    it('says so and makes no call at all when bound to a view of another table', async () => {
        const dataset = new MockDataSet({ columns: ['name', 'telephone1'], records: [new MockEntityRecord(guid(1), { name: 'Contoso' }, {}, 'account')], addColumn: true, table: 'account' });
        const { control, context } = start(dataset);
        const { container } = render(control.updateView(context));
        expect(await screen.findByText('Mailbox Health reads mailboxes, but this view lists the account table. Choose a view of the Mailbox table for this control.')).toBeInTheDocument();
        expect(container.querySelector('[role="progressbar"], .ms-Spinner')).toBeNull();
        expect(dataset.addedColumns).toEqual([]);
        expect(dataset.refreshCalls).toBe(0);
        expect(dataset.paging.setPageSizeCalls).toEqual([]);
        expect(dataset.paging.loadNextPageCalls).toBe(0);
        expect(context.webAPI.retrieveRecord).not.toHaveBeenCalled();
        expect(context.webAPI.retrieveMultipleRecords).not.toHaveBeenCalled();
    });

    it.each([[-1], [''], [NaN], ['auto']])('never hands an unknown allocated height (%p) to the view', (height) => {
        const dataset = aFleetDataSet(2);
        const { control, context } = start(dataset);
        context.mode.container = { width: 1200, height: height as number };
        expect(propsOf(control.updateView(context)).height).toBeUndefined();
        context.mode.container = { width: 1200, height: '640' as unknown as number };
        expect(propsOf(control.updateView(context)).height).toBe(640);
    });

    it('reads showCharts and approvalRequired as yes/no Enum values', () => {
        const dataset = aFleetDataSet(1);
        const context = new MockContext(dataset, { showCharts: 'no', approvalRequired: 'no' });
        const control = new MailboxHealth();
        control.init(context, jest.fn(), undefined);
        const props = propsOf(control.updateView(context));
        expect(props.showCharts).toBe(false);
        expect(props.options.approvalRequired).toBe(false);
    });

    it('says which columns are missing when the host cannot add them, and shows verdicts as not settled', async () => {
        const dataset = new MockDataSet({ columns: STOCK_VIEW_COLUMNS, records: [aMailboxRecord(1)] });
        const { control, context } = start(dataset);
        render(control.updateView(context));
        const message = await screen.findByText(/columns the health rules read/);
        expect(message.textContent).toContain('postponemailboxprocessinguntil');
        expect(message.textContent).toContain('Overdue');
        expect(document.querySelector('[data-uncertain="true"]')).not.toBeNull();
    });

    it('passes the selection to the host and opens a record with its named reference', () => {
        const dataset = aFleetDataSet(2);
        const { control, context } = start(dataset);
        const view = propsOf(control.updateView(context));
        view.onSelect([guid(2)]);
        expect(dataset.selected).toEqual([guid(2)]);
        view.onOpen(guid(1));
        expect(dataset.opened).toEqual([{ id: { guid: guid(1) }, etn: 'mailbox', name: 'Mailbox 1' }]);
    });

    it('opens the record when a row is double-clicked in the rendered list', () => {
        const dataset = aFleetDataSet(2);
        const { control, context } = start(dataset);
        render(control.updateView(context));
        fireEvent.doubleClick(screen.getByText('user2@contoso.com'));
        expect(dataset.opened.map((r) => r.id.guid)).toEqual([guid(2)]);
    });

    it('remembers the filter in the session and restores it from the state given to init', () => {
        const dataset = aFleetDataSet(3, {}, (n) => (n === 2 ? failingValues(n) : healthyValues(n)));
        const first = start(dataset);
        const { unmount } = render(first.control.updateView(first.context));
        fireEvent.click(within(screen.getByRole('group', { name: 'Filter by health' })).getByRole('button', { name: /^Failing/ }));
        const saved = first.context.mode.savedStates[first.context.mode.savedStates.length - 1];
        expect(saved).toEqual({ v: 1, filter: 'failing', flag: null, sort: { key: 'health', descending: false }, search: '' });
        unmount();
        const second = start(dataset, undefined, saved);
        render(second.control.updateView(second.context));
        expect(screen.getByTestId('list-status').textContent).toBe('Showing 1 of 3 mailboxes');
    });

    it('starts with the default filter property when nothing was saved', () => {
        const dataset = aFleetDataSet(3, {}, (n) => (n === 2 ? failingValues(n) : healthyValues(n)));
        const context = new MockContext(dataset, { defaultFilter: 'attention' });
        const control = new MailboxHealth();
        control.init(context, jest.fn(), undefined);
        render(control.updateView(context));
        expect(screen.getByTestId('list-status').textContent).toBe('Showing 1 of 3 mailboxes');
    });
});

describe('MailboxHealth on the mailbox form', () => {
    function onForm(dataset: MockDataSet, id: string) {
        return start(dataset, (c) => {
            c.mode.contextInfo = { entityTypeName: 'mailbox', entityId: `{${id.toUpperCase()}}` };
        });
    }

    it('shows the one mailbox in depth with its profile and alerts fetched through the Web API', async () => {
        const dataset = aFleetDataSet(3, {}, (n) => ({ ...failingValues(n), name: `Mailbox ${n}` }));
        const { control, context } = onForm(dataset, guid(2));
        context.webAPI.retrieveRecord.mockResolvedValue({ emailserverprofileid: PROFILE_ID, name: 'Microsoft Exchange Online', servertype: 0 });
        context.webAPI.retrieveMultipleRecords.mockResolvedValue({
            entities: [{ tracelogid: 't1', tracecode: 126, level: 2, errortypedisplay: 'ExchangeSyncServerServiceError', errordetails: 'ActivityId: 1234', modifiedon: '2024-05-01T08:56:00Z' }],
            nextLink: '',
        });
        await act(async () => {
            render(control.updateView(context));
        });
        expect(dataset.paging.setPageSizeCalls).toEqual([]);
        expect(document.querySelector('[data-placement="form"]')).not.toBeNull();
        expect(screen.queryByRole('grid', { name: 'Mailboxes' })).toBeNull();
        expect(screen.getAllByText('Mailbox 2').length).toBeGreaterThan(0);
        expect(context.webAPI.retrieveRecord).toHaveBeenCalledWith('emailserverprofile', PROFILE_ID, expect.any(String));
        expect(context.webAPI.retrieveMultipleRecords).toHaveBeenCalledWith('tracelog', expect.stringContaining(`_regardingobjectid_value eq ${guid(2)}`));
        // The alerts section mounts with the mailbox, once its profile and alerts have arrived: its own read follows.
        expect((await screen.findAllByText(/ExchangeSyncServerServiceError/)).length).toBeGreaterThan(0);
    });

    it('says the alerts cannot be read without the privilege and still shows the mailbox', async () => {
        const dataset = aFleetDataSet(1);
        const { control, context } = onForm(dataset, guid(1));
        context.webAPI.retrieveRecord.mockRejectedValue({ errorCode: -2147220960, message: 'Principal user is missing prvReadEmailServerProfile privilege' });
        context.webAPI.retrieveMultipleRecords.mockRejectedValue({ errorCode: -2147220960, message: 'Principal user is missing prvReadTraceLog privilege' });
        await act(async () => {
            render(control.updateView(context));
        });
        expect(await screen.findByText(/cannot read email server profiles/)).toBeInTheDocument();
        expect(document.querySelector('[data-placement="form"]')?.textContent).toMatch(/privilege/i);
        expect(screen.getAllByText('Mailbox 1').length).toBeGreaterThan(0);
    });

    it('narrows the dataset to the form mailbox when it is not among the loaded records', () => {
        const dataset = aFleetDataSet(2);
        const { control, context } = onForm(dataset, guid(42));
        render(control.updateView(context));
        expect(dataset.filtering.filter?.conditions).toEqual([{ attributeName: 'mailboxid', conditionOperator: 0, value: guid(42) }]);
        expect(dataset.refreshCalls).toBe(1);
        expect(screen.getByText('Loading the mailbox…')).toBeInTheDocument();
    });
});
