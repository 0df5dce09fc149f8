import { DEFAULT_OPTIONS } from '../../MailboxHealth/core';
import { FleetCache } from '../../MailboxHealth/pcf/fleetSnapshot';
import { aFleetDataSet, failingValues, NOW } from '../builders/pcfRecords';

describe('FleetCache', () => {
    it('maps, assesses and summarizes the dataset', () => {
        const dataset = aFleetDataSet(3, {}, (n) => ({ ...failingValues(n), name: `M${n}` }));
        const snapshot = new FleetCache().get(dataset, DEFAULT_OPTIONS, NOW);
        expect(snapshot.ids.length).toBe(3);
        expect(snapshot.assessments.map((a) => a.health)).toEqual(['failing', 'failing', 'failing']);
        expect(snapshot.summary.failing).toBe(3);
        expect(snapshot.assessedAt).toBe(NOW);
    });

    it('reuses the snapshot while nothing changed, even as time passes', () => {
        const dataset = aFleetDataSet(3);
        const cache = new FleetCache();
        const first = cache.get(dataset, DEFAULT_OPTIONS, NOW);
        expect(cache.get(dataset, DEFAULT_OPTIONS, NOW + 60_000)).toBe(first);
    });

    it('assesses again when records, options or the host say the data changed', () => {
        const dataset = aFleetDataSet(3);
        const cache = new FleetCache();
        const first = cache.get(dataset, DEFAULT_OPTIONS, NOW);
        dataset.show(3); // new records object, same ids
        const second = cache.get(dataset, DEFAULT_OPTIONS, NOW);
        expect(second).not.toBe(first);
        const third = cache.get(dataset, { ...DEFAULT_OPTIONS, graceMinutes: 30 }, NOW);
        expect(third).not.toBe(second);
        expect(cache.get(dataset, { ...DEFAULT_OPTIONS, graceMinutes: 30 }, NOW, ['mailboxes'])).not.toBe(third);
    });

    it('assesses again after invalidate (Refresh)', () => {
        const dataset = aFleetDataSet(1);
        const cache = new FleetCache();
        const first = cache.get(dataset, DEFAULT_OPTIONS, NOW);
        cache.invalidate();
        expect(cache.get(dataset, DEFAULT_OPTIONS, NOW + 1).assessedAt).toBe(NOW + 1);
        expect(first.assessedAt).toBe(NOW);
    });
});
