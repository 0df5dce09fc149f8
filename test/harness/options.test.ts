import { DEFAULT_API_LATENCY_MS, DEFAULT_LATENCY_MS, DEFAULT_PAGE_SIZE, parseHarnessOptions } from '../../harness/src/options';

const CLOCK = Date.parse('2030-01-02T03:04:05Z');

describe('parseHarnessOptions', () => {
    it('plays a host whose addColumn delivers nothing, and canvas-style paging that replaces the records', () => {
        const options = parseHarnessOptions('?addColumn=ignore&paging=replace', CLOCK);
        expect(options.addColumnBehaviour).toBe('ignores');
        expect(options.pagingStyle).toBe('replace');
        expect(options.propertyOverrides.size).toBe(0);
        expect(parseHarnessOptions('?paging=sideways', CLOCK).warnings).toEqual(['paging=sideways must be one of accumulate, replace; using accumulate']);
    });

    it('uses the defaults for an empty query: 50 mailboxes, grid, the real clock, pages of 250', () => {
        expect(parseHarnessOptions('', CLOCK)).toEqual({
            size: 50,
            seed: 1,
            now: CLOCK,
            fixedNow: false,
            placement: 'grid',
            mailboxId: null,
            pageSize: DEFAULT_PAGE_SIZE,
            latencyMs: DEFAULT_LATENCY_MS,
            apiLatencyMs: DEFAULT_API_LATENCY_MS,
            columns: 'view',
            allowAddColumn: true,
            addColumnBehaviour: 'adds',
            pagingStyle: 'accumulate',
            noPrivilege: false,
            throttle: null,
            alertHistory: true,
            theme: 'light',
            totalCount: 'exact',
            failPage: null,
            propertyOverrides: new Map(),
            warnings: [],
        });
    });

    it('reads every documented parameter', () => {
        const o = parseHarnessOptions(
            '?size=10000&seed=7&now=2026-11-26T09:00:00Z&placement=form&mailbox={ABC}&pageSize=500&latency=0&apiLatency=5&columns=all&noPrivilege=1&theme=dark&totalCount=unknown&failPage=2',
            CLOCK,
        );
        expect(o).toMatchObject({
            size: 10000,
            seed: 7,
            now: Date.parse('2026-11-26T09:00:00Z'),
            fixedNow: true,
            placement: 'form',
            mailboxId: 'abc',
            pageSize: 500,
            latencyMs: 0,
            apiLatencyMs: 5,
            columns: 'all',
            allowAddColumn: true,
            noPrivilege: true,
            theme: 'dark',
            totalCount: 'unknown',
            failPage: 2,
            warnings: [],
        });
    });

    it('takes addColumn away with the minimal view or noAddColumn', () => {
        expect(parseHarnessOptions('?columns=minimal', CLOCK).allowAddColumn).toBe(false);
        expect(parseHarnessOptions('?noAddColumn=1', CLOCK).allowAddColumn).toBe(false);
        expect(parseHarnessOptions('?noAddColumn=0', CLOCK).allowAddColumn).toBe(true);
    });

    it('keeps the defaults and says why for bad values', () => {
        const o = parseHarnessOptions('?size=100001&placement=sidebar&now=yesterday&pageSize=0', CLOCK);
        expect(o.size).toBe(50);
        expect(o.placement).toBe('grid');
        expect(o.now).toBe(CLOCK);
        expect(o.pageSize).toBe(250);
        expect(o.warnings).toEqual([
            'now=yesterday is not an ISO-8601 instant; using the current time',
            'size=100001 must be a whole number from 0 to 100000; using 50',
            'placement=sidebar must be one of grid, dashboard, form; using grid',
            'pageSize=0 must be a whole number from 1 to 5000; using 250',
        ]);
    });

    it('passes every other parameter on as a candidate property override', () => {
        expect(parseHarnessOptions('?graceMinutes=30&showCharts=0', CLOCK).propertyOverrides).toEqual(
            new Map([
                ['graceMinutes', '30'],
                ['showCharts', '0'],
            ]),
        );
    });
});
