'use strict';
/**
 * Makes sure out/controls/MailboxHealth holds a *production* build that is newer than every source file, building
 * it once if not. Used by the browser tests' global setup and by the solution-zip tests, which may run in parallel
 * jest workers: a lock directory keeps two builds from writing out/controls at the same time.
 */
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

function isFresh() {
    if (!fs.existsSync(BUNDLE) || !fs.existsSync(STAMP)) return false;
    return fs.statSync(STAMP).mtimeMs >= newestSourceMtime(path.join(ROOT, 'MailboxHealth'));
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
            fs.writeFileSync(STAMP, new Date().toISOString());
        }
        return BUNDLE;
    });
}

module.exports = { ensureProductionBuild, withBuildLock, OUT, BUNDLE, ROOT };
