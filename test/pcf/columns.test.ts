import { DatasetRequests, UNANSWERED_AFTER_MS } from '../../MailboxHealth/pcf/requests';
import { REQUIRED_COLUMNS, RULE_COLUMNS } from '../../MailboxHealth/core';
import { HEALTH_STATES } from '../../MailboxHealth/core/types';
import { ColumnGuard, missingColumns, statesNeeding } from '../../MailboxHealth/pcf/columns';
import { aMailboxRecord, DATASET_COLUMNS, STOCK_VIEW_COLUMNS } from '../builders/pcfRecords';
import { MockDataSet } from '../mocks/pcf';

describe('missingColumns', () => {
    it('finds nothing missing when the dataset carries every column', () => {
        expect(missingColumns(new MockDataSet({ columns: DATASET_COLUMNS }))).toEqual([]);
    });

    it('lists the required columns a stock view lacks, without the record id and the lookup names', () => {
        const missing = missingColumns(new MockDataSet({ columns: STOCK_VIEW_COLUMNS }));
        expect(missing).toEqual(REQUIRED_COLUMNS.filter((c) => !STOCK_VIEW_COLUMNS.includes(c) && c !== 'mailboxid' && c !== 'emailserverprofilename' && c !== 'regardingobjectidname'));
        expect(missing).toContain('postponemailboxprocessinguntil');
        expect(missing).not.toContain('emailserverprofilename');
    });
});

describe('statesNeeding', () => {
    it('names the states whose rule reads a missing column, in rule order', () => {
        expect(statesNeeding(['lastsyncerrorcount'])).toEqual(['failing']);
        expect(statesNeeding(['processingstatecode'])).toEqual(['stuck', 'overdue']);
    });

    it('names no state when nothing is missing', () => {
        expect(statesNeeding([])).toEqual([]);
    });

    it('agrees with the core RULE_COLUMNS for every state', () => {
        for (const state of HEALTH_STATES) {
            const cols = RULE_COLUMNS[state];
            if (cols.length > 0) expect(statesNeeding([cols[0]])).toContain(state);
        }
    });
});

/** One updateView of the control: the queue observes the dataset, then the guard checks it. */
function checkAt(guard: ColumnGuard, dataset: MockDataSet, requests: DatasetRequests, now = 0) {
    requests.settle(dataset, now);
    return guard.check(dataset, requests, now);
}

describe('ColumnGuard', () => {
    it('adds every missing column and refreshes once when the host offers addColumn', () => {
        const dataset = new MockDataSet({ columns: STOCK_VIEW_COLUMNS, records: [aMailboxRecord(1)], addColumn: true });
        const guard = new ColumnGuard();
        const requests = new DatasetRequests();
        const status = checkAt(guard, dataset, requests);
        expect(status.kind).toBe('adding');
        expect(dataset.addedColumns).toEqual(missingColumns(new MockDataSet({ columns: STOCK_VIEW_COLUMNS })));
        expect(dataset.refreshCalls).toBe(1);
        // while the reload runs it keeps saying "adding" without asking again
        expect(checkAt(guard, dataset, requests).kind).toBe('adding');
        dataset.completeRefresh();
        expect(checkAt(guard, dataset, requests)).toEqual({ kind: 'complete' });
        expect(dataset.refreshCalls).toBe(1);
    });

    it('reports the columns and the states it cannot judge when the host has no addColumn', () => {
        const dataset = new MockDataSet({ columns: DATASET_COLUMNS.filter((c) => c !== 'lastsyncerrorcount'), records: [aMailboxRecord(1)] });
        expect(checkAt(new ColumnGuard(), dataset, new DatasetRequests())).toEqual({ kind: 'missing', columns: ['lastsyncerrorcount'], states: ['failing'] });
        expect(dataset.refreshCalls).toBe(0);
    });

    it('refreshes only once, then renders with what is there, when the host accepts addColumn but delivers nothing', () => {
        const dataset = new MockDataSet({ columns: STOCK_VIEW_COLUMNS, records: [aMailboxRecord(1)], addColumn: 'ignores' });
        const guard = new ColumnGuard();
        const requests = new DatasetRequests();
        checkAt(guard, dataset, requests);
        dataset.completeRefresh();
        const status = checkAt(guard, dataset, requests);
        expect(status.kind).toBe('missing');
        checkAt(guard, dataset, requests);
        expect(dataset.refreshCalls).toBe(1);
    });

    it('stops waiting for a refresh the host never answers (no loading, nothing new) after UNANSWERED_AFTER_MS', () => {
        const dataset = new MockDataSet({ columns: STOCK_VIEW_COLUMNS, records: [aMailboxRecord(1)], addColumn: 'ignores' });
        dataset.refresh = () => undefined; // Microsoft's test harness only logs the call
        const guard = new ColumnGuard();
        const requests = new DatasetRequests();
        expect(checkAt(guard, dataset, requests, 0).kind).toBe('adding');
        expect(checkAt(guard, dataset, requests, UNANSWERED_AFTER_MS - 1).kind).toBe('adding');
        expect(checkAt(guard, dataset, requests, UNANSWERED_AFTER_MS).kind).toBe('missing');
    });

    it('waits for the host\'s own first load before it refreshes: never a refresh while a load is in flight', () => {
        const dataset = new MockDataSet({ columns: STOCK_VIEW_COLUMNS, records: [aMailboxRecord(1)], addColumn: true });
        dataset.loading = true;
        const guard = new ColumnGuard();
        const requests = new DatasetRequests();
        expect(checkAt(guard, dataset, requests).kind).toBe('adding');
        expect(dataset.refreshCalls).toBe(0);
        dataset.loading = false;
        expect(checkAt(guard, dataset, requests).kind).toBe('adding');
        expect(dataset.refreshCalls).toBe(1);
    });

    it('does not refresh when the host refuses every addColumn call', () => {
        const dataset = new MockDataSet({ columns: STOCK_VIEW_COLUMNS, records: [aMailboxRecord(1)] });
        dataset.addColumn = () => {
            throw new Error('not supported here');
        };
        expect(checkAt(new ColumnGuard(), dataset, new DatasetRequests()).kind).toBe('missing');
        expect(dataset.refreshCalls).toBe(0);
    });
});
