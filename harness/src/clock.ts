/**
 * A fixed "now" for the whole page. The control reads the clock itself (index.ts, as DEVELOPERS.md wants), so a
 * harness that generates its fleet around `?now=…` must also move the page's clock there, or every mailbox looks
 * overdue. This runs first in the page (harness/dist/clock.js, before React, Fluent and the control) and replaces
 * `Date` with one whose "now" starts at the given instant and keeps ticking, so animations and durations work.
 */

export interface ShiftedClock {
    /** Milliseconds added to the real clock. */
    readonly offsetMs: number;
    restore(): void;
}

/** Makes `target.Date` start at `startAt` (epoch ms) from this moment on; other Date uses are unchanged. */
export function installShiftedClock(target: { Date: DateConstructor }, startAt: number): ShiftedClock {
    const RealDate = target.Date;
    const offsetMs = startAt - RealDate.now();
    const now = () => RealDate.now() + offsetMs;
    const shifted = new Proxy(RealDate, {
        construct(real, args: unknown[], newTarget) {
            return Reflect.construct(real, args.length === 0 ? [now()] : args, newTarget) as object;
        },
        // Date() called as a function returns the current time as text.
        apply() {
            return new RealDate(now()).toString();
        },
        get(real, property, receiver) {
            if (property === 'now') return now;
            return Reflect.get(real, property, receiver) as unknown;
        },
    });
    target.Date = shifted;
    return {
        offsetMs,
        restore: () => {
            target.Date = RealDate;
        },
    };
}

/** The page entry: shifts the clock when the query string has a valid `now`. */
export function installFromQuery(win: Window & { __harnessClock?: ShiftedClock }): void {
    const text = new URLSearchParams(win.location.search).get('now');
    const startAt = text ? Date.parse(text) : Number.NaN;
    if (!Number.isNaN(startAt)) win.__harnessClock = installShiftedClock(win as unknown as { Date: DateConstructor }, startAt);
}
