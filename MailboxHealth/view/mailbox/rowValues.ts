import { NOT_SCHEDULED_FROM_MS } from '../../core';
import type { ColumnValue } from '../../core/types';

/**
 * Reading the few raw row values the single-mailbox view needs beyond the assessment (last test, the incoming
 * watermark, Test & Enable request time, forced unlocks, counters); never the schedule columns, which the core decides. Dates arrive as `Date` objects from the dataset and as
 * ISO-8601 strings from the Web API and the log reader; anything else is not a time.
 */

/** Before 1900: DateTime.MinValue ("0001-01-01") and similar placeholders; no real sync event is that old. */
export const NO_VALUE_BEFORE = Date.UTC(1900, 0, 1);

const ISO_DATE = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/** An instant in epoch ms, or null for empty, absent or unreadable values (the core reports those as data issues). */
export function timeOf(value: ColumnValue | undefined): number | null {
    if (value instanceof Date) {
        const ms = value.getTime();
        return Number.isFinite(ms) ? ms : null;
    }
    if (typeof value === 'string') {
        const trimmed = value.trim();
        if (!ISO_DATE.test(trimmed)) return null;
        // A date-time without a zone is UTC here: Dataverse stores UTC and the log prints UTC (seed 000).
        const withZone = /[zZ]|[+-]\d{2}:?\d{2}$/.test(trimmed) || trimmed.length === 10 ? trimmed : `${trimmed.replace(' ', 'T')}Z`;
        const ms = Date.parse(withZone);
        return Number.isFinite(ms) ? ms : null;
    }
    if (typeof value === 'number' && Number.isFinite(value)) return value;
    return null;
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
