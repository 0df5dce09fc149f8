#!/usr/bin/env node
'use strict';
/**
 * `npm start`: builds the control (production mode unless --dev), bundles the harness page with esbuild and serves
 * both on http://127.0.0.1:<port>. Never opens a browser. The page mounts the BUILT bundle in a small model-driven
 * host over the embedded sample fleet; the query string picks fleet, placement and host behaviour (see README or
 * harness/src/options.ts):
 *
 *   node harness/serve.js [--port 8181] [--dev] [--no-build] [--quiet]      (PORT=… works too; --port 0 = any free)
 *   node harness/serve.js watch        (`npm start watch`, as in pac's template: pcf-scripts' own harness, watching)
 *
 * Also used in-process by the browser tests' global setup (startHarness).
 */
const fs = require('fs');
const http = require('http');
const path = require('path');
const { execFileSync, spawn } = require('child_process');
const { ensureProductionBuild, withBuildLock, OUT, ROOT } = require('../test/support/ensureBuild');

const HARNESS = __dirname;
const DIST = path.join(HARNESS, 'dist');
const DEFAULT_PORT = 8181;
const STAMP = path.join(OUT, '.production-build');

function usage() {
    return [
        'usage: node harness/serve.js [--port <n>] [--dev] [--no-build] [--quiet]',
        '       node harness/serve.js watch   (npm start watch: pcf-scripts start watch, Microsoft\'s harness with rebuilds)',
        '  --port <n>   port on 127.0.0.1 (default 8181, or $PORT; 0 picks a free one)',
        '  --dev        serve a development build of the control and development React',
        '  --no-build   serve out/controls/MailboxHealth as it is',
        '  --quiet      print only the URL',
    ].join('\n');
}

function parseArgs(argv, env) {
    const args = { port: env.PORT !== undefined && env.PORT !== '' ? Number(env.PORT) : DEFAULT_PORT, dev: false, build: true, quiet: false };
    for (let i = 0; i < argv.length; i++) {
        const a = argv[i];
        if (a === 'watch' && i === 0) args.watch = true;
        else if (a === '--dev') args.dev = true;
        else if (a === '--no-build') args.build = false;
        else if (a === '--quiet') args.quiet = true;
        else if (a === '--port' || a.startsWith('--port=')) args.port = Number(a.includes('=') ? a.slice(7) : argv[++i]);
        else if (a === '--help' || a === '-h') args.help = true;
        else throw new Error(`unknown option ${a}\n${usage()}`);
    }
    if (!Number.isInteger(args.port) || args.port < 0 || args.port > 65535) throw new Error(`the port must be a whole number from 0 to 65535\n${usage()}`);
    return args;
}

/** A development build of the control, under the same lock as ensureProductionBuild; clears its production stamp. */
function developmentBuild() {
    withBuildLock(() => {
        // The stamp says "this bundle is a fresh production build": a development build must not keep it.
        fs.rmSync(STAMP, { force: true });
        execFileSync(path.join(ROOT, 'node_modules', '.bin', 'pcf-scripts'), ['build'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    });
}

/** Builds the control if needed. Returns { mode, ms }. */
function buildControl({ dev }) {
    const started = Date.now();
    try {
        if (dev) developmentBuild();
        else ensureProductionBuild();
    } catch (e) {
        const output = [e.stdout, e.stderr].filter(Boolean).map(String).join('\n').trim();
        throw new Error(`the control did not build (${dev ? 'development' : 'production'} mode)${output ? `:\n${output.split('\n').slice(-30).join('\n')}` : `: ${e.message}`}`);
    }
    return { mode: dev ? 'development' : 'production', ms: Date.now() - started };
}

/** Bundles harness/src into harness/dist/clock.js (runs first) and host.js. Returns the time taken in ms. */
async function bundleHarness({ dev }) {
    const started = Date.now();
    await require('esbuild').build({
        entryPoints: { host: path.join(HARNESS, 'src', 'main.ts'), clock: path.join(HARNESS, 'src', 'clockEntry.ts') },
        outdir: DIST,
        bundle: true,
        format: 'iife',
        platform: 'browser',
        target: ['chrome100', 'firefox100', 'safari15'],
        sourcemap: true,
        minify: false,
        define: { 'process.env.NODE_ENV': dev ? '"development"' : '"production"' },
        logLevel: 'warning',
    });
    return Date.now() - started;
}

const TYPES = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.map': 'application/json; charset=utf-8',
    '.xml': 'application/xml; charset=utf-8',
    '.resx': 'application/xml; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
    '.json': 'application/json; charset=utf-8',
    '.png': 'image/png',
    '.svg': 'image/svg+xml',
    '.woff': 'font/woff',
    '.woff2': 'font/woff2',
};

const NODE_MODULES = path.join(ROOT, 'node_modules');
const FLUENT_UMD = path.join(NODE_MODULES, '@fluentui', 'react', 'dist', 'fluentui-react.umd.js');
const ICON_FONTS = path.join(NODE_MODULES, '@fluentui', 'font-icons-mdl2', 'fonts');
/**
 * Fluent's UMD build registers its icon fonts from a Microsoft CDN as it loads (initializeIcons()). A model-driven
 * host serves its platform Fluent with the fonts from its own servers; the harness does the same from
 * @fluentui/font-icons-mdl2, so the page works offline and logs no failed requests.
 */
const ICON_CDN = 'https://spoprod-a.akamaihd.net/files/fabric/assets/icons/';
const LOCAL_ICONS = '/lib/fonts/icons/';

function libraryFiles(dev) {
    const flavour = dev ? 'development' : 'production.min';
    return {
        '/lib/react.js': path.join(NODE_MODULES, 'react', 'umd', `react.${flavour}.js`),
        '/lib/react-dom.js': path.join(NODE_MODULES, 'react-dom', 'umd', `react-dom.${flavour}.js`),
        '/lib/fluent.js': FLUENT_UMD,
    };
}

let fluentCache = null;
/** The Fluent UMD with its icon base URL pointing at the harness (read once). */
function fluentSource() {
    if (fluentCache === null) {
        const text = fs.readFileSync(FLUENT_UMD, 'utf8');
        if (!text.includes(ICON_CDN)) console.warn(`harness: ${FLUENT_UMD} no longer names ${ICON_CDN}; icons may load from the network`);
        fluentCache = Buffer.from(text.split(ICON_CDN).join(LOCAL_ICONS));
    }
    return fluentCache;
}

/** The file a URL path maps to, or null. Only the harness, the built control and the three libraries are served. */
function resolveFile(urlPath, dev) {
    const fixed = {
        '/': path.join(HARNESS, 'index.html'),
        '/index.html': path.join(HARNESS, 'index.html'),
        ...libraryFiles(dev),
    };
    if (fixed[urlPath]) return fixed[urlPath];
    const within = (base, rel) => {
        const file = path.resolve(base, rel);
        return file.startsWith(base + path.sep) ? file : null;
    };
    if (/^\/(host|clock)\.js(\.map)?$/.test(urlPath)) return path.join(DIST, urlPath.slice(1));
    if (urlPath.startsWith(LOCAL_ICONS)) return within(ICON_FONTS, decodeURIComponent(urlPath.slice(LOCAL_ICONS.length)));
    if (urlPath.startsWith('/control/')) return within(OUT, decodeURIComponent(urlPath.slice('/control/'.length)));
    return null;
}

function createServer({ dev }) {
    return http.createServer((req, res) => {
        const urlPath = new URL(req.url, 'http://localhost').pathname;
        if (req.method !== 'GET' && req.method !== 'HEAD') {
            res.writeHead(405, { Allow: 'GET, HEAD' }).end();
            return;
        }
        const file = resolveFile(urlPath, dev);
        if (!file) {
            res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`not found: ${urlPath}\n`);
            return;
        }
        const read = file === FLUENT_UMD ? (callback) => callback(null, fluentSource()) : (callback) => fs.readFile(file, callback);
        read((err, body) => {
            if (err) {
                res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`not found: ${urlPath}\n`);
                return;
            }
            res.writeHead(200, {
                'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream',
                'Content-Length': body.length,
                'Cache-Control': 'no-store',
            });
            res.end(req.method === 'HEAD' ? undefined : body);
        });
    });
}

function listen(server, port) {
    return new Promise((resolve, reject) => {
        server.once('error', (e) => {
            if (e.code === 'EADDRINUSE') reject(new Error(`port ${port} is in use: start with --port <n> or PORT=<n> (0 picks a free port)`));
            else reject(e);
        });
        server.listen(port, '127.0.0.1', () => resolve(server.address().port));
    });
}

/**
 * Builds (unless build: false), bundles and serves. Resolves to { url, port, timings, close() }.
 * @param {{ port?: number, dev?: boolean, build?: boolean }} options
 */
async function startHarness(options = {}) {
    const dev = Boolean(options.dev);
    const timings = {};
    if (options.build !== false) timings.controlBuildMs = buildControl({ dev }).ms;
    if (!fs.existsSync(path.join(OUT, 'bundle.js'))) throw new Error(`no control bundle at ${path.join(OUT, 'bundle.js')}: run without --no-build`);
    timings.harnessBundleMs = await bundleHarness({ dev });
    const started = Date.now();
    const server = createServer({ dev });
    const port = await listen(server, options.port === undefined ? DEFAULT_PORT : options.port);
    timings.listenMs = Date.now() - started;
    return {
        url: `http://127.0.0.1:${port}/`,
        port,
        timings,
        close: () =>
            new Promise((resolve) => {
                server.close(() => resolve());
                server.closeAllConnections();
            }),
    };
}

async function main() {
    // Ctrl+C or a kill during the (synchronous) build waits until the build has released its lock, then exits:
    // a lock left behind would make every other build wait five minutes.
    const early = () => process.exit(130);
    process.on('SIGINT', early);
    process.on('SIGTERM', early);
    let args;
    try {
        args = parseArgs(process.argv.slice(2), process.env);
    } catch (e) {
        console.error(e.message);
        process.exit(2);
    }
    if (args.help) {
        console.log(usage());
        return;
    }
    if (args.watch) {
        // The pac template's `npm start watch` is `pcf-scripts start watch`: a development build, Microsoft's harness
        // (pcf-start) and a rebuild on every save. Hand over to it, keeping its output and its exit code.
        process.off('SIGINT', early);
        process.off('SIGTERM', early);
        const child = spawn(path.join(ROOT, 'node_modules', '.bin', 'pcf-scripts'), ['start', 'watch'], { cwd: ROOT, stdio: 'inherit' });
        for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
        child.on('exit', (code, signal) => process.exit(code ?? (signal ? 130 : 1)));
        return;
    }
    const say = args.quiet ? () => {} : (line) => console.log(line);
    say(args.build ? (args.dev ? 'Building the control in development mode…' : 'Building the control in production mode (skipped when up to date)…') : 'Serving out/controls/MailboxHealth as it is.');
    let harness;
    try {
        harness = await startHarness({ port: args.port, dev: args.dev, build: args.build });
    } catch (e) {
        console.error(`npm start: ${e.message}`);
        process.exit(1);
    }
    const t = harness.timings;
    say(`Control ${t.controlBuildMs === undefined ? 'not rebuilt' : `ready in ${(t.controlBuildMs / 1000).toFixed(1)} s`}, harness bundled in ${t.harnessBundleMs} ms.`);
    console.log(`MailboxHealth harness: ${harness.url}`);
    say(
        [
            'Try:',
            `  ${harness.url}?size=1000&placement=dashboard`,
            `  ${harness.url}?placement=form`,
            `  ${harness.url}?size=10000&latency=400`,
            `  ${harness.url}?columns=minimal        (a view without the health columns, no addColumn)`,
            `  ${harness.url}?placement=form&noPrivilege=1&theme=dark`,
            'Press Ctrl+C to stop.',
        ].join('\n'),
    );
    const stop = () => harness.close().then(() => process.exit(0));
    process.off('SIGINT', early);
    process.off('SIGTERM', early);
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
}

module.exports = { startHarness, bundleHarness, buildControl, parseArgs, resolveFile, DEFAULT_PORT };

if (require.main === module) main();
