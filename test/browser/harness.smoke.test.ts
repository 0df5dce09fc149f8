/**
 * Smoke test of the harness itself: the page mounts the built bundle with the platform libraries, the host's
 * dataset, selection, navigation and Web API plumbing are reachable from the control's context, and nothing logs
 * an error. The control's own scenarios have their own browser tests.
 */
import { hostState, launchBrowser, openHarness, runAxe, saveScreenshot, TEST_NOW, waitForIdle, type Browser } from './browser';

jest.setTimeout(120000);

type AnyDataset = {
    loading: boolean;
    sortedRecordIds: string[];
    records: Record<string, { getNamedReference(): unknown }>;
    paging: { hasNextPage: boolean; totalResultCount: number; pageSize: number; loadNextPage(): void };
    setSelectedRecordIds(ids: string[]): void;
    openDatasetItem(reference: unknown): void;
};

let browser: Browser;

beforeAll(async () => {
    browser = await launchBrowser();
});

afterAll(async () => {
    await browser?.close();
});

describe('the harness page', () => {
    it('mounts the built control on the 50-mailbox fleet with the platform libraries and no console errors', async () => {
        const { page, errors } = await openHarness(browser);
        const state = await hostState(page);
        expect(state.ready).toBe(true);
        expect(state.errors).toEqual([]);
        expect(errors).toEqual([]);
        const libraries = await page.evaluate(() => {
            const w = window as unknown as Record<string, { version?: string; DetailsList?: unknown; initializeIcons?: unknown }>;
            return { react: w.Reactv16?.version, detailsList: w.FluentUIReactv8290?.DetailsList !== undefined, icons: typeof w.FluentUIReactv8290?.initializeIcons };
        });
        expect(libraries).toEqual({ react: '16.14.0', detailsList: true, icons: 'function' });
        expect((await page.locator('#control-root').innerText()).trim()).not.toBe('');
        expect(await page.evaluate(() => window.__host.options.nowIso)).toBe(new Date(TEST_NOW).toISOString());
        await waitForIdle(page);
        expect(errors).toEqual([]);
        await saveScreenshot(page, 'harness-grid-50');
        await page.close();
    });

    it.each([1000, 10000])('delivers all %i mailboxes through paging', async (size) => {
        const { page, errors } = await openHarness(browser, { size, latency: 20 });
        // Pages through the latest context's dataset, as a control does (a control that pages by itself only
        // makes some of these calls redundant: the host ignores a loadNextPage while a page is loading).
        // (No async functions inside evaluate: ts-jest compiles them to an __awaiter helper the page lacks.)
        const loaded = await page.evaluate(
            () =>
                new Promise<{ ids: number; unique: number; total: number; pageSize: number }>((resolve) => {
                    const dataset = () => (window.__host.context as { parameters: { mailboxes: AnyDataset } }).parameters.mailboxes;
                    const deadline = Date.now() + 30000;
                    const step = () => {
                        const d = dataset();
                        if ((!d.loading && !d.paging.hasNextPage) || Date.now() > deadline) {
                            resolve({ ids: d.sortedRecordIds.length, unique: new Set(d.sortedRecordIds).size, total: d.paging.totalResultCount, pageSize: d.paging.pageSize });
                            return;
                        }
                        if (!d.loading) d.paging.loadNextPage();
                        setTimeout(step, 25);
                    };
                    step();
                }),
        );
        // Dataverse counts a view's total up to 5,000 (harness/src/datasetRules.ts).
        expect(loaded).toEqual({ ids: size, unique: size, total: Math.min(size, 5000), pageSize: loaded.pageSize });
        const state = await hostState(page);
        expect(state.recordsLoaded).toBe(size);
        expect(state.totalRecords).toBe(size);
        // Pages of the size in force (the control may have raised it with setPageSize): 10,000 needs several.
        expect(state.pagesLoaded).toBe(Math.ceil(size / loaded.pageSize));
        expect(await page.getByTestId('host-records').innerText()).toContain(`Records ${size.toLocaleString('en-US')} of ${size.toLocaleString('en-US')}`);
        expect(state.errors).toEqual([]);
        expect(errors).toEqual([]);
        await page.close();
    });

    it('shows selected ids and opened records in the host strip', async () => {
        const { page } = await openHarness(browser);
        await page.waitForFunction(() => ((window.__host.context as { parameters: { mailboxes: AnyDataset } }).parameters.mailboxes.sortedRecordIds.length ?? 0) > 0);
        const picked = await page.evaluate(() => {
            const d = (window.__host.context as { parameters: { mailboxes: AnyDataset } }).parameters.mailboxes;
            const ids = d.sortedRecordIds.slice(0, 2);
            d.setSelectedRecordIds(ids);
            d.openDatasetItem(d.records[ids[0]].getNamedReference());
            return ids;
        });
        const state = await hostState(page);
        expect(state.selectedIds).toEqual(picked);
        expect(state.opened.map((o) => [o.id, o.etn])).toEqual([[picked[0], 'mailbox']]);
        expect(await page.getByTestId('host-selected').innerText()).toBe(`Selected 2: ${picked.join(', ')}`);
        expect(await page.getByTestId('host-opened').innerText()).toContain(picked[0]);
        await page.close();
    });

    it('hosts the form placement on the first failing mailbox, named in contextInfo', async () => {
        const { page, errors } = await openHarness(browser, { placement: 'form' });
        const form = await page.evaluate(() => {
            const h = window.__host;
            const info = (h.context as { mode: { contextInfo?: { entityId: string; entityTypeName: string } } }).mode.contextInfo;
            const index = h.fleet?.ids.indexOf(h.formMailbox?.id ?? '') ?? -1;
            return { info, state: h.fleet?.states[index], title: document.getElementById('host-title')?.textContent, name: h.formMailbox?.name };
        });
        expect(form.info).toEqual({ entityId: expect.stringMatching(/^[0-9a-f-]{36}$/), entityTypeName: 'mailbox', entityRecordName: form.name });
        expect(form.state).toBe('failing');
        expect(form.title).toBe(form.name);
        await waitForIdle(page);
        expect(errors).toEqual([]);
        await saveScreenshot(page, 'harness-form', { fullPage: true });
        await page.close();
    });

    it('rejects tracelog reads with the Dataverse privilege error when noPrivilege=1', async () => {
        const { page } = await openHarness(browser, { placement: 'form', noPrivilege: 1 });
        const failure = await page.evaluate(() => {
            const webAPI = (window.__host.context as { webAPI: ComponentFramework.WebApi }).webAPI;
            return webAPI
                .retrieveMultipleRecords('tracelog', '?$top=1')
                .then(() => null)
                .catch((e: { message: string; errorCode: number }) => ({ message: e.message, errorCode: e.errorCode }));
        });
        expect(failure).toEqual({ message: expect.stringContaining('is missing prvReadTraceLog privilege'), errorCode: -2147220960 });
        await page.close();
    });

    it.each([
        ['dashboard', 'light'],
        ['grid', 'dark'],
        ['form', 'dark'],
    ])('loads the %s placement in the %s theme without errors', async (placement, theme) => {
        const { page, errors } = await openHarness(browser, { placement, theme, size: 1000 });
        await waitForIdle(page);
        expect((await hostState(page)).errors).toEqual([]);
        expect(errors).toEqual([]);
        await saveScreenshot(page, `harness-${placement}-${theme}`);
        await page.close();
    });

    it('has no serious or critical accessibility violations in the host chrome', async () => {
        const { page } = await openHarness(browser);
        expect(await runAxe(page, ['.host-bar', '.host-command', '#host-strip'])).toEqual([]);
        await page.close();
    });
});
