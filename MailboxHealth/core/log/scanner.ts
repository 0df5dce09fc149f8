/**
 * Character-level scanning of a log text by offsets: the reader walks the text once, looks at characters with
 * charCodeAt and keeps (start, end) offsets, building a string only for what it keeps (a key, a value, a warning).
 * Splitting into lines, trimming each and slicing key and value cost most of the time and garbage before
 * (docs/performance.md: ≥ 50 MB/s on seed 000).
 */

/** The characters String.prototype.trim removes (ECMAScript WhiteSpace and LineTerminator), so offsets trim alike. */
export function isSpace(c: number): boolean {
    if (c === 32) return true;
    if (c < 0xa0) return c >= 9 && c <= 13;
    return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * [s, e) equals `lower` (ASCII, lower case) once its ASCII letters are lower-cased: `v.toLowerCase() === lower` without
 * the copy. Sound for the words compared here (null, true, false, yes, no, 1, 0): of all characters only U+0130 and
 * U+212A (Kelvin) lower-case to ASCII, to "i̇" and "k", and neither letter occurs in them.
 */
export function equalsIgnoreCase(text: string, s: number, e: number, lower: string): boolean {
    if (e - s !== lower.length) return false;
    for (let i = 0; i < lower.length; i++) {
        const c = text.charCodeAt(s + i);
        if ((c >= 65 && c <= 90 ? c | 0x20 : c) !== lower.charCodeAt(i)) return false;
    }
    return true;
}

/** Digits 0–9 from s while fewer than max; returns the end offset. */
export function digitsEnd(text: string, s: number, e: number, max: number): number {
    let i = s;
    while (i < e && i - s < max) {
        const c = text.charCodeAt(i);
        if (c < 48 || c > 57) break;
        i++;
    }
    return i;
}

/** The value of the decimal digits in [s, e); exact up to 15 digits, as Number() would give. */
export function digitsValue(text: string, s: number, e: number): number {
    let n = 0;
    for (let i = s; i < e; i++) n = n * 10 + (text.charCodeAt(i) - 48);
    return n;
}

/** `[+-]?\d{1,max}` spanning [s, e) → its number (`-0` stays -0, as Number('-0')); NaN when it is not one. */
export function integerAt(text: string, s: number, e: number, max: number): number {
    const c = text.charCodeAt(s);
    const sign = c === 45 ? -1 : 1;
    const d = c === 43 || c === 45 ? s + 1 : s;
    if (d === e || e - d > max || digitsEnd(text, d, e, max) !== e) return NaN;
    return sign * digitsValue(text, d, e);
}

/** `Null`, `null` or nothing. */
export const isNullAt = (text: string, s: number, e: number): boolean => s === e || equalsIgnoreCase(text, s, e, 'null');

const MAX_RAW = 200;
/** A warning shows at most 200 characters of a line or value; only those are copied out of the text. */
export const clipAt = (text: string, s: number, e: number): string => (e - s > MAX_RAW ? text.slice(s, s + MAX_RAW) + '…' : text.slice(s, e));

/**
 * The colon of a `key : value` / `key: value` / `key :` line in the trimmed line [s, e), or -1 when there is none
 * within 110 characters (a longer line is prose). `colon` is the first colon at or after s anywhere in the text.
 */
export const colonIn = (s: number, e: number, colon: number): number => (colon === s || colon >= e || colon > s + 110 ? -1 : colon);

/** The end of [s, e) without trailing white space. */
export function trimEndAt(text: string, s: number, e: number): number {
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    return e;
}

/** [s, keyEnd) is a key: one word, `[A-Za-z_][A-Za-z0-9_]{0,99}`. */
export function isKeyAt(text: string, s: number, keyEnd: number): boolean {
    if (keyEnd - s > 100) return false;
    for (let i = s; i < keyEnd; i++) {
        const c = text.charCodeAt(i);
        const letter = (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
        if (!(letter || c === 95 || (i > s && c >= 48 && c <= 57))) return false;
    }
    return true;
}

/** The blog's annotation lines are wholly in parentheses (seed 000); a real file has none. */
export const isCommentAt = (text: string, s: number, e: number): boolean => e - s > 1 && text.charCodeAt(s) === 40 && text.charCodeAt(e - 1) === 41;
