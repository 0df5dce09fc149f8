import type { MailboxAssessment } from '../core/types';

/**
 * The list's compact timeline: where the last attempt, last success, last error and next processing sit around
 * "now". A log scale on both sides of now keeps minutes apart near now and still fits a week back: the past takes
 * the left 78%, the next day the rest. Pure, so it is tested without rendering.
 */
export type SparkKind = 'attempt' | 'success' | 'error' | 'next';

export interface SparkMark {
    readonly kind: SparkKind;
    readonly at: number;
    /** 0…1 across the sparkline. */
    readonly x: number;
    /** Beyond the scale (older than a week or later than a day): drawn at the edge. */
    readonly clipped: boolean;
}

const MINUTE = 60_000;
export const NOW_X = 0.78;
const PAST_SPAN_MIN = 7 * 24 * 60;
const FUTURE_SPAN_MIN = 24 * 60;

/** Position of an instant relative to now on the sparkline's scale. */
export function sparkX(at: number, now: number): { x: number; clipped: boolean } {
    const minutes = (at - now) / MINUTE;
    if (minutes <= 0) {
        const f = Math.log1p(-minutes) / Math.log1p(PAST_SPAN_MIN);
        return { x: NOW_X * (1 - Math.min(f, 1)), clipped: f > 1 };
    }
    const f = Math.log1p(minutes) / Math.log1p(FUTURE_SPAN_MIN);
    return { x: NOW_X + (1 - NOW_X) * Math.min(f, 1), clipped: f > 1 };
}

export function sparklineMarks(a: MailboxAssessment, now: number): SparkMark[] {
    const marks: SparkMark[] = [];
    const add = (kind: SparkKind, at: number | null): void => {
        if (at === null || !Number.isFinite(at)) return;
        marks.push({ kind, at, ...sparkX(at, now) });
    };
    add('attempt', a.lastAttemptAt);
    add('success', a.lastSuccessAt);
    add('error', a.lastErrorAt);
    add('next', a.nextProcessingAt);
    return marks;
}
