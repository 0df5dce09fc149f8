import { fleetTotals, needsAttention, openCountShape } from '../../../MailboxHealth/core/decisions';
import { anAssessed } from '../../builders/assessment';

const failing = anAssessed({ health: 'failing', severity: 'error' });
const openFailing = anAssessed({ health: 'failing', severity: 'error', undetermined: ['inactive'] });
const healthy = anAssessed();
const openHealthy = anAssessed({ undetermined: ['disabled', 'failing'] });

describe('fleetTotals', () => {
    it('counts settled verdicts per state and nothing open when every verdict is settled', () => {
        const t = fleetTotals([failing, healthy, healthy]);
        expect(t.total).toBe(3);
        expect(t.settled.failing).toBe(1);
        expect(t.settled.healthy).toBe(2);
        expect(t.failing).toEqual({ certain: 1, open: 0 });
        expect(t.uncertain).toBe(0);
        expect(t.attention).toBe(1);
    });

    it('never counts a verdict that is not settled as certain: it is open under its state and the states it leaves open', () => {
        const t = fleetTotals([failing, openFailing, openHealthy]);
        expect(t.settled.failing).toBe(1);
        expect(t.open.failing).toBe(2);
        expect(t.open.inactive).toBe(1);
        expect(t.open.disabled).toBe(1);
        expect(t.open.healthy).toBe(1);
        expect(t.settled.healthy).toBe(0);
        expect(t.failing).toEqual({ certain: 1, open: 2 });
        expect(t.disabled).toEqual({ certain: 0, open: 1 });
        expect(t.uncertain).toBe(2);
    });

    it('counts a verdict that is not settled as needing attention, even a healthy one', () => {
        expect(needsAttention(openHealthy)).toBe(true);
        expect(needsAttention(healthy)).toBe(false);
        expect(fleetTotals([openHealthy, healthy]).attention).toBe(1);
    });

    it('leaves syncing now open for rows without processingstatecode', () => {
        const syncing = anAssessed({ syncingNow: true, due: 'in-progress' });
        const t = fleetTotals([syncing, healthy, healthy], [{ processingstatecode: 1 }, {}, { processingstatecode: 0 }]);
        expect(t.syncingNow).toEqual({ certain: 1, open: 1 });
        expect(fleetTotals([syncing, healthy]).syncingNow).toEqual({ certain: 1, open: 0 });
    });
});

describe('openCountShape', () => {
    it('is exact with nothing open, at least with some certain, unknown with none certain', () => {
        expect(openCountShape({ certain: 3, open: 0 })).toBe('exact');
        expect(openCountShape({ certain: 3, open: 2 })).toBe('at-least');
        expect(openCountShape({ certain: 0, open: 2 })).toBe('unknown');
    });
});
