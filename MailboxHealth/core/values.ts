/**
 * Reading raw column values without guessing (health-model "Inputs"; docs/evidence.md §4.1 principle 5).
 *
 * Every reader returns three kinds of answer:
 *   - the value (a finite number, a boolean, an epoch-ms instant, a string);
 *   - `null` when the column is present and empty;
 *   - `undefined` when the value is *unknown*: the column is absent from the row, or its value cannot be read
 *     (wrong type, malformed date, unknown option value). Unreadable values are also recorded as a DataIssue, so
 *     they are shown, never silently dropped. No rule may treat `undefined` as a bad value.
 */
import { isDateOnly, parseIsoInstant } from './dates';
import type { DataIssue } from './types';

/** The one date-time parser lives in dates.ts; re-exported for callers that import it from here. */
export { parseIsoInstant };

const RAW_MAX = 200;
const getTime = Date.prototype.getTime;

/**
 * @summary A short, safe text for a raw value (never throws, whatever the value is).
 * @example rawText(new Date(NaN)) // 'Invalid Date'
 */
export function rawText(v: unknown): string {
    let s: string;
    try {
        if (typeof v === 'string') s = v;
        else if (v instanceof Date) s = Number.isNaN(v.getTime()) ? 'Invalid Date' : v.toISOString();
        else if (typeof v === 'object' && v !== null) s = JSON.stringify(v) ?? Object.prototype.toString.call(v);
        else s = String(v);
    } catch {
        s = Object.prototype.toString.call(v);
    }
    return s.length > RAW_MAX ? s.slice(0, RAW_MAX) + '…' : s;
}

/** Reads the values of one row, collecting data issues and unknown columns. Reused across rows (reset per row). */
export class ValueReader {
    /** Values that could not be read; null until the first one. */
    issues: DataIssue[] | null = null;
    /** Columns that are unknown (absent or unreadable) or lack a value a rule needed; null until the first one. */
    unknown: string[] | null = null;

    reset(): void {
        this.issues = null;
        this.unknown = null;
    }

    /** Marks a column as unknown for the verdict (absent, unreadable, or empty where a rule needs a value). */
    lacking(column: string): void {
        if (this.unknown === null) this.unknown = [column];
        else if (this.unknown.indexOf(column) < 0) this.unknown.push(column);
    }

    private issue(column: string, code: DataIssue['code'], v: unknown): undefined {
        const entry: DataIssue = { column, code, raw: rawText(v) };
        if (this.issues === null) this.issues = [entry];
        else this.issues.push(entry);
        this.lacking(column);
        return undefined;
    }

    /** A two-options column. */
    bool(v: unknown, column: string): boolean | null | undefined {
        if (typeof v === 'boolean' || v === null) return v;
        if (v === undefined) return this.absent(column);
        return this.issue(column, 'wrong-type', v);
    }

    /** An integer column (any finite number is accepted; NaN and ±Infinity are wrong-typed). */
    num(v: unknown, column: string): number | null | undefined {
        if (typeof v === 'number') return Number.isFinite(v) ? v : this.issue(column, 'wrong-type', v);
        if (v === null) return null;
        if (v === undefined) return this.absent(column);
        return this.issue(column, 'wrong-type', v);
    }

    /** A choice column whose documented values are the integers 0 … max; any other number is an unknown option. */
    option(v: unknown, column: string, max: number): number | null | undefined {
        if (typeof v === 'number') {
            if (Number.isInteger(v) && v >= 0 && v <= max) return v;
            return this.issue(column, Number.isFinite(v) ? 'unknown-option' : 'wrong-type', v);
        }
        if (v === null) return null;
        if (v === undefined) return this.absent(column);
        return this.issue(column, 'wrong-type', v);
    }

    /**
     * A date-time column: a Date or an ISO-8601 string, read as epoch milliseconds.
     * Date.prototype.getTime is called on any object: it answers for every real Date (also one from another realm,
     * an iframe host, where instanceof fails) and throws for anything else, which is then a wrong type. It is also
     * several times faster than an instanceof check in the hot path.
     */
    date(v: unknown, column: string): number | null | undefined {
        if (typeof v === 'object') {
            if (v === null) return null;
            let t: number;
            try {
                t = getTime.call(v);
            } catch {
                return this.issue(column, 'wrong-type', v);
            }
            return t === t ? t : this.issue(column, 'malformed-date', v);
        }
        if (typeof v === 'string') {
            const t = parseIsoInstant(v);
            // health-model "Schedule" (v2): a date without a time of day is unknown, never midnight UTC
            return t === t && !isDateOnly(v) ? t : this.issue(column, 'malformed-date', v);
        }
        if (v === undefined) return this.absent(column);
        return this.issue(column, 'wrong-type', v);
    }

    /**
     * A whole, non-negative number (a packed counter such as transientfailurecount): a negative or fractional number
     * is not a value the platform writes, so it is unknown with a data issue, never decoded.
     */
    count(v: unknown, column: string): number | null | undefined {
        if (typeof v === 'number') {
            if (Number.isInteger(v) && v >= 0 && v <= 0xffffffff) return v;
            return this.issue(column, Number.isFinite(v) ? 'unknown-option' : 'wrong-type', v);
        }
        if (v === null) return null;
        if (v === undefined) return this.absent(column);
        return this.issue(column, 'wrong-type', v);
    }

    /** A text column. */
    str(v: unknown, column: string): string | null | undefined {
        if (typeof v === 'string' || v === null) return v;
        if (v === undefined) return this.absent(column);
        return this.issue(column, 'wrong-type', v);
    }

    private absent(column: string): undefined {
        this.lacking(column);
        return undefined;
    }
}
