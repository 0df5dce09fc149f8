'use strict';
/**
 * Global setup of the `browser` jest project: makes sure Debian's chromium is there (installing it with apt when
 * we are root, as in CI), makes sure out/controls holds a fresh production build, bundles the harness page and
 * serves it on a free port of 127.0.0.1. The URL goes to the test workers through MAILBOXHEALTH_HARNESS_URL (they
 * are started after this runs); globalTeardown closes the server.
 */
const fs = require('fs');
const { execFileSync } = require('child_process');
const { startHarness } = require('../../harness/serve');

const CHROMIUM = '/usr/bin/chromium';

function ensureChromium() {
    if (fs.existsSync(CHROMIUM)) return;
    const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
    if (!isRoot) {
        throw new Error(
            `${CHROMIUM} is missing. Install Debian's chromium package (the tests never download a browser):\n` +
                '    sudo apt-get update && sudo apt-get install -y chromium',
        );
    }
    console.log(`\n${CHROMIUM} is missing: installing Debian's chromium package…`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env });
    if (!fs.existsSync(CHROMIUM)) throw new Error(`apt-get installed chromium but ${CHROMIUM} is still missing`);
}

module.exports = async function globalSetup() {
    ensureChromium();
    const harness = await startHarness({ port: 0, build: true });
    globalThis.__MAILBOXHEALTH_HARNESS__ = harness;
    process.env.MAILBOXHEALTH_HARNESS_URL = harness.url;
    const t = harness.timings;
    console.log(`\nharness ${harness.url} (control build ${(t.controlBuildMs / 1000).toFixed(1)} s, harness bundle ${t.harnessBundleMs} ms)`);
};
