#!/usr/bin/env node
'use strict';
/**
 * `npm run bench`: the performance benchmarks (core, log reader, bundle, control in headless Chromium), separate
 * from `npm test`. Prints a Markdown table per part and the budgets, and writes bench/results.json (git-ignored).
 *
 *   node bench/run.js [--quick] [--only core,log,bundle,browser] [--skip browser] [--strict] [--out <file>]
 *
 *   --quick    fewer repetitions (about a third of the time)
 *   --only     run only these parts; --skip leaves parts out
 *   --strict   exit with code 1 when a budget is missed (the default only reports)
 *
 * The machine is shared and noisy: every figure is a median with its spread, the parts that compare (core vs its
 * baseline loops, control vs a bare DetailsList) interleave their runs, and each Node benchmark runs in its own
 * process with one thread for garbage collection, so "one core" is what it measures.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');
const { compileNode, ROOT, OUT_DIR } = require('./lib/compile');
const report = require('./lib/report');

const PARTS = ['core', 'log', 'alerts', 'bundle', 'browser'];

function usage() {
    return 'usage: node bench/run.js [--quick] [--only core,log,alerts,bundle,browser] [--skip <parts>] [--strict] [--out <file>]';
}

function parseArgs(argv) {
    const args = { quick: false, parts: new Set(PARTS), strict: false, out: path.join(__dirname, 'results.json') };
    for (let i = 0; i < argv.length; i++) {
        const a = argv[i];
        const value = () => (a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i]);
        if (a === '--quick') args.quick = true;
        else if (a === '--strict') args.strict = true;
        else if (a === '--only' || a.startsWith('--only=')) args.parts = new Set(value().split(','));
        else if (a === '--skip' || a.startsWith('--skip=')) for (const p of value().split(',')) args.parts.delete(p);
        else if (a === '--out' || a.startsWith('--out=')) args.out = path.resolve(value());
        else if (a === '--help' || a === '-h') args.help = true;
        else throw new Error(`unknown option ${a}\n${usage()}`);
    }
    for (const p of args.parts) if (!PARTS.includes(p)) throw new Error(`unknown part ${p}: one of ${PARTS.join(', ')}\n${usage()}`);
    return args;
}

function say(line = '') {
    process.stdout.write(line + '\n');
}

/** Runs a compiled Node benchmark in its own process, with one thread for garbage collection. Returns its JSON. */
function runNodeBench(entry, quick) {
    const file = compileNode(entry);
    const out = path.join(OUT_DIR, entry.replace(/\.ts$/, '.json'));
    fs.rmSync(out, { force: true });
    const args = ['--single-threaded-gc', '--max-old-space-size=4096', file, out];
    if (quick) args.push('--quick');
    const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'], timeout: 10 * 60 * 1000 });
    if (r.status !== 0 || !fs.existsSync(out)) throw new Error(`${entry} failed (exit ${r.status}${r.signal ? `, ${r.signal}` : ''})`);
    return JSON.parse(fs.readFileSync(out, 'utf8'));
}

function machine() {
    const cpus = os.cpus();
    return {
        cpus: cpus.length,
        model: cpus[0] ? cpus[0].model : 'unknown',
        node: process.version,
        platform: `${os.platform()} ${os.release()}`,
        memoryGB: Math.round(os.totalmem() / 2 ** 30),
        loadAvgAtStart: os.loadavg(),
    };
}

async function main() {
    let args;
    try {
        args = parseArgs(process.argv.slice(2));
    } catch (e) {
        console.error(e.message);
        process.exit(2);
    }
    if (args.help) {
        say(usage());
        return;
    }
    const started = Date.now();
    fs.mkdirSync(OUT_DIR, { recursive: true });
    const results = { when: new Date().toISOString(), quick: args.quick, machine: machine() };
    say(`MailboxHealth benchmarks${args.quick ? ' (quick)' : ''}: ${[...args.parts].join(', ')} on ${results.machine.cpus} × ${results.machine.model}, Node ${process.version}`);
    say(`Load average at start: ${results.machine.loadAvgAtStart.map((x) => x.toFixed(2)).join(' ')} (a shared machine: compare ratios)`);

    if (args.parts.has('core')) {
        say('\n## Core: assessFleet + summarizeFleet (ns per mailbox, median (min–max))\n');
        try {
            results.core = report.summarizeCore(runNodeBench('core.bench.ts', args.quick));
            for (const l of report.coreTable(results.core)) say(l);
            say('\nWhere the time goes (100,000 mailboxes, sampling profile, self time):\n');
            for (const l of report.profileTable(results.core)) say(l);
        } catch (e) {
            results.core = { error: String(e.message || e) };
            say(`core: ${results.core.error}`);
        }
    }

    if (args.parts.has('log')) {
        say('\n## Log reader: readMailboxLog\n');
        try {
            results.log = report.summarizeLog(runNodeBench('log.bench.ts', args.quick));
            for (const l of report.logTable(results.log)) say(l);
        } catch (e) {
            results.log = { error: String(e.message || e) };
            say(`log: ${results.log.error}`);
        }
    }

    if (args.parts.has('alerts')) {
        say('\n## Alerts: matchAlerts + groupAlerts, 50,000 tracelog rows (ms, median (min–max))\n');
        try {
            const { summary, fmt } = require('./lib/stats');
            const raw = runNodeBench('alerts.bench.ts', args.quick);
            const part = (name) => summary(raw.samples[name]);
            results.alerts = { count: raw.count, match: part('match'), group24h: part('group24h'), group7d: part('group7d'), group7dCpu: part('group7dCpu') };
            say('| step | median | min–max |');
            say('|---|---:|---:|');
            for (const [name, label] of [['match', 'match once against the catalogue'], ['group24h', 'group, last 24 hours (hours)'], ['group7d', 'group, last 7 days (days)'], ['group7dCpu', 'the same, CPU time of the process']]) {
                const x = results.alerts[name];
                say(`| ${label} | ${fmt(x.median)} ms | ${fmt(x.min)}–${fmt(x.max)} ms |`);
            }
        } catch (e) {
            results.alerts = { error: String(e.message || e) };
            say(`alerts: ${results.alerts.error}`);
        }
    }

    if (args.parts.has('bundle') || args.parts.has('browser')) {
        // The browser part needs the production bundle too: build it once here.
        const { runBundleBench } = require('./bundle');
        const bundle = await runBundleBench({ log: say });
        if (args.parts.has('bundle')) {
            results.bundle = bundle;
            say('\n## Bundle: out/controls/MailboxHealth/bundle.js\n');
            for (const l of report.bundleTable(bundle)) say(l);
        }
        if (args.parts.has('browser')) {
            say('\n## Control in headless Chromium (harness page, production bundle) vs a bare DetailsList\n');
            if (bundle.error) {
                results.browser = { error: `skipped: ${bundle.error}` };
                say(results.browser.error);
            } else {
                try {
                    const { runBrowserBench, browserTable } = require('./browser');
                    results.browser = await runBrowserBench({ quick: args.quick, log: say });
                    for (const l of browserTable(results.browser)) say(l);
                } catch (e) {
                    results.browser = { error: String((e && e.stack) || e) };
                    say(`browser: ${results.browser.error}`);
                }
            }
        }
    }

    results.budgets = report.budgets(results);
    if (results.alerts && !results.alerts.error) {
        const worst = Math.max(results.alerts.group24h.median, results.alerts.group7d.median);
        results.budgets.push({ budget: 'alerts: group 50,000 alerts (slower of 24 h / 7 d)', limit: '≤ 50 ms', measured: `${worst.toFixed(1)} ms`, met: worst <= 50, by: `${(worst / 50).toFixed(2)}× the limit` });
        const cpu = results.alerts.group7dCpu.median;
        results.budgets.push({ budget: 'alerts: the same (7 d), CPU time of the process', limit: '≤ 50 ms', measured: `${cpu.toFixed(1)} ms`, met: cpu <= 50, by: `${(cpu / 50).toFixed(2)}× the limit` });
    }
    results.machine.loadAvgAtEnd = os.loadavg();
    results.totalSeconds = (Date.now() - started) / 1000;
    say('\n## Budgets\n');
    for (const l of report.budgetTable(results.budgets)) say(l);
    say(`\nLoad average at end: ${results.machine.loadAvgAtEnd.map((x) => x.toFixed(2)).join(' ')}. Took ${results.totalSeconds.toFixed(0)} s. Raw figures: ${path.relative(process.cwd(), args.out)}`);
    fs.writeFileSync(args.out, JSON.stringify(results, null, 2) + '\n');
    const failed = ['core', 'log', 'alerts', 'bundle', 'browser'].filter((p) => results[p] && results[p].error);
    if (failed.length > 0) process.exitCode = 1;
    else if (args.strict && results.budgets.some((b) => !b.met)) process.exitCode = 1;
}

main().catch((e) => {
    console.error(e);
    process.exit(1);
});
