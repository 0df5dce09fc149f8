/**
 * @jest-environment node
 *
 * The core's speed budget (docs/performance.md §Budgets): assessing and summarising 100,000 mailboxes costs at most
 * 1.5× copying the same rows once (`{ ...row }` per row), measured in one process on the same rows.
 *
 * coreSpeed.measure.ts measures, in a child `node` process with one garbage-collection thread (as `npm run bench`
 * runs the core: one core does all the work), because jest's sandbox slows every global lookup the core makes. The
 * machine is shared (2 cores, other builds and tests running), so it compares, never times alone: interleaved
 * rounds (each times the copy and the core back to back, the order alternating), process CPU time (waiting for a
 * core while another process runs is not counted, for either side), and the verdict is the median of the per-round
 * ratios.
 *
 * History (docs/performance.md "Core, within 1.5× of copying the rows once"): before the workloads' answers were shared
 * between mailboxes the median was 1.5–1.8× and this test was opt-in behind a 2.0× guard; since, the core keeps 313
 * bytes per mailbox instead of 614 and measured 0.78–1.41× with a busy loop on the other core, so the budget itself
 * runs in CI, judged on the best of up to three measurements (load only ever inflates the core's share).
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import { assessFleet } from '../../MailboxHealth/core';
import type { MailboxAssessment, Reason } from '../../MailboxHealth/core';
import { generateFleet } from '../../sample/generateFleet';
import type { SpeedRounds } from './coreSpeed.measure';

const { compileNode } = require('../../bench/lib/compile') as { compileNode: (entry: string) => string };

/** docs/performance.md §Budgets: the core within 1.5× of copying the same rows once. */
const LIMIT = 1.5;
const SIZE = 100000;
const ROUNDS = 9;

// 100,000 rows, then 2 × (2 + ROUNDS) × 2 passes over them: about half a minute a measurement, up to three.
jest.setTimeout(10 * 60 * 1000);

function median(xs: readonly number[]): number {
    const s = [...xs].sort((a, b) => a - b);
    return s.length % 2 === 1 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

function runMeasurement(): SpeedRounds {
    // bench/lib/compile.js: esbuild, as `npm run bench` compiles its entries (its path is relative to bench/)
    const outfile = compileNode('../test/bench/coreSpeed.measure.ts');
    const r = spawnSync(process.execPath, ['--single-threaded-gc', outfile, String(SIZE), String(ROUNDS)], { encoding: 'utf8', timeout: 4 * 60 * 1000 });
    if (r.status !== 0) throw new Error(`the measurement failed (exit ${String(r.status)}, ${String(r.signal)}): ${r.stderr}`);
    return JSON.parse(r.stdout) as SpeedRounds;
}

type Measured = { ratio: number; copyMs: number; coreMs: number; rounds: number[] };

/** One measurement (half a minute): the median of the per-round ratios, with figures. */
function measureOnce(): Measured {
    const { copyMs, coreMs } = runMeasurement();
    expect(copyMs).toHaveLength(ROUNDS);
    expect(coreMs).toHaveLength(ROUNDS);
    const ratios = coreMs.map((k, i) => k / Math.max(copyMs[i], 1e-3));
    const measured = {
        ratio: Number(median(ratios).toFixed(2)),
        copyMs: Number(median(copyMs).toFixed(1)),
        coreMs: Number(median(coreMs).toFixed(1)),
        rounds: ratios.map((x) => Number(x.toFixed(2))),
    };
    // CORE_SPEED_LOG=<file> appends the figures of every run (for checking the test's robustness under load).
    if (process.env.CORE_SPEED_LOG) fs.appendFileSync(process.env.CORE_SPEED_LOG, JSON.stringify({ at: new Date().toISOString(), load: os.loadavg(), ...measured }) + '\n');
    return measured;
}

/**
 * Up to three measurements, until one is within the limit: load only ever inflates the core's share (one run with a
 * busy loop on the other core and a test suite beside it gave a median of 2.27x, rounds up to 3.38x), so the best of
 * three approaches the quiet machine's figure, while a core that is really slower is over the limit in all three.
 */
const attempts: Measured[] = [];
function bestWithin(limit: number): { best: Measured; attempts: number[] } {
    while (attempts.length < 3 && !attempts.some((m) => m.ratio <= limit)) attempts.push(measureOnce());
    const best = attempts.reduce((a, b) => (b.ratio < a.ratio ? b : a));
    return { best, attempts: attempts.map((m) => m.ratio) };
}

describe('the core on 100,000 mailboxes', () => {
    it(`costs at most ${LIMIT}× copying the same rows once (median of interleaved rounds, process CPU time, best of up to three)`, () => {
        const report = bestWithin(LIMIT);
        // On failure the figures say by how much; `npm run bench -- --only core` shows where the time goes.
        expect({ ...report, withinBudget: report.best.ratio <= LIMIT }).toEqual({ ...report, withinBudget: true });
    });
});

describe('what assessments share to be fast', () => {
    const NOW = Date.UTC(2026, 10, 26, 9, 0, 0);
    const fleet = assessFleet(generateFleet({ size: 2000, seed: 1, now: NOW }).rows, NOW);
    const reasonLists = (a: MailboxAssessment): (readonly Reason[])[] => [a.reasons, a.workloads.incoming.reasons, a.workloads.outgoing.reasons, a.workloads.act.reasons];

    it('shares reason lists and reasons between mailboxes, and only frozen ones', () => {
        const seenLists = new Map<readonly Reason[], number>();
        const seenReasons = new Map<Reason, number>();
        for (const a of fleet) {
            for (const list of reasonLists(a)) {
                seenLists.set(list, (seenLists.get(list) ?? 0) + 1);
                for (const r of list) seenReasons.set(r, (seenReasons.get(r) ?? 0) + 1);
            }
        }
        const sharedLists = [...seenLists].filter(([, n]) => n > 1).map(([l]) => l);
        const sharedReasons = [...seenReasons].filter(([, n]) => n > 1).map(([r]) => r);
        // 2,000 mailboxes × 4 lists: far fewer distinct lists than that, valued reasons ("5 minutes") among the shared
        expect(seenLists.size).toBeLessThan(fleet.length / 4);
        expect(sharedReasons.some((r) => r.value !== undefined)).toBe(true);
        expect(sharedLists.filter((l) => !Object.isFrozen(l))).toEqual([]);
        expect(sharedReasons.filter((r) => !Object.isFrozen(r))).toEqual([]);
    });

    it('keeps the same answers as a fresh assessment of each row alone (sharing changes no value)', () => {
        const rows = generateFleet({ size: 2000, seed: 1, now: NOW }).rows;
        for (let i = 0; i < rows.length; i += 97) expect(assessFleet([rows[i]], NOW)[0]).toEqual(fleet[i]);
    });

    it("shares the workloads' answers: a few hundred values for 6,000 workloads, all frozen", () => {
        const values = new Set(fleet.flatMap((a) => [a.workloads.incoming, a.workloads.outgoing, a.workloads.act]));
        expect(values.size).toBeLessThan(fleet.length / 4);
        expect([...values].filter((v) => !Object.isFrozen(v))).toEqual([]);
        expect(new Set(fleet.map((a) => a.workloads)).size).toBeLessThan(fleet.length / 2);
    });
});
