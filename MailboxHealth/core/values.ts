/**
 * Reading raw column values without guessing (health-model.md "Inputs"; mailbox-reference.md §4.1 principle 5).
 *
 * Every reader returns three kinds of answer:
 *   - the value (a finite number, a boolean, an epoch-ms instant, a string);
 *   - `null` when the column is present and empty;
 *   - `undefined` when the value is *unknown*: the column is absent from the row, or its value cannot be read
 *     (wrong type, malformed date, unknown option value). Unreadable values are also recorded as a DataIssue, so
 *     they are shown, never silently dropped. No rule may treat `undefined` as a bad value.
 */
import type { DataIssue } from './types';

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

function digits(s: string, from: number, count: number): number {
    let n = 0;
    for (let i = from; i < from + count; i++) {
        const c = s.charCodeAt(i) - 48;
        if (c < 0 || c > 9) return -1;
        n = n * 10 + c;
    }
    return n;
}

function daysInMonth(year: number, month: number): number {
    if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
    return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * @summary Parses an ISO-8601 / RFC 3339 instant strictly; NaN when the text is not one.
 * @description Accepts `YYYY-MM-DD`, optionally followed by `T` (or a space) and `HH:mm`, `HH:mm:ss` or
 * `HH:mm:ss.fff…`, optionally followed by `Z` or an offset `±HH:mm` / `±HHmm` / `±HH`. A text without an offset is
 * read as UTC, because Dataverse stores and the Web API returns UTC (mailbox-reference.md §2.7 T6); `Date.parse`
 * would read it in the machine's zone. Anything else (US dates, words, out-of-range fields) gives NaN.
 * @example parseIsoInstant('2018-12-03T15:28:37Z') // 1543850917000
 * @example parseIsoInstant('12/3/2018 3:28:37 PM') // NaN
 */
export function parseIsoInstant(s: string): number {
    const len = s.length;
    if (len < 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return NaN;
    const year = digits(s, 0, 4);
    const month = digits(s, 5, 2);
    const day = digits(s, 8, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return NaN;
    let hour = 0;
    let minute = 0;
    let second = 0;
    let ms = 0;
    let offsetMin = 0;
    let i = 10;
    if (i < len) {
        const sep = s.charCodeAt(i);
        if (sep !== 84 && sep !== 116 && sep !== 32) return NaN; // 'T', 't', ' '
        if (len < i + 6 || s.charCodeAt(i + 3) !== 58) return NaN;
        hour = digits(s, i + 1, 2);
        minute = digits(s, i + 4, 2);
        if (hour < 0 || hour > 23 || minute < 0 || minute > 59) return NaN;
        i += 6;
        if (i < len && s.charCodeAt(i) === 58) {
            second = digits(s, i + 1, 2);
            if (len < i + 3 || second < 0 || second > 59) return NaN;
            i += 3;
            if (i < len && (s.charCodeAt(i) === 46 || s.charCodeAt(i) === 44)) {
                i++;
                const start = i;
                let scale = 100;
                while (i < len) {
                    const c = s.charCodeAt(i) - 48;
                    if (c < 0 || c > 9) break;
                    ms += c * scale;
                    scale /= 10;
                    i++;
                }
                if (i === start) return NaN;
                ms = Math.floor(ms);
            }
        }
        if (i < len) {
            const z = s.charCodeAt(i);
            if (z === 90 || z === 122) {
                i++; // 'Z', 'z'
            } else if (z === 43 || z === 45) {
                const sign = z === 43 ? 1 : -1;
                const oh = digits(s, i + 1, 2);
                if (len < i + 3 || oh < 0 || oh > 23) return NaN;
                let om = 0;
                i += 3;
                if (i < len) {
                    if (s.charCodeAt(i) === 58) i++;
                    om = digits(s, i, 2);
                    if (len < i + 2 || om < 0 || om > 59) return NaN;
                    i += 2;
                }
                offsetMin = sign * (oh * 60 + om);
            } else {
                return NaN;
            }
        }
        if (i !== len) return NaN;
    }
    const d = new Date(0);
    d.setUTCFullYear(year, month - 1, day); // setUTCFullYear keeps years 0–99 literal, unlike Date.UTC
    d.setUTCHours(hour, minute, second, ms);
    return d.getTime() - offsetMin * 60_000;
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
            return t === t ? t : this.issue(column, 'malformed-date', v);
        }
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
