'use strict';
/**
 * In-process CPU profiling with the inspector (no flags needed): run a function under the V8 sampling profiler and
 * list where the self time goes, by function and source file. Sources are recovered from esbuild's `// file.ts`
 * markers in the compiled bench file, so the report names MailboxHealth/core/… files, not out/bench/….
 */
const fs = require('fs');
const inspector = require('inspector');

function post(session, method, params) {
    return new Promise((resolve, reject) => session.post(method, params, (err, res) => (err ? reject(err) : resolve(res))));
}

/** Runs `fn` (sync or async) `times` times under the profiler; returns the raw V8 profile. */
async function profile(fn, { times = 1, intervalUs = 100 } = {}) {
    const session = new inspector.Session();
    session.connect();
    try {
        await post(session, 'Profiler.enable');
        await post(session, 'Profiler.setSamplingInterval', { interval: intervalUs });
        await post(session, 'Profiler.start');
        for (let i = 0; i < times; i++) await fn();
        const { profile: p } = await post(session, 'Profiler.stop');
        return p;
    } finally {
        session.disconnect();
    }
}

/**
 * Runs `fn` under V8's sampling heap profiler, counting objects that were already collected too, so the result is
 * what was *allocated* (garbage included), by function. Returns [{ fn, file, bytes, share }] largest first, and the
 * total sampled bytes.
 */
async function allocations(fn, bundlePath, { times = 1, intervalBytes = 1024, top = 15 } = {}) {
    const session = new inspector.Session();
    session.connect();
    let p;
    try {
        await post(session, 'HeapProfiler.enable');
        await post(session, 'HeapProfiler.startSampling', {
            samplingInterval: intervalBytes,
            includeObjectsCollectedByMajorGC: true,
            includeObjectsCollectedByMinorGC: true,
        });
        for (let i = 0; i < times; i++) await fn();
        ({ profile: p } = await post(session, 'HeapProfiler.stopSampling'));
        await post(session, 'HeapProfiler.disable');
    } finally {
        session.disconnect();
    }
    const cls = bundleClassifier(bundlePath);
    const agg = new Map();
    let total = 0;
    const walk = (node) => {
        const cf = node.callFrame;
        if (node.selfSize > 0) {
            const file = cls(cf.url, cf.lineNumber).file;
            const key = `${cf.functionName || '(anonymous)'}|${file}`;
            const e = agg.get(key) ?? { fn: cf.functionName || '(anonymous)', file, bytes: 0 };
            e.bytes += node.selfSize;
            agg.set(key, e);
            total += node.selfSize;
        }
        for (const c of node.children) walk(c);
    };
    walk(p.head);
    const list = [...agg.values()].sort((a, b) => b.bytes - a.bytes).slice(0, top).map((e) => ({ ...e, share: total > 0 ? e.bytes / total : 0 }));
    return { totalBytes: total, top: list };
}

/** Line → source file, from esbuild's `// path/to/file.ts` section markers in a non-minified bundle. */
function sourceMapper(bundlePath) {
    let markers = [];
    try {
        const lines = fs.readFileSync(bundlePath, 'utf8').split('\n');
        for (let i = 0; i < lines.length; i++) {
            const m = /^\s*\/\/ ((?:[\w.@-]+\/)*[\w.@-]+\.(?:tsx?|jsx?|mjs|cjs))$/.exec(lines[i]);
            if (m) markers.push([i, m[1]]);
        }
    } catch {
        markers = [];
    }
    return (line) => {
        let lo = 0;
        let hi = markers.length - 1;
        let found = null;
        while (lo <= hi) {
            const mid = (lo + hi) >> 1;
            if (markers[mid][0] <= line) {
                found = markers[mid][1];
                lo = mid + 1;
            } else hi = mid - 1;
        }
        return found;
    };
}

/**
 * A frame → file classifier: frames in `bundlePath` map to their source file through esbuild's markers; other
 * frames keep their URL (node internals, '(garbage collector)', '(program)').
 */
function bundleClassifier(bundlePath) {
    const mapLine = bundlePath ? sourceMapper(bundlePath) : () => null;
    const bundleUrl = bundlePath ? 'file://' + bundlePath : null;
    return (url, line) => {
        if (bundleUrl !== null && (url === bundleUrl || url === bundlePath)) return { file: mapLine(line) ?? 'bench', exact: true };
        return { file: url ? url.replace(/^.*node_modules\//, '') : '', exact: false };
    };
}

/**
 * Self time per function, largest first: [{ fn, file, line, ms, share }]. `classify` is a bundle path (see
 * bundleClassifier) or a function (url, zero-based line) → { file, exact, fn? } (fn overrides the function name,
 * e.g. for minified libraries reported as one entry).
 */
function selfTimes(p, classify, top = 15) {
    const cls = typeof classify === 'function' ? classify : bundleClassifier(classify);
    const byId = new Map(p.nodes.map((n) => [n.id, n]));
    const self = new Map();
    for (let i = 0; i < p.samples.length; i++) {
        const dt = p.timeDeltas[i + 1] ?? 0; // the delta after a sample is the time spent in it
        self.set(p.samples[i], (self.get(p.samples[i]) ?? 0) + dt);
    }
    const agg = new Map();
    let total = 0;
    for (const [id, us] of self) {
        const n = byId.get(id);
        if (!n) continue;
        const cf = n.callFrame;
        if (cf.functionName === '(idle)') continue;
        total += us;
        const c = cls(cf.url, cf.lineNumber);
        const fn = c.fn ?? (cf.functionName || '(anonymous)');
        const line = c.exact ? cf.lineNumber + 1 : null;
        const key = `${fn}|${c.file}|${c.fn ? '' : line ?? ''}`;
        const e = agg.get(key) ?? { fn, file: c.file, line: c.fn ? null : line, us: 0 };
        e.us += us;
        agg.set(key, e);
    }
    return [...agg.values()]
        .sort((a, b) => b.us - a.us)
        .slice(0, top)
        .map((e) => ({ fn: e.fn, file: e.file, line: e.line, ms: e.us / 1000, share: total > 0 ? e.us / total : 0 }));
}

/**
 * Who calls the most expensive native frames (e.g. `get clientWidth`, a forced layout): for each of the `top`
 * native entries by self time, the nearest JavaScript callers with a file, by share of that entry's time.
 * Returns [{ fn, share, callers: [{ fn, file, share }] }].
 */
function nativeCallers(p, classify, top = 4) {
    const cls = typeof classify === 'function' ? classify : bundleClassifier(classify);
    const byId = new Map(p.nodes.map((n) => [n.id, n]));
    const parent = new Map();
    for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const self = new Map();
    let total = 0;
    for (let i = 0; i < p.samples.length; i++) {
        const dt = p.timeDeltas[i + 1] ?? 0;
        self.set(p.samples[i], (self.get(p.samples[i]) ?? 0) + dt);
    }
    const natives = new Map();
    for (const [id, us] of self) {
        const n = byId.get(id);
        if (!n || n.callFrame.functionName === '(idle)') continue;
        total += us;
        if (n.callFrame.url !== '' || n.callFrame.functionName.startsWith('(')) continue;
        const e = natives.get(n.callFrame.functionName) ?? { fn: n.callFrame.functionName, us: 0, callers: new Map() };
        e.us += us;
        let up = parent.get(id);
        while (up !== undefined && byId.get(up).callFrame.url === '') up = parent.get(up);
        const caller = up === undefined ? null : byId.get(up).callFrame;
        const c = caller ? cls(caller.url, caller.lineNumber) : { file: '' };
        const key = caller ? `${caller.functionName || '(anonymous)'}|${c.file}` : '(root)|';
        e.callers.set(key, (e.callers.get(key) ?? 0) + us);
        natives.set(e.fn, e);
    }
    return [...natives.values()]
        .sort((a, b) => b.us - a.us)
        .slice(0, top)
        .map((e) => ({
            fn: e.fn,
            share: total > 0 ? e.us / total : 0,
            callers: [...e.callers.entries()]
                .sort((a, b) => b[1] - a[1])
                .slice(0, 4)
                .map(([k, us]) => ({ fn: k.split('|')[0], file: k.split('|')[1], share: us / e.us })),
        }));
}

/** Self time per source file, largest first. */
function fileTimes(p, classify) {
    const all = selfTimes(p, classify, Infinity);
    const agg = new Map();
    for (const e of all) agg.set(e.file || e.fn, (agg.get(e.file || e.fn) ?? 0) + e.share);
    return [...agg.entries()].sort((a, b) => b[1] - a[1]).map(([file, share]) => ({ file, share }));
}

module.exports = { profile, allocations, selfTimes, fileTimes, nativeCallers, sourceMapper };
