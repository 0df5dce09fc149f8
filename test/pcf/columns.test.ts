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

describe('ColumnGuard', () => {
    it('adds every missing column and refreshes once when the host offers addColumn', () => {
        const dataset = new MockDataSet({ columns: STOCK_VIEW_COLUMNS, records: [aMailboxRecord(1)], addColumn: true });
        const guard = new ColumnGuard();
        const status = guard.check(dataset);
        expect(status.kind).toBe('adding');
        expect(dataset.addedColumns).toEqual(missingColumns(new MockDataSet({ columns: STOCK_VIEW_COLUMNS })));
        expect(dataset.refreshCalls).toBe(1);
        // while the reload runs it keeps saying "adding" without asking again
        expect(guard.check(dataset).kind).toBe('adding');
        dataset.completeRefresh();
        expect(guard.check(dataset)).toEqual({ kind: 'complete' });
        expect(dataset.refreshCalls).toBe(1);
    });

    it('reports the columns and the states it cannot judge when the host has no addColumn', () => {
        const dataset = new MockDataSet({ columns: DATASET_COLUMNS.filter((c) => c !== 'lastsyncerrorcount'), records: [aMailboxRecord(1)] });
        expect(new ColumnGuard().check(dataset)).toEqual({ kind: 'missing', columns: ['lastsyncerrorcount'], states: ['failing'] });
        expect(dataset.refreshCalls).toBe(0);
    });

    it('refreshes only once when the host accepts addColumn but does not deliver the columns', () => {
        const dataset = new MockDataSet({ columns: STOCK_VIEW_COLUMNS, records: [aMailboxRecord(1)], addColumn: true });
        const guard = new ColumnGuard();
        guard.check(dataset);
        dataset.completeRefresh(false);
        const status = guard.check(dataset);
        expect(status.kind).toBe('missing');
        guard.check(dataset);
        expect(dataset.refreshCalls).toBe(1);
    });

    it('does not refresh when the host refuses every addColumn call', () => {
        const dataset = new MockDataSet({ columns: STOCK_VIEW_COLUMNS, records: [aMailboxRecord(1)] });
        dataset.addColumn = () => {
            throw new Error('not supported here');
        };
        expect(new ColumnGuard().check(dataset).kind).toBe('missing');
        expect(dataset.refreshCalls).toBe(0);
    });
});
