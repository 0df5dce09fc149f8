/** @jest-environment node */
import { bucketFor, bucketIndex, bucketStarts, customWindow, DAY_MS, MAX_WINDOW_MS, narrowWindow, presetWindow } from '../../../MailboxHealth/core/alerts';

const NOW = Date.parse('2026-11-26T09:02:00Z');
const HOUR = 3_600_000;

describe('alert windows', () => {
    it('reads the last 24 hours in hours and the last 7 days in days', () => {
        expect(presetWindow('24h', NOW)).toEqual({ from: NOW - DAY_MS, to: NOW, bucket: 'hour' });
        expect(presetWindow('7d', NOW)).toEqual({ from: NOW - 7 * DAY_MS, to: NOW, bucket: 'day' });
    });

    it('reads a few hours in five-minute buckets', () => {
        expect(bucketFor(HOUR)).toBe('5m');
        expect(bucketFor(3 * HOUR)).toBe('5m');
        expect(bucketFor(3 * HOUR + 1)).toBe('hour');
        expect(bucketFor(2 * DAY_MS + 1)).toBe('day');
    });

    it('anchors buckets at the window’s end, so the last bucket is a whole one', () => {
        const starts = bucketStarts(presetWindow('24h', NOW));
        expect(starts).toHaveLength(24);
        expect(starts[23]).toBe(NOW - HOUR);
        expect(starts[0]).toBe(NOW - DAY_MS);
    });

    it('clips the first bucket at the window’s start when the span is not whole buckets', () => {
        const w = customWindow(NOW - 30 * HOUR - 20 * 60_000, NOW, NOW);
        const starts = bucketStarts(w!);
        expect(starts).toHaveLength(31);
        expect(starts[0]).toBe(w!.from);
        expect(starts[1]).toBe(NOW - 30 * HOUR);
    });

    it('places an instant in its bucket, and nowhere outside the window', () => {
        const w = presetWindow('24h', NOW);
        expect(bucketIndex(w, NOW - 1, 24)).toBe(23);
        expect(bucketIndex(w, NOW - HOUR, 24)).toBe(23);
        expect(bucketIndex(w, NOW - HOUR - 1, 24)).toBe(22);
        expect(bucketIndex(w, NOW - DAY_MS, 24)).toBe(0);
        expect(bucketIndex(w, NOW, 24)).toBe(-1);
        expect(bucketIndex(w, NOW - DAY_MS - 1, 24)).toBe(-1);
        expect(bucketIndex(w, Number.NaN, 24)).toBe(-1);
    });

    it('refuses a custom window that is empty, reversed, not a date or longer than a month', () => {
        expect(customWindow(NOW, NOW, NOW)).toBeNull();
        expect(customWindow(NOW, NOW - HOUR, NOW)).toBeNull();
        expect(customWindow(Number.NaN, NOW, NOW)).toBeNull();
        expect(customWindow(NOW - MAX_WINDOW_MS - 1, NOW, NOW)).toBeNull();
    });

    it('cuts a custom window at now: the future holds no alerts', () => {
        expect(customWindow(NOW - HOUR, NOW + DAY_MS, NOW)).toEqual({ from: NOW - HOUR, to: NOW, bucket: '5m' });
    });

    it('narrows to a clicked bar, read in finer buckets', () => {
        const day = presetWindow('24h', NOW);
        expect(narrowWindow(day, 23)).toEqual({ from: NOW - HOUR, to: NOW, bucket: '5m' });
        const week = presetWindow('7d', NOW);
        expect(narrowWindow(week, 0)).toEqual({ from: NOW - 7 * DAY_MS, to: NOW - 6 * DAY_MS, bucket: 'hour' });
        expect(narrowWindow(day, 24)).toBeNull();
        expect(narrowWindow(day, -1)).toBeNull();
    });
});
