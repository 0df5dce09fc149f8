/**
 * The timeline's time axis: the visible window, the UTC ticks and their labels. Pure, unit-tested.
 *
 * A linear axis of epoch milliseconds, ticks aligned to whole UTC minutes/hours/days by `utcTicks`, labelled by
 * `formatTick` (UTC, like the Download Mailbox Details log); the lanes are a linear y axis with integer positions.
 * Why, measured against a time scale and date-fns: docs/performance.md §Timeline axis.
 */
import type { TimelineEvent, TimelineEventKind } from './timelineEvents';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

// -------------------------------------------------------------------------------------------------------------

export const TIMELINE_RANGES = ['auto', 'hour', 'day', 'week', 'all'] as const;
export type TimelineRange = (typeof TIMELINE_RANGES)[number];

export const RANGE_LABEL_KEYS: Readonly<Record<TimelineRange, string>> = {
    auto: 'Label_Detail_Range_Auto',
    hour: 'Label_Detail_Range_Hour',
    day: 'Label_Detail_Range_Day',
    week: 'Label_Detail_Range_Week',
    all: 'Label_Detail_Range_All',
};

export interface TimeWindow {
    readonly min: number;
    readonly max: number;
}

/** Kinds that decide the automatic window: what happened last and what happens next, not old history. */
const FOCUS_KINDS: ReadonlySet<TimelineEventKind> = new Set(['now', 'last-attempt', 'syncing-since', 'last-success', 'last-error', 'next-processing', 'test-scheduled']);
const AUTO_MIN_SPAN = 30 * MINUTE;
const AUTO_MAX_REACH = 30 * DAY;

/**
 * The time span the chart shows. `auto` covers now, the last attempt, success and current error, and what is
 * scheduled next (including future postponements), at least 30 minutes and at most 30 days either side of now;
 * older history is clipped to the edge (its time stays in the tooltip and the text list).
 */
export function timelineWindow(events: readonly TimelineEvent[], now: number, range: TimelineRange): TimeWindow {
    switch (range) {
        case 'hour':
            return { min: now - HOUR, max: now + HOUR };
        case 'day':
            return { min: now - DAY, max: now + 6 * HOUR };
        case 'week':
            return { min: now - 7 * DAY, max: now + DAY };
        case 'all':
        case 'auto': {
            let lo = now;
            let hi = now;
            for (const e of events) {
                if (e.at === null) continue;
                const focus = range === 'all' || FOCUS_KINDS.has(e.kind) || (e.kind === 'postponed-until' && e.at > now);
                if (!focus) continue;
                lo = Math.min(lo, range === 'auto' ? Math.max(e.at, now - AUTO_MAX_REACH) : e.at);
                hi = Math.max(hi, range === 'auto' ? Math.min(e.at, now + AUTO_MAX_REACH) : e.at);
            }
            if (hi - lo < AUTO_MIN_SPAN) {
                const mid = (lo + hi) / 2;
                lo = mid - AUTO_MIN_SPAN / 2;
                hi = mid + AUTO_MIN_SPAN / 2;
            }
            const pad = (hi - lo) * 0.05;
            return { min: lo - pad, max: hi + pad };
        }
    }
}

/** Tick steps, all whole UTC units (epoch ms is aligned to UTC minutes, hours and days). */
export const TICK_STEPS: readonly number[] = [
    MINUTE,
    2 * MINUTE,
    5 * MINUTE,
    10 * MINUTE,
    15 * MINUTE,
    30 * MINUTE,
    HOUR,
    2 * HOUR,
    3 * HOUR,
    6 * HOUR,
    12 * HOUR,
    DAY,
    2 * DAY,
    7 * DAY,
    14 * DAY,
    28 * DAY,
    91 * DAY,
    364 * DAY,
];

/** Ticks at whole UTC steps inside the window, no more than `maxTicks`. */
export function utcTicks(window: TimeWindow, maxTicks = 7): { step: number; ticks: number[] } {
    const span = Math.max(window.max - window.min, 1);
    const step = TICK_STEPS.find((s) => span / s <= maxTicks) ?? Math.ceil(span / maxTicks / DAY) * DAY;
    const ticks: number[] = [];
    for (let t = Math.ceil(window.min / step) * step; t <= window.max; t += step) ticks.push(t);
    return { step, ticks };
}

/** How many tick labels fit an axis this wide ("12-03 15:25" is about 80 px). */
export function ticksForWidth(width: number): number {
    return Number.isFinite(width) && width > 0 ? Math.min(8, Math.max(2, Math.floor(width / 95))) : 7;
}

function pad2(n: number): string {
    return n < 10 ? `0${n}` : String(n);
}

/**
 * A tick label in UTC: "15:25" within a day, "12-03 15:25" on the first tick and where the day changes,
 * "2018-12-03" for steps of a day or more. Numeric, so it needs no month names from the resx.
 */
export function formatTick(ms: number, step: number, previous: number | null): string {
    const d = new Date(ms);
    const date = `${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
    if (step >= DAY) return `${d.getUTCFullYear()}-${date}`;
    const time = `${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}`;
    const newDay = previous === null || Math.floor(previous / DAY) !== Math.floor(ms / DAY);
    return newDay ? `${date} ${time}` : time;
}
