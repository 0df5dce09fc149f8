/**
 * "Recent alerts" end to end in a real browser: the harness's 1,000-mailbox fleet with its seeded alert history (an
 * Exchange outage 5 to 4 hours before now on 40% of the mailboxes, a TLS expiry on the hybrid profile's mailboxes
 * still happening, a trickle of item errors), read through the harness Web API with next-links. Load, no privilege,
 * a 429 then success, the cap, an error filtering the list, a bar narrowing the window, the keyboard and axe.
 */
import type { Locator, Page } from 'playwright-core';
import { launchBrowser, openHarness, runAxe, saveScreenshot, waitForIdle, type Browser, type HarnessPage } from './browser';
import { listStatus, pageErrors } from './control';

jest.setTimeout(180000);

let browser: Browser;
const opened: HarnessPage[] = [];

/** Opens the dashboard and the section (collapsed at first in a 760 px tile, so the list comes first). */
async function open(query: Record<string, string | number>): Promise<HarnessPage> {
    const harness = await openHarness(browser, { seed: 1, size: 1000, latency: 20, apiLatency: 30, placement: 'dashboard', ...query }, 90000);
    harness.page.setDefaultTimeout(30000);
    opened.push(harness);
    const toggle = harness.page.getByTestId('alerts-toggle');
    await toggle.waitFor();
    expect(await tracelogCalls(harness.page)).toEqual([]);
    if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
    return harness;
}

function section(page: Page): Locator {
    return page.getByTestId('alerts-section');
}

/** Waits until the section has finished reading (any outcome) and returns that outcome. */
async function settled(page: Page): Promise<string> {
    await page.waitForFunction(() => {
        const s = document.querySelector('[data-testid="alerts-section"]')?.getAttribute('data-state');
        return s !== undefined && s !== null && s !== 'loading' && s !== 'idle';
    }, undefined, { timeout: 60000 });
    return (await section(page).getAttribute('data-state')) ?? '';
}

/** The host's tracelog calls: how many, and how they ended. */
async function tracelogCalls(page: Page): Promise<{ outcome: string; options: string }[]> {
    return page.evaluate(() => window.__host.webApiCalls.filter((c) => c.entity === 'tracelog' && (c.options ?? '').includes('level ge 2')).map((c) => ({ outcome: c.outcome, options: c.options ?? '' })));
}

async function topErrors(page: Page): Promise<{ code: string; count: number; mailboxes: number }[]> {
    return page.getByTestId('alerts-top-errors').evaluate((table) =>
        [...table.querySelectorAll('tbody tr')].map((tr) => ({ code: tr.getAttribute('data-error-code') ?? '', count: Number(tr.getAttribute('data-count')), mailboxes: Number(tr.getAttribute('data-mailboxes')) })),
    );
}

beforeAll(async () => {
    browser = await launchBrowser({ width: 1400, height: 1000 });
});

afterAll(async () => {
    for (const h of opened) await h.page.close().catch(() => undefined);
    await browser?.close();
});

describe('Recent alerts in the harness', () => {
    it('reads the last 24 hours page by page and shows the outage, the expiry still happening and the trickle', async () => {
        const { page, errors } = await open({});
        expect(await settled(page)).toBe('loaded');
        const calls = await tracelogCalls(page);
        expect(calls.length).toBeGreaterThanOrEqual(1);
        expect(calls.every((c) => c.outcome === 'resolved')).toBe(true);
        expect(calls[0].options).toMatch(/^\?\$select=tracelogid,level,errortypedisplay,errordetails,text,createdon,modifiedon,_regardingobjectid_value&\$filter=regardingobjecttypecode eq 'mailbox' and level ge 2 and modifiedon ge \S+ and modifiedon lt \S+&\$orderby=modifiedon desc$/);
        if (calls.length > 1) expect(calls[1].options).toContain('$skiptoken=');
        const errorsShown = await topErrors(page);
        const outage = errorsShown.find((e) => e.code === 'IncomingEmailServerServiceError');
        expect(outage?.mailboxes).toBeGreaterThan(300);
        expect(outage?.mailboxes).toBeLessThanOrEqual(1000);
        const expiry = section(page).locator('tr[data-error-code="SecureChannelFailure"]');
        await expect(expiry.innerText()).resolves.toContain('Still happening');
        expect(errorsShown.some((e) => e.code === 'InvalidSender' || e.code === 'NoCorrelationMatch')).toBe(true);
        const canvas = page.getByTestId('alerts-chart').locator('canvas');
        await expect(canvas.isVisible()).resolves.toBe(true);
        expect(await page.getByTestId('alerts-chart').getAttribute('aria-label')).toMatch(/^Alerts per hour, [\d,]+ in all\. Busiest: /);
        // The list stays in reach below the section.
        await expect(page.getByRole('grid', { name: 'Mailboxes' }).isVisible()).resolves.toBe(true);
        await waitForIdle(page);
        await saveScreenshot(page, 'alerts-dashboard');
        expect(await pageErrors(page, errors)).toEqual([]);
    });

    it('says in one line that alerts need a privilege, and the list still works', async () => {
        const { page } = await open({ noPrivilege: 1, size: 50 });
        expect(await settled(page)).toBe('no-privilege');
        await expect(section(page).locator('[data-message="alerts-no-privilege"]').innerText()).resolves.toMatch(/cannot read mailbox alerts/);
        expect((await listStatus(page)).of).toBe(50);
    });

    it('waits out a 429 and then shows the alerts', async () => {
        const { page } = await open({ throttle: 'first', size: 200 });
        expect(await settled(page)).toBe('loaded');
        const calls = await tracelogCalls(page);
        expect(calls[0].outcome).toBe('rejected');
        expect(calls.slice(1).every((c) => c.outcome === 'resolved')).toBe(true);
        expect(calls[1].options).toBe(calls[0].options);
        await expect(page.getByTestId('alerts-top-errors').isVisible()).resolves.toBe(true);
    });

    it('gives up with a clear message when the throttling does not ease', async () => {
        const { page } = await open({ throttle: 'always', size: 50 });
        expect(await settled(page)).toBe('throttled');
        await expect(section(page).locator('[data-message="alerts-throttled"]').innerText()).resolves.toMatch(/limiting requests/);
        expect((await tracelogCalls(page)).length).toBe(3);
    });

    it('stops at the cap and says it shows the newest ones', async () => {
        const { page } = await open({ alertCap: 150 });
        expect(await settled(page)).toBe('capped');
        await expect(section(page).locator('[data-message="alerts-capped"]').innerText()).resolves.toContain('Showing the newest 150 alerts of more');
        expect((await tracelogCalls(page)).length).toBe(1);
        const total = (await topErrors(page)).reduce((n, e) => n + e.count, 0);
        expect(total).toBe(150);
    });

    it('filters the list to the mailboxes an error hit, with a removable chip', async () => {
        const { page } = await open({});
        expect(await settled(page)).toBe('loaded');
        const before = await listStatus(page);
        const outage = (await topErrors(page)).find((e) => e.code === 'IncomingEmailServerServiceError');
        await section(page).getByRole('button', { name: 'IncomingEmailServerServiceError' }).click();
        await page.waitForFunction((n) => document.querySelector('[data-testid="list-status"]')?.textContent?.includes(`Showing ${n.toLocaleString('en-US')} of`) ?? false, outage?.mailboxes ?? -1);
        expect((await listStatus(page)).shown).toBe(outage?.mailboxes);
        const chip = page.getByTestId('alerts-filter-chip');
        await expect(chip.innerText()).resolves.toContain('IncomingEmailServerServiceError');
        await chip.getByRole('button').click();
        await page.waitForFunction((n) => document.querySelector('[data-testid="list-status"]')?.textContent?.includes(`Showing ${n.toLocaleString('en-US')} of`) ?? false, before.shown);
        await expect(chip.count()).resolves.toBe(0);
    });

    it('narrows the window to a clicked bar, without reading again', async () => {
        const { page } = await open({});
        expect(await settled(page)).toBe('loaded');
        const reads = (await tracelogCalls(page)).length;
        const canvas = page.getByTestId('alerts-chart').locator('canvas');
        await page.waitForTimeout(300);
        // The tallest painted column of the chart is the outage's bar.
        const target = await canvas.evaluate((node) => {
            const c = node as HTMLCanvasElement;
            const ctx = c.getContext('2d') as CanvasRenderingContext2D;
            const { width, height } = c;
            const data = ctx.getImageData(0, 0, width, height).data;
            let best = { x: -1, top: height, run: 0 };
            for (let x = 0; x < width; x++) {
                let run = 0;
                let top = height;
                for (let y = height - 1; y >= 0; y--) {
                    const i = (y * width + x) * 4;
                    const [r, g, b, a] = [data[i], data[i + 1], data[i + 2], data[i + 3]];
                    const coloured = a > 200 && Math.max(r, g, b) - Math.min(r, g, b) > 60;
                    if (coloured) {
                        run++;
                        top = y;
                    } else if (run > 0 && y < top - 2) break;
                }
                if (run > best.run) best = { x, top, run };
            }
            const scale = c.getBoundingClientRect().width / width;
            return { x: best.x * scale, y: (best.top + best.run / 2) * scale };
        });
        expect(target.x).toBeGreaterThan(0);
        await canvas.click({ position: target });
        const narrowed = page.getByTestId('alerts-narrowed');
        await expect(narrowed.innerText()).resolves.toMatch(/Showing .* to /);
        expect(await page.getByTestId('alerts-chart').getAttribute('aria-label')).toMatch(/^Alerts per 5 minutes/);
        expect((await tracelogCalls(page)).length).toBe(reads);
        await narrowed.getByRole('button', { name: 'Back to Last 24 hours' }).click();
        await expect(narrowed.count()).resolves.toBe(0);
    });

    it('works from the keyboard and has no serious axe violations', async () => {
        const { page } = await open({ size: 200 });
        expect(await settled(page)).toBe('loaded');
        const toggle = page.getByTestId('alerts-toggle');
        await toggle.focus();
        await page.keyboard.press('Enter');
        await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('false');
        await page.keyboard.press('Space');
        await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true');
        await expect(page.getByRole('grid', { name: 'Mailboxes' }).isVisible()).resolves.toBe(true);
        expect(await settled(page)).toBe('loaded');
        // Tab to the 7-day window and pick it.
        const week = section(page).getByRole('radio', { name: 'Last 7 days' });
        for (let i = 0; i < 6 && !(await week.evaluate((n) => n === document.activeElement)); i++) await page.keyboard.press('Tab');
        await expect(week.evaluate((n) => n === document.activeElement)).resolves.toBe(true);
        await page.keyboard.press('Enter');
        await page.waitForFunction(() => /^Alerts per day/.test(document.querySelector('[data-testid="alerts-chart"]')?.getAttribute('aria-label') ?? ''), undefined, { timeout: 60000 });
        // The table alternative, and an error link reached and followed with the keyboard.
        await section(page).getByTestId('alerts-table-toggle').click();
        await expect(page.getByTestId('alerts-buckets').isVisible()).resolves.toBe(true);
        const link = section(page).getByTestId('alerts-error-filter').first();
        await link.focus();
        await page.keyboard.press('Enter');
        await expect(page.getByTestId('alerts-filter-chip').isVisible()).resolves.toBe(true);
        const violations = await runAxe(page, ['[data-testid="alerts-section"]', '[data-testid="alerts-filter-chip"]']);
        expect(violations.map((v) => `${v.id}: ${v.targets.slice(0, 3).join(' | ')} ${v.summaries[0] ?? ''}`)).toEqual([]);
    });

    it('collapses by default in a narrow container, so the list stays in reach', async () => {
        const narrow = await launchBrowser({ width: 400, height: 800 });
        try {
            const harness = await openHarness(narrow, { seed: 1, size: 50, latency: 20, apiLatency: 30, placement: 'grid' }, 90000);
            await harness.page.waitForSelector('[data-testid="alerts-toggle"]');
            await expect(harness.page.getByTestId('alerts-toggle').getAttribute('aria-expanded')).resolves.toBe('false');
            await harness.page.waitForTimeout(500);
            expect((await tracelogCalls(harness.page)).length).toBe(0);
            await expect(harness.page.getByRole('grid', { name: 'Mailboxes' }).isVisible()).resolves.toBe(true);
        } finally {
            await narrow.close();
        }
    });
});
