/**
 * Presentation helpers for the command-line tool: UTC times as "2018-12-03 15:28:37 UTC", durations in the string
 * table's words, terminal-safe text and CSV cells.
 */
import { duration, durationKey, relativeTime, utcDateTime } from '../MailboxHealth/core/index';
import type { Translate } from './strings';

/** @example formatUtc(Date.UTC(2018, 11, 3, 15, 28, 37)) // '2018-12-03 15:28:37 UTC' */
export function formatUtc(ms: number): string {
    const text = utcDateTime(ms);
    return text === null ? String(ms) : text + ' UTC';
}

/** A span in words, "45 s", "3 min", "2 h 5 min", "4 d 3 h" (core/relativeTime.ts decides the units, as for the control). */
export function formatDuration(ms: number, t: Translate): string {
    const d = duration(ms);
    return d === null ? '?' : t(...durationKey(d));
}

/** "in 3 min" / "2 h ago" / "now" relative to `now`: the control's phrase for the same instant (core/relativeTime.ts). */
export function formatRelative(ms: number, now: number, t: Translate): string {
    const r = relativeTime(ms, now);
    if (r === null) return '?';
    if (r.unit === 'now') return t('Time_Now');
    return t(r.direction === 'future' ? 'Time_In' : 'Time_Ago', t(...durationKey(r)));
}

/**
 * Text from Dataverse, safe to print on a terminal: control characters (escape sequences could restyle or rewrite
 * the terminal) become visible \xNN escapes; tabs and line breaks stay.
 */
export function terminalSafe(s: string): string {
    // eslint-disable-next-line no-control-regex
    return s.replace(/[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]/g, (c) => '\\x' + c.charCodeAt(0).toString(16).padStart(2, '0'));
}

/** The first line of a text, shortened for a one-line summary. */
export function firstLine(s: string, max = 240): string {
    const line = s.trim().split(/\r\n|\r|\n/, 1)[0] ?? '';
    return terminalSafe(line.length > max ? line.slice(0, max - 1) + '…' : line);
}

/**
 * The line of an error text that says what happened, for a one-line summary: the exception's "Message:" line, else
 * the first line that is not just an ActivityId or a "T:391" marker; prefixes (">Error :", "Message:") and the stack
 * trace that .NET appends after "   at " are dropped (seed 000's three entries show the shapes).
 */
export function messageLine(text: string, max = 240): string {
    const lines = text.split(/\r\n|\r|\n/, 200).map((l) => l.trim()).filter((l) => l !== '' && !/^(?:ActivityId\b|T:\d+$)/i.test(l));
    const chosen = lines.find((l) => /^Message\s*:/i.test(l)) ?? lines.find((l) => !/^>?\s*(?:Exception\s*:\s*)?Unhandled exception:?$/i.test(l)) ?? '';
    const stripped = chosen.replace(/^>?\s*(?:(?:Error|Exception|Message)\s*:\s*)?/i, '');
    const at = stripped.search(/\s{2,}at\s/);
    return firstLine(at > 0 ? stripped.slice(0, at) : stripped, max);
}

/** Pads or shortens to a column width. */
export function cell(s: string, width: number): string {
    if (s.length > width) return s.slice(0, Math.max(0, width - 1)) + '…';
    return s.padEnd(width);
}

/**
 * A CSV cell (RFC 4180 quoting). Text that a spreadsheet would run as a formula (= + - @ and tab/CR first) gets a
 * leading apostrophe: mailbox names and error texts come from users and mail servers.
 */
export function csvCell(v: string | number | boolean | null): string {
    if (v === null) return '';
    if (typeof v !== 'string') return String(v);
    const safe = /^[=+\-@\t\r]/.test(v) ? "'" + v : v;
    return /[",\r\n]/.test(safe) ? '"' + safe.replace(/"/g, '""') + '"' : safe;
}
