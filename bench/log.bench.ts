/**
 * Log-reader benchmark (docs/performance.md): readMailboxLog throughput in MB/s on seed 000's log and on the largest realistic
 * file, and growth on pathological inputs (long lines, no newlines, one huge key or value) at two sizes: the time
 * ratio divided by the size ratio is 1 for linear cost and grows with the size for quadratic cost.
 *
 * Run by bench/run.js in its own process: `node --single-threaded-gc out/bench/log.bench.js <out.json>
 * [--quick]`. Writes raw samples; bench/run.js summarises.
 */
import * as fs from 'fs';
import * as path from 'path';
import { readMailboxLog } from '../MailboxHealth/core';

const { profile, selfTimes } = require('./lib/cpuprofile');

const ROOT = path.join(__dirname, '..', '..');
const MB = 1024 * 1024;

/** Seed 000's log: the test fixture (docs/evidence.md#sources). */
function seedLog(): { text: string; source: string } {
    const fixture = path.join(ROOT, 'test', 'fixtures', 'logs', 'seed000.log');
    return { text: fs.readFileSync(fixture, 'utf8'), source: 'test/fixtures/logs/seed000.log' };
}

/** `unit` repeated until the text is at least `bytes` long. */
function repeatTo(unit: string, bytes: number): string {
    return unit.repeat(Math.max(1, Math.ceil(bytes / unit.length)));
}

/**
 * The largest realistic file: the seed log's mailbox and profile sections followed by 10 trace entries whose
 * errordetails are long .NET stack traces (the platform keeps the 10 most recent alerts; a real EWS trace runs to
 * a few hundred lines).
 */
function largestRealistic(seed: string): string {
    const cut = seed.indexOf('Recent Trace Log details');
    const head = cut >= 0 ? seed.slice(0, cut) : seed;
    const frames = [
        'at System.Net.HttpWebRequest.EndGetResponse(IAsyncResult asyncResult)',
        'at Microsoft.Exchange.WebServices.Data.EwsHttpWebRequest.Microsoft.Exchange.WebServices.Data.IEwsHttpWebRequest.EndGetResponse(IAsyncResult asyncResult)',
        'at Microsoft.Exchange.WebServices.Data.ServiceRequestBase.EndGetEwsHttpWebResponse(IEwsHttpWebRequest request, IAsyncResult asyncResult)',
        'at System.Web.Services.Protocols.SoapHttpClientProtocol.ReadResponse(SoapClientMessage message, WebResponse response, Stream responseStream, Boolean asyncCall)',
        'at Microsoft.Crm.Asynchronous.EmailConnector.ExchangeIncomingEmailProviderStep.EndOperation()',
        'at Microsoft.Crm.Asynchronous.EmailConnector.FindItemsStep.EndCall()',
    ];
    let traces = 'Recent Trace Log details\n';
    for (let i = 0; i < 10; i++) {
        traces += `tracecode : ${100 + i}\nerrortypedisplay : ExchangeSyncServerServiceError\nerrordetails : T:${391 + i}\n`;
        traces += `ActivityId: a2559263-94de-4886-bc28-5fc7511d4f${String(10 + i)}\n>Exception : Unhandled exception:\n`;
        traces += 'Exception type: System.Net.WebException\nMessage: The remote server returned an error: (503) Server Unavailable.\n';
        for (let k = 0; k < 200; k++) traces += frames[k % frames.length] + '\n';
        traces += '\n\n';
    }
    return head + traces;
}

interface Case {
    readonly name: string;
    readonly group: 'throughput' | 'pathological';
    /** The text for a target size in bytes (throughput cases ignore the size). */
    readonly make: (bytes: number) => string;
    /** How many calls make one sample (a small file is read many times); pathological cases calibrate it. */
    readonly calls?: number;
}

interface CaseResult {
    name: string;
    group: string;
    bytes: number;
    calls: number;
    /** ms per sample (all `calls`). */
    ms: number[];
    /** For pathological cases: the same at the larger size. */
    large?: { bytes: number; calls: number; ms: number[] };
    skippedLarge?: string;
}

function timeOnce(text: string, calls: number): number {
    const t0 = performance.now();
    let n = 0;
    for (let k = 0; k < calls; k++) n += readMailboxLog(text).warnings.length;
    const ms = performance.now() - t0;
    if (n < 0) throw new Error('unreachable');
    return ms;
}

async function main(): Promise<void> {
    const outPath = process.argv[2];
    const quick = process.argv.includes('--quick');
    const reps = quick ? 3 : 7;
    const started = performance.now();
    const seed = seedLog();
    const realistic = largestRealistic(seed.text);
    const noNewlines = seed.text.replace(/\r?\n/g, ' ');

    const cases: Case[] = [
        { name: `seed 000 log (${(seed.text.length / 1024).toFixed(1)} KB), read 2,500 times`, group: 'throughput', make: () => seed.text, calls: 2500 },
        { name: 'seed 000 log repeated to 10 MB, one call', group: 'throughput', make: () => repeatTo(seed.text + '\n\n', 10 * MB), calls: 1 },
        { name: `largest realistic: 10 long traces (${(realistic.length / 1024).toFixed(0)} KB), read 120 times`, group: 'throughput', make: () => realistic, calls: 120 },
        // Pathological inputs, at 1 MB and 4 MB.
        { name: 'long lines (64 KB garbled lines)', group: 'pathological', make: (b) => repeatTo('x'.repeat(64 * 1024) + '\n', b) },
        { name: 'long continuation lines (errordetails, 64 KB each)', group: 'pathological', make: (b) => 'Recent Trace Log details\ntracecode : 1\nerrordetails : start\n' + repeatTo('y'.repeat(64 * 1024) + '\n', b) },
        { name: 'no newlines (seed log on one line)', group: 'pathological', make: (b) => repeatTo(noNewlines + ' ', b) },
        { name: 'one key, one huge value (lastsyncerror : …)', group: 'pathological', make: (b) => 'lastsyncerror : ' + 'z'.repeat(b) },
        { name: 'one huge key (a word of that size, then " : 1")', group: 'pathological', make: (b) => 'k'.repeat(b) + ' : 1' },
        { name: 'one key repeated (noemailcount : 3 per line)', group: 'pathological', make: (b) => repeatTo('noemailcount : 3\n', b) },
        { name: 'one multi-line value (errordetails, 1 line per 80 bytes)', group: 'pathological', make: (b) => 'tracecode : 1\nerrordetails : start\n' + repeatTo('at Microsoft.Crm.Asynchronous.EmailConnector.FindItemsStep.EndCall() line ok\n', b) },
    ];

    const SMALL = 1 * MB;
    const LARGE = 4 * MB;
    /** A case whose 1 MB read takes longer than this does not get a 4 MB run (it would be quadratic: minutes). */
    const TOO_SLOW_MS = 2000;

    const results: CaseResult[] = [];
    for (const c of cases) {
        const text = c.make(SMALL);
        const bytes = Buffer.byteLength(text, 'utf8');
        const once = timeOnce(text, 1); // warm-up and calibration
        // Each sample runs long enough (~25 ms) that timer resolution and one stray pause do not decide the figure.
        const calls = c.calls ?? Math.min(200, Math.max(1, Math.ceil(25 / Math.max(once, 0.01))));
        timeOnce(text, Math.min(calls, 50));
        const r: CaseResult = { name: c.name, group: c.group, bytes, calls, ms: [] };
        for (let i = 0; i < reps; i++) r.ms.push(timeOnce(text, calls));
        if (c.group === 'pathological') {
            const slowest = Math.max(...r.ms) / calls;
            if (slowest > TOO_SLOW_MS) {
                r.skippedLarge = `1 MB took ${slowest.toFixed(0)} ms; 4 MB not run`;
            } else {
                const big = c.make(LARGE);
                const bigBytes = Buffer.byteLength(big, 'utf8');
                const bigCalls = Math.max(1, Math.round((calls * bytes) / bigBytes));
                timeOnce(big, 1);
                const large = { bytes: bigBytes, calls: bigCalls, ms: [] as number[] };
                for (let i = 0; i < reps; i++) large.ms.push(timeOnce(big, bigCalls));
                r.large = large;
            }
        }
        results.push(r);
    }

    // Where the time goes on the realistic small file (the case that decides the throughput budget).
    const prof = await profile(() => {
        for (let k = 0; k < 500; k++) readMailboxLog(seed.text);
    }, { times: quick ? 2 : 4 });
    const top = selfTimes(prof, __filename, 12);

    fs.writeFileSync(
        outPath,
        JSON.stringify({ seedSource: seed.source, seedBytes: seed.text.length, realisticBytes: realistic.length, reps, cases: results, profile: { top }, totalMs: performance.now() - started }),
    );
}

main().catch((e) => {
    console.error(e);
    process.exit(1);
});
