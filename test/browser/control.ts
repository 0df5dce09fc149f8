/**
 * Reading and driving the control in the harness page the way a person does: by roles and accessible names, with
 * data attributes only where no role says it (the list's rows). The list is virtualized, so `readAllRows` scrolls
 * it to see every row. Used by the browser scenario tests (fleet.test.ts, mailbox.test.ts).
 */
import type { Locator, Page } from 'playwright-core';
import type {} from '../../harness/src/hostApi'; // window.__host

/** One rendered row of the fleet list, as the page shows it. */
export interface ListRow {
    /** data-item-index: the row's position in the (filtered, sorted) list. */
    readonly index: number;
    readonly name: string;
    readonly email: string;
    /** data-health of the row's badge. */
    readonly health: string | null;
    /** The Next sync cell's text ("in 3 min", "Due now", …) and hover text (state, then the time in UTC). */
    readonly next: string;
    readonly nextTitle: string;
    readonly selected: boolean;
}

/** `name <email>`: how a row is told apart from its namesakes (the sample fleet has several "Adele Moreau"). */
export function rowKey(row: { readonly name: string; readonly email: string }): string {
    return `${row.name} <${row.email}>`;
}

/** The fleet root (dashboard and view grid placements). */
export function fleet(page: Page): Locator {
    return page.locator('[data-placement="fleet"]');
}

/** The mailbox list: the grid named "Mailboxes". */
export function grid(page: Page): Locator {
    return page.getByRole('grid', { name: 'Mailboxes' });
}

/** A health chip by its state code (data-chip), e.g. 'failing', 'all', 'attention', 'uncertain'. */
export function stateChip(page: Page, code: string): Locator {
    return page.getByRole('group', { name: 'Filter by health' }).locator(`[data-chip="${code}"]`);
}

/** Opens the header's overflow ("+N more") if it is closed: the calm states and the flag chips wait behind it. */
export async function showAllFilters(page: Page): Promise<void> {
    const more = page.locator('[data-placement="fleet"] button[data-more][aria-expanded="false"]');
    if ((await more.count()) > 0) await more.click();
}

/** "Showing X of Y mailboxes" as numbers. */
export async function listStatus(page: Page): Promise<{ shown: number; of: number }> {
    const text = await page.getByTestId('list-status').innerText();
    const m = /Showing ([\d,]+) of ([\d,]+) mailboxes/.exec(text);
    if (!m) throw new Error(`unexpected list status "${text}"`);
    return { shown: toNumber(m[1]), of: toNumber(m[2]) };
}

/** "1,000" → 1000. */
export function toNumber(text: string): number {
    const n = Number(text.replace(/[,\s]/g, ''));
    if (!Number.isFinite(n)) throw new Error(`not a count: "${text}"`);
    return n;
}

/** Waits until the list status says `shown` mailboxes are listed. */
export async function waitForShown(page: Page, shown: number, timeoutMs = 10000): Promise<void> {
    const want = shown.toLocaleString('en-US');
    await page.waitForFunction((w) => new RegExp(`^Showing ${w} of `).test(document.querySelector('[data-testid="list-status"]')?.textContent ?? ''), want, { timeout: timeoutMs });
}

/** The rows the virtualized list has rendered right now, in list order. */
export async function renderedRows(page: Page): Promise<ListRow[]> {
    return page.evaluate(() => {
        const gridEl = document.querySelector('[role="grid"][aria-label="Mailboxes"]');
        if (!gridEl) return [];
        const rows = Array.from(gridEl.querySelectorAll<HTMLElement>('[role="row"][data-item-index]'));
        return rows
            .map((r) => {
                const cell = (key: string) => r.querySelector<HTMLElement>(`[data-automation-key="${key}"]`);
                const nameCell = cell('name');
                const link = nameCell?.querySelector<HTMLElement>('[data-action="open"]');
                const email = link?.nextElementSibling as HTMLElement | null;
                const nextSpan = cell('next')?.querySelector<HTMLElement>('[title]');
                return {
                    index: Number(r.getAttribute('data-item-index')),
                    name: (link?.textContent ?? '').trim(),
                    email: (email?.textContent ?? '').trim(),
                    health: r.querySelector('[data-health]')?.getAttribute('data-health') ?? null,
                    next: (cell('next')?.textContent ?? '').trim(),
                    nextTitle: nextSpan?.getAttribute('title') ?? '',
                    selected: r.getAttribute('aria-selected') === 'true',
                };
            })
            .sort((a, b) => a.index - b.index);
    });
}

/** The list's scroll container (the box around the grid, data-list-scroll). */
const SCROLLER = '[data-placement="fleet"] [data-list-scroll]';

/** Scrolls the list to `top` px (or to the end) and waits until the rendered window covers the new position. */
export async function scrollList(page: Page, to: number | 'end'): Promise<void> {
    await page.evaluate(
        ([selector, target]) => {
            const pane = document.querySelector<HTMLElement>(selector as string);
            if (!pane) throw new Error('the list has no scroll container');
            pane.scrollTop = target === 'end' ? pane.scrollHeight : (target as number);
            pane.dispatchEvent(new Event('scroll'));
        },
        [SCROLLER, to] as const,
    );
    // Fluent's List re-renders its pages on the next frames after a scroll: wait until a row in view is rendered.
    await page.waitForFunction(
        (selector) => {
            const pane = document.querySelector<HTMLElement>(selector);
            if (!pane) return false;
            const box = pane.getBoundingClientRect();
            const rows = Array.from(pane.querySelectorAll<HTMLElement>('[role="row"][data-item-index]'));
            return rows.some((r) => {
                const b = r.getBoundingClientRect();
                return b.bottom > box.top + 60 && b.top < box.bottom;
            });
        },
        SCROLLER,
        { timeout: 5000 },
    );
}

/**
 * Every row of the list, read by scrolling the virtualized list from top to bottom (only a window of rows is ever
 * in the DOM). Ends back at the top. Throws if the rows read do not add up to the grid's aria-rowcount.
 */
export async function readAllRows(page: Page): Promise<ListRow[]> {
    const expected = Number(await grid(page).getAttribute('aria-rowcount')) - 1; // minus the header row
    const seen = new Map<number, ListRow>();
    await scrollList(page, 0);
    const { client } = await page.evaluate((s) => ({ client: document.querySelector<HTMLElement>(s)?.clientHeight ?? 0 }), SCROLLER);
    const step = Math.max(100, Math.floor(client * 0.8));
    let next = 0; // the first index not read yet
    for (let top = 0, guard = 0; guard < 2000; guard++, top += step) {
        // The step overlaps the last window, so the next unread row is in view once the List has rendered the pages
        // under the viewport; under load it renders them over several frames (and the rows below the window on an
        // idle timer), so read again until that row is there (up to 3 s) rather than skip it.
        for (let tries = 0; tries < 30; tries++) {
            for (const row of await renderedRows(page)) seen.set(row.index, row);
            if (seen.has(next) || seen.size >= expected) break;
            await page.waitForTimeout(100);
        }
        while (seen.has(next)) next++;
        if (seen.size >= expected) break;
        const { scrollTop, max } = await page.evaluate((s) => {
            const pane = document.querySelector<HTMLElement>(s);
            return { scrollTop: pane?.scrollTop ?? 0, max: (pane?.scrollHeight ?? 0) - (pane?.clientHeight ?? 0) };
        }, SCROLLER);
        if (scrollTop >= max) break;
        await scrollList(page, top + step);
    }
    await scrollList(page, 0);
    const rows = [...seen.values()].sort((a, b) => a.index - b.index);
    if (rows.length !== expected) throw new Error(`read ${rows.length} rows of the ${expected} the grid says it has`);
    return rows;
}

/** The dataset as the host holds it: record id → name and email, for every loaded record. */
export async function datasetRecords(page: Page): Promise<Map<string, { name: string; email: string }>> {
    const entries = await page.evaluate(() => {
        type Rec = { getValue(c: string): unknown };
        const ds = (window.__host.context as { parameters: { mailboxes: { sortedRecordIds: string[]; records: Record<string, Rec> } } }).parameters.mailboxes;
        return ds.sortedRecordIds.map((id) => [id, { name: String(ds.records[id].getValue('name') ?? ''), email: String(ds.records[id].getValue('emailaddress') ?? '') }] as const);
    });
    return new Map(entries);
}

/** The fleet behind the page: id, sample scenario and the state the health model gives it. */
export async function fleetTruth(page: Page): Promise<{ id: string; scenario: string; state: string }[]> {
    return page.evaluate(() => {
        const f = window.__host.fleet;
        if (!f) throw new Error('window.__host.fleet is null');
        return f.ids.map((id, i) => ({ id, scenario: f.scenarios[i], state: f.states[i] }));
    });
}

/** Number of canvas pixels that are not fully transparent (read in the page with getImageData). */
export async function paintedPixels(canvas: Locator): Promise<{ width: number; height: number; painted: number; colours: number }> {
    return canvas.evaluate((node) => {
        const c = node as HTMLCanvasElement;
        const ctx = c.getContext('2d');
        if (!ctx || c.width === 0 || c.height === 0) return { width: c.width, height: c.height, painted: 0, colours: 0 };
        const data = ctx.getImageData(0, 0, c.width, c.height).data;
        let painted = 0;
        const colours = new Set<number>();
        for (let i = 0; i < data.length; i += 4) {
            if (data[i + 3] === 0) continue;
            painted++;
            if (colours.size < 64) colours.add(((data[i] >> 4) << 8) | ((data[i + 1] >> 4) << 4) | (data[i + 2] >> 4));
        }
        return { width: c.width, height: c.height, painted, colours: colours.size };
    });
}

/** Console errors the test saw plus what window.__host.errors holds (uncaught errors, rejections, failed loads). */
export async function pageErrors(page: Page, seen: readonly string[]): Promise<string[]> {
    const host = page.isClosed() ? [] : await page.evaluate(() => window.__host?.errors ?? []);
    return [...new Set([...seen, ...host])];
}
