/**
 * The documented host semantics (harness/src/datasetRules.ts), checked on BOTH hosts the control is tested against:
 * the harness's HostDataset and the unit tests' MockDataSet. Each scenario runs on each host, so a behaviour one of
 * them lacks fails here, not in a real model-driven app.
 */
import { HostContext } from '../../harness/src/hostContext';
import { HostDataset } from '../../harness/src/hostDataset';
import { MINIMAL_COLUMNS, VIEW_COLUMNS } from '../../harness/src/metadata';
import { ABSENT_COLUMN_VALUE, TOTAL_COUNT_CAP, UNKNOWN_SIZE, type PagingStyle } from '../../harness/src/datasetRules';
import type { MailboxRow } from '../../MailboxHealth/core/types';
import { generateFleet } from '../../sample/generateFleet';
import { MockContext, MockDataSet, MockEntityRecord } from '../mocks/pcf';
import { manualClock } from './clock';

type DataSet = ComponentFramework.PropertyTypes.DataSet;

const NOW = Date.parse('2026-11-26T09:00:00Z');
const FLEET = generateFleet({ size: 12_000, seed: 3, now: NOW });

interface HostSetup {
    readonly rows?: readonly MailboxRow[];
    readonly columns?: readonly string[];
    readonly pageSize?: number;
    readonly addColumn?: 'adds' | 'ignores';
    readonly pagingStyle?: PagingStyle;
}

/** One host under test: its current dataset, a way to answer the request in flight, and a call that may be refused. */
interface Host {
    ds(): DataSet;
    /** The host answers the request in flight (a page, a refresh or reset). */
    answer(): void;
    /** Runs a dataset call; the error the host reports for it (thrown or logged), or null. */
    attempt(call: (ds: DataSet) => void): string | null;
}

function harnessHost(setup: HostSetup): Host {
    const clock = manualClock();
    const host = new HostDataset({
        rows: setup.rows ?? FLEET.rows,
        viewColumns: setup.columns ?? VIEW_COLUMNS,
        allowAddColumn: true,
        addColumnBehaviour: setup.addColumn ?? 'adds',
        pagingStyle: setup.pagingStyle ?? 'accumulate',
        pageSize: setup.pageSize ?? 250,
        latencyMs: 100,
        totalCount: 'exact',
        failPage: null,
        offset: () => 0,
        viewTitle: 'Active Mailboxes',
        viewId: '{00000000-0000-0000-0000-000000000001}',
        schedule: clock.schedule,
        events: { changed: () => undefined, selected: () => undefined, opened: () => undefined, log: () => undefined },
    });
    host.start();
    clock.flush();
    return {
        ds: () => host.snapshot(),
        answer: () => clock.flush(),
        attempt(call) {
            const errors: string[] = [];
            const spy = jest.spyOn(console, 'error').mockImplementation((m: unknown) => void errors.push(String(m)));
            try {
                call(host.snapshot());
            } finally {
                spy.mockRestore();
            }
            return errors[0]?.replace(/^\[host\] /, '') ?? null;
        },
    };
}

function mockHost(setup: HostSetup): Host {
    const rows = setup.rows ?? FLEET.rows;
    const records = rows.map((row) => new MockEntityRecord(String(row.mailboxid), row as Record<string, unknown>));
    const pageSize = setup.pageSize ?? 250;
    const dataset = new MockDataSet({
        columns: setup.columns ?? VIEW_COLUMNS,
        records,
        firstPage: pageSize,
        pageSize,
        addColumn: setup.addColumn === 'ignores' ? 'ignores' : true,
        pagingStyle: setup.pagingStyle,
    });
    return {
        ds: () => dataset,
        answer: () => (dataset.paging.pending ? dataset.deliverPage() : dataset.completeRefresh()),
        attempt(call) {
            try {
                call(dataset);
                return null;
            } catch (e) {
                return (e as Error).message;
            }
        },
    };
}

describe.each([
    ['the harness host dataset', harnessHost],
    ['the unit-test mock dataset', mockHost],
])('%s', (_name, make) => {
    it('applies setPageSize at the next refresh, not to the pages loaded nor to the next loadNextPage', () => {
        const host = make({ pageSize: 250 });
        host.ds().paging.setPageSize(5000);
        expect(host.ds().paging.pageSize).toBe(250);
        host.ds().paging.loadNextPage();
        host.answer();
        expect(host.ds().sortedRecordIds.length).toBe(500);
        host.ds().refresh();
        host.answer();
        expect(host.ds().paging.pageSize).toBe(5000);
        expect(host.ds().sortedRecordIds.length).toBe(5000);
    });

    it('reports a refresh or a page request made while another is in flight, which the paging API does not support', () => {
        const host = make({});
        expect(host.attempt((ds) => ds.paging.loadNextPage())).toBeNull();
        expect(host.attempt((ds) => ds.refresh())).toBe(
            'refresh called while paging.loadNextPage is in flight: the dataset paging API does not support parallel execution',
        );
        expect(host.attempt((ds) => ds.paging.loadNextPage())).toMatch(/^paging\.loadNextPage called while paging\.loadNextPage is in flight/);
        host.answer();
        expect(host.attempt((ds) => ds.refresh())).toBeNull();
    });

    it(`counts at most ${TOTAL_COUNT_CAP.toLocaleString('en-US')} records for the total, as Dataverse does`, () => {
        expect(make({}).ds().paging.totalResultCount).toBe(TOTAL_COUNT_CAP);
        expect(make({ rows: FLEET.rows.slice(0, 1200) }).ds().paging.totalResultCount).toBe(1200);
    });

    it('gives null for getValue of a column the dataset does not carry, even when the record has a value for it', () => {
        const host = make({ columns: MINIMAL_COLUMNS });
        const ds = host.ds();
        const record = ds.records[ds.sortedRecordIds[0]];
        expect(MINIMAL_COLUMNS).not.toContain('lastsyncerrorcount');
        expect(record.getValue('lastsyncerrorcount')).toBe(ABSENT_COLUMN_VALUE);
        expect(record.getValue('lastsyncerrorcount')).toBeNull();
    });

    it('delivers an added column with the next refresh, or never with a host whose addColumn adds nothing', () => {
        for (const behaviour of ['adds', 'ignores'] as const) {
            const host = make({ columns: MINIMAL_COLUMNS, addColumn: behaviour });
            host.ds().addColumn?.('lastsyncerrorcount');
            expect(host.ds().columns.map((c) => c.name)).not.toContain('lastsyncerrorcount');
            host.ds().refresh();
            host.answer();
            expect([behaviour, host.ds().columns.map((c) => c.name).includes('lastsyncerrorcount')]).toEqual([behaviour, behaviour === 'adds']);
        }
    });

    it('replaces the records with the next page when paging canvas-style, and appends them otherwise', () => {
        const canvas = make({ pagingStyle: 'replace' });
        const first = canvas.ds().sortedRecordIds.slice();
        canvas.ds().paging.loadNextPage();
        canvas.answer();
        expect(canvas.ds().sortedRecordIds.length).toBe(250);
        expect(canvas.ds().sortedRecordIds[0]).not.toBe(first[0]);
        expect(canvas.ds().paging.hasNextPage).toBe(true);

        const modelDriven = make({});
        modelDriven.ds().paging.loadNextPage();
        modelDriven.answer();
        expect(modelDriven.ds().sortedRecordIds.slice(0, 250)).toEqual(first);
        expect(modelDriven.ds().sortedRecordIds.length).toBe(500);
    });
});

describe('allocated sizes on both hosts', () => {
    it('are -1 until the control tracks the container size, then the container size', () => {
        const harness = new HostContext({
            placement: 'grid',
            dataset: {} as HostDataset,
            webAPI: {} as ComponentFramework.WebApi,
            resources: {} as ComponentFramework.Resources,
            properties: {},
            formRecord: null,
            theme: 'light',
            noPrivilege: false,
            userId: '',
            userName: '',
            offset: () => 0,
            containerSize: () => ({ width: 900, height: 600 }),
            storage: null,
            events: { requestRender: () => undefined, log: () => undefined, navigated: () => undefined, controlState: () => undefined, outputChanged: () => undefined },
        });
        const mock = new MockContext(new MockDataSet({ columns: [] })).mode;
        mock.container = { width: 900, height: 600 };
        (harness as unknown as { options: { dataset: { snapshot(): unknown } } }).options.dataset.snapshot = () => ({});
        const before = harness.build([]).mode;
        expect([before.allocatedWidth, before.allocatedHeight]).toEqual([UNKNOWN_SIZE, UNKNOWN_SIZE]);
        expect([mock.allocatedWidth, mock.allocatedHeight]).toEqual([UNKNOWN_SIZE, UNKNOWN_SIZE]);
        before.trackContainerResize(true);
        mock.trackContainerResize(true);
        const after = harness.build([]).mode;
        expect([after.allocatedWidth, after.allocatedHeight]).toEqual([900, 600]);
        expect([mock.allocatedWidth, mock.allocatedHeight]).toEqual([900, 600]);
    });
});
