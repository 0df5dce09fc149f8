/** @jest-environment node */
import { duration, durationKey, relativeTime } from '../../MailboxHealth/core/relativeTime';
import * as core from '../../MailboxHealth/core';

const NOW = Date.UTC(2018, 11, 3, 15, 23, 37);
const S = 1000;
const MIN = 60 * S;
const H = 60 * MIN;
const D = 24 * H;

describe('relativeTime: one policy for the control and the CLI', () => {
    it('says "now" under half a minute either way, and 1 min from 30 s on', () => {
        expect(relativeTime(NOW, NOW)).toEqual({ unit: 'now' });
        expect(relativeTime(NOW - 29 * S, NOW)).toEqual({ unit: 'now' });
        expect(relativeTime(NOW + 29 * S, NOW)).toEqual({ unit: 'now' });
        expect(relativeTime(NOW - 29_999, NOW)).toEqual({ unit: 'now' });
        expect(relativeTime(NOW - 30 * S, NOW)).toEqual({ unit: 'minute', count: 1, direction: 'past' });
        expect(relativeTime(NOW + 30 * S, NOW)).toEqual({ unit: 'minute', count: 1, direction: 'future' });
        expect(relativeTime(NOW - 31 * S, NOW)).toEqual({ unit: 'minute', count: 1, direction: 'past' });
        expect(relativeTime(NOW + 31 * S, NOW)).toEqual({ unit: 'minute', count: 1, direction: 'future' });
    });

    it('is symmetric: the same distance gives the same count in the past and the future', () => {
        for (const ms of [29 * S, 30 * S, 89 * S, 90 * S, 59 * MIN + 29 * S, 59 * MIN + 30 * S, 90 * MIN, 23 * H + 29 * MIN, 23 * H + 30 * MIN, 36 * H, 400 * D]) {
            const past = relativeTime(NOW - ms, NOW);
            const future = relativeTime(NOW + ms, NOW);
            expect(past && 'count' in past ? [past.unit, past.count, past.direction] : past).toEqual(future && 'count' in future ? [future.unit, future.count, 'past'] : future);
        }
    });

    it('rounds to whole minutes up to 59 min, then to hours', () => {
        expect(relativeTime(NOW - 89 * S, NOW)).toEqual({ unit: 'minute', count: 1, direction: 'past' });
        expect(relativeTime(NOW - 90 * S, NOW)).toEqual({ unit: 'minute', count: 2, direction: 'past' });
        expect(relativeTime(NOW + 59 * MIN, NOW)).toEqual({ unit: 'minute', count: 59, direction: 'future' });
        expect(relativeTime(NOW + 59 * MIN + 29 * S, NOW)).toEqual({ unit: 'minute', count: 59, direction: 'future' });
        // 59 min 30 s rounds to 60 min: that is an hour, never "60 min".
        expect(relativeTime(NOW + 59 * MIN + 30 * S, NOW)).toEqual({ unit: 'hour', count: 1, direction: 'future' });
        expect(relativeTime(NOW - 89 * MIN, NOW)).toEqual({ unit: 'hour', count: 1, direction: 'past' });
        expect(relativeTime(NOW - 90 * MIN, NOW)).toEqual({ unit: 'hour', count: 2, direction: 'past' });
    });

    it('rounds to whole hours up to 23 h, then to days', () => {
        expect(relativeTime(NOW - 23 * H, NOW)).toEqual({ unit: 'hour', count: 23, direction: 'past' });
        expect(relativeTime(NOW - 23 * H - 29 * MIN, NOW)).toEqual({ unit: 'hour', count: 23, direction: 'past' });
        expect(relativeTime(NOW - 23 * H - 30 * MIN, NOW)).toEqual({ unit: 'day', count: 1, direction: 'past' });
        expect(relativeTime(NOW - 36 * H, NOW)).toEqual({ unit: 'day', count: 2, direction: 'past' });
        expect(relativeTime(NOW - 3 * D, NOW)).toEqual({ unit: 'day', count: 3, direction: 'past' });
        expect(relativeTime(NOW + 400 * D, NOW)).toEqual({ unit: 'day', count: 400, direction: 'future' });
    });

    it('gives null for an instant or a now that is no number', () => {
        for (const bad of [NaN, Infinity, -Infinity]) {
            expect(relativeTime(bad, NOW)).toBeNull();
            expect(relativeTime(NOW, bad)).toBeNull();
        }
    });

    it('is on the core index for the CLI', () => {
        expect(core.relativeTime).toBe(relativeTime);
    });
});

describe('duration', () => {
    it('counts seconds under a minute, then whole minutes', () => {
        expect(duration(0)).toEqual({ unit: 'second', count: 0, rest: 0 });
        expect(duration(45 * S)).toEqual({ unit: 'second', count: 45, rest: 0 });
        expect(duration(-45 * S)).toEqual({ unit: 'second', count: 45, rest: 0 });
        expect(duration(59_400)).toEqual({ unit: 'second', count: 59, rest: 0 });
        expect(duration(59_500)).toEqual({ unit: 'minute', count: 1, rest: 0 });
        expect(duration(3 * MIN + 29 * S)).toEqual({ unit: 'minute', count: 3, rest: 0 });
        expect(duration(59 * MIN + 30 * S)).toEqual({ unit: 'hour', count: 1, rest: 0 });
    });

    it('gives hours and minutes under 10 h, whole hours from 10 h, days and hours under 10 d', () => {
        expect(duration(125 * MIN)).toEqual({ unit: 'hour', count: 2, rest: 5 });
        expect(duration(120 * MIN)).toEqual({ unit: 'hour', count: 2, rest: 0 });
        expect(duration(9 * H + 59 * MIN + 29 * S)).toEqual({ unit: 'hour', count: 9, rest: 59 });
        expect(duration(9 * H + 59 * MIN + 30 * S)).toEqual({ unit: 'hour', count: 10, rest: 0 });
        expect(duration(12 * H + 5 * MIN)).toEqual({ unit: 'hour', count: 12, rest: 0 });
        expect(duration(23 * H + 30 * MIN)).toEqual({ unit: 'day', count: 1, rest: 0 });
        expect(duration(27 * H)).toEqual({ unit: 'day', count: 1, rest: 3 });
        expect(duration(9 * D + 23 * H + 29 * MIN)).toEqual({ unit: 'day', count: 9, rest: 23 });
        expect(duration(9 * D + 23 * H + 30 * MIN)).toEqual({ unit: 'day', count: 10, rest: 0 });
        expect(duration(126 * 365 * D)).toEqual({ unit: 'day', count: 45990, rest: 0 });
    });

    it('gives null for a span that is no number', () => {
        expect(duration(NaN)).toBeNull();
        expect(duration(Infinity)).toBeNull();
    });
});

describe('durationKey', () => {
    it('names the resx key for each unit, with the smaller unit only when there is one', () => {
        expect(durationKey({ unit: 'second', count: 45, rest: 0 })).toEqual(['Time_Seconds', 45]);
        expect(durationKey({ unit: 'minute', count: 3 })).toEqual(['Time_Minutes', 3]);
        expect(durationKey({ unit: 'hour', count: 2, rest: 0 })).toEqual(['Time_Hours', 2]);
        expect(durationKey({ unit: 'hour', count: 2, rest: 5 })).toEqual(['Time_HoursMinutes', 2, 5]);
        expect(durationKey({ unit: 'day', count: 1 })).toEqual(['Time_Days', 1]);
        expect(durationKey({ unit: 'day', count: 1, rest: 3 })).toEqual(['Time_DaysHours', 1, 3]);
    });
});
