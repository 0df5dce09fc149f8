/**
 * The measurement behind test/bench/coreSpeed.test.ts, run by that test in a child `node` process (bundled with
 * esbuild), so that the core runs as the control and the CLI run it: jest's sandbox makes every global lookup
 * (Math, Object, Date…) slow, which the copy loop hardly does and the core does per row, and would measure jest.
 *
 * Interleaved rounds, in this one process, on the same 100,000 rows: each round times copying every row once
 * (`{ ...row }`, kept in an array as assessFleet keeps its results) and assessFleet + summarizeFleet back to back,
 * in alternating order, by process CPU time, each after one untimed run of the same work (no forced gc():
 * docs/performance.md §How it measures). Prints JSON: the per-round CPU milliseconds of both sides.
 */
import { assessFleet, summarizeFleet } from '../../MailboxHealth/core';
import type { MailboxRow } from '../../MailboxHealth/core';
import { generateFleet } from '../../sample/generateFleet';

export interface SpeedRounds {
    readonly copyMs: number[];
    readonly coreMs: number[];
}

const NOW = Date.UTC(2026, 10, 26, 9, 0, 0);
let sink = 0;

function copyRows(rows: readonly MailboxRow[]): number {
    const out: MailboxRow[] = new Array(rows.length);
    for (let i = 0; i < rows.length; i++) out[i] = { ...rows[i] };
    return out.length;
}

function assessAndSummarize(rows: readonly MailboxRow[]): number {
    const a = assessFleet(rows, NOW);
    return summarizeFleet(a).total + a.length;
}

/** CPU milliseconds of this process for one run, after one untimed run of the same work. */
function cpuMs(run: (rows: readonly MailboxRow[]) => number, rows: readonly MailboxRow[]): number {
    sink += run(rows);
    const c0 = process.cpuUsage();
    sink += run(rows);
    const c = process.cpuUsage(c0);
    return (c.user + c.system) / 1000;
}

export function measure(size: number, rounds: number): SpeedRounds {
    const rows = generateFleet({ size, seed: 1, now: NOW }).rows;
    // Warm-up: let V8 optimise both sides before anything is timed.
    for (let w = 0; w < 2; w++) sink += copyRows(rows) + assessAndSummarize(rows);
    const copyMs: number[] = [];
    const coreMs: number[] = [];
    for (let r = 0; r < rounds; r++) {
        if (r % 2 === 0) {
            copyMs.push(cpuMs(copyRows, rows));
            coreMs.push(cpuMs(assessAndSummarize, rows));
        } else {
            coreMs.push(cpuMs(assessAndSummarize, rows));
            copyMs.push(cpuMs(copyRows, rows));
        }
    }
    if (sink <= 0) throw new Error('nothing was measured');
    return { copyMs, coreMs };
}

if (require.main === module) {
    process.stdout.write(JSON.stringify(measure(Number(process.argv[2]), Number(process.argv[3]))));
}
