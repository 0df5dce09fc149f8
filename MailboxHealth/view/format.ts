import { utcDateTime } from '../core/dates';
import { duration, durationKey, relativeTime } from '../core/relativeTime';
import { Strings } from '../contract/strings';

/**
 * Time formatting for the view. Times are epoch milliseconds (UTC instants) from the core. Admins compare against
 * the Download Mailbox Details log, which prints UTC, so every time can be shown in UTC; the local form uses the
 * browser's zone (the host's user-settings zone where the PCF layer passes an offset).
 */

const MINUTE = 60_000;

/** "2018-12-03 15:28:37 UTC"; empty-safe: null gives the "—" string. */
export function formatUtc(ms: number | null, strings: Strings): string {
    const text = ms === null ? null : utcDateTime(ms);
    return text === null ? strings('Label_NoValue') : `${text} UTC`;
}

const pad = (n: number): string => (n < 10 ? `0${n}` : String(n));

/**
 * Local wall-clock time, "2018-12-03 16:28:37 (UTC+01:00)". `offsetMinutes` is the user's offset from UTC for that
 * instant (PCF: context.userSettings.getTimeZoneOffsetMinutes(date)); without it the browser's zone is used.
 */
export function formatLocal(ms: number | null, strings: Strings, offsetMinutes?: (at: Date) => number): string {
    if (ms === null || !Number.isFinite(ms)) return strings('Label_NoValue');
    const at = new Date(ms);
    const offset = offsetMinutes ? offsetMinutes(at) : -at.getTimezoneOffset();
    const text = utcDateTime(ms + offset * MINUTE);
    if (text === null) return strings('Label_NoValue');
    const abs = Math.abs(offset);
    return `${text} (UTC${offset < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)})`;
}

/** A span in the table's words, "45 s", "3 min", "2 h 5 min", "3 d 4 h" (core/relativeTime.ts decides the units). */
export function formatDuration(ms: number, strings: Strings): string {
    const d = duration(ms);
    return d === null ? strings('Label_NoValue') : strings(...durationKey(d));
}

/** "in 3 min" for the future, "5 min ago" for the past, "now" within half a minute (core/relativeTime.ts). */
export function formatRelative(ms: number | null, now: number, strings: Strings): string {
    const r = ms === null ? null : relativeTime(ms, now);
    if (r === null) return strings('Label_NoValue');
    if (r.unit === 'now') return strings('Time_Now');
    return strings(r.direction === 'future' ? 'Time_In' : 'Time_Ago', strings(...durationKey(r)));
}

/** A count for display, grouped by the browser's locale ("10,000"). */
export function formatCount(n: number): string {
    return Number.isFinite(n) ? Math.round(n).toLocaleString() : String(n);
}
