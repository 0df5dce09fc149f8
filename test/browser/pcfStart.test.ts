/**
 * The production build in Microsoft's own test harness (pcf-start, a devDependency), a host we did not write:
 *
 * - pcf-start serves out/controls/MailboxHealth with its page (node_modules/pcf-start/index.html), which asks unpkg
 *   for React 16.14's UMD files; the test answers those from node_modules and refuses every other request that
 *   leaves the machine (Fluent's fonts on Microsoft's CDNs: the icon font is answered from
 *   @fluentui/font-icons-mdl2, the Segoe UI text fonts are refused and counted).
 * - Its datasets always name the table `account` (its fixed sample view, `EntityLogicalName:"account"` in
 *   harness.js). The first test runs it as it is; the others answer harness.js with that one name changed to
 *   `mailbox`, the only change made to Microsoft's page.
 * - Its refresh(), addColumn() and paging calls only log; its container div warns "NaN is an invalid value for the
 *   width css style property" while its own Width/Height fields are empty (its code, not ours): the tests fill
 *   them, as a maker does, and the harness keeps them in localStorage.
 *
 * Data: test/fixtures/pcf-start/sample-fleet.csv (node scripts/sample-csv.js: the sample fleet of 50 mailboxes
 * at TEST_NOW, with each mailbox's expected state), loaded through the harness's own file input, each column's type
 * chosen in its panel (sample-fleet.types.json), then Apply.
 */
import { spawn, type ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { launchBrowser, newPage, saveScreenshot, TEST_NOW, type Browser } from './browser';
import { renderedRows, stateChip, toNumber } from './control';
import { HEALTH_STATES } from '../../MailboxHealth/core/types';

const ROOT = path.join(__dirname, '..', '..');
const PCF_START = path.join(ROOT, 'node_modules', 'pcf-start');
const CONTROL = path.join(ROOT, 'out', 'controls', 'MailboxHealth');
const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'pcf-start');
const CSV = path.join(FIXTURES, 'sample-fleet.csv');
const TYPES: Record<string, string> = (JSON.parse(fs.readFileSync(path.join(FIXTURES, 'sample-fleet.types.json'), 'utf8')) as { types: Record<string, string> }).types;
const ICON_CDN = 'https://spoprod-a.akamaihd.net/files/fabric/assets/icons/';
const ICON_FONTS = path.join(ROOT, 'node_modules', '@fluentui', 'font-icons-mdl2', 'fonts');
/** Segoe UI from Microsoft's CDNs: not in node_modules, refused; each refusal is one "Failed to load resource". */
const TEXT_FONT = /^https:\/\/(static2\.sharepointonline\.com|res-1\.cdn\.office\.net|res\.cdn\.office\.net)\/.*\/fonts\/segoeui-[^/]+\/segoeui-[a-z]+\.woff2?$/;
const ACCOUNT_TABLE = 'EntityLogicalName:"account"';

jest.setTimeout(180_000);

let harness: ChildProcess;
let url: string;
let browser: Browser;

/** Starts pcf-start (what `pcf-scripts start` runs) on the built control; browser-sync picks a free port from 8181. */
function startPcfStart(): Promise<{ child: ChildProcess; url: string }> {
    if (!fs.existsSync(path.join(CONTROL, 'bundle.js'))) throw new Error(`no build in ${CONTROL}: the browser project's global setup builds it`);
    const child = spawn(process.execPath, [path.join(PCF_START, 'bin', 'pcf-start.js'), '--codePath', CONTROL], {
        cwd: ROOT,
        env: { ...process.env, PP_TOOLS_TELEMETRY_OPTOUT: 'true' },
        detached: true, // its own process group, so that afterAll ends browser-sync's children with it
        stdio: ['ignore', 'pipe', 'pipe'],
    });
    return new Promise((resolve, reject) => {
        let output = '';
        const timer = setTimeout(() => reject(new Error(`pcf-start printed no URL within 60 s:\n${output}`)), 60_000);
        const read = (chunk: Buffer): void => {
            output += chunk.toString();
            const m = /Local:\s*(http:\/\/\S+)/.exec(output);
            if (m) {
                clearTimeout(timer);
                resolve({ child, url: m[1].replace(/\/?$/, '/') });
            }
        };
        child.stdout?.on('data', read);
        child.stderr?.on('data', read);
        child.on('exit', (code) => reject(new Error(`pcf-start exited with ${code}:\n${output}`)));
    });
}

beforeAll(async () => {
    ({ child: harness, url } = await startPcfStart());
    browser = await launchBrowser({ width: 1400, height: 1000 });
});

afterAll(async () => {
    await browser?.close();
    if (harness?.pid) {
        try {
            process.kill(-harness.pid, 'SIGTERM');
        } catch {
            // already gone
        }
    }
});

interface Opened {
    readonly page: Page;
    /** Console errors and warnings, page errors. */
    readonly problems: string[];
    /** console.log lines of the harness (it logs every dataset method the control calls). */
    readonly logs: string[];
}

/**
 * Opens Microsoft's harness offline; `table: 'mailbox'` renames its sample view's table; `at` fixes the page's
 * clock (the sample fleet's instant) while timers keep running.
 */
async function open(table: 'account' | 'mailbox', at?: string): Promise<Opened> {
    const { page } = await newPage(browser);
    const problems: string[] = [];
    const logs: string[] = [];
    page.on('console', (m) => {
        // Chromium's "Failed to load resource" line names no address in its text; its location is the resource.
        const resource = /^Failed to load resource/.test(m.text()) ? ` <${m.location().url}>` : '';
        if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}${resource}`);
        else if (m.type() === 'log') logs.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(`page: ${e.message}`));
    await page.route(
        (u) => !u.href.startsWith(url),
        async (route) => {
            const requested = route.request().url();
            const react = /^https:\/\/unpkg\.com\/(react|react-dom)@16\.14\.0\/umd\/([\w.-]+\.js)$/.exec(requested);
            if (react) return route.fulfill({ path: path.join(ROOT, 'node_modules', react[1], 'umd', react[2]), contentType: 'text/javascript' });
            if (requested.startsWith(ICON_CDN)) return route.fulfill({ path: path.join(ICON_FONTS, path.basename(new URL(requested).pathname)), contentType: 'font/woff' });
            if (!TEXT_FONT.test(requested)) problems.push(`unexpected request to ${requested}`);
            return route.abort();
        },
    );
    if (table === 'mailbox') {
        await page.route(`${url}harness.js`, async (route) => {
            const original = fs.readFileSync(path.join(PCF_START, 'harness.js'), 'utf8');
            if (original.split(ACCOUNT_TABLE).length !== 2) throw new Error(`pcf-start's harness.js no longer names its sample table once as ${ACCOUNT_TABLE}`);
            await route.fulfill({ body: original.replace(ACCOUNT_TABLE, 'EntityLogicalName:"mailbox"'), contentType: 'text/javascript' });
        });
    }
    if (at) await page.clock.setFixedTime(new Date(at));
    await page.goto(url);
    return { page, problems, logs };
}

/** Fills the harness's own container Width/Height fields (it keeps them in localStorage) and reloads. */
async function sizeContainer(o: Opened): Promise<void> {
    const [width, height] = [o.page.locator('input[type="number"][aria-describedby="number-inputs"]').nth(0), o.page.locator('input[type="number"][aria-describedby="number-inputs"]').nth(1)];
    await width.fill('1000');
    await height.fill('800');
    await o.page.waitForTimeout(300);
    o.problems.length = 0;
    await o.page.reload();
}

/** Loads a CSV through the harness's file input, picks each column's type in its panel, and applies. */
async function loadCsv(page: Page, file: string, types: Record<string, string>): Promise<void> {
    await page.setInputFiles('#mailboxesInput', file);
    const panels = page.locator('.io-panel:has(.key-value-pair-key:text-is("Column"))');
    await panels.first().waitFor();
    const count = await panels.count();
    for (let i = 0; i < count; i++) {
        const panel = panels.nth(i);
        const column = (await panel.locator('.key-value-pair-value span').first().textContent())?.trim() ?? '';
        if (types[column]) await panel.locator('select').selectOption(types[column]);
    }
    await page.getByRole('button', { name: 'Apply the data' }).click();
}

/**
 * Console problems other than the refused Segoe UI font requests: each logs "Failed to load resource" with the font's
 * address as its location. Matched by address, not counted: under load a refusal made before `sizeContainer`'s
 * reload can log after it.
 */
function unexpected(o: Opened): string[] {
    return o.problems.filter((p) => {
        const failed = /^error: Failed to load resource: net::ERR_FAILED <(.*)>$/.exec(p);
        return !(failed && TEXT_FONT.test(failed[1]));
    });
}

/** The count a health chip shows. */
async function chipCount(page: Page, code: string): Promise<number> {
    const text = (await stateChip(page, code).innerText()).split('\n').map((t) => t.trim()).filter((t) => /^[\d,]+$/.test(t));
    return toNumber(text[text.length - 1] ?? 'NaN');
}

function spinner(page: Page) {
    return page.locator('[data-mailboxhealth] .ms-Spinner, [data-mailboxhealth] [aria-busy="true"]');
}

describe("MailboxHealth in Microsoft's test harness (pcf-start)", () => {
    it('says, within 10 s and without a spinner, that its account view is not a mailbox view, and calls nothing on it', async () => {
        const o = await open('account');
        const message = o.page.getByText('Mailbox Health reads mailboxes, but this view lists the account table. Choose a view of the Mailbox table for this control.');
        await message.waitFor({ timeout: 10_000 });
        expect(await spinner(o.page).count()).toBe(0);
        expect(o.logs.filter((l) => /addColumn|refresh|loadNextPage|reset/.test(l))).toEqual([]);
        await o.page.close();
    });

    it('gives a clear message within 10 s and no spinner on a dataset without the mailbox columns, and on an empty one', async () => {
        const o = await open('mailbox');
        await sizeContainer(o);
        // The harness's sample rows carry none of the health columns; its addColumn and refresh only log: one
        // refresh, then the control renders what is there and says what is missing.
        await o.page.locator('[data-mailboxhealth] [data-message="missing-columns"], [data-mailboxhealth] :text("columns the health rules read")').first().waitFor({ timeout: 10_000 });
        expect(await spinner(o.page).count()).toBe(0);
        // Once per control instance: pcf-start sometimes loads the page twice (each load logs "Resource file
        // 'bundle.js' loaded." and starts a new instance), so count from the last load.
        const lastLoad = o.logs.map((l) => /Resource file 'bundle\.js' loaded/.test(l)).lastIndexOf(true);
        expect(lastLoad).toBeGreaterThanOrEqual(0);
        expect(o.logs.slice(lastLoad).filter((l) => /\brefresh\b/.test(l)).length).toBeLessThanOrEqual(1);

        const empty = path.join(FIXTURES, 'empty-view.csv');
        await loadCsv(o.page, empty, { mailboxid: 'SingleLine.Text', name: 'SingleLine.Text' });
        await o.page.getByText('This view has no mailboxes.').waitFor({ timeout: 10_000 });
        expect(await spinner(o.page).count()).toBe(0);
        expect(unexpected(o)).toEqual([]);
        await o.page.close();
    });

    it('shows the totals, chips and list of the sample fleet loaded from a CSV, with no console errors or React warnings', async () => {
        const o = await open('mailbox', TEST_NOW);
        await sizeContainer(o);
        await loadCsv(o.page, CSV, TYPES);
        const rows = fs.readFileSync(CSV, 'utf8').trim().split(/\r?\n/).slice(1);
        const header = fs.readFileSync(CSV, 'utf8').split(/\r?\n/)[0].split(',');
        const expected = new Map<string, number>();
        for (const line of rows) {
            const state = line.split(',').pop() as string;
            expected.set(state, (expected.get(state) ?? 0) + 1);
        }
        const status = o.page.getByTestId('list-status');
        await status.filter({ hasText: `Showing ${rows.length} of ${rows.length} mailboxes` }).waitFor({ timeout: 15_000 });
        expect(await spinner(o.page).count()).toBe(0);

        // The list holds every mailbox of the CSV; each row it renders has the state the CSV expects for it.
        await o.page.evaluate(() => window.scrollTo(0, 0));
        expect(await o.page.getByRole('grid', { name: 'Mailboxes' }).getAttribute('aria-rowcount')).toBe(String(rows.length + 1));
        const emailAt = header.indexOf('emailaddress');
        const stateOf = new Map(rows.map((l) => [l.split(',')[emailAt], l.split(',').pop() as string]));
        const listed = await renderedRows(o.page);
        expect(listed.length).toBeGreaterThan(5);
        for (const row of listed) expect([row.email, row.health]).toEqual([row.email, stateOf.get(row.email)]);

        // Every chip (the folded ones too, after "+n more") counts what the CSV expects; "All mailboxes" counts all.
        expect(await chipCount(o.page, 'all')).toBe(rows.length);
        const more = o.page.getByRole('group', { name: 'Filter by health' }).locator('[aria-expanded="false"]');
        if ((await more.count()) > 0) await more.first().click();
        const shownChips = await o.page.locator('[data-chip]').evaluateAll((els) => els.map((e) => e.getAttribute('data-chip') ?? ''));
        const stateChips = [...new Set(shownChips.filter((c) => (HEALTH_STATES as readonly string[]).includes(c)))];
        expect(stateChips.length).toBeGreaterThan(0);
        for (const state of stateChips) {
            const text = (await o.page.locator(`[data-chip="${state}"]`).first().innerText()).split('\n').map((t) => t.trim()).filter((t) => /^[\d,]+$/.test(t));
            expect([state, toNumber(text[text.length - 1] ?? 'NaN')]).toEqual([state, expected.get(state) ?? 0]);
        }

        await o.page.keyboard.press('Escape');
        await o.page.evaluate(() => window.scrollTo(0, 0));
        await saveScreenshot(o.page, 'pcf-start');
        expect(unexpected(o)).toEqual([]);
        await o.page.close();
    });
});
