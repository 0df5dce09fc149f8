/**
 * Triage at a glance, in a real browser: the fleet view's band fits the box the host gives it at every width and at
 * 200% zoom, the list is worst first by default, every row says why, and the keyboard works as in a model-driven grid.
 * 200% zoom is emulated as the browser does it for layout: a viewport of half the CSS pixels (1400 × 900 → 700 × 450).
 */
import type { Page } from 'playwright-core';
import { compareStatesWorstFirst } from '../../MailboxHealth/core';
import type { HealthState } from '../../MailboxHealth/core/types';
import { launchBrowser, openHarness, saveScreenshot, waitForIdle, type Browser, type HarnessPage } from './browser';
import { fleetTruth, listStatus, pageErrors, readAllRows, renderedRows, stateChip, waitForShown } from './control';

jest.setTimeout(180000);

const SIZE = 1000;
let browser: Browser;
const opened: { name: string; harness: HarnessPage }[] = [];

async function open(name: string, query: Record<string, string | number>, viewport = { width: 1400, height: 900 }): Promise<Page> {
    const harness = await openHarness(browser, { seed: 1, size: SIZE, latency: 20, ...query }, 90000, (page) => page.setViewportSize(viewport));
    harness.page.setDefaultTimeout(15000);
    opened.push({ name, harness });
    await waitForIdle(harness.page);
    return harness.page;
}

/** Boxes of the host's control area, the fleet root, its band, the search box and the list's first row (CSS px). */
async function layout(page: Page) {
    return page.evaluate(() => {
        const box = (el: Element | null) => {
            if (!el) return null;
            const r = el.getBoundingClientRect();
            return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, height: r.height, width: r.width };
        };
        const host = document.querySelector('.control-root');
        const root = document.querySelector<HTMLElement>('[data-placement="fleet"]');
        const pane = document.querySelector('[data-placement="fleet"] [data-list-scroll]');
        return {
            host: box(host),
            root: box(root),
            rootScroll: root ? { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth } : null,
            header: box(document.querySelector('[data-placement="fleet"] [data-testid="fleet-band"]')),
            search: box(document.querySelector('[data-placement="fleet"] input[type="search"], [data-placement="fleet"] [role="searchbox"]')),
            pane: box(pane),
            firstRow: box(document.querySelector('[data-placement="fleet"] [role="row"][data-item-index="0"]')),
            viewport: { width: window.innerWidth, height: window.innerHeight },
        };
    });
}

type Box = { top: number; bottom: number; left: number; right: number; height: number; width: number };

function inside(inner: Box | null, outer: Box | null, slack = 1): boolean {
    return inner !== null && outer !== null && inner.top >= outer.top - slack && inner.bottom <= outer.bottom + slack && inner.left >= outer.left - slack && inner.right <= outer.right + slack;
}

/** The part of `inner` that shows inside `outer` is at least `min` px tall. */
function showsIn(inner: Box | null, outer: Box | null, min: number): boolean {
    if (inner === null || outer === null) return false;
    return Math.min(inner.bottom, outer.bottom) - Math.max(inner.top, outer.top) >= min && inner.left < outer.right && inner.right > outer.left;
}

beforeAll(async () => {
    browser = await launchBrowser();
});

afterAll(async () => {
    await browser?.close();
});

describe('a header that earns its space', () => {
    const cases: [string, string, { width: number; height: number }][] = [];
    for (const placement of ['grid', 'dashboard']) {
        for (const width of [1400, 1024, 768, 400]) cases.push([`${placement} at ${width} px`, placement, { width, height: 900 }]);
        cases.push([`${placement} at 200% zoom`, placement, { width: 700, height: 450 }]);
    }

    it.each(cases)('%s: the band takes at most a quarter of the control, the control stays in its box, search and first rows show', async (name, placement, viewport) => {
        const page = await open(name, { placement }, viewport);
        // The dashboard tile sits in a page that scrolls: bring the tile's top into view as a user would.
        await page.locator('.control-root').evaluate((el) => el.scrollIntoView({ block: 'start' }));
        const l = await layout(page);
        expect(l.host).not.toBeNull();
        expect(l.root).not.toBeNull();
        // Never paints outside the box the host allocated, and never wider than it (no horizontal overflow of the root).
        expect([name, inside(l.root, l.host)]).toEqual([name, true]);
        expect(l.rootScroll && l.rootScroll.scrollWidth <= l.rootScroll.clientWidth + 1).toBe(true);
        // The band: at most 25% of the control's height.
        expect(l.header).not.toBeNull();
        expect((l.header as Box).height).toBeLessThanOrEqual(0.25 * (l.host as Box).height + 1);
        // The search box and the first row show inside the control.
        expect([name, 'search', showsIn(l.search, l.host, 20)]).toEqual([name, 'search', true]);
        expect([name, 'first row', showsIn(l.firstRow, l.pane, 30) && showsIn(l.firstRow, l.host, 30)]).toEqual([name, 'first row', true]);
        if (viewport.width === 1400 || viewport.width === 400) {
            await saveScreenshot(page, `triage-${placement}-${viewport.width}`);
        }
        await page.close();
    });

    it('keeps the one mailbox of the form readable at 200% zoom, without horizontal overflow', async () => {
        const page = await open('form at 200% zoom', { placement: 'form' }, { width: 700, height: 450 });
        const overflow = await page.evaluate(() => {
            const root = document.querySelector<HTMLElement>('[data-placement="form"]');
            return root ? root.scrollWidth - root.clientWidth : -1;
        });
        expect(overflow).toBeGreaterThanOrEqual(0);
        expect(overflow).toBeLessThanOrEqual(1);
        await page.close();
    });

    it('keeps the calm states and the flags one click away behind "+N more", and the chips one tab stop', async () => {
        const page = await open('overflow at 768', { placement: 'grid' }, { width: 768, height: 900 });
        const more = page.getByRole('button', { name: /^\+\d+ more/ });
        expect(await more.getAttribute('aria-expanded')).toBe('false');
        expect(await stateChip(page, 'healthy').count()).toBe(0);
        await more.click();
        expect(await stateChip(page, 'healthy').count()).toBe(1);
        expect(await page.getByRole('group', { name: 'Filter by flag' }).locator('[data-chip="backoff"]').count()).toBe(1);
        // One tab stop: exactly one chip (or the toggle) is in the tab order.
        const tabbable = await page.getByRole('toolbar', { name: 'Filters' }).locator('button[tabindex="0"]').count();
        expect(tabbable).toBe(1);
        await page.close();
    });
});

describe('worst first by default', () => {
    it('orders the whole list by severity, then rule order, and the Health header says it is sorted', async () => {
        const page = await open('order', { placement: 'grid' });
        const header = page.getByRole('columnheader', { name: /^Health/ });
        expect(await header.getAttribute('aria-sort')).toBe('ascending');
        const rows = await readAllRows(page);
        expect(rows.length).toBe(SIZE);
        const states = rows.map((r) => r.health as HealthState);
        for (let i = 1; i < states.length; i++) {
            if (compareStatesWorstFirst(states[i - 1], states[i]) > 0) throw new Error(`row ${i - 1} (${states[i - 1]}) before row ${i} (${states[i]})`);
        }
        const truth = await fleetTruth(page);
        const expected = truth.map((t) => t.state as HealthState).sort(compareStatesWorstFirst);
        expect(states).toEqual(expected);
        await page.close();
    });

    it('keeps the defaultFilter property and orders its mailboxes worst first', async () => {
        const page = await open('default filter', { placement: 'grid', defaultFilter: 'attention' });
        expect(await stateChip(page, 'attention').getAttribute('aria-pressed')).toBe('true');
        const truth = await fleetTruth(page);
        const attention = truth.filter((t) => ['critical', 'error', 'warning'].includes(severity(t.state as HealthState)));
        await waitForShown(page, attention.length);
        const first = (await renderedRows(page)).slice(0, 8).map((r) => r.health as HealthState);
        const worst = attention.map((t) => t.state as HealthState).sort(compareStatesWorstFirst).slice(0, first.length);
        expect(first).toEqual(worst);
        await page.close();
    });
});

function severity(state: HealthState): string {
    return ({ misconfigured: 'critical', 'approval-rejected': 'critical', disabled: 'critical', degraded: 'error', failing: 'error', 'approval-pending': 'warning', 'not-enabled': 'warning', stuck: 'warning', overdue: 'warning', 'test-retrying': 'warning' } as Record<string, string>)[state] ?? 'other';
}

describe('the Why column', () => {
    let page: Page;
    beforeAll(async () => {
        page = await open('why', { placement: 'grid' });
    });
    afterAll(async () => {
        await page.close();
    });

    /** The Why cell's text of the rendered rows, by health state. */
    async function whyByState(): Promise<{ health: string | null; why: string; kind: string | null }[]> {
        return page.evaluate(() =>
            Array.from(document.querySelectorAll<HTMLElement>('[role="grid"][aria-label="Mailboxes"] [role="row"][data-item-index]')).map((r) => {
                const cell = r.querySelector<HTMLElement>('[data-automation-key="why"] [data-why]');
                return { health: r.querySelector('[data-health]')?.getAttribute('data-health') ?? null, why: (cell?.innerText ?? '').replace(/\s+/g, ' ').trim(), kind: cell?.getAttribute('data-why') ?? null };
            }),
        );
    }

    it('says in words why each row needs attention: the workload, the error and when', async () => {
        const more = page.getByRole('button', { name: /^\+\d+ more/ });
        if ((await more.count()) > 0) await more.click();
        const seen = new Map<string, string[]>();
        for (const state of ['disabled', 'degraded', 'failing', 'misconfigured', 'stuck', 'overdue']) {
            const chip = stateChip(page, state);
            if ((await chip.count()) === 0) continue;
            await chip.click();
            const { shown } = await listStatus(page);
            await waitForShown(page, shown);
            seen.set(state, (await whyByState()).map((r) => r.why));
            await chip.click();
        }
        expect(seen.size).toBeGreaterThanOrEqual(4);
        for (const why of seen.get('disabled') ?? []) expect(why).toMatch(/^(Every workload|(Incoming|Outgoing|ACT)(, (Incoming|Outgoing|ACT))*) (disabled|: Test & Enable failed)/);
        for (const why of seen.get('failing') ?? []) expect(why).toMatch(/(backing off|failing) after .+|^Failing/);
        for (const why of seen.get('misconfigured') ?? []) expect(why).toMatch(/server profile/);
        for (const why of seen.get('overdue') ?? []) expect(why).toMatch(/^Overdue by \d/);
        // Errors are named by code or status ("401 Unauthorized", "503 Service Unavailable"), with when or retries.
        const all = [...seen.values()].flat();
        expect(all.some((w) => /after \d{3} [A-Z]/.test(w))).toBe(true);
        expect(all.some((w) => / ago|retr(y|ies) left/.test(w))).toBe(true);
    });

    it('cuts nothing with an ellipsis at 1400 px, and rows are all the same height', async () => {
        const cut = await page.evaluate(() => {
            const out: string[] = [];
            for (const el of Array.from(document.querySelectorAll<HTMLElement>('[role="grid"][aria-label="Mailboxes"] [role="row"][data-item-index] *'))) {
                const s = getComputedStyle(el);
                const clipped = (s.textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth + 1) || (el.hasAttribute('data-why') && el.scrollHeight > el.clientHeight + 1);
                if (clipped) out.push(`${el.closest('[data-automation-key]')?.getAttribute('data-automation-key')}: ${el.textContent}`);
            }
            return out;
        });
        expect(cut).toEqual([]);
        const heights = await page.evaluate(() => [...new Set(Array.from(document.querySelectorAll<HTMLElement>('.ms-DetailsRow[data-item-index]')).map((r) => r.offsetHeight))]);
        expect(heights).toEqual([48]);
    });

    it('keeps the full reasons one click away in the Details panel', async () => {
        const first = (await renderedRows(page))[0];
        await page.getByRole('button', { name: `Details for ${first.name}`, exact: true }).first().click();
        const dialog = page.getByRole('dialog', { name: `Sync health of ${first.name}` });
        await dialog.getByRole('article', { name: first.name }).first().waitFor();
        await page.keyboard.press('Escape');
        await dialog.waitFor({ state: 'detached' });
    });
});

describe('keyboard like a model-driven grid', () => {
    let page: Page;
    beforeAll(async () => {
        page = await open('keyboard', { placement: 'grid' });
    });
    afterAll(async () => {
        await page.close();
    });

    const active = (p: Page) =>
        p.evaluate(() => {
            const el = document.activeElement as HTMLElement | null;
            return {
                tag: el?.tagName ?? '',
                chip: el?.getAttribute('data-chip') ?? null,
                role: el?.getAttribute('role') ?? null,
                inHeader: Boolean(el?.closest('.ms-DetailsHeader')),
                row: el?.closest('[role="row"][data-item-index]')?.getAttribute('data-item-index') ?? null,
                search: el?.getAttribute('role') === 'searchbox' || (el as HTMLInputElement | null)?.type === 'search',
            };
        });

    it('makes the chips one tab stop with arrows inside, then the search box, the header and the list', async () => {
        await page.locator('[data-placement="fleet"] button[data-chip][tabindex="0"]').focus();
        const startChip = (await active(page)).chip;
        await page.keyboard.press('ArrowRight');
        const next = await active(page);
        expect(next.chip === null ? 'more' : next.chip).not.toBe(startChip);
        // Arrows move the focus, not the filter.
        expect(await stateChip(page, 'all').getAttribute('aria-pressed')).toBe('true');
        await page.keyboard.press('Tab');
        expect(await active(page)).toMatchObject({ search: true });
        // Then the toolbar's buttons and the alerts section's toggle, the header, and the list.
        let reachedHeader = -1;
        for (let i = 1; i <= 12 && reachedHeader < 0; i++) {
            await page.keyboard.press('Tab');
            if ((await active(page)).inHeader) reachedHeader = i;
        }
        expect(reachedHeader).toBeGreaterThan(0);
        await page.keyboard.press('Tab');
        expect((await active(page)).row).not.toBeNull();
    });

    it('moves the focus with arrow keys without selecting; Space selects, and the count says how many', async () => {
        await page.locator('[role="grid"][aria-label="Mailboxes"] [role="row"][data-item-index="0"]').focus();
        await page.keyboard.press('ArrowDown');
        await page.keyboard.press('ArrowDown');
        expect((await active(page)).row).toBe('2');
        expect(await page.evaluate(() => window.__host.selectedIds.length)).toBe(0);
        await page.keyboard.press('Space');
        await page.waitForFunction(() => window.__host.selectedIds.length === 1);
        expect(await page.getByTestId('selected-count').innerText()).toBe('1 selected');
        await page.keyboard.press('ArrowDown');
        await page.keyboard.press('Space');
        await page.waitForFunction(() => window.__host.selectedIds.length === 2);
        expect(await page.getByTestId('selected-count').innerText()).toBe('2 selected');
        await page.keyboard.press('ArrowUp');
        expect(await page.evaluate(() => window.__host.selectedIds.length)).toBe(2);
        await page.keyboard.press('Escape');
        await page.waitForFunction(() => window.__host.selectedIds.length === 0);
    });

    it('does not fade rows in after a filter, and honours prefers-reduced-motion everywhere', async () => {
        await stateChip(page, 'attention').click();
        const animations = await page.evaluate(() => [...new Set(Array.from(document.querySelectorAll<HTMLElement>('.ms-DetailsRow')).map((r) => getComputedStyle(r).animationName))]);
        expect(animations).toEqual(['none']);
        await stateChip(page, 'all').click();
        await page.emulateMedia({ reducedMotion: 'reduce' });
        const moving = await page.evaluate(() =>
            Array.from(document.querySelectorAll<HTMLElement>('[data-placement="fleet"] *'))
                .map((el) => getComputedStyle(el))
                .filter((s) => (s.animationName !== 'none' && s.animationDuration !== '0s') || (s.transitionDuration.split(',').some((d) => parseFloat(d) > 0) && s.transitionProperty !== 'none')).length,
        );
        expect(moving).toBe(0);
        // The Details panel lives in a layer outside the control's root: it does not slide in either.
        const first = (await renderedRows(page))[0];
        await page.getByRole('button', { name: `Details for ${first.name}`, exact: true }).first().click();
        const dialog = page.getByRole('dialog', { name: `Sync health of ${first.name}` });
        await dialog.getByRole('article', { name: first.name }).first().waitFor();
        const movingInPanel = await page.evaluate(
            () =>
                Array.from(document.querySelectorAll<HTMLElement>('.ms-Layer *'))
                    .map((el) => getComputedStyle(el))
                    .filter((s) => s.animationName !== 'none' && s.animationDuration !== '0s').length,
        );
        expect(movingInPanel).toBe(0);
        await page.keyboard.press('Escape');
        await dialog.waitFor({ state: 'detached' });
        await page.emulateMedia({ reducedMotion: null });
    });
});

describe('the whole file', () => {
    it('logged no console error or uncaught error on any page', async () => {
        const found: Record<string, string[]> = {};
        for (const { name, harness } of opened) {
            const errors = harness.page.isClosed() ? harness.errors : await pageErrors(harness.page, harness.errors);
            if (errors.length > 0) found[name] = errors;
        }
        expect(found).toEqual({});
    });
});
