import { NOW_X, sparklineMarks, sparkX } from '../../MailboxHealth/view/sparklineModel';
import { at, failingValues, NOW } from '../builders/pcfRecords';
import { snapshotOf } from './fleetFixture';

describe('sparkX', () => {
    it('puts now at the now line, the past to the left and the future to the right', () => {
        expect(sparkX(NOW, NOW)).toEqual({ x: NOW_X, clipped: false });
        expect(sparkX(at(-5).getTime(), NOW).x).toBeLessThan(NOW_X);
        expect(sparkX(at(5).getTime(), NOW).x).toBeGreaterThan(NOW_X);
    });

    it('keeps minutes near now apart and orders older events further left', () => {
        const x2 = sparkX(at(-2).getTime(), NOW).x;
        const x10 = sparkX(at(-10).getTime(), NOW).x;
        const x600 = sparkX(at(-600).getTime(), NOW).x;
        expect(x2 - x10).toBeGreaterThan(0.05);
        expect(x10).toBeGreaterThan(x600);
    });

    it('clips events older than a week at the left edge and later than a day at the right edge', () => {
        expect(sparkX(at(-8 * 24 * 60).getTime(), NOW)).toEqual({ x: 0, clipped: true });
        expect(sparkX(at(2 * 24 * 60).getTime(), NOW)).toEqual({ x: 1, clipped: true });
    });
});

describe('sparklineMarks', () => {
    it('marks the last attempt, success, error and next processing that the mailbox has', () => {
        const [a] = snapshotOf([[1, failingValues(1)]]).assessments;
        expect(sparklineMarks(a, NOW).map((m) => m.kind)).toEqual(['attempt', 'success', 'error', 'next']);
    });

    it('leaves out what the mailbox does not have', () => {
        const [a] = snapshotOf([[1, { lastsuccessfulsynccompletedon: null, processinglastattemptedon: null, postponemailboxprocessinguntil: null }]]).assessments;
        expect(sparklineMarks(a, NOW)).toEqual([]);
    });
});
