/**
 * Alerts benchmark: grouping 50,000 matched alerts (the budget: ≤ 50 ms) over the last 24 hours and the last 7
 * days, and, for the record, matching the same 50,000 tracelog rows against the catalogue (done once per load).
 * The alerts come from the sample alert history of a 10,000-mailbox fleet, repeated with shifted times up to
 * 50,000 rows.
 *
 * Run by bench/run.js in its own process: `node --single-threaded-gc out/bench/alerts.bench.js <out.json> [--quick]`.
 * Writes raw samples (ms); bench/run.js summarises.
 */
import * as fs from 'fs';
import { groupAlerts, matchAlerts, presetWindow, type AlertRow } from '../MailboxHealth/core/alerts';
import type { TraceEntry } from '../MailboxHealth/core/types';
import { generateAlertHistory } from '../sample/alertHistory';
import { generateFleet } from '../sample/generateFleet';

const NOW = Date.UTC(2026, 10, 26, 9, 0, 0);
const COUNT = 50_000;

function rows(): AlertRow[] {
    const fleet = generateFleet({ size: 10_000, seed: 1, now: NOW });
    const history = generateAlertHistory({ rows: fleet.rows, now: NOW, seed: 1 });
    const base: AlertRow[] = [...history].flatMap(([mailboxId, list]) => list.map((trace) => ({ mailboxId, trace })));
    const out: AlertRow[] = [];
    // Shifted copies spread over the week: as many distinct times as a real load of 50,000 would have.
    for (let copy = 0; out.length < COUNT; copy++) {
        const shift = (copy * 37 * 60_000) % (6 * 86_400_000);
        for (const r of base) {
            if (out.length >= COUNT) break;
            const t = r.trace;
            const move = (d: TraceEntry['modifiedon']): Date => new Date((d as Date).getTime() - shift);
            out.push({ mailboxId: r.mailboxId, trace: { ...t, createdon: move(t.createdon), modifiedon: move(t.modifiedon) } });
        }
    }
    return out;
}

function time(fn: () => unknown): number {
    const start = process.hrtime.bigint();
    fn();
    return Number(process.hrtime.bigint() - start) / 1e6;
}

/** CPU time of the process (ms): what a loaded, shared machine does not inflate the way it inflates wall time. */
function cpuTime(fn: () => unknown): number {
    const start = process.cpuUsage();
    fn();
    const d = process.cpuUsage(start);
    return (d.user + d.system) / 1000;
}

function main(): void {
    const [outFile, ...flags] = process.argv.slice(2);
    const quick = flags.includes('--quick');
    const input = rows();
    const day = presetWindow('24h', NOW);
    const week = presetWindow('7d', NOW);
    const samples = { match: [] as number[], group24h: [] as number[], group7d: [] as number[], group7dCpu: [] as number[] };
    let matched = matchAlerts(input);
    // Warm-up: the first runs include compilation.
    for (let i = 0; i < 3; i++) groupAlerts(matched, week, 10_000);
    const rounds = quick ? 5 : 15;
    for (let i = 0; i < rounds; i++) {
        samples.match.push(time(() => (matched = matchAlerts(input))));
        samples.group24h.push(time(() => groupAlerts(matched, day, 10_000)));
        samples.group7d.push(time(() => groupAlerts(matched, week, 10_000)));
        samples.group7dCpu.push(cpuTime(() => groupAlerts(matched, week, 10_000)));
    }
    const result = { count: input.length, alerts: matched.alerts.length, inDay: groupAlerts(matched, day, 10_000).total, samples };
    if (outFile) fs.writeFileSync(outFile, JSON.stringify(result, null, 2));
    else console.log(JSON.stringify(result));
}

main();
