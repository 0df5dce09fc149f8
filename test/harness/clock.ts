/** A hand-driven scheduler for the harness host: nothing happens until the test says so. */
export interface ManualClock {
    readonly schedule: (fn: () => void, ms: number) => void;
    /** Runs every queued callback (and those they queue), returns how many ran. */
    flush(): number;
    pending(): number;
    /** Delays (ms) asked for so far. */
    readonly delays: number[];
}

export function manualClock(): ManualClock {
    const queue: (() => void)[] = [];
    const delays: number[] = [];
    return {
        schedule: (fn, ms) => {
            queue.push(fn);
            delays.push(ms);
        },
        flush: () => {
            let ran = 0;
            while (queue.length > 0) {
                (queue.shift() as () => void)();
                ran++;
            }
            return ran;
        },
        pending: () => queue.length,
        delays,
    };
}
