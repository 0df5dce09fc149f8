/**
 * Calmer timelines, in a real browser (sample fleet, seed 1): a healthy row whose last error is older than its last
 * success shows no red failure mark, the list has one legend of its marks, and the sync timeline chart on the form
 * draws its labels (Now, Last error, Last attempt, Next processing) without any two intersecting.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { launchBrowser, openHarness, saveScreenshot, SCREENSHOT_DIR, waitForIdle, type Browser } from './browser';
import { fleet, fleetTruth, pageErrors, waitForShown } from './control';

jest.setTimeout(180000);

let browser: Browser;
const seen: string[] = [];

async function open(query: Record<string, string | number>): Promise<Page> {
    const harness = await openHarness(browser, { seed: 1, size: 1000, latency: 0, ...query }, 90000);
    harness.page.setDefaultTimeout(15000);
    await waitForIdle(harness.page);
    seen.push(...harness.errors);
    return harness.page;
}

/** Healthy mailboxes whose last error is older than their last success, from the host's records (the raw columns). */
async function healthyWithOldError(page: Page): Promise<{ id: string; email: string; errorAt: number; successAt: number }[]> {
    const healthy = new Set((await fleetTruth(page)).filter((m) => m.state === 'healthy').map((m) => m.id));
    const records = await page.evaluate(() => {
        type Rec = { getValue(c: string): unknown };
        const ds = (window.__host.context as { parameters: { mailboxes: { sortedRecordIds: string[]; records: Record<string, Rec> } } }).parameters.mailboxes;
        const time = (v: unknown): number => (v instanceof Date ? v.getTime() : typeof v === 'string' ? Date.parse(v) : NaN);
        return ds.sortedRecordIds.map((id) => {
            const r = ds.records[id];
            return { id, email: String(r.getValue('emailaddress') ?? ''), errorAt: time(r.getValue('lastsyncerroroccurredon')), successAt: time(r.getValue('lastsuccessfulsynccompletedon')) };
        });
    });
    return records.filter((r) => healthy.has(r.id) && Number.isFinite(r.errorAt) && Number.isFinite(r.successAt) && r.errorAt < r.successAt);
}

/** The marks and text alternative of the one row the list shows. */
async function onlyRowTimeline(page: Page): Promise<{ marks: string[]; label: string; health: string | null }> {
    const row = fleet(page).locator('[role="row"][data-item-index="0"]');
    const svg = row.locator('svg[data-sparkline]');
    return {
        marks: await svg.locator('[data-mark]').evaluateAll((els) => els.map((e) => e.getAttribute('data-mark') ?? '')),
        label: (await svg.getAttribute('aria-label')) ?? '',
        health: await row.locator('[data-health]').first().getAttribute('data-health'),
    };
}

type Box = { id: string; text: string; left: number; right: number; top: number; bottom: number };

async function chartLabels(page: Page): Promise<{ boxes: Box[]; width: number; height: number }> {
    const canvas = page.getByRole('region', { name: 'Sync timeline' }).locator('canvas');
    await canvas.page().waitForFunction((node) => (node as HTMLCanvasElement).hasAttribute('data-labels'), await canvas.elementHandle());
    return canvas.evaluate((node) => {
        const c = node as HTMLCanvasElement;
        return { boxes: JSON.parse(c.getAttribute('data-labels') ?? '[]') as Box[], width: c.clientWidth, height: c.clientHeight };
    });
}

function intersect(a: Box, b: Box): boolean {
    return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

beforeAll(async () => {
    fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
    browser = await launchBrowser();
});

afterAll(async () => {
    await browser?.close();
});

describe('the list of mailboxes', () => {
    let page: Page;

    beforeAll(async () => {
        page = await open({});
    });

    it('has one legend of the timeline marks above the list, and the Timeline column is named by it', async () => {
        const legend = fleet(page).getByTestId('timeline-legend');
        await legend.waitFor();
        expect(await legend.count()).toBe(1);
        const text = await legend.innerText();
        for (const words of ['last success', 'current error', 'earlier error (history)', 'last attempt', 'next processing', 'overdue', 'now']) expect(text).toContain(words);
        // Each entry shows the symbol the rows draw.
        expect(await legend.locator('[data-legend] svg').count()).toBe(7);
        expect(await legend.locator('[data-mark]').evaluateAll((els) => els.map((e) => e.getAttribute('data-mark')))).toEqual(['success', 'error', 'error-history', 'attempt', 'next', 'next-late']);
        // The Timeline column's header is described by the legend in words (and shows it as its tooltip).
        const header = fleet(page).locator('[role="columnheader"][data-item-key="timeline"]');
        const describedBy = (await header.getAttribute('aria-describedby')) ?? (await header.locator('[aria-describedby]').first().getAttribute('aria-describedby'));
        expect(await page.locator(`[id="${describedBy}"]`).innerText()).toMatch(/^Timeline marks: last success, current error, earlier error \(history\), last attempt, next processing, overdue, now/);
        const box = await legend.boundingBox();
        expect(box?.height).toBeLessThanOrEqual(24); // one line
        await saveScreenshot(page, 'timeline-rows');
    });

    it('draws marks big enough to see: 9–14 px, the muted history cross 7 px', async () => {
        const sizes = await fleet(page)
            .locator('svg[data-sparkline] [data-mark]')
            .evaluateAll((els) =>
                els.slice(0, 300).map((e) => {
                    const r = (e as SVGGraphicsElement).getBBox();
                    return { kind: e.getAttribute('data-mark') ?? '', size: Math.max(r.width, r.height) };
                }),
            );
        expect(sizes.length).toBeGreaterThan(10);
        // The muted history cross is 7 px (plus its stroke); every other mark 9–14 px (plus stroke).
        expect(Math.min(...sizes.filter((m) => m.kind === 'error-history').map((m) => m.size), 7)).toBeGreaterThanOrEqual(7);
        expect(Math.min(...sizes.filter((m) => m.kind !== 'error-history').map((m) => m.size))).toBeGreaterThanOrEqual(9);
    });

    it('shows no red failure mark on a healthy row whose last error is older than its last success', async () => {
        const candidates = await healthyWithOldError(page);
        // The sample fleet has them (else this test proves nothing): check a few, far apart in the list.
        expect(candidates.length).toBeGreaterThan(10);
        const search = fleet(page).getByRole('searchbox');
        const picked = [candidates[0], candidates[Math.floor(candidates.length / 2)], candidates[candidates.length - 1]];
        for (const m of picked) {
            await search.fill(m.email);
            await waitForShown(page, 1);
            const t = await onlyRowTimeline(page);
            expect(t.health).toBe('healthy');
            expect(t.marks).not.toContain('error');
            expect(t.marks).toEqual(expect.arrayContaining(['success']));
            expect(t.label).not.toContain('current error');
            expect(t.label).toMatch(/^Timeline: last success /);
            // Within the sparkline's week it is drawn as history (muted); older, it is left out.
            const withinWeek = Date.parse('2026-11-26T09:00:00Z') - m.errorAt < 7 * 24 * 3600_000;
            expect(t.marks.includes('error-history')).toBe(withinWeek);
        }
        await search.fill('');
        // A mix of states, as an admin sorting by name sees them: the picture for docs/timeline-row.png.
        await fleet(page).locator('[role="columnheader"][data-item-key="name"] [role="button"]').first().click();
        await page.waitForTimeout(300);
        const status = await fleet(page).getByTestId('list-status').boundingBox();
        const list = await fleet(page).getByTestId('mailbox-list').boundingBox();
        if (status && list) await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'timeline-row.png'), clip: { x: Math.max(0, list.x - 6), y: status.y - 6, width: list.width + 12, height: Math.min(list.y + list.height, status.y + 520) - status.y + 6 } });
    });

    it('still shows the red mark on a failing row', async () => {
        const failing = (await fleetTruth(page)).find((m) => m.scenario !== '' && m.state === 'failing');
        expect(failing).toBeDefined();
        const email = await page.evaluate((id) => {
            type Rec = { getValue(c: string): unknown };
            const ds = (window.__host.context as { parameters: { mailboxes: { records: Record<string, Rec> } } }).parameters.mailboxes;
            return String(ds.records[id].getValue('emailaddress'));
        }, failing?.id ?? '');
        await fleet(page).getByRole('searchbox').fill(email);
        await waitForShown(page, 1);
        const t = await onlyRowTimeline(page);
        expect(t.marks).toContain('error');
        expect(t.label).toMatch(/^Timeline: current error /);
        await fleet(page).getByRole('searchbox').fill('');
    });
});

describe('the sync timeline chart on the form', () => {
    let page: Page;

    beforeAll(async () => {
        page = await open({ placement: 'form' });
    });

    it.each(['Around now', '± 1 hour', 'Last day', 'Last week', 'Everything'])('labels close instants without overlap (%s)', async (range) => {
        const timeline = page.getByRole('region', { name: 'Sync timeline' });
        await timeline.getByRole('button', { name: range, exact: true }).click();
        await page.waitForTimeout(200);
        const { boxes, width } = await chartLabels(page);
        expect(boxes.map((b) => b.id)).toContain('now');
        if (range === 'Around now') expect(boxes.map((b) => b.id)).toEqual(expect.arrayContaining(['now', 'last-error', 'last-attempt']));
        for (const [i, a] of boxes.entries()) {
            expect(a.left).toBeGreaterThanOrEqual(0);
            expect(a.right).toBeLessThanOrEqual(width);
            expect(a.top).toBeGreaterThanOrEqual(0);
            for (const b of boxes.slice(i + 1)) expect([a.id, b.id, intersect(a, b)]).toEqual([a.id, b.id, false]);
        }
    });

    it('keeps the text table complete beside the chart', async () => {
        const timeline = page.getByRole('region', { name: 'Sync timeline' });
        await timeline.getByRole('button', { name: 'Around now', exact: true }).click();
        const events = await timeline.locator('table [data-event]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-event')));
        expect(events).toEqual(expect.arrayContaining(['now', 'last-attempt', 'last-error', 'last-success', 'next-processing', 'postponed-until']));
        await page.waitForTimeout(200);
        await timeline.screenshot({ path: path.join(SCREENSHOT_DIR, 'timeline-chart.png') });
        // "ResizeObserver loop completed" comes from the form's layout and shows on main (e4f6a83) without these
        // changes too; any other error fails the test.
        expect((await pageErrors(page, seen)).filter((e) => !e.includes('ResizeObserver loop completed'))).toEqual([]);
    });
});
