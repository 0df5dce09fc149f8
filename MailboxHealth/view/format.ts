import { Strings } from '../contract/strings';

/**
 * Time formatting for the view. Times are epoch milliseconds (UTC instants) from the core. Admins compare against
 * the Download Mailbox Details log, which prints UTC, so every time can be shown in UTC; the local form uses the
 * browser's zone (the host's user-settings zone where the PCF layer passes an offset).
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

function pad(n: number): string {
    return n < 10 ? `0${n}` : String(n);
}

/** "2018-12-03 15:28:37 UTC"; empty-safe: null gives the "—" string. */
export function formatUtc(ms: number | null, strings: Strings): string {
    if (ms === null || !Number.isFinite(ms)) return strings('Label_NoValue');
    const d = new Date(ms);
    return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} UTC`;
}

/**
 * Local wall-clock time, "2018-12-03 16:28:37 (UTC+01:00)". `offsetMinutes` is the user's offset from UTC for that
 * instant (PCF: context.userSettings.getTimeZoneOffsetMinutes(date)); without it the browser's zone is used.
 */
export function formatLocal(ms: number | null, strings: Strings, offsetMinutes?: (at: Date) => number): string {
    if (ms === null || !Number.isFinite(ms)) return strings('Label_NoValue');
    const at = new Date(ms);
    const offset = offsetMinutes ? offsetMinutes(at) : -at.getTimezoneOffset();
    const d = new Date(ms + offset * MINUTE);
    const sign = offset < 0 ? '-' : '+';
    const abs = Math.abs(offset);
    return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} (UTC${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)})`;
}

/** A duration in the largest sensible unit: "45 s", "3 min", "2 h 5 min", "3 d 4 h". */
export function formatDuration(ms: number, strings: Strings): string {
    const abs = Math.abs(ms);
    if (abs < MINUTE) return strings('Time_Seconds', Math.round(abs / 1000));
    if (abs < HOUR) return strings('Time_Minutes', Math.round(abs / MINUTE));
    if (abs < DAY) {
        const h = Math.floor(abs / HOUR);
        const m = Math.round((abs - h * HOUR) / MINUTE);
        return m === 0 || h >= 10 ? strings('Time_Hours', Math.round(abs / HOUR)) : strings('Time_HoursMinutes', h, m);
    }
    const d = Math.floor(abs / DAY);
    const h = Math.round((abs - d * DAY) / HOUR);
    return h === 0 || d >= 10 ? strings('Time_Days', Math.round(abs / DAY)) : strings('Time_DaysHours', d, h);
}

/** "in 3 min" for the future, "5 min ago" for the past, "now" within 30 seconds. */
export function formatRelative(ms: number | null, now: number, strings: Strings): string {
    if (ms === null || !Number.isFinite(ms)) return strings('Label_NoValue');
    const delta = ms - now;
    if (Math.abs(delta) < 30_000) return strings('Time_Now');
    return delta > 0 ? strings('Time_In', formatDuration(delta, strings)) : strings('Time_Ago', formatDuration(delta, strings));
}

/** A count for display, grouped by the browser's locale ("10,000"). */
export function formatCount(n: number): string {
    return Number.isFinite(n) ? Math.round(n).toLocaleString() : String(n);
}
