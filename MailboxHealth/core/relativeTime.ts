/**
 * How far an instant is from now ("in 3 min", "5 min ago", "now") and how long a span is ("2 h 5 min"), decided once
 * for the control and the command-line tool. The answers are tagged values; the words are resx keys (`Time_*`) that
 * the view (view/format.ts) and the tool (cli/format.ts) fill, so both print the same phrase for the same instant.
 * Times are epoch milliseconds; `now` is passed in.
 */

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export type TimeUnit = 'second' | 'minute' | 'hour' | 'day';

/** A relative time: "now", or a whole number of one unit before or after now. */
export type RelativeTime =
    | { readonly unit: 'now' }
    | { readonly unit: 'minute' | 'hour' | 'day'; readonly count: number; readonly direction: 'past' | 'future' };

/** A span in at most two units: `count` of `unit`, then `rest` of the next smaller one (minutes after hours, hours after days; 0 otherwise). */
export interface Duration {
    readonly unit: TimeUnit;
    readonly count: number;
    readonly rest: number;
}

/**
 * @summary How far `at` is from `now`, rounded to the nearest whole minute, hour or day; null when either is not a
 * finite instant.
 * @description Each unit is used while the rounded count stays below the next unit (59 min, then 1 h; 23 h, then 1 d),
 * so 59 min 40 s is "1 h", never "60 min".
 * @example relativeTime(now - 29_000, now) // { unit: 'now' }
 * @example relativeTime(now + 30_000, now) // { unit: 'minute', count: 1, direction: 'future' }
 */
export function relativeTime(at: number, now: number): RelativeTime | null {
    if (!Number.isFinite(at) || !Number.isFinite(now)) return null;
    const abs = Math.abs(at - now);
    const direction = at > now ? 'future' : 'past';
    // docs/evidence.md §3.1 R5–R8: sync checks are minutes apart, so whole minutes are the finest step an admin acts on; under half a minute is "now".
    const minutes = Math.round(abs / MINUTE);
    if (minutes === 0) return { unit: 'now' };
    if (minutes < 60) return { unit: 'minute', count: minutes, direction };
    const hours = Math.round(abs / HOUR);
    if (hours < 24) return { unit: 'hour', count: hours, direction };
    return { unit: 'day', count: Math.round(abs / DAY), direction };
}

/**
 * @summary A span (its sign ignored) in the largest unit that fits, with the next smaller one while the larger is
 * under 10 ("2 h 5 min", "12 h", "1 d 3 h", "10 d"), each part rounded to the nearest whole; null for a non-finite span.
 * @description Below a minute it counts seconds, as an overdue or lock time can be that short.
 * @example duration(125 * 60_000) // { unit: 'hour', count: 2, rest: 5 }
 */
export function duration(ms: number): Duration | null {
    if (!Number.isFinite(ms)) return null;
    const abs = Math.abs(ms);
    const seconds = Math.round(abs / SECOND);
    if (seconds < 60) return { unit: 'second', count: seconds, rest: 0 };
    const minutes = Math.round(abs / MINUTE);
    if (minutes < 60) return { unit: 'minute', count: minutes, rest: 0 };
    // Two units read at a glance while the larger is small; from 10 on the smaller one is noise (view and CLI alike).
    if (minutes < 10 * 60) return { unit: 'hour', count: Math.floor(minutes / 60), rest: minutes % 60 };
    const hours = Math.round(abs / HOUR);
    if (hours < 24) return { unit: 'hour', count: hours, rest: 0 };
    if (hours < 10 * 24) return { unit: 'day', count: Math.floor(hours / 24), rest: hours % 24 };
    return { unit: 'day', count: Math.round(abs / DAY), rest: 0 };
}

/**
 * @summary The resx key and arguments that say a span or a relative time's distance: `Time_Minutes` 3 → "3 min",
 * `Time_HoursMinutes` 2, 5 → "2 h 5 min".
 * @example durationKey({ unit: 'day', count: 1, rest: 3 }) // ['Time_DaysHours', 1, 3]
 */
export function durationKey(d: { readonly unit: TimeUnit; readonly count: number; readonly rest?: number }): [key: string, ...args: number[]] {
    const rest = d.rest ?? 0;
    switch (d.unit) {
        case 'second':
            return ['Time_Seconds', d.count];
        case 'minute':
            return ['Time_Minutes', d.count];
        case 'hour':
            return rest === 0 ? ['Time_Hours', d.count] : ['Time_HoursMinutes', d.count, rest];
        case 'day':
            return rest === 0 ? ['Time_Days', d.count] : ['Time_DaysHours', d.count, rest];
    }
}
