import { NOW_X, SPARK_KINDS, SPARK_LEGEND_KEYS, SPARK_LEGEND_ORDER, sparklineLabel, sparklineLegendText, sparklineMarks, sparklineReading, sparkX } from '../../MailboxHealth/view/sparklineModel';
import { at, failingValues, healthyValues, NOW } from '../builders/pcfRecords';
import { strings } from './mailbox/support';
import { snapshotOf } from './fleetFixture';

const DAY_MIN = 24 * 60;

function assessed(values: Record<string, unknown>) {
    return snapshotOf([[1, values]]).assessments[0];
}

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
        expect(sparkX(at(-8 * DAY_MIN).getTime(), NOW)).toEqual({ x: 0, clipped: true });
        expect(sparkX(at(2 * DAY_MIN).getTime(), NOW)).toEqual({ x: 1, clipped: true });
    });
});

describe('sparklineMarks', () => {
    it('marks the last attempt, success, current error and next processing of a failing mailbox, the error on top', () => {
        const a = assessed(failingValues(1));
        expect(a.lastErrorIsCurrent).toBe(true);
        const kinds = sparklineMarks(a, NOW).map((m) => m.kind);
        expect(kinds).toEqual(['attempt', 'success', 'next', 'error']);
    });

    it('leaves out what the mailbox does not have', () => {
        const a = assessed({ lastsuccessfulsynccompletedon: null, processinglastattemptedon: null, postponemailboxprocessinguntil: null });
        expect(sparklineMarks(a, NOW)).toEqual([]);
    });

    it('draws no failure mark for a healthy mailbox whose only error is 40 days old (history beyond the week)', () => {
        const a = assessed({ ...healthyValues(1), lastsyncerror: 'old', lastsyncerrorcode: -2147220891, lastsyncerroroccurredon: at(-40 * DAY_MIN) });
        expect(a.health).toBe('healthy');
        expect(a.lastErrorIsCurrent).toBe(false);
        const kinds = sparklineMarks(a, NOW).map((m) => m.kind);
        expect(kinds).not.toContain('error');
        expect(kinds).not.toContain('error-history');
        expect(kinds).toEqual(['attempt', 'success', 'next']);
    });

    it('draws an error older than the last success but within the week as history, never as the current error', () => {
        const a = assessed({ ...healthyValues(1), lastsyncerror: 'yesterday', lastsyncerrorcode: -2147220891, lastsyncerroroccurredon: at(-DAY_MIN) });
        expect(a.lastErrorIsCurrent).toBe(false);
        const marks = sparklineMarks(a, NOW);
        expect(marks.map((m) => m.kind)).toEqual(['error-history', 'attempt', 'success', 'next']);
        expect(marks[0].clipped).toBe(false);
    });

    it("follows the core's decision, not the times: an error the core calls current is current", () => {
        const a = { ...assessed(failingValues(1)), lastErrorIsCurrent: false };
        expect(sparklineMarks(a, NOW).map((m) => m.kind)).toContain('error-history');
        const b = { ...assessed({ ...healthyValues(1), lastsyncerroroccurredon: at(-DAY_MIN) }), lastErrorIsCurrent: true };
        expect(sparklineMarks(b, NOW).map((m) => m.kind)).toContain('error');
    });

    it('marks an overdue next processing apart from a scheduled one', () => {
        const a = assessed({ ...healthyValues(1), postponemailboxprocessinguntil: at(-3 * 60), processinglastattemptedon: at(-4 * 60), lastsuccessfulsynccompletedon: at(-4 * 60) });
        expect(a.due).toBe('overdue');
        expect(sparklineMarks(a, NOW).map((m) => m.kind)).toContain('next-late');
        expect(sparklineMarks(a, NOW).map((m) => m.kind)).not.toContain('next');
    });
});

describe('sparklineReading and the legend', () => {
    it('reads the current error first and the history last', () => {
        const marks = sparklineMarks({ ...assessed({ ...healthyValues(1), lastsyncerroroccurredon: at(-DAY_MIN) }) }, NOW);
        expect(sparklineReading(marks).map((r) => r.key)).toEqual(['Label_SparkSuccess', 'Label_SparkAttempt', 'Label_SparkNext', 'Label_SparkErrorHistory']);
        const failing = sparklineReading(sparklineMarks(assessed(failingValues(1)), NOW));
        expect(failing[0].key).toBe('Label_SparkError');
    });

    it('has one legend entry per kind of mark the rows draw, each with its own words', () => {
        expect([...SPARK_LEGEND_ORDER].sort()).toEqual([...SPARK_KINDS].sort());
        expect(new Set(SPARK_KINDS.map((k) => SPARK_LEGEND_KEYS[k])).size).toBe(SPARK_KINDS.length);
    });

    it('says in words what each drawn mark means, and nothing of an error left out as old history', () => {
        const old = assessed({ ...healthyValues(1), lastsyncerror: 'old', lastsyncerrorcode: -2147220891, lastsyncerroroccurredon: at(-40 * DAY_MIN) });
        expect(sparklineLabel(sparklineMarks(old, NOW), NOW, strings)).toBe('Timeline: last success 3 min ago, last attempt 3 min ago, next processing in 2 min');
        const failing = sparklineLabel(sparklineMarks(assessed(failingValues(1)), NOW), NOW, strings);
        expect(failing).toMatch(/^Timeline: current error 4 min ago, last success 2 h ago, /);
        expect(sparklineLabel([], NOW, strings)).toBe('Timeline: nothing recorded');
        expect(sparklineLegendText(strings)).toBe('Timeline marks: last success, current error, earlier error (history), last attempt, next processing, overdue, now');
    });
});
