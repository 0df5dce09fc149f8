import { nextProcessingOf } from '../core';
import type { MailboxAssessment } from '../core/types';
import type { Strings } from '../contract/strings';
import { formatRelative } from './format';

/**
 * The list's compact timeline: where the last attempt, last success, last error and next processing sit around
 * "now". A log scale on both sides of now keeps minutes apart near now and still fits a week back: the past takes
 * the left 78%, the next day the rest. Pure, so it is tested without rendering.
 *
 * What a mark means is the core's decision, never read again from the times: an error is current or history by
 * `lastErrorIsCurrent` (as the Errors panel shows it), the next processing is late by `nextProcessingOf`.
 */
export const SPARK_KINDS = ['error-history', 'attempt', 'success', 'next', 'next-late', 'error'] as const;
/**
 * - `error`: the last sync error while it is current; `error-history`: the last error when it is older than the last
 *   success (drawn muted, and left out when it is older than the sparkline's week).
 * - `next`: next processing as scheduled; `next-late`: next processing overdue or due (the core's `nextProcessingOf`).
 */
export type SparkKind = (typeof SPARK_KINDS)[number];

export interface SparkMark {
    readonly kind: SparkKind;
    readonly at: number;
    /** 0…1 across the sparkline. */
    readonly x: number;
    /** Beyond the scale (older than a week or later than a day): drawn at the edge. */
    readonly clipped: boolean;
}

/** The words of each kind: the legend's entry and the row's text alternative ({0}: relative time). */
export const SPARK_LEGEND_KEYS: Readonly<Record<SparkKind, string>> = {
    error: 'Label_SparkLegend_Error',
    'error-history': 'Label_SparkLegend_ErrorHistory',
    attempt: 'Label_SparkLegend_Attempt',
    success: 'Label_SparkLegend_Success',
    next: 'Label_SparkLegend_Next',
    'next-late': 'Label_SparkLegend_NextLate',
};

export const SPARK_ARIA_KEYS: Readonly<Record<SparkKind, string>> = {
    error: 'Label_SparkError',
    'error-history': 'Label_SparkErrorHistory',
    attempt: 'Label_SparkAttempt',
    success: 'Label_SparkSuccess',
    next: 'Label_SparkNext',
    'next-late': 'Label_SparkNextLate',
};

/** The order the text alternative reads the marks in: what matters for triage first. */
export const SPARK_READING_ORDER: readonly SparkKind[] = ['error', 'success', 'attempt', 'next-late', 'next', 'error-history'];

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

/**
 * The marks of one row, in drawing order (later ones on top: a current error is never hidden). An error that is
 * history is muted, and left out when it lies beyond the week the sparkline shows: a month-old error the mailbox
 * has long recovered from is no mark for triage (its time stays in the Errors panel).
 */
export function sparklineMarks(a: MailboxAssessment, now: number): SparkMark[] {
    const marks: SparkMark[] = [];
    const add = (kind: SparkKind, at: number | null): void => {
        if (at === null || !Number.isFinite(at)) return;
        const pos = sparkX(at, now);
        if (kind === 'error-history' && pos.clipped) return;
        marks.push({ kind, at, ...pos });
    };
    if (!a.lastErrorIsCurrent) add('error-history', a.lastErrorAt);
    add('attempt', a.lastAttemptAt);
    add('success', a.lastSuccessAt);
    const next = nextProcessingOf(a, now);
    if (next.kind === 'scheduled') add('next', next.at);
    else if (next.kind === 'overdue') add('next-late', next.at);
    // "Due" is due immediately (a value before 1901 is no instant to draw, health-model §Schedule): marked at now.
    else if (next.kind === 'due') add('next-late', now);
    if (a.lastErrorIsCurrent) add('error', a.lastErrorAt);
    return marks;
}

/** The row's text alternative as (key, time) pairs in reading order: the view puts them into words. */
export function sparklineReading(marks: readonly SparkMark[]): { key: string; at: number }[] {
    return [...marks].sort((m, n) => SPARK_READING_ORDER.indexOf(m.kind) - SPARK_READING_ORDER.indexOf(n.kind)).map((m) => ({ key: SPARK_ARIA_KEYS[m.kind], at: m.at }));
}

/** The text alternative of one row: each drawn mark in words, what matters for triage first. */
export function sparklineLabel(marks: readonly SparkMark[], now: number, strings: Strings): string {
    const parts = sparklineReading(marks).map((r) => strings(r.key, formatRelative(r.at, now, strings)));
    return strings('Label_SparkAria', parts.length > 0 ? parts.join(strings('Label_ListSeparator')) : strings('Label_SparkNothing'));
}

/** The legend's entries in reading order: the kinds, then the "now" line. */
export const SPARK_LEGEND_ORDER: readonly SparkKind[] = ['success', 'error', 'error-history', 'attempt', 'next', 'next-late'];

/** The legend in words, for the Timeline column's accessible name and tooltip. */
export function sparklineLegendText(strings: Strings): string {
    return strings('Label_SparkLegend', [...SPARK_LEGEND_ORDER.map((k) => strings(SPARK_LEGEND_KEYS[k])), strings('Label_SparkLegend_Now')].join(strings('Label_ListSeparator')));
}

