/**
 * The one reader of date-time text in the core (health-model "Inputs" and "Schedule"), and the platform's special
 * instants: the year-9999 "not scheduled" sentinel and the 1900 column default.
 */

/**
 * docs/evidence.md §2.7 T3: the platform writes `9999-12-31 23:59:59.997` (DateTime.Max) for "not scheduled";
 * health-model "Schedule" reads any instant in year 9999 or later as that sentinel.
 */
export const NOT_SCHEDULED_FROM_MS = Date.UTC(9999, 0, 1);

/**
 * health-model "Schedule" (v2): a postponed-until value before 1901 is the column default (1900-01-01), "due
 * immediately, never postponed", not an instant to measure lateness from.
 */
export const NEVER_POSTPONED_BEFORE_MS = Date.UTC(1901, 0, 1);

/**
 * @summary Whether an instant is the "not scheduled" sentinel: year 9999 or later (§2.7 T3).
 * @example isNotScheduled(Date.parse('9999-12-31T23:59:59.997Z')) // true
 */
export function isNotScheduled(t: number): boolean {
    return t >= NOT_SCHEDULED_FROM_MS;
}

/**
 * @summary Whether an instant is the column default "never postponed" (before 1901).
 * @example isNeverPostponed(Date.UTC(1900, 0, 1)) // true
 */
export function isNeverPostponed(t: number): boolean {
    return t < NEVER_POSTPONED_BEFORE_MS;
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

/** Days in a month of the proleptic Gregorian calendar (month 1–12). */
export function daysInMonth(year: number, month: number): number {
    if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
    return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * @summary Whether a text is a calendar date without a time of day (`2026-11-20`), as a DateOnly-formatted column
 * gives it. health-model "Schedule" (v2): such a value is unknown for a date-time column, never midnight UTC.
 * @example isDateOnly('2026-11-20') // true
 * @example isDateOnly('2026-11-20T00:00:00Z') // false
 */
export function isDateOnly(s: string): boolean {
    return s.length === 10 && s.charCodeAt(4) === 45 && s.charCodeAt(7) === 45 && parseIsoInstant(s) === parseIsoInstant(s);
}

/**
 * @summary Parses an ISO-8601 / RFC 3339 instant strictly; NaN when the text is not one.
 * @description Accepts `YYYY-MM-DD`, optionally followed by `T` (or a space) and `HH:mm`, `HH:mm:ss` or
 * `HH:mm:ss.fff…`, optionally followed by `Z` or an offset `±HH:mm` / `±HHmm` / `±HH` of at most 14 hours; years 0001–9999. A text without an offset is
 * read as UTC, because Dataverse stores and the Web API returns UTC (docs/evidence.md §2.7 T6); `Date.parse`
 * would read it in the machine's zone. Anything else (US dates, words, out-of-range fields) gives NaN. A date alone
 * parses to its midnight UTC: callers reading a date-time column reject it first with `isDateOnly`.
 * @example parseIsoInstant('2018-12-03T15:28:37Z') // 1543850917000
 * @example parseIsoInstant('12/3/2018 3:28:37 PM') // NaN
 */
export function parseIsoInstant(s: string): number {
    const len = s.length;
    if (len < 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return NaN;
    const year = digits(s, 0, 4);
    const month = digits(s, 5, 2);
    const day = digits(s, 8, 2);
    // Year 0 is no calendar year to .NET (DateTime starts at 0001-01-01), so no Dataverse or log date has it.
    if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return NaN;
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
                // Zone offsets run from −12:00 to +14:00; .NET's DateTimeOffset allows ±14:00 and no more.
                if (offsetMin > 14 * 60 || offsetMin < -14 * 60) return NaN;
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

/**
 * @summary An instant as ISO-8601 UTC text, without a zero fraction (`2018-12-03T15:23:36Z`, `…:59.997Z`); null when
 * it is no instant. The log reader's output form, so that a log row reads like a Web API row.
 * @example isoUtc(Date.UTC(2018, 11, 3, 15, 23, 36)) // '2018-12-03T15:23:36Z'
 */
export function isoUtc(ms: number): string | null {
    const d = new Date(ms);
    if (Number.isNaN(d.getTime())) return null;
    const iso = d.toISOString();
    return iso.endsWith('.000Z') ? iso.slice(0, -5) + 'Z' : iso;
}

/**
 * @summary An instant's UTC date and time to the second, `2018-12-03 15:28:37`, the order the Download Mailbox
 * Details log and the CLI print; null when it is no instant. The view and the CLI add "UTC" or the zone.
 * @example utcDateTime(Date.UTC(2018, 11, 3, 15, 28, 37, 500)) // '2018-12-03 15:28:37'
 */
export function utcDateTime(ms: number): string | null {
    const d = new Date(ms);
    if (Number.isNaN(d.getTime())) return null;
    const iso = d.toISOString(); // ±YYYYYY outside years 0–9999: cut at the seconds' end, wherever it is
    return iso.slice(0, iso.length - 5).replace('T', ' ');
}

/**
 * @summary A date-time value as the Web API (ISO text) or the dataset (a Date) gives it, in epoch milliseconds; null
 * for anything else, including a date without a time of day (health-model "Schedule", v2: never midnight UTC).
 * @example instantOf('2018-12-03T15:20:14Z') // 1543850414000
 * @example instantOf('2018-12-03') // null
 */
export function instantOf(v: unknown): number | null {
    const ms = v instanceof Date ? v.getTime() : typeof v === 'string' && !isDateOnly(v) ? parseIsoInstant(v) : NaN;
    return Number.isFinite(ms) ? ms : null;
}
