import { NOT_SCHEDULED_FROM_MS } from '../../core';
import { instantOf } from '../../core/dates';
import type { ColumnValue } from '../../core/types';

/**
 * Reading the few raw row values the single-mailbox view needs beyond the assessment (last test, the incoming
 * watermark, Test & Enable request time, forced unlocks, counters); never the schedule columns, which the core decides.
 * Dates arrive as `Date` objects from the dataset and as ISO-8601 strings from the Web API and the log reader, and
 * are read by the core's one reader (`instantOf`); anything else is not a time.
 */

/** Before 1900: DateTime.MinValue ("0001-01-01") and similar placeholders; no real sync event is that old. */
export const NO_VALUE_BEFORE = Date.UTC(1900, 0, 1);

/**
 * An instant in epoch ms, or null for empty, absent or unreadable values: malformed text, a date without a time of
 * day (health-model "Schedule": never midnight UTC), an invalid Date, a number. Never throws: what is null is left
 * off the timeline.
 */
export function timeOf(value: ColumnValue | undefined): number | null {
    return instantOf(value);
}

/**
 * A time that belongs on a timeline: neither a year-9999 "never" nor a year-1 placeholder. Whether a schedule is
 * "not scheduled" is the core's to say (core/decisions/nextProcessing.ts); this only keeps such values off the axis.
 */
export function isPlottable(ms: number | null): ms is number {
    return ms !== null && Number.isFinite(ms) && ms < NOT_SCHEDULED_FROM_MS && ms >= NO_VALUE_BEFORE;
}

/** A raw value as text for display (never HTML): numbers and booleans as written, dates as ISO, null as null. */
export function rawText(value: ColumnValue | undefined): string | null {
    if (value === undefined || value === null) return null;
    if (value instanceof Date) return Number.isFinite(value.getTime()) ? value.toISOString() : String(value);
    return String(value);
}

/** A non-negative integer column, or null. */
export function countOf(value: ColumnValue | undefined): number | null {
    return typeof value === 'number' && Number.isFinite(value) ? value : null;
}
