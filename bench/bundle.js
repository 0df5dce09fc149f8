'use strict';
/**
 * Bundle benchmark (docs/performance.md): the production bundle.js that pcf-scripts (webpack) builds, in bytes and gzip bytes,
 * and what takes the space.
 *
 * pcf-scripts does not emit webpack stats, so the per-module breakdown comes from an esbuild metafile for the same
 * entry (MailboxHealth/index.ts), minified, with the same externals as pcf-scripts gives webpack for the manifest's
 * platform libraries (`react` → Reactv16, `@fluentui/react` and `@fluentui/react/…` → FluentUIReactv8290; react-dom
 * is not external, as the `pcfReactPlatformLibraries` feature is off). The two totals are printed side by side: the
 * breakdown is a share of esbuild's total, which the report compares with webpack's.
 */
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const esbuild = require('esbuild');
const { ensureProductionBuild, ROOT } = require('../test/support/ensureBuild');

/** The bundle budgets (docs/performance.md §Budgets). */
const BUDGET = { minifiedBytes: 300 * 1024, gzipBytes: 100 * 1024 };

/** The externals pcf-scripts 1.51 gives webpack for `<platform-library name="React" version="16.14.0">` and Fluent 8.29. */
const PLATFORM_GLOBALS = [
    { filter: /^react$/, global: 'Reactv16' },
    { filter: /^@fluentui\/react(?:\/.*)?$/, global: 'FluentUIReactv8290' },
];

function gzipBytes(buf) {
    return zlib.gzipSync(buf, { level: 9 }).length;
}

function platformExternals(globals = PLATFORM_GLOBALS) {
    return {
        name: 'pcf-platform-libraries',
        setup(build) {
            for (const { filter } of globals) build.onResolve({ filter }, (args) => ({ path: args.path, namespace: 'pcf-platform' }));
            build.onLoad({ filter: /.*/, namespace: 'pcf-platform' }, (args) => {
                const g = globals.find((p) => p.filter.test(args.path)).global;
                return { contents: `module.exports = ${g};`, loader: 'js' };
            });
        },
    };
}

/**
 * For CPU profiles only: React (and react-dom, which Fluent's sources import) from the page, Fluent bundled from its
 * ES module sources (@fluentui/react 8.29.0, the same version as the platform's UMD build), so Fluent's frames are
 * named by module instead of one minified blob.
 */
const PROFILE_GLOBALS = [
    { filter: /^react$/, global: 'Reactv16' },
    { filter: /^react-dom$/, global: 'ReactDOM' },
];

/** pcf-scripts' webpack output.library (constants.TEMP_NAMESPACE). */
const PCF_GLOBAL = 'pcf_tools_652ac3f36e1e4bca82eb3c1dc44e6fad';

const EXTENSIONS = ['.ts', '.tsx', '.mts', '.js', '.jsx', '.mjs'];

/** True when `file` exists with exactly this case (esbuild matches directory entries case-insensitively). */
function existsExactly(file) {
    try {
        return fs.readdirSync(path.dirname(file)).includes(path.basename(file)) && fs.statSync(file).isFile();
    } catch {
        return false;
    }
}

/**
 * Resolves relative imports case-sensitively, in webpack's extension order, as pcf-scripts does on Linux: esbuild
 * would take `./Sparkline` for `./sparkline` when both `Sparkline.tsx` and `sparkline.ts` exist.
 */
function exactCaseRelative() {
    return {
        name: 'exact-case-relative',
        setup(build) {
            build.onResolve({ filter: /^\.\.?\// }, (args) => {
                const base = path.resolve(args.resolveDir, args.path);
                const candidates = [base, ...EXTENSIONS.map((e) => base + e), ...EXTENSIONS.map((e) => path.join(base, 'index' + e))];
                const hit = candidates.find(existsExactly);
                return hit ? { path: hit } : undefined;
            });
        },
    };
}

/** Where an input file belongs: an npm package (`chart.js`, `date-fns`…) or a folder of our own code. */
function ownerOf(input) {
    const nm = input.lastIndexOf('node_modules/');
    if (nm >= 0) {
        const rest = input.slice(nm + 'node_modules/'.length).split('/');
        return rest[0].startsWith('@') ? rest[0] + '/' + rest[1] : rest[0];
    }
    if (input.startsWith('pcf-platform:')) return '(platform library stubs)';
    const m = /^MailboxHealth\/([^/]+)\//.exec(input);
    if (m) return 'MailboxHealth/' + m[1] + '/';
    return input;
}

/**
 * esbuild over the control's entry as pcf-scripts bundles it: the platform libraries external, webpack's extension
 * order, case-sensitive relative imports, an IIFE in pcf-scripts' global. `minify: false` gives the readable build
 * the browser profile uses (function names and `// file` markers survive).
 */
async function buildLikePcf({ outfile, minify = true, metafile = false, globals = PLATFORM_GLOBALS }) {
    return esbuild.build({
        entryPoints: [path.join(ROOT, 'MailboxHealth', 'index.ts')],
        absWorkingDir: ROOT,
        bundle: true,
        minify,
        format: 'iife',
        globalName: PCF_GLOBAL,
        // What pcf-scripts emits: tsconfig's ES2020 kept as it is (its bundle.js holds native object spread and `??`).
        // es2017 lowered spread into helpers that took 15% of the readable build's profile, a cost production never pays.
        target: 'es2020',
        platform: 'browser',
        define: { 'process.env.NODE_ENV': '"production"' },
        metafile,
        legalComments: 'none',
        outfile,
        logLevel: 'silent',
        // webpack's resolve.extensions order in pcf-scripts (`.ts` before `.tsx`).
        resolveExtensions: EXTENSIONS,
        plugins: [platformExternals(globals), exactCaseRelative()],
    });
}

/** The registration stub pcf-scripts appends to bundle.js (webpackConfig.js generateStub), for this manifest. */
function registrationStub() {
    const manifest = fs.readFileSync(path.join(ROOT, 'MailboxHealth', 'ControlManifest.Input.xml'), 'utf8');
    const ns = /namespace="([^"]+)"/.exec(manifest)[1];
    const ctor = /constructor="([^"]+)"/.exec(manifest)[1];
    return (
        `\nif (window.ComponentFramework && window.ComponentFramework.registerControl) {\n` +
        `\tComponentFramework.registerControl('${ns}.${ctor}', ${PCF_GLOBAL}.${ctor});\n` +
        `} else {\n\tvar ${ns} = ${ns} || {};\n\t${ns}.${ctor} = ${PCF_GLOBAL}.${ctor};\n\t${PCF_GLOBAL} = undefined;\n}`
    );
}

/**
 * A readable (not minified) bundle.js equivalent, with the registration stub, for CPU profiles; Fluent bundled from
 * its sources (PROFILE_GLOBALS). Returns its path.
 */
async function buildReadableBundle(outDir) {
    const outfile = path.join(outDir, 'bundle.readable.js');
    await buildLikePcf({ outfile, minify: false, globals: PROFILE_GLOBALS });
    fs.appendFileSync(outfile, registrationStub(), 'utf8');
    return outfile;
}

/** The esbuild build of the same entry with a metafile: per-input minified bytes. */
async function esbuildBreakdown(outDir) {
    const outfile = path.join(outDir, 'bundle.esbuild.js');
    const result = await buildLikePcf({ outfile, minify: true, metafile: true });
    const out = result.metafile.outputs[path.relative(ROOT, outfile)] ?? Object.values(result.metafile.outputs)[0];
    const inputs = Object.entries(out.inputs).map(([file, v]) => ({ file, bytes: v.bytesInOutput, owner: ownerOf(file) }));
    const byOwner = new Map();
    for (const i of inputs) {
        const e = byOwner.get(i.owner) ?? { owner: i.owner, bytes: 0, files: 0 };
        e.bytes += i.bytes;
        e.files++;
        byOwner.set(i.owner, e);
    }
    const code = fs.readFileSync(outfile);
    return {
        bytes: code.length,
        gzipBytes: gzipBytes(code),
        owners: [...byOwner.values()].sort((a, b) => b.bytes - a.bytes),
        largestFiles: inputs.sort((a, b) => b.bytes - a.bytes).slice(0, 25),
        files: inputs.length,
    };
}

/** The chart.js parts the control registers: the names in every `Chart.register(…)` under MailboxHealth/view. */
function registeredChartParts(dir = path.join(ROOT, 'MailboxHealth', 'view')) {
    const parts = new Set();
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) for (const p of registeredChartParts(file)) parts.add(p);
        else if (/\.tsx?$/.test(entry.name)) {
            for (const m of fs.readFileSync(file, 'utf8').matchAll(/Chart\.register\(([^)]*)\)/g)) {
                for (const name of m[1].split(',').map((n) => n.trim()).filter(Boolean)) parts.add(name);
            }
        }
    }
    return [...parts].sort();
}

/**
 * What chart.js costs on its own: esbuild builds (minified, same target) of an entry that creates a Chart with
 * nothing registered (the floor any chart.js chart pays: core, helpers, @kurkle/color), with every part the control
 * registers, and with all of them but one (that part's own cost: what dropping it alone would save).
 */
async function chartJsCost(outDir, parts = registeredChartParts()) {
    const measure = async (names) => {
        const entry = path.join(outDir, 'chartjs-entry.js');
        const list = names.join(', ');
        fs.writeFileSync(entry, `import { Chart${names.length ? ', ' + list : ''} } from 'chart.js';\n${names.length ? `Chart.register(${list});\n` : ''}window.__chart = (canvas, config) => new Chart(canvas, config);\n`);
        const r = await esbuild.build({ entryPoints: [entry], absWorkingDir: ROOT, bundle: true, minify: true, format: 'iife', target: 'es2017', legalComments: 'none', write: false, logLevel: 'silent' });
        const code = Buffer.from(r.outputFiles[0].contents);
        return { bytes: code.length, gzipBytes: gzipBytes(code) };
    };
    const core = await measure([]);
    const all = await measure(parts);
    const each = [];
    for (const part of parts) {
        const without = await measure(parts.filter((p) => p !== part));
        each.push({ part, bytes: all.bytes - without.bytes, gzipBytes: all.gzipBytes - without.gzipBytes });
    }
    return { parts, core, all, each: each.sort((a, b) => b.bytes - a.bytes) };
}

/**
 * Measures the production bundle (building it if stale) and the breakdown. Returns a JSON-able result; an error
 * building is reported, not thrown, so the other benchmarks still run.
 */
async function runBundleBench({ log = () => undefined } = {}) {
    const started = Date.now();
    let bundlePath;
    try {
        log('bundle: making sure out/controls/MailboxHealth holds a fresh production build (pcf-scripts)…');
        bundlePath = ensureProductionBuild();
    } catch (e) {
        const detail = [e.stdout, e.stderr].filter(Boolean).map(String).join('\n').split('\n').filter((l) => /error|Error/.test(l)).slice(0, 12).join('\n');
        return { error: `production build failed: ${e.message.split('\n')[0]}\n${detail}` };
    }
    const code = fs.readFileSync(bundlePath);
    const production = {
        path: path.relative(ROOT, bundlePath),
        bytes: code.length,
        gzipBytes: gzipBytes(code),
        brotliBytes: zlib.brotliCompressSync(code).length,
        builtAt: fs.statSync(bundlePath).mtime.toISOString(),
    };
    const outDir = path.join(ROOT, 'out', 'bench');
    fs.mkdirSync(outDir, { recursive: true });
    let breakdown;
    try {
        breakdown = await esbuildBreakdown(outDir);
    } catch (e) {
        breakdown = { error: String(e.message || e).split('\n').slice(0, 6).join('\n') };
    }
    let chartJs;
    try {
        chartJs = await chartJsCost(outDir);
    } catch (e) {
        chartJs = { error: String(e.message || e).split('\n').slice(0, 6).join('\n') };
    }
    return {
        budget: BUDGET,
        production,
        chartJs,
        within: { minified: production.bytes <= BUDGET.minifiedBytes, gzip: production.gzipBytes <= BUDGET.gzipBytes },
        breakdown,
        totalMs: Date.now() - started,
    };
}

module.exports = { runBundleBench, esbuildBreakdown, buildReadableBundle, chartJsCost, registeredChartParts, BUDGET, gzipBytes };

if (require.main === module) {
    runBundleBench({ log: console.error }).then((r) => console.log(JSON.stringify(r, null, 2)));
}
