#!/usr/bin/env node
'use strict';
/**
 * Takes the README screenshots from the harness with Debian's chromium: the fleet view (dashboard, 1,000 mailboxes),
 * one mailbox in depth (form placement) and "Explain a log" with seed 000's Download Mailbox Details log pasted in.
 * Fixed seed and "now" (the page clock starts there), so reruns give the same pictures but for a second or two.
 *
 *   node harness/screenshots.js [--out docs] [--no-build]
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const { chromium } = require('playwright-core');
const { startHarness } = require('./serve');

const NOW = '2026-11-26T09:00:00Z';
const SEED000_LOG = path.join(__dirname, '..', 'test', 'fixtures', 'logs', 'seed000.log');

/** Opens "Explain a log" and pastes seed 000's log into it, as an admin would. */
async function pasteSeed000Log(page) {
    await page.locator('[data-placement="form"]').getByRole('button', { name: 'Explain a log', exact: true }).click();
    const box = page.getByRole('textbox', { name: 'Download Mailbox Details log' });
    await box.waitFor();
    await box.fill(fs.readFileSync(SEED000_LOG, 'utf8'));
    await page.getByTestId('log-explainer').getByTestId('mailbox-detail').waitFor();
    await box.evaluate((node) => {
        node.blur();
        node.scrollTop = 0; // the log from its first line, as after a paste the reader scrolls back up
    });
}

const SHOTS = [
    { file: 'fleet-view.png', query: { placement: 'dashboard', size: 1000, seed: 1, now: NOW, latency: 50 }, fullPage: false },
    { file: 'mailbox-form.png', query: { placement: 'form', seed: 1, now: NOW, latency: 50 }, fullPage: true },
    { file: 'log-panel.png', query: { placement: 'form', seed: 1, now: NOW, latency: 50 }, fullPage: false, viewport: { width: 1400, height: 1100 }, prepare: pasteSeed000Log },
];

/** Waits until the page's host is quiet (see test/browser/browser.ts waitForIdle). */
async function waitForIdle(page, quietMs = 600, timeoutMs = 60000) {
    const deadline = Date.now() + timeoutMs;
    let last = -1;
    let quietSince = Date.now();
    for (;;) {
        const s = await page.evaluate(() => {
            const h = window.__host;
            return { busy: !h || !h.ready || h.loading || h.pendingWebApi > 0, renders: h ? h.renders : -1, errors: h ? h.errors : [] };
        });
        if (s.errors.length > 0) throw new Error(`the page reported errors: ${s.errors.join(' | ')}`);
        if (s.busy || s.renders !== last) {
            last = s.renders;
            quietSince = Date.now();
        } else if (Date.now() - quietSince >= quietMs) return;
        if (Date.now() > deadline) throw new Error('the harness did not settle');
        await page.waitForTimeout(100);
    }
}

/** Waits for the page's finite animations (row fade-ins, panel slide-in) to end; endless ones are ignored. */
async function waitForAnimations(page) {
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running' || (a.effect && a.effect.getTiming().iterations === Infinity)), undefined, { timeout: 10000 });
}

async function main() {
    const args = process.argv.slice(2);
    const outIndex = args.indexOf('--out');
    const out = path.resolve(outIndex >= 0 ? args[outIndex + 1] : path.join(__dirname, '..', 'docs'));
    fs.mkdirSync(out, { recursive: true });
    const harness = await startHarness({ port: 0, build: !args.includes('--no-build') });
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'mailboxhealth-shots-'));
    const context = await chromium.launchPersistentContext(profile, {
        executablePath: '/usr/bin/chromium',
        headless: true,
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
        viewport: { width: 1400, height: 900 },
        locale: 'en-US',
        timezoneId: 'UTC',
    });
    try {
        for (const shot of SHOTS) {
            const page = await context.newPage();
            const query = new URLSearchParams(Object.entries(shot.query).map(([k, v]) => [k, String(v)]));
            if (shot.viewport) await page.setViewportSize(shot.viewport);
            await page.goto(`${harness.url}?${query}`);
            await waitForIdle(page);
            if (shot.prepare) {
                await shot.prepare(page);
                await waitForIdle(page);
            }
            await waitForAnimations(page);
            const file = path.join(out, shot.file);
            await page.screenshot({ path: file, fullPage: shot.fullPage });
            console.log(`wrote ${path.relative(process.cwd(), file)}`);
            await page.close();
        }
    } finally {
        await context.close();
        fs.rmSync(profile, { recursive: true, force: true });
        await harness.close();
    }
}

main().catch((e) => {
    console.error(`screenshots: ${e.message}`);
    process.exit(1);
});
