/**
 * Readable reasons in a real browser: on the mailbox form (the harness's form placement, seed 1,
 * the first failing mailbox), every reason is a sentence without logical column names, each reason's columns sit
 * behind its own "Columns (n)" disclosure, and neither a sentence nor a column name ever breaks inside a word — also
 * in a narrow form column. Measured with the browser's own line boxes (Range.getClientRects), not with CSS guesses.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Locator, Page } from 'playwright-core';
import { MAILBOX_COLUMNS, PROFILE_COLUMNS } from '../../MailboxHealth/core/types';
import { launchBrowser, openHarness, runAxe, saveScreenshot, SCREENSHOT_DIR, waitForIdle, type Browser } from './browser';
import { pageErrors } from './control';

jest.setTimeout(120000);

const started = Date.now();
const LOGICAL_NAME = new RegExp(`\\b(${([...MAILBOX_COLUMNS, ...PROFILE_COLUMNS] as string[]).filter((c) => c !== 'name' && c !== 'queue').join('|')})\\b`);
const SINGULAR_SLIP = /(?<![\d.,:])\b1 (minutes|hours|retries|tries|errors|failures|mailboxes|items|cycles|times|alerts)\b/;

/**
 * Words of the element's text that the browser laid out over more than one line: a word cut in two. Each text node
 * is measured word by word (between spaces), so a wrap between words or at a <wbr> (a new text node) is fine.
 */
async function wordsBrokenAcrossLines(scope: Locator): Promise<string[]> {
    return scope.evaluateAll((nodes) => {
        const broken: string[] = [];
        for (const node of nodes) {
            const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
            for (let t = walker.nextNode() as Text | null; t !== null; t = walker.nextNode() as Text | null) {
                const text = t.data;
                const re = /\S+/g;
                for (let m = re.exec(text); m !== null; m = re.exec(text)) {
                    const range = document.createRange();
                    range.setStart(t, m.index);
                    range.setEnd(t, m.index + m[0].length);
                    const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
                    if (tops.size > 1) broken.push(m[0]);
                }
            }
        }
        return broken;
    });
}

const browsers: Browser[] = [];

/**
 * Chromium's "ResizeObserver loop completed with undelivered notifications" is reported as the form loads, on main
 * before this change too (e4f6a83, at 1400, 1100 and 420 px), and not by opening a disclosure: it is left to the owner
 * of the form's layout. Every other console or page error fails.
 */
async function errorsOf(page: Page, seen: readonly string[]): Promise<string[]> {
    return (await pageErrors(page, seen)).filter((e) => !/ResizeObserver loop completed with undelivered notifications/.test(e));
}

afterAll(async () => {
    for (const b of browsers) await b.close();
    console.log(`browser suite reasons.test.ts: ${((Date.now() - started) / 1000).toFixed(1)} s`);
});

/** The form in a browser window of this width (a window of its own: resizing a laid-out page is not what is tested). */
async function openForm(width: number): Promise<{ page: Page; errors: string[]; why: Locator; article: Locator }> {
    const browser = await launchBrowser({ width, height: 1000 });
    browsers.push(browser);
    const harness = await openHarness(browser, { seed: 1, size: 50, latency: 20, apiLatency: 40, placement: 'form' }, 60000);
    const { page } = harness;
    page.setDefaultTimeout(10000);
    await waitForIdle(page);
    const name = await page.evaluate(() => window.__host.formMailbox?.name ?? '');
    const article = page.getByRole('article', { name });
    await article.waitFor();
    // The header's "Why" list: the heading, then the list right after it.
    const why = article.locator('header').locator('xpath=.//h3[normalize-space()="Why"]/following-sibling::ul[1]');
    await why.waitFor();
    return { page, errors: harness.errors, why, article };
}

describe('reasons on the mailbox form (seed 1, first failing mailbox)', () => {
    let page: Page;
    let errors: string[];
    let why: Locator;
    let article: Locator;

    beforeAll(async () => {
        ({ page, errors, why, article } = await openForm(1100));
    });

    it('says every reason as a sentence with no logical column name in it and no singular slip', async () => {
        const sentences = await article.locator('[data-reason-text]').allInnerTexts();
        expect(sentences.length).toBeGreaterThanOrEqual(6); // the header's reasons and each workload card's
        for (const s of sentences) {
            expect(s).toMatch(/^[A-Z0-9].+\.$/); // a sentence may open with its count: "7 retries left before …"
            expect(s).not.toMatch(LOGICAL_NAME);
            expect(s).not.toMatch(SINGULAR_SLIP);
        }
        // Nowhere on the detail a count with the wrong plural, or a label repeated as its value.
        const all = await article.innerText();
        expect(all).not.toMatch(SINGULAR_SLIP);
        expect(all).not.toMatch(/Next processing\s+Next processing/);
        expect(all).not.toMatch(/— (promoted|failed)/);
    });

    it('keeps the columns of each reason behind a closed "Columns (n)" disclosure that opens to list them', async () => {
        const items = why.locator(':scope > li[data-reason]');
        const n = await items.count();
        expect(n).toBeGreaterThanOrEqual(3);
        let withColumns = 0;
        for (let i = 0; i < n; i++) {
            const item = items.nth(i);
            const toggle = item.locator('[data-columns-toggle]');
            if ((await toggle.count()) === 0) continue;
            withColumns++;
            const list = item.locator('[data-reason-columns]');
            expect(await toggle.getAttribute('aria-expanded')).toBe('false');
            expect(await list.isVisible()).toBe(false);
            const label = await toggle.innerText();
            const count = Number(/^Columns \((\d+)\)$/.exec(label)?.[1] ?? NaN);
            expect(count).toBeGreaterThan(0);
            await toggle.click();
            expect(await toggle.getAttribute('aria-expanded')).toBe('true');
            await list.waitFor({ state: 'visible' });
            const names = await list.locator('[data-column]').evaluateAll((nodes) => nodes.map((c) => [c.textContent, c.getAttribute('data-column')]));
            expect(names).toHaveLength(count);
            for (const [text, column] of names) {
                expect(text).toBe(column);
                expect(text).toMatch(/^[a-z0-9_.]+$/);
            }
        }
        expect(withColumns).toBeGreaterThanOrEqual(3);
        // Keyboard: the toggle is a button, Enter closes it again.
        const first = why.locator('[data-columns-toggle]').first();
        await first.focus();
        await page.keyboard.press('Enter');
        expect(await first.getAttribute('aria-expanded')).toBe('false');
        await page.keyboard.press('Enter');
        expect(await first.getAttribute('aria-expanded')).toBe('true');
    });

    it('breaks no word of a sentence or a column name across lines, and has no serious accessibility violations', async () => {
        expect(await wordsBrokenAcrossLines(article.locator('[data-reason-text], [data-column]'))).toEqual([]);
        expect(await runAxe(page, ['[data-placement="form"]'])).toEqual([]);
        expect(await errorsOf(page, errors)).toEqual([]);
        await saveScreenshot(page, 'reasons-form');
        // The header alone: the last reason's disclosure closed again (both states shown), no focus ring, some margin.
        const last = why.locator('[data-columns-toggle]').last();
        await last.click();
        expect(await last.getAttribute('aria-expanded')).toBe('false');
        await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
        const box = await article.locator('header').boundingBox();
        if (box === null) throw new Error('the header has no box');
        const shot = path.join(SCREENSHOT_DIR, 'reasons-header.png');
        await page.screenshot({ path: shot, clip: { x: Math.max(0, box.x - 12), y: Math.max(0, box.y - 4), width: box.width + 24, height: box.height + 16 } });
        const workloads = article.locator('ul:has(> li[data-workload-card])');
        await workloads.locator('[data-columns-toggle]').first().click();
        await workloads.screenshot({ path: await saveScreenshot(page, 'reasons-workloads') });
        expect(fs.statSync(shot).size).toBeGreaterThan(10_000);
    });
});

describe("reasons in the host's dark theme", () => {
    it('keeps the Columns disclosures and the names readable (no serious axe violation, open and closed)', async () => {
        const browser = await launchBrowser({ width: 1100, height: 1000 });
        browsers.push(browser);
        const harness = await openHarness(browser, { seed: 1, size: 50, latency: 20, apiLatency: 40, placement: 'form', theme: 'dark' }, 60000);
        const { page } = harness;
        await waitForIdle(page);
        const toggles = page.locator('[data-columns-toggle]');
        expect(await toggles.count()).toBeGreaterThanOrEqual(6);
        await toggles.first().click();
        expect(await page.locator('[data-reason-columns]:visible').count()).toBe(1);
        expect(await runAxe(page, ['[data-placement="form"]'])).toEqual([]);
        expect(await errorsOf(page, harness.errors)).toEqual([]);
        await saveScreenshot(page, 'reasons-dark');
    });
});

describe('reasons in a narrow form column (420 px)', () => {
    it('wraps long column names between their words and sentences between words, never inside one', async () => {
        const { page, article, errors } = await openForm(420);
        const toggles = article.locator('[data-columns-toggle]');
        const n = await toggles.count();
        expect(n).toBeGreaterThanOrEqual(6);
        for (let i = 0; i < n; i++) await toggles.nth(i).click();
        const names = article.locator('[data-column]');
        // At this width some long names do not fit beside their neighbours or on one line: they wrap, at a <wbr>.
        const wrapped = await names.evaluateAll((nodes) => nodes.filter((c) => new Set([...c.getClientRects()].map((r) => Math.round(r.top))).size > 1).map((c) => c.getAttribute('data-column')));
        const widest = await names.evaluateAll((nodes) => Math.max(...nodes.map((c) => c.getBoundingClientRect().width)));
        const column = await article.evaluate((a) => a.getBoundingClientRect().width);
        expect(widest).toBeLessThanOrEqual(column);
        expect(await wordsBrokenAcrossLines(article.locator('[data-reason-text], [data-column]'))).toEqual([]);
        expect(await errorsOf(page, errors)).toEqual([]);
        await saveScreenshot(page, 'reasons-narrow', { fullPage: true });

        // Narrower than any name (a page zoomed to 400 % in a form column): every long name must wrap, at <wbr> only.
        const lists = article.locator('[data-reason-columns]');
        await lists.evaluateAll((nodes) => nodes.forEach((l) => ((l as HTMLElement).style.width = '120px')));
        const squeezed = await names.evaluateAll((nodes) => nodes.filter((c) => new Set([...c.getClientRects()].map((r) => Math.round(r.top))).size > 1).map((c) => c.getAttribute('data-column') as string));
        expect(squeezed).toEqual(expect.arrayContaining(['postponemailboxprocessinguntil', 'lastsuccessfulsynccompletedon']));
        expect(await wordsBrokenAcrossLines(article.locator('[data-column]'))).toEqual([]);
        await article.locator('[data-reason-columns]').first().scrollIntoViewIfNeeded();
        await saveScreenshot(page, 'reasons-squeezed');
        console.log(`narrow form: ${n} Columns disclosures opened; names wrapped at 420 px: ${wrapped.join(', ') || 'none'}; at 120 px, wrapped between words: ${squeezed.length} of ${await names.count()}`);
    });
});
