#!/usr/bin/env node
'use strict';
/**
 * Regenerates the README's pictures from the current production build, in the harness with the embedded sample
 * fleet, at a fixed "now" (the browser tests' TEST_NOW) and 1400 px wide:
 *
 *   node scripts/screenshots.js [--out docs] [--no-build]
 *
 *   docs/fleet-view.png    the dashboard tile over 1,000 mailboxes (chips, doughnut, totals, the list)
 *   docs/mailbox-form.png  the mailbox form (the first failing mailbox by name), the whole page
 *   docs/log-panel.png     "Explain a log" with seed 000's log pasted (test/fixtures/logs/seed000.log)
 *
 * It drives Debian's chromium with the browser tests' own helpers (test/browser/browser.ts, bundled in memory with
 * esbuild), so it waits for the same things they do: the host idle, animations finished, charts drawn.
 */
const fs = require('fs');
const path = require('path');
const esbuild = require('esbuild');
const { startHarness } = require('../harness/serve');

const ROOT = path.join(__dirname, '..');
const WIDTH = 1400;

/** The browser tests' helpers, bundled in memory (playwright-core stays an ordinary require). */
function loadHelpers() {
    const out = esbuild.buildSync({
        entryPoints: [path.join(ROOT, 'test', 'browser', 'browser.ts')],
        bundle: true,
        platform: 'node',
        format: 'cjs',
        external: ['playwright-core', 'axe-core'],
        write: false,
        logLevel: 'error',
    });
    const module = { exports: {} };
    new Function('module', 'exports', 'require', '__dirname', out.outputFiles[0].text)(module, module.exports, require, path.join(ROOT, 'test', 'browser'));
    return module.exports;
}

function parseArgs(argv) {
    const args = { out: path.join(ROOT, 'docs'), build: true };
    for (let i = 0; i < argv.length; i++) {
        if (argv[i] === '--out' && argv[i + 1]) args.out = path.resolve(argv[++i]);
        else if (argv[i] === '--no-build') args.build = false;
        else throw new Error(`unknown argument ${argv[i]}\nusage: node scripts/screenshots.js [--out docs] [--no-build]`);
    }
    return args;
}

/** Waits until a canvas has drawn something (Chart.js renders after layout). */
async function waitForCanvas(locator) {
    await locator.waitFor();
    await locator.page().waitForFunction(
        (canvas) => {
            const ctx = canvas.getContext('2d');
            if (!ctx || canvas.width === 0) return false;
            const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
            let painted = 0;
            for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) painted++;
            return painted > 2000;
        },
        await locator.elementHandle(),
        { timeout: 15000 },
    );
}

const SHOTS = [
    {
        file: 'fleet-view.png',
        query: { size: 1000, placement: 'dashboard' },
        viewport: { width: WIDTH, height: 900 },
        async prepare(page, h) {
            await waitForCanvas(page.locator('[data-placement="fleet"] canvas').first());
            await h.waitForIdle(page);
        },
        fullPage: false,
    },
    {
        file: 'mailbox-form.png',
        query: { placement: 'form' },
        viewport: { width: WIDTH, height: 900 },
        async prepare(page, h) {
            await h.waitForIdle(page);
            await waitForCanvas(page.getByRole('region', { name: 'Sync timeline' }).locator('canvas').first());
        },
        fullPage: true,
    },
    {
        file: 'log-panel.png',
        query: { placement: 'form' },
        viewport: { width: WIDTH, height: 1100 },
        async prepare(page, h) {
            await h.waitForIdle(page);
            await page.locator('[data-placement="form"]').getByRole('button', { name: 'Explain a log', exact: true }).click();
            const dialog = page.getByRole('dialog', { name: 'Explain a log' });
            const box = dialog.getByRole('textbox', { name: 'Download Mailbox Details log' });
            await box.fill(fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'logs', 'seed000.log'), 'utf8'));
            const detail = dialog.getByRole('article', { name: 'The mailbox in this log' });
            await waitForCanvas(detail.getByRole('region', { name: 'Sync timeline' }).locator('canvas'));
            await box.evaluate((node) => node.scrollTo(0, 0));
            await h.waitForIdle(page);
        },
        fullPage: false,
    },
];

async function main() {
    const args = parseArgs(process.argv.slice(2));
    const helpers = loadHelpers();
    const harness = await startHarness({ port: 0, build: args.build });
    process.env.MAILBOXHEALTH_HARNESS_URL = harness.url;
    const browser = await helpers.launchBrowser({ width: WIDTH, height: 900 });
    try {
        fs.mkdirSync(args.out, { recursive: true });
        for (const shot of SHOTS) {
            const { page, errors } = await helpers.openHarness(browser, shot.query);
            await page.setViewportSize(shot.viewport);
            await shot.prepare(page, helpers);
            await helpers.waitForAnimations(page);
            await page.evaluate(() => document.activeElement && document.activeElement.blur && document.activeElement.blur());
            const file = path.join(args.out, shot.file);
            await page.screenshot({ path: file, fullPage: shot.fullPage });
            if (errors.length > 0) throw new Error(`${shot.file}: the page reported errors:\n${errors.join('\n')}`);
            console.log(`${path.relative(ROOT, file)} (${fs.statSync(file).size} bytes)`);
            await page.close();
        }
    } finally {
        await browser.close();
        await harness.close();
    }
}

if (require.main === module) {
    main().catch((error) => {
        console.error(error instanceof Error ? error.message : String(error));
        process.exit(1);
    });
}

module.exports = { parseArgs, SHOTS };
