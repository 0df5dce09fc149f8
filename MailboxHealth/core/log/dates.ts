/**
 * The dates a Download Mailbox Details log prints: US order in UTC (`12/3/2018 3:23:36 PM`, seed 000; Online logs are
 * UTC, docs/evidence.md §2.7 T6), or ISO-8601. A date without a time of day is no instant (health-model §Schedule:
 * "a log line without a time is unknown, never midnight UTC"): the readers say so instead of guessing midnight.
 */
import { daysInMonth, isDateOnly, isoUtc, parseIsoInstant } from '../dates';
import { digitsEnd, digitsValue } from './scanner';

const pad2 = (n: number): string => (n < 10 ? '0' + n : '' + n);
const pad3 = (n: number): string => (n < 10 ? '00' + n : n < 100 ? '0' + n : '' + n);

/**
 * A valid UTC date and time as toISOString prints it, without `.000` (`2018-12-03T15:23:36Z`); null when a field is
 * out of range. Formatted directly: the fields are already checked, and Date + toISOString cost a third of the reader.
 */
function isoOf(y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number): string | null {
    if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h > 23 || mi > 59 || s > 59 || y < 1) return null;
    // Years 1–99 print as such (Date.UTC would have read them as 19xx); the readers' grammars stop at 9999.
    const year = y < 10 ? '000' + y : y < 100 ? '00' + y : y < 1000 ? '0' + y : '' + y;
    return year + '-' + pad2(mo) + '-' + pad2(d) + 'T' + pad2(h) + ':' + pad2(mi) + ':' + pad2(s) + (ms === 0 ? 'Z' : '.' + pad3(ms) + 'Z');
}

/** A fraction of a second, `997` for `.997`, truncated to milliseconds as before (`.9999999` → 999). */
const msOf = (frac: string): number => Math.floor(Number('0.' + frac) * 1000);

/** Not a US date: let the ISO grammar try. */
export const NOT_US = undefined;
/** A valid date with no time of day: no instant (health-model §Schedule). */
export const DATE_ONLY = 'date-only';

/**
 * The US date of seed 000 in [s, e), scanned by hand; it accepts exactly what this expression does:
 * `^(\d{1,2})/(\d{1,2})/(\d{4})(?:[ \t]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?(?:[ \t]*([AaPp])\.?[Mm]\.?)?)?$`
 * (no backtracking can make it match otherwise: each part is followed by a character it cannot contain).
 * @returns the ISO string, null for an impossible date, DATE_ONLY for a valid date without a time, NOT_US when the
 * text is not in that form.
 */
export function usDateAt(text: string, s0: number, e: number): string | null | typeof NOT_US | typeof DATE_ONLY {
    let i = digitsEnd(text, s0, e, 2);
    if (i === s0 || text.charCodeAt(i) !== 47 || i >= e) return NOT_US;
    const mo = digitsValue(text, s0, i);
    let j = digitsEnd(text, ++i, e, 2);
    if (j === i || text.charCodeAt(j) !== 47 || j >= e) return NOT_US;
    const d = digitsValue(text, i, j);
    i = j + 1;
    j = digitsEnd(text, i, e, 4);
    if (j - i !== 4) return NOT_US;
    const y = digitsValue(text, i, j);
    // A date alone is checked (an impossible one is no date) but gives no instant: never midnight.
    if (j === e) return isoOf(y, mo, d, 0, 0, 0, 0) === null ? null : DATE_ONLY;

    // [ \t]+ hours : minutes
    i = j;
    while (i < e && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
    if (i === j) return NOT_US;
    j = digitsEnd(text, i, e, 2);
    if (j === i || j >= e || text.charCodeAt(j) !== 58) return NOT_US;
    let h = digitsValue(text, i, j);
    i = j + 1;
    j = digitsEnd(text, i, e, 2);
    if (j - i !== 2) return NOT_US;
    const mi = digitsValue(text, i, j);
    // (:seconds(.fraction)?)?
    let sec = 0;
    let ms = 0;
    if (j < e && text.charCodeAt(j) === 58) {
        i = j + 1;
        j = digitsEnd(text, i, e, 2);
        if (j - i !== 2) return NOT_US;
        sec = digitsValue(text, i, j);
        if (j < e && text.charCodeAt(j) === 46) {
            i = j + 1;
            j = digitsEnd(text, i, e, 7);
            if (j === i) return NOT_US;
            ms = msOf(text.slice(i, j));
        }
    }
    if (j === e) return isoOf(y, mo, d, h, mi, sec, ms);

    // [ \t]* [AaPp] \.? [Mm] \.?
    while (j < e && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j++;
    const ap = text.charCodeAt(j) | 0x20;
    if (j >= e || (ap !== 0x61 && ap !== 0x70)) return NOT_US;
    j++;
    if (j < e && text.charCodeAt(j) === 46) j++;
    if (j >= e || (text.charCodeAt(j) | 0x20) !== 0x6d) return NOT_US;
    j++;
    if (j < e && text.charCodeAt(j) === 46) j++;
    if (j !== e) return NOT_US;
    if (h < 1 || h > 12) return null;
    h = (h % 12) + (ap === 0x70 ? 12 : 0);
    return isoOf(y, mo, d, h, mi, sec, ms);
}

/**
 * `12/3/2018 3:23:36 PM` (US order, UTC for Online: seed 000) or ISO-8601 → `2018-12-03T15:23:36Z`, DATE_ONLY for a
 * valid date without a time of day, null when not a valid date. A time without a zone is UTC, as the file prints
 * (docs/evidence.md §2.6, trap T6).
 */
export function readLogDate(v: string): string | null | typeof DATE_ONLY {
    if (v.length > 40) return null;
    const us = usDateAt(v, 0, v.length);
    if (us !== NOT_US) return us;
    // ISO-8601 has one reader in the core (core/dates.ts), the same that reads Web API values.
    const t = parseIsoInstant(v);
    if (t !== t) return null;
    return isDateOnly(v) ? DATE_ONLY : isoUtc(t);
}

/**
 * @summary A log date as a UTC ISO instant (`12/3/2018 3:23:36 PM` → `2018-12-03T15:23:36Z`); null when it is no
 * instant: not a valid date, or a date without a time of day (never read as midnight).
 * @example parseLogDate('12/3/2018 3:23:36 PM') // '2018-12-03T15:23:36Z'
 * @example parseLogDate('12/3/2018') // null
 */
export function parseLogDate(v: string): string | null {
    const d = readLogDate(v);
    return d === DATE_ONLY ? null : d;
}
