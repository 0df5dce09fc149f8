/**
 * The time window of the fleet's alerts and its buckets: the last 24 hours by default, 7 days, or a custom range;
 * buckets of an hour for a day and of a day for a week (a short window gets five-minute buckets so that narrowing to
 * one hour still shows a shape). Buckets are anchored at the window's end, so the last bucket is always a whole one
 * and "still happening" (alerts in the last bucket) never looks at a sliver of time.
 */

import { HOUR_MS, MINUTE_MS } from '../thresholds';

export const DAY_MS = 24 * HOUR_MS;

export const WINDOW_PRESETS = ['24h', '7d'] as const;
export type WindowPreset = (typeof WINDOW_PRESETS)[number];

export type BucketUnit = '5m' | 'hour' | 'day';

export const BUCKET_MS: Readonly<Record<BucketUnit, number>> = { '5m': 5 * MINUTE_MS, hour: HOUR_MS, day: DAY_MS };

/** Longer custom windows are refused: 31 days of alerts is more than any cap reads. */
export const MAX_WINDOW_MS = 31 * DAY_MS;

export interface AlertWindow {
    /** Inclusive start (epoch ms). */
    readonly from: number;
    /** Exclusive end (epoch ms). */
    readonly to: number;
    readonly bucket: BucketUnit;
}

/** The bucket a span is read in: an hour for a day, a day for a week, five minutes for a few hours. */
export function bucketFor(spanMs: number): BucketUnit {
    // docs/evidence.md §3.2 E8: the platform judges a profile's failures per hour, so a day is read in hours.
    if (spanMs <= 3 * HOUR_MS) return '5m';
    if (spanMs <= 2 * DAY_MS) return 'hour';
    return 'day';
}

/** A window ending at `now`: the last 24 hours (docs/evidence.md §4.6, the roll-up's window) or the last 7 days. */
export function presetWindow(preset: WindowPreset, now: number): AlertWindow {
    const span = preset === '7d' ? 7 * DAY_MS : DAY_MS;
    return { from: now - span, to: now, bucket: bucketFor(span) };
}

/**
 * A custom window; null when it is not one (not finite, empty, reversed or longer than MAX_WINDOW_MS). A window
 * that ends after `now` is cut at `now`: the future holds no alerts.
 */
export function customWindow(from: number, to: number, now: number): AlertWindow | null {
    if (!Number.isFinite(from) || !Number.isFinite(to)) return null;
    const end = Math.min(to, now);
    if (end <= from || end - from > MAX_WINDOW_MS) return null;
    return { from, to: end, bucket: bucketFor(end - from) };
}

/** Bucket starts, oldest first; the first bucket is clipped at `from`, the others are whole. */
export function bucketStarts(window: AlertWindow): number[] {
    const size = BUCKET_MS[window.bucket];
    const count = Math.max(1, Math.ceil((window.to - window.from) / size));
    const starts: number[] = new Array(count);
    for (let i = 0; i < count; i++) starts[i] = Math.max(window.from, window.to - (count - i) * size);
    return starts;
}

/** The index of the bucket holding `at`, or -1 outside the window. */
export function bucketIndex(window: AlertWindow, at: number, count: number): number {
    if (!(at >= window.from && at < window.to)) return -1;
    const fromEnd = Math.floor((window.to - 1 - at) / BUCKET_MS[window.bucket]);
    return Math.max(0, count - 1 - fromEnd);
}

/** Clicking a bar: the window becomes that bucket, read in finer buckets. */
export function narrowWindow(window: AlertWindow, index: number): AlertWindow | null {
    const starts = bucketStarts(window);
    if (!Number.isInteger(index) || index < 0 || index >= starts.length) return null;
    const from = starts[index];
    const to = index + 1 < starts.length ? starts[index + 1] : window.to;
    return { from, to, bucket: bucketFor(to - from) };
}
