import { assessFleet, DEFAULT_OPTIONS } from '../../MailboxHealth/core';
import type { AssessOptions } from '../../MailboxHealth/core';
import type { FleetSnapshot } from '../../MailboxHealth/contract/model';
import { FleetCache, REASSESS_AFTER_MS } from '../../MailboxHealth/pcf/fleetSnapshot';
import { aFleetDataSet, failingValues, guid, healthyValues, NOW } from '../builders/pcfRecords';
import { MockEntityRecord } from '../mocks/pcf';
import type { MockDataSet } from '../mocks/pcf';

// The core's assessFleet, watched: how many rows each get() hands it is the work the cache did.
jest.mock('../../MailboxHealth/core', () => {
    const actual = jest.requireActual<typeof import('../../MailboxHealth/core')>('../../MailboxHealth/core');
    return { ...actual, assessFleet: jest.fn(actual.assessFleet) };
});
const assessSpy = assessFleet as jest.MockedFunction<typeof assessFleet>;

/** A FleetCache that counts the rows its last get() assessed. */
class CountingCache extends FleetCache {
    public assessed = 0;

    public override get(dataset: MockDataSet, options: AssessOptions, now: number, updatedProperties?: readonly string[]): FleetSnapshot {
        assessSpy.mockClear();
        const snapshot = super.get(dataset, options, now, updatedProperties);
        this.assessed = assessSpy.mock.calls.reduce((n, call) => n + call[0].length, 0);
        return snapshot;
    }
}

/** The host handing over a new record object for mailbox `n` (a refresh with new values). */
function replaceRecord(dataset: MockDataSet, n: number, values: Record<string, unknown>): void {
    dataset.records = { ...dataset.records, [guid(n)]: new MockEntityRecord(guid(n), values) };
    dataset.sortedRecordIds = [...dataset.sortedRecordIds];
}

describe('FleetCache', () => {
    it('maps, assesses and summarizes the dataset', () => {
        const dataset = aFleetDataSet(3, {}, (n) => ({ ...failingValues(n), name: `M${n}` }));
        const snapshot = new CountingCache().get(dataset, DEFAULT_OPTIONS, NOW);
        expect(snapshot.ids.length).toBe(3);
        expect(snapshot.assessments.map((a) => a.health)).toEqual(['failing', 'failing', 'failing']);
        expect(snapshot.summary.failing).toBe(3);
        expect(snapshot.assessedAt).toBe(NOW);
    });

    it('reuses the snapshot while nothing changed, even as time passes', () => {
        const dataset = aFleetDataSet(3);
        const cache = new CountingCache();
        const first = cache.get(dataset, DEFAULT_OPTIONS, NOW);
        expect(cache.get(dataset, DEFAULT_OPTIONS, NOW + 60_000)).toBe(first);
        expect(cache.assessed).toBe(0);
    });

    it('assesses nothing again when the host names the dataset but hands over the same records (selection, resize)', () => {
        const dataset = aFleetDataSet(3);
        const cache = new CountingCache();
        const first = cache.get(dataset, DEFAULT_OPTIONS, NOW);
        dataset.show(3); // a new records object and id array holding the same record objects
        expect(cache.get(dataset, DEFAULT_OPTIONS, NOW + 1000, ['mailboxes'])).toBe(first);
        expect(cache.assessed).toBe(0);
    });

    it('assesses only the new page when a page is appended, at the instant the load started', () => {
        const dataset = aFleetDataSet(10, { firstPage: 4 }, (n) => (n > 8 ? failingValues(n) : healthyValues(n)));
        const cache = new CountingCache();
        const first = cache.get(dataset, DEFAULT_OPTIONS, NOW);
        expect(cache.assessed).toBe(4);
        dataset.show(10);
        const second = cache.get(dataset, DEFAULT_OPTIONS, NOW + 5000, ['mailboxes']);
        expect(cache.assessed).toBe(6);
        expect(second.ids).toEqual(Array.from({ length: 10 }, (_, i) => guid(i + 1)));
        expect(second.assessments.slice(0, 4)).toEqual(first.assessments);
        expect(second.assessments[0]).toBe(first.assessments[0]);
        expect(second.rows[3]).toBe(first.rows[3]);
        expect(second.assessedAt).toBe(NOW);
        expect(second.summary.total).toBe(10);
        expect(second.summary.failing).toBe(2);
    });

    it('assesses the record again when the host hands over a new object for it', () => {
        const dataset = aFleetDataSet(3);
        const cache = new CountingCache();
        const first = cache.get(dataset, DEFAULT_OPTIONS, NOW);
        replaceRecord(dataset, 2, { ...failingValues(2), name: 'Changed' });
        const second = cache.get(dataset, DEFAULT_OPTIONS, NOW, ['mailboxes']);
        expect(cache.assessed).toBe(1);
        expect(second.assessments[1].health).toBe('failing');
        expect(second.assessments[1].name).toBe('Changed');
        expect(second.assessments[0]).toBe(first.assessments[0]);
    });

    it('starts a fresh assessment at the current time when every record is new (a refresh by the host)', () => {
        const dataset = aFleetDataSet(2);
        const cache = new CountingCache();
        cache.get(dataset, DEFAULT_OPTIONS, NOW);
        dataset.records = { [guid(1)]: new MockEntityRecord(guid(1), healthyValues(1)), [guid(2)]: new MockEntityRecord(guid(2), failingValues(2)) };
        dataset.sortedRecordIds = [guid(1), guid(2)];
        const second = cache.get(dataset, DEFAULT_OPTIONS, NOW + 60_000);
        expect(second.assessedAt).toBe(NOW + 60_000);
        expect(cache.assessed).toBe(2);
        expect(second.summary.failing).toBe(1);
    });

    it('starts over when the host reloads from the first page (fewer records than before)', () => {
        const dataset = aFleetDataSet(6);
        const cache = new CountingCache();
        cache.get(dataset, DEFAULT_OPTIONS, NOW);
        dataset.show(2); // same record objects, but the load started over: a refresh or a new view sort
        const second = cache.get(dataset, DEFAULT_OPTIONS, NOW + 30_000);
        expect(second.ids.length).toBe(2);
        expect(second.assessedAt).toBe(NOW + 30_000);
        expect(cache.assessed).toBe(2);
    });

    it('follows a new order of the same records without assessing them again', () => {
        const dataset = aFleetDataSet(3);
        const cache = new CountingCache();
        const first = cache.get(dataset, DEFAULT_OPTIONS, NOW);
        dataset.sortedRecordIds = [guid(3), guid(1), guid(2)];
        const second = cache.get(dataset, DEFAULT_OPTIONS, NOW);
        expect(second).not.toBe(first);
        expect(second.ids).toEqual([guid(3), guid(1), guid(2)]);
        expect(second.assessments[0]).toBe(first.assessments[2]);
        expect(cache.assessed).toBe(0);
    });

    it('assesses everything again when the options or the columns change', () => {
        const dataset = aFleetDataSet(3);
        const cache = new CountingCache();
        const first = cache.get(dataset, DEFAULT_OPTIONS, NOW);
        const second = cache.get(dataset, { ...DEFAULT_OPTIONS, graceMinutes: 30 }, NOW + 1);
        expect(second).not.toBe(first);
        expect(cache.assessed).toBe(3);
        expect(second.assessedAt).toBe(NOW + 1);
        dataset.columns = dataset.columns.filter((c) => c.name !== 'lastsyncerrorcount');
        const third = cache.get(dataset, { ...DEFAULT_OPTIONS, graceMinutes: 30 }, NOW + 2);
        expect(cache.assessed).toBe(3);
        expect('lastsyncerrorcount' in third.rows[0]).toBe(false);
        expect(third.assessments[0].undetermined.length).toBeGreaterThan(0);
    });

    it('assesses the whole fleet again at the current time when records arrive long after the load started', () => {
        const dataset = aFleetDataSet(4, { firstPage: 2 });
        const cache = new CountingCache();
        const first = cache.get(dataset, DEFAULT_OPTIONS, NOW);
        dataset.show(4);
        const later = NOW + REASSESS_AFTER_MS + 1;
        const second = cache.get(dataset, DEFAULT_OPTIONS, later);
        expect(second.assessedAt).toBe(later);
        expect(cache.assessed).toBe(4);
        expect(second.rows[0]).toBe(first.rows[0]); // mapped rows are kept
        expect(second.assessments[0]).not.toBe(first.assessments[0]);
    });

    it('drops records the dataset no longer has', () => {
        const dataset = aFleetDataSet(3);
        const cache = new CountingCache();
        cache.get(dataset, DEFAULT_OPTIONS, NOW);
        dataset.records = { [guid(1)]: dataset.records[guid(1)], [guid(3)]: dataset.records[guid(3)], [guid(4)]: new MockEntityRecord(guid(4), healthyValues(4)) };
        dataset.sortedRecordIds = [guid(1), guid(3), guid(4)];
        const second = cache.get(dataset, DEFAULT_OPTIONS, NOW);
        expect(second.ids).toEqual([guid(1), guid(3), guid(4)]);
        expect(cache.assessed).toBe(1);
    });

    it('assesses again after invalidate (Refresh)', () => {
        const dataset = aFleetDataSet(1);
        const cache = new CountingCache();
        const first = cache.get(dataset, DEFAULT_OPTIONS, NOW);
        cache.invalidate();
        expect(cache.get(dataset, DEFAULT_OPTIONS, NOW + 1).assessedAt).toBe(NOW + 1);
        expect(cache.assessed).toBe(1);
        expect(first.assessedAt).toBe(NOW);
    });

    it('copes with a host without records or ids', () => {
        const dataset = aFleetDataSet(0);
        (dataset as unknown as { records: unknown }).records = undefined;
        (dataset as unknown as { sortedRecordIds: unknown }).sortedRecordIds = undefined;
        const snapshot = new CountingCache().get(dataset, DEFAULT_OPTIONS, NOW);
        expect(snapshot.ids).toEqual([]);
        expect(snapshot.summary.total).toBe(0);
    });
});
