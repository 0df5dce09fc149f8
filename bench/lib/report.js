'use strict';
/**
 * Turns the raw samples of each benchmark into figures (median and spread), ratios within the run, budget verdicts
 * and a printable Markdown table (the same table docs/performance.md quotes).
 */
const { summary, fmt, spread } = require('./stats');
const { BUNDLE_BYTES, BUNDLE_GZIP_BYTES } = require('./budgets');

const KB = 1024;

/** Per-round ratios a[i] / b[i] (the rounds interleave a and b, so each pair saw the same load). */
function pairedRatios(a, b) {
    const n = Math.min(a.length, b.length);
    const out = [];
    for (let i = 0; i < n; i++) if (b[i] > 0) out.push(a[i] / b[i]);
    return summary(out);
}

// ---------------------------------------------------------------------------------------------------------------
// Core
// ---------------------------------------------------------------------------------------------------------------

function summarizeCore(raw) {
    const sizes = raw.sizes;
    const perSize = {};
    for (const size of sizes) {
        const ns = (name, key = 'ms') => {
            const s = raw.variants[name][size];
            return s ? s[key].map((ms) => (ms * 1e6) / s.itemsPerSample) : [];
        };
        const main = raw.variants['assess+summarize'][size];
        const inner = main.itemsPerSample / size;
        const read = ns('baseline-read');
        const alloc = ns('baseline-alloc');
        const copy = ns('baseline-copy');
        const assess = ns('assess+summarize');
        const assessCpu = ns('assess+summarize', 'cpuMs');
        const lookup = ns('assess+summarize (profiles, traces)');
        const mapped = ns('map+assess+summarize');
        perSize[size] = {
            size,
            nsPerMailbox: {
                baselineRead: summary(read),
                baselineAlloc: summary(alloc),
                baselineCopy: summary(copy),
                assessSummarize: summary(assess),
                assessSummarizeCpu: summary(assessCpu),
                withProfilesTraces: summary(lookup),
                controlPath: summary(mapped),
            },
            /** ms for the whole fleet, one pass (wall and CPU). */
            fleetMs: summary(main.ms.map((ms) => ms / inner)),
            fleetCpuMs: summary(main.cpuMs.map((ms) => ms / inner)),
            assessMs: summary(main.assessMs.map((ms) => ms / inner)),
            summarizeMs: summary(main.summarizeMs.map((ms) => ms / inner)),
            ratioToRead: pairedRatios(assess, read),
            ratioToAlloc: pairedRatios(assess, alloc),
            ratioToCopy: pairedRatios(assess, copy),
            lookupRatio: pairedRatios(lookup, assess),
            controlPathRatio: pairedRatios(mapped, assess),
            controlPathFleetMs: summary(((raw.variants['map+assess+summarize'][size] ?? {}).ms ?? []).map((ms) => ms / inner)),
        };
    }
    const small = perSize[sizes[0]].nsPerMailbox.assessSummarize.median;
    const mid = perSize[sizes[1]].nsPerMailbox.assessSummarize.median;
    const large = perSize[sizes[sizes.length - 1]].nsPerMailbox.assessSummarize.median;
    const big = perSize[sizes[sizes.length - 1]];
    return {
        perSize,
        linearity: {
            /** ns/mailbox at 100,000 over ns/mailbox at 1,000 and at 10,000: 1 = perfectly linear. */
            largeOverSmall: large / small,
            largeOverMid: large / mid,
        },
        budget: {
            name: 'core: assess + summarize 100,000 mailboxes',
            limitMs: 100,
            medianMs: big.fleetMs.median,
            medianCpuMs: big.fleetCpuMs.median,
            met: big.fleetMs.median < 100,
            metCpu: big.fleetCpuMs.median < 100,
        },
        /** The core within 1.5× of copying the same 100,000 rows once (the median of the per-round ratios). */
        copyBudget: { limit: 1.5, ratio: big.ratioToCopy.median, met: big.ratioToCopy.median <= 1.5 },
        profile: raw.profile,
        profileMapped: raw.profileMapped,
        allocation: raw.allocation,
        generateMs: raw.generateMs,
        rounds: raw.rounds,
        columnsRead: raw.columnsRead,
        totalMs: raw.totalMs,
    };
}

function coreTable(c) {
    const lines = [];
    lines.push('| fleet | read baseline ns/mb | copy baseline ns/mb | alloc baseline ns/mb | assess+summarize ns/mb | CPU ns/mb | fleet ms: total (assess / summarize) | × read | × copy | × alloc |');
    lines.push('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
    for (const s of Object.values(c.perSize)) {
        const n = s.nsPerMailbox;
        lines.push(
            `| ${s.size.toLocaleString('en-US')} | ${spread(n.baselineRead)} | ${spread(n.baselineCopy)} | ${spread(n.baselineAlloc)} | ${spread(n.assessSummarize)} | ${fmt(n.assessSummarizeCpu.median)} | ` +
                `${fmt(s.fleetMs.median)} (${fmt(s.assessMs.median)} / ${fmt(s.summarizeMs.median)}) | ${fmt(s.ratioToRead.median)} | ${fmt(s.ratioToCopy.median)} | ${fmt(s.ratioToAlloc.median)} |`,
        );
    }
    lines.push('');
    lines.push(
        `Linearity (ns/mailbox at 100,000 ÷ at 1,000 / ÷ at 10,000): ${fmt(c.linearity.largeOverSmall)} / ${fmt(c.linearity.largeOverMid)}. ` +
            `Columns read per row: ${c.columnsRead}. Rounds: ${c.rounds}. Allocated per mailbox (assess+summarize, garbage included): ${c.allocation ? fmt(c.allocation.bytesPerMailbox) : '?'} bytes.`,
    );
    lines.push('');
    lines.push('| fleet | control path: FleetCache.get (map + assess + summarize), ns/mb | fleet ms | × assess+summarize | with profiles + traces (CLI), ns/mb | × assess+summarize |');
    lines.push('|---:|---:|---:|---:|---:|---:|');
    for (const s of Object.values(c.perSize)) {
        const n = s.nsPerMailbox;
        if (n.controlPath.n === 0) continue;
        lines.push(
            `| ${s.size.toLocaleString('en-US')} | ${spread(n.controlPath)} | ${fmt(s.controlPathFleetMs.median)} | ${fmt(s.controlPathRatio.median)} | ${spread(n.withProfilesTraces)} | ${fmt(s.lookupRatio.median)} |`,
        );
    }
    return lines;
}

function profileTable(c, top = 10) {
    const lines = ['| assess+summarize 100,000: self time | function | file | | control path 10,000: self time | function | file | | allocated | function | file |', '|---:|---|---|---|---:|---|---|---|---:|---|---|'];
    const a = c.profile.top;
    const m = c.profileMapped ? c.profileMapped.top : [];
    const b = c.allocation ? c.allocation.top : [];
    const cell = (e, v) => (e ? `${v} | ${e.fn} | ${e.file}` : ' | | ');
    for (let i = 0; i < top; i++) {
        lines.push(`| ${cell(a[i], a[i] && `${fmt(a[i].share * 100, 2)} %`)} | | ${cell(m[i], m[i] && `${fmt(m[i].share * 100, 2)} %`)} | | ${cell(b[i], b[i] && `${fmt(b[i].share * 100, 2)} %`)} |`);
    }
    return lines;
}

// ---------------------------------------------------------------------------------------------------------------
// Log reader
// ---------------------------------------------------------------------------------------------------------------

const MB = 1024 * 1024;
/** A 4 MB read faster than this is not judged for growth (see summarizeLog). */
const GROWTH_FLOOR_MS = 20;

function summarizeLog(raw) {
    const cases = raw.cases.map((c) => {
        const ms = summary(c.ms);
        const mbps = summary(c.ms.map((t) => (c.bytes * c.calls) / MB / (t / 1000)));
        const out = { name: c.name, group: c.group, bytes: c.bytes, calls: c.calls, ms, mbps };
        if (c.large) {
            const large = summary(c.large.ms);
            const perCallSmall = ms.median / c.calls;
            const perCallLarge = large.median / (c.large.calls ?? 1);
            const sizeRatio = c.large.bytes / c.bytes;
            out.large = { bytes: c.large.bytes, ms: large, mbps: summary(c.large.ms.map((t) => (c.large.bytes * (c.large.calls ?? 1)) / MB / (t / 1000))) };
            out.growth = {
                timeRatio: perCallLarge / perCallSmall,
                sizeRatio,
                normalized: perCallLarge / perCallSmall / sizeRatio,
                exponent: Math.log(perCallLarge / perCallSmall) / Math.log(sizeRatio),
                largeMsPerCall: perCallLarge,
                // Reads this fast are memory-bound (a 1 MB text fits the cache, 4 MB does not): their ratio says nothing
                // about the algorithm, and a quadratic reader would take seconds here. Only slower reads are judged.
                judged: perCallLarge >= GROWTH_FLOOR_MS,
            };
        }
        if (c.skippedLarge) out.skippedLarge = c.skippedLarge;
        return out;
    });
    const throughput = cases.filter((c) => c.group === 'throughput');
    const worstThroughput = Math.min(...throughput.map((c) => c.mbps.median));
    const patho = cases.filter((c) => c.group === 'pathological');
    const judged = patho.filter((c) => !c.growth || c.growth.judged);
    const worstGrowth = judged.length === 0 ? 0 : Math.max(...judged.map((c) => (c.growth ? c.growth.normalized : Infinity)));
    const worstCase = judged.find((c) => (c.growth ? c.growth.normalized : Infinity) === worstGrowth);
    return {
        cases,
        profile: raw.profile,
        seedSource: raw.seedSource,
        budget: {
            throughput: { name: 'log reader: throughput (worst realistic case)', limitMBps: 50, medianMBps: worstThroughput, met: worstThroughput >= 50 },
            // Linear: 4× the input costs at most ~4× the time; 2 (twice the linear expectation) allows for noise and GC.
            linear: { name: 'log reader: linear on pathological inputs', limitNormalized: 2, worstNormalized: worstGrowth, worstCase: worstCase ? worstCase.name : null, met: worstGrowth <= 2 },
        },
        totalMs: raw.totalMs,
    };
}

function logTable(l) {
    const lines = ['| input | size | MB/s median (min–max) | 4 MB ÷ 1 MB time, ÷ size ratio (1 = linear) |', '|---|---:|---:|---:|'];
    for (const c of l.cases) {
        const size = c.bytes >= MB ? `${fmt(c.bytes / MB)} MB` : `${fmt(c.bytes / KB)} KB`;
        const growth = c.growth
            ? `${fmt(c.growth.timeRatio)} ÷ ${fmt(c.growth.sizeRatio)} = ${fmt(c.growth.normalized)}${c.growth.judged ? '' : ` (4 MB in ${fmt(c.growth.largeMsPerCall, 2)} ms: not judged)`}`
            : c.skippedLarge ?? '';
        lines.push(`| ${c.name} | ${size}${c.calls > 1 ? ` × ${c.calls}` : ''} | ${spread(c.mbps)} | ${growth} |`);
    }
    if (l.profile) {
        lines.push('', `Where the time goes on seed 000's log (self time):`, '', '| share | function | file |', '|---:|---|---|');
        for (const e of l.profile.top.slice(0, 8)) lines.push(`| ${fmt(e.share * 100, 2)} % | ${e.fn} | ${e.file} |`);
    }
    return lines;
}

// ---------------------------------------------------------------------------------------------------------------
// Bundle
// ---------------------------------------------------------------------------------------------------------------

function bundleTable(b) {
    if (b.error) return [`Bundle: ${b.error}`];
    const p = b.production;
    const lines = [
        `| bundle | bytes | KB | gzip KB | brotli KB |`,
        `|---|---:|---:|---:|---:|`,
        `| ${p.path} (pcf-scripts, webpack, production) | ${p.bytes.toLocaleString('en-US')} | ${fmt(p.bytes / KB)} | ${fmt(p.gzipBytes / KB)} | ${fmt(p.brotliBytes / KB)} |`,
    ];
    if (!b.breakdown.error) {
        lines.push(`| esbuild, same entry and externals (for the breakdown) | ${b.breakdown.bytes.toLocaleString('en-US')} | ${fmt(b.breakdown.bytes / KB)} | ${fmt(b.breakdown.gzipBytes / KB)} | |`);
        lines.push('');
        lines.push(`| part | minified KB (esbuild) | share | files |`, `|---|---:|---:|---:|`);
        for (const o of b.breakdown.owners) lines.push(`| ${o.owner} | ${fmt(o.bytes / KB)} | ${fmt((o.bytes / b.breakdown.bytes) * 100, 2)} % | ${o.files} |`);
        lines.push('');
        lines.push('Largest files:');
        lines.push('');
        lines.push('| file | minified KB |', '|---|---:|');
        for (const f of b.breakdown.largestFiles.slice(0, 12)) lines.push(`| ${f.file} | ${fmt(f.bytes / KB)} |`);
    } else {
        lines.push(`Breakdown failed: ${b.breakdown.error}`);
    }
    if (b.chartJs && !b.chartJs.error) {
        const c = b.chartJs;
        lines.push('', 'chart.js alone (esbuild, minified): the floor any chart pays, the control\'s parts, and each part\'s own cost:', '');
        lines.push('| chart.js entry | bytes | gzip |', '|---|---:|---:|');
        lines.push(`| Chart, nothing registered (core, helpers, @kurkle/color) | ${c.core.bytes.toLocaleString('en-US')} | ${c.core.gzipBytes.toLocaleString('en-US')} |`);
        lines.push(`| the control's parts (${c.parts.join(', ')}) | ${c.all.bytes.toLocaleString('en-US')} | ${c.all.gzipBytes.toLocaleString('en-US')} |`);
        for (const e of c.each) lines.push(`| … of which ${e.part} alone | ${e.bytes.toLocaleString('en-US')} | ${e.gzipBytes.toLocaleString('en-US')} |`);
    } else if (b.chartJs) {
        lines.push('', `chart.js measurement failed: ${b.chartJs.error}`);
    }
    return lines;
}

// ---------------------------------------------------------------------------------------------------------------
// Budgets
// ---------------------------------------------------------------------------------------------------------------

/** One row per budget: what, limit, measured, met, margin. */
function budgets(results) {
    const rows = [];
    if (results.core && !results.core.error) {
        const b = results.core.budget;
        rows.push({ budget: 'core: assess+summarize 100,000 mailboxes (wall)', limit: '< 100 ms', measured: `${fmt(b.medianMs)} ms`, met: b.met, by: `${fmt(b.medianMs / 100)}× the limit` });
        rows.push({ budget: 'core: the same, CPU time of the process', limit: '< 100 ms', measured: `${fmt(b.medianCpuMs)} ms`, met: b.metCpu, by: `${fmt(b.medianCpuMs / 100)}× the limit` });
        const lin = results.core.linearity.largeOverSmall;
        rows.push({ budget: 'core: linear (ns/mailbox 100,000 ÷ 1,000)', limit: '≤ 2', measured: fmt(lin), met: lin <= 2, by: '' });
        const cb = results.core.copyBudget;
        rows.push({ budget: 'core: assess+summarize 100,000 ÷ copying the same rows once (wall, per-round ratios)', limit: '≤ 1.5×', measured: `${fmt(cb.ratio)}×`, met: cb.met, by: `${fmt(cb.ratio / 1.5)}× the limit` });
    }
    if (results.log && !results.log.error) {
        const t = results.log.budget.throughput;
        rows.push({ budget: 'log reader: MB/s, slowest realistic input', limit: '≥ 50 MB/s', measured: `${fmt(t.medianMBps)} MB/s`, met: t.met, by: `${fmt(t.medianMBps / 50)}× the floor` });
        const g = results.log.budget.linear;
        rows.push({ budget: 'log reader: pathological growth, 1 → 4 MB (time ratio ÷ size ratio)', limit: '≤ 2', measured: `${fmt(g.worstNormalized)}${g.worstCase ? ` (${g.worstCase})` : ''}`, met: g.met, by: '' });
    }
    if (results.bundle && !results.bundle.error) {
        const p = results.bundle.production;
        const limit = (bytes) => `≤ ${fmt(bytes / KB)} KB`;
        rows.push({ budget: 'bundle.js minified', limit: limit(BUNDLE_BYTES), measured: `${fmt(p.bytes / KB)} KB`, met: p.bytes <= BUNDLE_BYTES, by: `${fmt((p.bytes - BUNDLE_BYTES) / KB)} KB over/under` });
        rows.push({ budget: 'bundle.js gzip', limit: limit(BUNDLE_GZIP_BYTES), measured: `${fmt(p.gzipBytes / KB)} KB`, met: p.gzipBytes <= BUNDLE_GZIP_BYTES, by: `${fmt((p.gzipBytes - BUNDLE_GZIP_BYTES) / KB)} KB over/under` });
    }
    if (results.browser && results.browser.budgets) rows.push(...results.browser.budgets);
    return rows;
}

function budgetTable(rows) {
    const lines = ['| budget | limit | measured (median) | met |', '|---|---|---:|:---:|'];
    for (const r of rows) lines.push(`| ${r.budget} | ${r.limit} | ${r.measured} | ${r.met ? 'yes' : '**no**'}${r.met || !r.by ? '' : ` (${r.by})`} |`);
    return lines;
}

module.exports = { summarizeCore, coreTable, profileTable, summarizeLog, logTable, bundleTable, budgets, budgetTable, pairedRatios };
