import { installFromQuery, installShiftedClock, type ShiftedClock } from '../../harness/src/clock';

type FakeWindow = Window & { __harnessClock?: ShiftedClock };

const START = Date.parse('2026-11-26T09:00:00Z');

describe('installShiftedClock', () => {
    it('starts now at the given instant and keeps ticking', () => {
        const target = { Date };
        const clock = installShiftedClock(target, START);
        const first = target.Date.now();
        expect(Math.abs(first - START)).toBeLessThan(1000);
        expect(Math.abs(new target.Date().getTime() - START)).toBeLessThan(1000);
        const spin = Date.now() + 20;
        while (Date.now() < spin) {
            // let real time pass
        }
        expect(target.Date.now()).toBeGreaterThan(first);
        clock.restore();
        expect(target.Date).toBe(Date);
    });

    it('leaves explicit dates, parsing, UTC and instanceof alone', () => {
        const target = { Date };
        const clock = installShiftedClock(target, START);
        const d = new target.Date('2020-01-01T00:00:00Z');
        expect(d.toISOString()).toBe('2020-01-01T00:00:00.000Z');
        expect(d).toBeInstanceOf(Date);
        expect(new Date(0)).toBeInstanceOf(target.Date);
        expect(target.Date.UTC(2020, 0, 1)).toBe(Date.UTC(2020, 0, 1));
        expect(target.Date.parse('2020-01-01T00:00:00Z')).toBe(1577836800000);
        expect((target.Date as unknown as () => string)()).toContain('2026');
        clock.restore();
    });
});

describe('installFromQuery', () => {
    it('shifts the clock only for a valid now in the query string', () => {
        const valid = { location: { search: '?now=2026-11-26T09:00:00Z' }, Date } as unknown as FakeWindow;
        installFromQuery(valid);
        expect(Math.abs((valid as unknown as { Date: DateConstructor }).Date.now() - START)).toBeLessThan(1000);
        valid.__harnessClock?.restore();
        const invalid = { location: { search: '?now=soon' }, Date } as unknown as FakeWindow;
        installFromQuery(invalid);
        expect(invalid.__harnessClock).toBeUndefined();
        expect((invalid as unknown as { Date: DateConstructor }).Date).toBe(Date);
    });
});
