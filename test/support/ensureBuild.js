'use strict';
/**
 * Makes sure out/controls/MailboxHealth holds a *production* build that is newer than every source file, building
 * it once if not. Used by `npm run build:prod`, `npm run pack`, `npm start`, the browser tests' global setup and the
 * solution-zip and bundle tests, which may run in parallel jest workers: a lock directory keeps two builds from
 * writing out/controls at the same time.
 *
 * Whatever ran before is no reason to trust the bundle: the stamp records the SHA-256 of the bundle it vouches for,
 * so a later `npm run build` (development), `pcf-scripts start` or a half-written bundle makes it stale, and
 * `npm run clean` removes it with out/.
 */
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');

const ROOT = path.join(__dirname, '..', '..');
const OUT = path.join(ROOT, 'out', 'controls', 'MailboxHealth');
const BUNDLE = path.join(OUT, 'bundle.js');
const STAMP = path.join(OUT, '.production-build');
const LOCK = path.join(ROOT, 'out', '.build.lock');

function newestSourceMtime(dir) {
    let newest = 0;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        if (entry.name === 'generated') continue;
        const p = path.join(dir, entry.name);
        const t = entry.isDirectory() ? newestSourceMtime(p) : fs.statSync(p).mtimeMs;
        if (t > newest) newest = t;
    }
    return newest;
}

/** Webpack's development output (eval devtool): such a bundle is never a production build, whatever a stamp says. */
const DEV_BUNDLE_MARKERS = ['The "eval" devtool has been used', '//# sourceURL=webpack://'];

/** Where the build lives; tests pass their own temporary folders. */
const PATHS = { bundle: BUNDLE, stamp: STAMP, sources: path.join(ROOT, 'MailboxHealth') };

function bundleDigest(paths) {
    return crypto.createHash('sha256').update(fs.readFileSync(paths.bundle)).digest('hex');
}

/** Records that the bundle now in place is a production build. */
function writeStamp(paths = PATHS) {
    fs.writeFileSync(paths.stamp, JSON.stringify({ builtAt: new Date().toISOString(), sha256: bundleDigest(paths) }));
}

/** The stamp: which bundle a production build wrote, and when. */
function readStamp(paths) {
    try {
        const stamp = JSON.parse(fs.readFileSync(paths.stamp, 'utf8'));
        return stamp && typeof stamp.sha256 === 'string' ? stamp : null;
    } catch {
        return null; // missing, or an old plain-text stamp: not trusted
    }
}

/**
 * Why the build in out/controls cannot be used as the production build, or null when it can: no bundle, no stamp,
 * a bundle that is not the one stamped (a development build or pcf-scripts' watch rewrote it), a development bundle,
 * or a source newer than the stamp.
 */
function staleReason(paths = PATHS) {
    if (!fs.existsSync(paths.bundle)) return 'no bundle';
    const stamp = readStamp(paths);
    if (!stamp) return 'no production stamp';
    if (stamp.sha256 !== bundleDigest(paths)) return 'the bundle was rebuilt since the production build (development build?)';
    const text = fs.readFileSync(paths.bundle, 'utf8');
    if (DEV_BUNDLE_MARKERS.some((m) => text.includes(m))) return 'the bundle is a development build';
    if (fs.statSync(paths.stamp).mtimeMs < newestSourceMtime(paths.sources)) return 'a source changed since the build';
    return null;
}

function isFresh() {
    return staleReason() === null;
}

function sleep(ms) {
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Runs fn while holding the build lock, so that two builds never write out/controls at the same time. */
function withBuildLock(fn) {
    fs.mkdirSync(path.dirname(LOCK), { recursive: true });
    const deadline = Date.now() + 5 * 60 * 1000;
    for (;;) {
        try {
            fs.mkdirSync(LOCK);
            break;
        } catch (e) {
            if (e.code !== 'EEXIST') throw e;
            // A stale lock (a killed build) older than 5 minutes is taken over.
            if (Date.now() - fs.statSync(LOCK).mtimeMs > 5 * 60 * 1000) fs.rmdirSync(LOCK);
            if (Date.now() > deadline) throw new Error('waited 5 minutes for another build of the control');
            sleep(250);
        }
    }
    try {
        return fn();
    } finally {
        fs.rmdirSync(LOCK);
    }
}

/** Builds the control in production mode unless a fresh production build is there. Returns the bundle path. */
function ensureProductionBuild() {
    if (isFresh()) return BUNDLE;
    return withBuildLock(() => {
        if (!isFresh()) {
            const started = Date.now();
            let output = '';
            try {
                output = execFileSync(path.join(ROOT, 'node_modules', '.bin', 'pcf-scripts'), ['build', '--buildMode', 'production'], {
                    cwd: ROOT,
                    stdio: ['ignore', 'pipe', 'pipe'],
                    encoding: 'utf8',
                });
            } catch (e) {
                output = `${e.stdout || ''}${e.stderr || ''}`;
                throw new Error(`pcf-scripts build failed:\n${output.slice(-4000)}`);
            }
            // pcf-scripts exits 0 even when its build fails: trust only "[build] Succeeded" and a manifest it rewrote.
            const manifest = path.join(OUT, 'ControlManifest.xml');
            const rewritten = fs.existsSync(manifest) && fs.statSync(manifest).mtimeMs >= started - 1000;
            if (/\[build\] Failed/.test(output) || !/\[build\] Succeeded/.test(output) || !rewritten || !fs.existsSync(BUNDLE)) {
                throw new Error(`pcf-scripts build failed:\n${output.slice(-4000)}`);
            }
            if (DEV_BUNDLE_MARKERS.some((m) => fs.readFileSync(BUNDLE, 'utf8').includes(m))) {
                throw new Error('pcf-scripts build --buildMode production wrote a development bundle');
            }
            writeStamp();
        }
        return BUNDLE;
    });
}

module.exports = { ensureProductionBuild, withBuildLock, staleReason, writeStamp, OUT, BUNDLE, STAMP, ROOT };
