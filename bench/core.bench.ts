/**
 * Core benchmark: assess and summarise 1,000 / 10,000 / 100,000 generated mailboxes, as the PCF dataset
 * gives them (Date objects for date-times), against baseline loops: one that only reads the same fields, one that copies
 * each row object once (`{ ...row }`, the budget's yardstick: docs/performance.md §Budgets) and one that allocates an
 * assessment-shaped result.
 *
 * Run by bench/run.js in its own process (`node --single-threaded-gc out/bench/core.bench.js <out.json>
 * [--quick]`: one core does all the work, garbage collection included); it writes
 * raw samples and bench/run.js computes medians and spreads. Every round measures every size and every variant back
 * to back, so the ratios compare figures taken under the same load.
 */
import * as fs from 'fs';
import { assessFleet, DEFAULT_OPTIONS, MAILBOX_COLUMNS, REQUIRED_COLUMNS, summarizeFleet } from '../MailboxHealth/core';
import type { MailboxAssessment, MailboxRow, ProfileRow } from '../MailboxHealth/core';
import { FleetCache } from '../MailboxHealth/pcf/fleetSnapshot';
import { generateFleet } from '../sample/generateFleet';
import type { Fleet } from '../sample/generateFleet';

type DataSet = ComponentFramework.PropertyTypes.DataSet;

const { profile, allocations, selfTimes, fileTimes } = require('./lib/cpuprofile');

const SIZES = [1000, 10000, 100000] as const;
/** A fixed instant: the same fleet every run (the generator makes every time relative to it). */
const NOW = Date.UTC(2026, 10, 26, 9, 0, 0);
const SEED = 1;
/** Each sample assesses at least this many mailboxes (a 1,000 fleet 20 times), so that short runs are not all timer noise. */
const WORK_PER_SAMPLE = 20000;

/**
 * The floor: a loop that reads every column the core reads (REQUIRED_COLUMNS), by name as the core does, and folds
 * each value into a number (Date → getTime, string → length) so that nothing is optimised away.
 */
function makeReadBaseline(columns: readonly string[]): (rows: readonly MailboxRow[]) => number {
    const reads = columns
        .map((c) => `v = r.${c}; if (v instanceof Date) acc += v.getTime() & 1; else if (typeof v === 'number') acc += v & 1; else if (typeof v === 'string') acc += v.length; else if (v === true) acc++;`)
        .join('\n');
    return new Function('rows', `let acc = 0, v; for (let i = 0; i < rows.length; i++) { const r = rows[i];\n${reads}\n} return acc;`) as (
        rows: readonly MailboxRow[],
    ) => number;
}

/**
 * The floor for producing the result contract: the same reads plus one assessment-shaped object per row, with the
 * workloads' times on it and one shared `workloads` value (the core shares equal workload answers), and a reasons
 * array: what any implementation of MailboxAssessment must at least allocate.
 */
function makeAllocBaseline(columns: readonly string[]): (rows: readonly MailboxRow[]) => unknown[] {
    const reads = columns
        .map((c) => `v = r.${c}; if (v instanceof Date) acc += v.getTime() & 1; else if (typeof v === 'number') acc += v & 1; else if (typeof v === 'string') acc += v.length; else if (v === true) acc++;`)
        .join('\n');
    const workload = (w: string): string =>
        `{ workload: '${w}', configured: true, state: 'enabled', backoff: false, inNextCycle: true, transientFailures: 0, retriesLeft: null, reasons: [] }`;
    return new Function(
        'rows',
        `const shared = Object.freeze({ incoming: ${workload('incoming')}, outgoing: ${workload('outgoing')}, act: ${workload('act')} }); ` +
            `const out = new Array(rows.length); let v; for (let i = 0; i < rows.length; i++) { const r = rows[i]; let acc = 0;\n${reads}\n` +
            `out[i] = { mailboxId: r.mailboxid, name: r.name, emailAddress: r.emailaddress, profileId: r.emailserverprofile, profileName: r.emailserverprofilename, ` +
            `health: 'healthy', severity: 'ok', undetermined: [], unknownColumns: [], flags: [], workloads: shared, ` +
            `incomingPostponedUntil: acc, outgoingPostponedUntil: acc, actPostponedUntil: acc, incomingNextRunAt: acc, outgoingNextRunAt: acc, actNextRunAt: acc, ` +
            `nextProcessingAt: acc, due: 'scheduled', overdueMinutes: null, syncingNow: false, hostId: null, processingSince: null, lastAttemptAt: acc, ` +
            `lastSuccessAt: acc, lastErrorAt: null, lastErrorIsCurrent: false, consecutiveErrors: 0, retriesLeft: null, testEnableAt: null, ` +
            `reasons: [{ code: 'no-problem-found', columns: [] }], errors: [], dataIssues: [] }; } return out;`,
    ) as (rows: readonly MailboxRow[]) => unknown[];
}

/**
 * The budget's yardstick (docs/performance.md §Budgets: the core within 1.5× of copying the same rows once): every row
 * object copied once with a spread, kept in an array as assessFleet keeps its results.
 */
function copyBaseline(rows: readonly MailboxRow[]): MailboxRow[] {
    const out: MailboxRow[] = new Array(rows.length);
    for (let i = 0; i < rows.length; i++) out[i] = { ...rows[i] };
    return out;
}

interface Variant {
    readonly name: string;
    /** The largest fleet this variant runs on (the control and CLI paths are measured at 1,000 and 10,000). */
    readonly maxSize?: number;
    /** Runs once over the fleet; returns something derived from the result so that nothing is optimised away. */
    readonly run: (f: Prepared) => number;
}

interface Prepared {
    readonly fleet: Fleet;
    readonly profiles: ReadonlyMap<string, ProfileRow>;
    /** The fleet as a PCF dataset hands it to the control (records with getValue), for the control's own path. */
    readonly dataset: DataSet | null;
}

/**
 * A minimal PCF dataset over the rows, as model-driven apps give it: every mailbox column in `columns`, records
 * whose getValue returns Dates, numbers, booleans, strings, and EntityReferences for the two lookups.
 */
function datasetOf(rows: readonly MailboxRow[]): DataSet {
    const names = MAILBOX_COLUMNS.filter((c) => c !== 'emailserverprofilename' && c !== 'regardingobjectidname' && c !== 'regardingobjecttypecode');
    const records: Record<string, unknown> = {};
    const ids: string[] = [];
    for (const row of rows) {
        const id = String(row.mailboxid);
        ids.push(id);
        records[id] = {
            getRecordId: () => id,
            getValue: (column: string): unknown => {
                const v = (row as Record<string, unknown>)[column];
                if (v === undefined || v === null) return null;
                if (column === 'emailserverprofile') return { id: { guid: v }, name: row.emailserverprofilename ?? '', etn: 'emailserverprofile' };
                if (column === 'regardingobjectid') return { id: { guid: v }, name: row.regardingobjectidname ?? '', etn: row.regardingobjecttypecode ?? 'systemuser' };
                return v;
            },
        };
    }
    return { columns: names.map((name, order) => ({ name, order })), sortedRecordIds: ids, records } as unknown as DataSet;
}

/** What updateView does with a freshly loaded dataset: FleetCache.get with the default options. */
function controlPath(dataset: DataSet): ReturnType<FleetCache['get']> {
    return new FleetCache().get(dataset, DEFAULT_OPTIONS, NOW);
}

let sink = 0;
let lastAssess = 0;
let lastSummarize = 0;

const readBaseline = makeReadBaseline(REQUIRED_COLUMNS);
const allocBaseline = makeAllocBaseline(REQUIRED_COLUMNS);

const VARIANTS: readonly Variant[] = [
    { name: 'baseline-read', run: (p) => readBaseline(p.fleet.rows) },
    { name: 'baseline-alloc', run: (p) => allocBaseline(p.fleet.rows).length },
    { name: 'baseline-copy', run: (p) => copyBaseline(p.fleet.rows).length },
    {
        // The control's path (pcf/fleetSnapshot.ts): rows only, no profiles or traces.
        name: 'assess+summarize',
        run: (p) => {
            const t0 = performance.now();
            const a: MailboxAssessment[] = assessFleet(p.fleet.rows, NOW);
            const t1 = performance.now();
            const s = summarizeFleet(a);
            lastAssess += t1 - t0;
            lastSummarize += performance.now() - t1;
            return s.total + a.length;
        },
    },
    {
        // The control's whole path, what updateView runs (index.ts → pcf/fleetSnapshot.ts FleetCache.get): map the
        // dataset's records to rows (pcf/mapDataset.ts mapRecord), assess, summarise. A new cache each time: the
        // first load of a view, nothing to reuse.
        name: 'map+assess+summarize',
        maxSize: 10000,
        run: (p) => controlPath(p.dataset as DataSet).summary.total,
    },
    {
        // The command-line path: profiles by id and trace-log entries by mailbox (errors matched against the catalogue).
        name: 'assess+summarize (profiles, traces)',
        maxSize: 10000,
        run: (p) => {
            const a = assessFleet(p.fleet.rows, NOW, undefined, { profiles: p.profiles, traces: p.fleet.traces });
            return summarizeFleet(a).total + a.length;
        },
    },
];

interface Samples {
    /** Wall-clock milliseconds per sample (each sample covers `itemsPerSample` mailboxes). */
    ms: number[];
    /** CPU milliseconds of this process per sample (user + system): not inflated by other processes' load. */
    cpuMs: number[];
    itemsPerSample: number;
    /** assess+summarize only: the split, ms per sample. */
    assessMs?: number[];
    summarizeMs?: number[];
}

function timeSample(v: Variant, p: Prepared, size: number): { ms: number; cpuMs: number; assessMs: number; summarizeMs: number } {
    const inner = Math.max(1, Math.round(WORK_PER_SAMPLE / size));
    // Settle first: one untimed pass of the same work, so that the garbage and the heap shape another variant left
    // behind are not charged to this one. No forced gc(): after one, V8 shrinks the young generation and the next
    // run is much slower (docs/performance.md §How it measures), which is not what a page sees.
    for (let k = 0; k < Math.min(inner, 5); k++) sink += v.run(p);
    lastAssess = lastSummarize = 0;
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    for (let k = 0; k < inner; k++) sink += v.run(p);
    const ms = performance.now() - t0;
    const c = process.cpuUsage(c0);
    return { ms, cpuMs: (c.user + c.system) / 1000, assessMs: lastAssess, summarizeMs: lastSummarize };
}

async function main(): Promise<void> {
    const outPath = process.argv[2];
    const quick = process.argv.includes('--quick');
    const rounds = quick ? 3 : 7;
    const started = performance.now();

    const genStart = performance.now();
    const prepared = new Map<number, Prepared>();
    for (const size of SIZES) {
        const fleet = generateFleet({ size, seed: SEED, now: NOW });
        const profiles = new Map<string, ProfileRow>();
        for (const pr of fleet.profiles) profiles.set(pr.emailserverprofileid as string, pr);
        prepared.set(size, { fleet, profiles, dataset: size <= 10000 ? datasetOf(fleet.rows) : null });
    }
    const generateMs = performance.now() - genStart;

    // Warm-up: let V8 optimise every variant on every size before anything is timed.
    const runs = (size: number): readonly Variant[] => VARIANTS.filter((v) => size <= (v.maxSize ?? Infinity));
    for (let w = 0; w < 2; w++) for (const size of SIZES) for (const v of runs(size)) timeSample(v, prepared.get(size) as Prepared, size);

    const results: Record<string, Record<number, Samples>> = {};
    for (const v of VARIANTS) {
        results[v.name] = {};
        for (const size of SIZES.filter((n) => n <= (v.maxSize ?? Infinity))) {
            results[v.name][size] = { ms: [], cpuMs: [], itemsPerSample: Math.max(1, Math.round(WORK_PER_SAMPLE / size)) * size };
            if (v.name === 'assess+summarize') Object.assign(results[v.name][size], { assessMs: [], summarizeMs: [] });
        }
    }
    for (let r = 0; r < rounds; r++) {
        for (const size of SIZES) {
            for (const v of runs(size)) {
                const s = timeSample(v, prepared.get(size) as Prepared, size);
                const slot = results[v.name][size];
                slot.ms.push(s.ms);
                slot.cpuMs.push(s.cpuMs);
                if (slot.assessMs) slot.assessMs.push(s.assessMs);
                if (slot.summarizeMs) slot.summarizeMs.push(s.summarizeMs);
            }
        }
    }

    // Where the time goes: a sampling profile of assess + summarize on 100,000 mailboxes.
    const big = prepared.get(100000) as Prepared;
    const mid = prepared.get(10000) as Prepared;
    const prof = await profile(() => {
        sink += summarizeFleet(assessFleet(big.fleet.rows, NOW)).total;
    }, { times: quick ? 2 : 4 });
    const bundle = __filename;
    // The control's path at 10,000: where mapping the dataset goes.
    const profMapped = await profile(() => {
        sink += controlPath(mid.dataset as DataSet).summary.total;
    }, { times: quick ? 3 : 6 });
    // What is allocated per mailbox (garbage included), by function: the garbage collector's work comes from here.
    const alloc = await allocations(() => {
        sink += summarizeFleet(assessFleet(mid.fleet.rows, NOW)).total;
    }, bundle, { times: 3 });
    const allocPerMailbox = alloc.totalBytes / (3 * 10000);

    const out = {
        now: new Date(NOW).toISOString(),
        seed: SEED,
        sizes: SIZES,
        rounds,
        columnsRead: REQUIRED_COLUMNS.length,
        generateMs,
        variants: results,
        profile: { top: selfTimes(prof, bundle, 20), files: fileTimes(prof, bundle).slice(0, 12) },
        allocation: { bytesPerMailbox: allocPerMailbox, top: alloc.top },
        profileMapped: { top: selfTimes(profMapped, bundle, 12), files: fileTimes(profMapped, bundle).slice(0, 8) },
        totalMs: performance.now() - started,
        sink,
    };
    fs.writeFileSync(outPath, JSON.stringify(out));
}

main().catch((e) => {
    console.error(e);
    process.exit(1);
});
