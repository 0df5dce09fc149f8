import { HostDataset, LOAD_ERROR_MESSAGE, type HostDatasetOptions } from '../../harness/src/hostDataset';
import { MINIMAL_COLUMNS, VIEW_COLUMNS } from '../../harness/src/metadata';
import type { MailboxRow } from '../../MailboxHealth/core/types';
import { generateFleet } from '../../sample/generateFleet';
import { manualClock, type ManualClock } from './clock';

type DataSet = ComponentFramework.PropertyTypes.DataSet;

const NOW = Date.parse('2026-11-26T09:00:00Z');
const FLEET = generateFleet({ size: 1000, seed: 1, now: NOW });
const UTC = () => 0;

interface Setup {
    readonly host: HostDataset;
    readonly clock: ManualClock;
    readonly changes: () => number;
    readonly selected: string[][];
    readonly opened: ComponentFramework.EntityReference[];
    readonly log: string[];
}

function setup(overrides: Partial<HostDatasetOptions> = {}, rows: readonly MailboxRow[] = FLEET.rows): Setup {
    const clock = manualClock();
    let changes = 0;
    const selected: string[][] = [];
    const opened: ComponentFramework.EntityReference[] = [];
    const log: string[] = [];
    const host = new HostDataset({
        rows,
        viewColumns: VIEW_COLUMNS,
        allowAddColumn: true,
        pageSize: 250,
        latencyMs: 150,
        totalCount: 'exact',
        failPage: null,
        offset: UTC,
        viewTitle: 'Active Mailboxes',
        viewId: '{00000000-0000-0000-0000-000000000001}',
        schedule: clock.schedule,
        events: {
            changed: () => changes++,
            selected: (ids) => selected.push(ids),
            opened: (ref) => opened.push(ref),
            log: (m) => log.push(m),
        },
        ...overrides,
    });
    return { host, clock, changes: () => changes, selected, opened, log };
}

function started(overrides: Partial<HostDatasetOptions> = {}, rows?: readonly MailboxRow[]): Setup & { ds: () => DataSet } {
    const s = setup(overrides, rows);
    s.host.start();
    s.clock.flush();
    return { ...s, ds: () => s.host.snapshot() };
}

function rowById(id: string): MailboxRow {
    return FLEET.rows.find((r) => r.mailboxid === id) as MailboxRow;
}

describe('HostDataset paging', () => {
    it('requests the first page itself, loading until the latency has passed', () => {
        const s = setup();
        s.host.start();
        const before = s.host.snapshot();
        expect(before.loading).toBe(true);
        expect(before.sortedRecordIds).toEqual([]);
        expect(before.paging.totalResultCount).toBe(-1);
        expect(s.clock.delays).toEqual([150]);
        s.clock.flush();
        const after = s.host.snapshot();
        expect(after.loading).toBe(false);
        expect(after.sortedRecordIds.length).toBe(250);
        expect(after.paging.totalResultCount).toBe(1000);
        expect(after.paging.hasNextPage).toBe(true);
        expect(s.changes()).toBe(2);
    });

    it('appends each next page to the records already loaded, as model-driven apps do', () => {
        const s = started();
        const first = s.ds().sortedRecordIds.slice();
        s.ds().paging.loadNextPage();
        expect(s.ds().loading).toBe(true);
        s.clock.flush();
        const ids = s.ds().sortedRecordIds;
        expect(ids.length).toBe(500);
        expect(ids.slice(0, 250)).toEqual(first);
        expect(Object.keys(s.ds().records).length).toBe(500);
        expect(s.host.pagesLoaded).toBe(2);
    });

    it('loads all 1,000 mailboxes in four pages of 250 and then has no next page', () => {
        const s = started();
        while (s.ds().paging.hasNextPage) {
            s.ds().paging.loadNextPage();
            s.clock.flush();
        }
        expect(s.ds().sortedRecordIds.length).toBe(1000);
        expect(new Set(s.ds().sortedRecordIds).size).toBe(1000);
        expect(s.host.pagesLoaded).toBe(4);
        expect(s.ds().paging.lastPageNumber).toBe(4);
    });

    it('reports a second loadNextPage while a page is loading as an error and ignores it (no parallel execution)', () => {
        const s = started();
        const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
        s.ds().paging.loadNextPage();
        s.ds().paging.loadNextPage();
        expect(s.clock.pending()).toBe(1);
        expect(errors).toHaveBeenCalledWith('[host] paging.loadNextPage called while paging.loadNextPage is in flight: the dataset paging API does not support parallel execution');
        errors.mockRestore();
    });

    it('applies setPageSize at the next refresh, not to the next page, and caps it at 5,000', () => {
        const s = started();
        s.ds().paging.setPageSize(20000);
        expect(s.ds().paging.pageSize).toBe(250);
        s.ds().paging.loadNextPage();
        s.clock.flush();
        expect(s.ds().sortedRecordIds.length).toBe(500);
        s.ds().paging.reset();
        s.clock.flush();
        expect(s.ds().paging.pageSize).toBe(5000);
        expect(s.ds().sortedRecordIds.length).toBe(1000);
        expect(s.ds().paging.hasNextPage).toBe(false);
        expect(s.log).toContain('setPageSize 20000 (capped at 5000) (applies at the next refresh)');
    });

    it('replaces the records with the exact page asked for', () => {
        const s = started();
        const all = s.ds().sortedRecordIds.slice();
        s.ds().paging.loadNextPage();
        s.clock.flush();
        const second = s.ds().sortedRecordIds.slice(250, 500);
        s.ds().paging.loadExactPage(2);
        s.clock.flush();
        expect(s.ds().sortedRecordIds).toEqual(second);
        expect(s.ds().paging.hasPreviousPage).toBe(true);
        expect(s.ds().paging.firstPageNumber).toBe(2);
        s.ds().paging.loadPreviousPage();
        s.clock.flush();
        expect(s.ds().sortedRecordIds).toEqual(all);
    });

    it('reports -1 as the total when the host does not count', () => {
        expect(started({ totalCount: 'unknown' }).ds().paging.totalResultCount).toBe(-1);
    });

    it('fails the asked page request with the Dataverse timeout message and recovers on refresh', () => {
        const s = started({ failPage: 2 });
        s.ds().paging.loadNextPage();
        s.clock.flush();
        expect(s.ds().error).toBe(true);
        expect(s.ds().errorMessage).toBe(LOAD_ERROR_MESSAGE);
        expect(s.ds().sortedRecordIds.length).toBe(250);
        s.ds().refresh();
        s.clock.flush();
        expect(s.ds().error).toBe(false);
        expect(s.ds().sortedRecordIds.length).toBe(250);
    });

    it('reports a refresh while a page is loading as an error, and the page still arrives', () => {
        const s = started();
        const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
        s.ds().paging.loadNextPage();
        s.ds().refresh();
        s.clock.flush();
        expect(errors).toHaveBeenCalledTimes(1);
        expect(s.ds().sortedRecordIds.length).toBe(500);
        errors.mockRestore();
    });
});

describe('HostDataset sorting and filtering', () => {
    it('sorts by name ascending like the view until the control changes dataset.sorting and refreshes', () => {
        const s = started({ pageSize: 5000 });
        const names = s.ds().sortedRecordIds.map((id) => String(rowById(id).name).toLowerCase());
        expect(names).toEqual([...names].sort());
        const ds = s.ds();
        ds.sorting.splice(0, ds.sorting.length, { name: 'lastsuccessfulsynccompletedon', sortDirection: 1 });
        ds.refresh();
        s.clock.flush();
        const times = s.ds().sortedRecordIds.map((id) => (rowById(id).lastsuccessfulsynccompletedon as Date | null)?.getTime() ?? null);
        const nonNull = times.filter((t): t is number => t !== null);
        expect(nonNull).toEqual([...nonNull].sort((a, b) => b - a));
        // Descending puts the nulls last (SQL Server sorts null lowest).
        expect(times.indexOf(null)).toBe(nonNull.length);
    });

    it('accepts a new sorting array assigned to dataset.sorting', () => {
        const s = started({ pageSize: 5000 });
        s.ds().sorting = [{ name: 'name', sortDirection: 1 }];
        s.ds().refresh();
        s.clock.flush();
        const names = s.ds().sortedRecordIds.map((id) => String(rowById(id).name).toLowerCase());
        expect(names).toEqual([...names].sort().reverse());
    });

    it('narrows to one mailbox with a mailboxid Equal filter and a refresh', () => {
        const s = started();
        const wanted = FLEET.rows[123].mailboxid as string;
        s.ds().filtering.setFilter({ filterOperator: 0, conditions: [{ attributeName: 'mailboxid', conditionOperator: 0, value: `{${wanted.toUpperCase()}}` }] });
        s.ds().refresh();
        s.clock.flush();
        expect(s.ds().sortedRecordIds).toEqual([wanted]);
        expect(s.ds().paging.totalResultCount).toBe(1);
        s.ds().filtering.clearFilter();
        s.ds().refresh();
        s.clock.flush();
        expect(s.ds().paging.totalResultCount).toBe(1000);
    });

    it('filters with In, Null and Or', () => {
        const s = started({ pageSize: 5000 });
        s.ds().filtering.setFilter({
            filterOperator: 1,
            conditions: [
                { attributeName: 'emailserverprofile', conditionOperator: 12, value: '' },
                { attributeName: 'emailrouteraccessapproval', conditionOperator: 8, value: ['2', '3'] },
            ],
        });
        s.ds().refresh();
        s.clock.flush();
        const expected = FLEET.rows.filter((r) => r.emailserverprofile === null || r.emailrouteraccessapproval === 2 || r.emailrouteraccessapproval === 3).length;
        expect(expected).toBeGreaterThan(0);
        expect(s.ds().sortedRecordIds.length).toBe(expected);
    });
});

describe('HostDataset columns and values', () => {
    it('adds a column at the next refresh, with order -1, and only then gives its values', () => {
        const s = started();
        const ds = s.ds();
        const id = ds.sortedRecordIds[0];
        (ds.addColumn as (name: string) => void)('lastsuccessfulsynccompletedon');
        expect(s.ds().columns.map((c) => c.name)).not.toContain('lastsuccessfulsynccompletedon');
        expect(s.ds().records[id].getValue('lastsuccessfulsynccompletedon')).toBeNull();
        s.ds().refresh();
        s.clock.flush();
        const added = s.ds().columns.find((c) => c.name === 'lastsuccessfulsynccompletedon');
        expect(added).toMatchObject({ order: -1, dataType: 'DateAndTime.DateAndTime', displayName: 'Last Successful Sync Time' });
        const row = rowById(s.ds().sortedRecordIds[0]);
        expect(s.ds().records[s.ds().sortedRecordIds[0]].getValue('lastsuccessfulsynccompletedon')).toBe(row.lastsuccessfulsynccompletedon);
    });

    it('throws the platform message for a column the table does not have', () => {
        const s = started();
        expect(() => (s.ds().addColumn as (name: string) => void)('forwardmailbox')).toThrow("'mailbox' entity doesn't contain attribute with Name = 'forwardmailbox'.");
    });

    it('offers no addColumn when the host has none', () => {
        const ds = started({ allowAddColumn: false, viewColumns: MINIMAL_COLUMNS }).ds();
        expect(ds.addColumn).toBeUndefined();
        expect(ds.columns.map((c) => c.name)).toEqual(['name', 'emailaddress', 'regardingobjectid', 'statuscode']);
    });

    it('gives raw values: Dates, numbers, booleans, EntityReferences, and null for a column it does not carry', () => {
        const s = started({}, FLEET.rows);
        const ds = s.ds();
        for (const column of ['postponemailboxprocessinguntil', 'enabledforincomingemail', 'testemailconfigurationscheduled']) (ds.addColumn as (n: string) => void)(column);
        ds.refresh();
        s.clock.flush();
        const id = s.ds().sortedRecordIds.find((i) => rowById(i).emailserverprofile !== null && rowById(i).regardingobjectid !== null) as string;
        const record = s.ds().records[id];
        const row = rowById(id);
        expect(record.getRecordId()).toBe(id);
        expect(record.getValue('postponemailboxprocessinguntil')).toBeInstanceOf(Date);
        expect(typeof record.getValue('incomingemaildeliverymethod')).toBe('number');
        expect(typeof record.getValue('enabledforincomingemail')).toBe('boolean');
        expect(record.getValue('emailserverprofile')).toEqual({ id: { guid: row.emailserverprofile }, name: row.emailserverprofilename, etn: 'emailserverprofile' });
        expect(record.getValue('regardingobjectid')).toEqual({ id: { guid: row.regardingobjectid }, name: row.regardingobjectidname, etn: row.regardingobjecttypecode });
        expect(record.getValue('lastsyncerror')).toBeNull();
        expect(record.getNamedReference()).toEqual({ id: { guid: id }, name: row.name, etn: 'mailbox' });
    });

    it('formats DateOnly schedule columns as the date alone, as the grid shows them (trap T2)', () => {
        const row: MailboxRow = {
            ...FLEET.rows[0],
            postponemailboxprocessinguntil: new Date('2026-11-26T09:05:00Z'),
            lastsuccessfulsynccompletedon: new Date('2026-11-26T09:00:00Z'),
            actdeliverymethod: 1,
            enabledforact: false,
        };
        const s = started({ viewColumns: ['name', 'postponemailboxprocessinguntil', 'lastsuccessfulsynccompletedon', 'actdeliverymethod', 'enabledforact', 'emailserverprofile'] }, [row]);
        const record = s.ds().records[row.mailboxid as string];
        expect(record.getFormattedValue('postponemailboxprocessinguntil')).toBe('11/26/2026');
        expect(record.getFormattedValue('lastsuccessfulsynccompletedon')).toBe('11/26/2026 9:00 AM');
        expect(record.getFormattedValue('actdeliverymethod')).toBe('Server-Side Synchronization');
        expect(record.getFormattedValue('enabledforact')).toBe('No');
        expect(record.getFormattedValue('emailserverprofile')).toBe(row.emailserverprofilename);
        expect(record.getFormattedValue('lastsyncerror')).toBe('');
    });

    it('formats in the user time zone: a UTC morning is the previous day in Honolulu', () => {
        const row: MailboxRow = { ...FLEET.rows[0], postponemailboxprocessinguntil: new Date('2026-11-26T03:00:00Z') };
        const s = started({ viewColumns: ['postponemailboxprocessinguntil'], offset: () => -600 }, [row]);
        expect(s.ds().records[row.mailboxid as string].getFormattedValue('postponemailboxprocessinguntil')).toBe('11/25/2026');
    });

    it('hands out a new dataset object per updateView but keeps records and ids while nothing changed', () => {
        const s = started();
        const a = s.ds();
        const b = s.ds();
        expect(a).not.toBe(b);
        expect(a.records).toBe(b.records);
        expect(a.sortedRecordIds).toBe(b.sortedRecordIds);
        expect(a.getTargetEntityType()).toBe('mailbox');
        expect(a.getTitle()).toBe('Active Mailboxes');
    });
});

describe('HostDataset selection and navigation', () => {
    it('reports selected ids to the host and gives them back', () => {
        const s = started();
        const ids = s.ds().sortedRecordIds.slice(0, 2);
        s.ds().setSelectedRecordIds(ids);
        expect(s.selected).toEqual([ids]);
        expect(s.ds().getSelectedRecordIds()).toEqual(ids);
        s.ds().clearSelectedRecordIds();
        expect(s.ds().getSelectedRecordIds()).toEqual([]);
    });

    it('records the reference given to openDatasetItem', () => {
        const s = started();
        const id = s.ds().sortedRecordIds[3];
        s.ds().openDatasetItem(s.ds().records[id].getNamedReference());
        expect(s.opened).toEqual([{ id: { guid: id }, name: rowById(id).name, etn: 'mailbox' }]);
    });
});
