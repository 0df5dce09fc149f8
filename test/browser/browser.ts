/**
 * Helpers for the browser tests: Debian's chromium driven by playwright-core (never a downloaded browser), a fresh
 * user-data-dir per launch, the harness page with its console errors collected, axe-core, screenshots.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { chromium, type BrowserContext, type ConsoleMessage, type Page } from 'playwright-core';
import type {} from '../../harness/src/hostApi'; // window.__host

export const CHROMIUM = '/usr/bin/chromium';
/** The flags DEVELOPERS.md prescribes. */
export const CHROMIUM_ARGS = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
];
export const SCREENSHOT_DIR = path.join(__dirname, '..', '..', 'test-results', 'screenshots');

/** The fixed instant the browser tests generate their fleets around. */
export const TEST_NOW = '2026-11-26T09:00:00Z';

export interface Browser {
    readonly context: BrowserContext;
    close(): Promise<void>;
}

/** Launches chromium with a fresh profile directory, removed again on close. */
export async function launchBrowser(options: { width?: number; height?: number } = {}): Promise<Browser> {
    const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mailboxhealth-chromium-'));
    const context = await chromium.launchPersistentContext(userDataDir, {
        executablePath: CHROMIUM,
        headless: true,
        args: CHROMIUM_ARGS,
        viewport: { width: options.width ?? 1400, height: options.height ?? 900 },
        locale: 'en-US',
        timezoneId: 'UTC',
    });
    return {
        context,
        close: async () => {
            await context.close();
            fs.rmSync(userDataDir, { recursive: true, force: true });
        },
    };
}

/** The harness URL global setup started (process.env set before the workers were created). */
export function harnessUrl(query: Record<string, string | number | boolean> = {}): string {
    const base = process.env.MAILBOXHEALTH_HARNESS_URL;
    if (!base) throw new Error('MAILBOXHEALTH_HARNESS_URL is not set: run the browser tests through jest (npm run test:browser), whose global setup starts the harness');
    const params = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]));
    const search = params.toString();
    return search ? `${base}?${search}` : base;
}

export interface HarnessPage {
    readonly page: Page;
    /** Console errors and uncaught page errors seen so far. */
    readonly errors: string[];
}

/** Opens a page that records console errors and page errors. */
export async function newPage(browser: Browser): Promise<HarnessPage> {
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('console', (message: ConsoleMessage) => {
        if (message.type() === 'error') errors.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error: Error) => errors.push(`page: ${error.message}`));
    return { page, errors };
}

/**
 * Opens the harness with the query (a fixed `now` unless given) and waits until the control has rendered once.
 * @returns the page and its error list (console errors and uncaught page errors)
 */
export async function openHarness(
    browser: Browser,
    query: Record<string, string | number | boolean> = {},
    timeoutMs = 30000,
    /** Runs on the new page before it navigates (e.g. page.addInitScript to watch the page from its first byte). */
    before?: (page: Page) => Promise<void>,
): Promise<HarnessPage> {
    const harness = await newPage(browser);
    if (before) await before(harness.page);
    await harness.page.goto(harnessUrl({ now: TEST_NOW, ...query }), { waitUntil: 'load' });
    await harness.page.waitForFunction(() => window.__host?.ready === true || (window.__host?.errors.length ?? 0) > 0, undefined, { timeout: timeoutMs });
    return harness;
}

/**
 * Waits until the host is quiet: the control rendered, no dataset page and no Web API call in flight, and no new
 * updateView for `quietMs`. Use before screenshots and before asserting on what the control shows.
 */
export async function waitForIdle(page: Page, quietMs = 400, timeoutMs = 30000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let last = -1;
    let quietSince = Date.now();
    for (;;) {
        const s = await page.evaluate(() => ({ busy: !window.__host.ready || window.__host.loading || window.__host.pendingWebApi > 0, renders: window.__host.renders }));
        if (s.busy || s.renders !== last) {
            last = s.renders;
            quietSince = Date.now();
        } else if (Date.now() - quietSince >= quietMs) {
            return;
        }
        if (Date.now() > deadline) throw new Error(`the harness did not settle within ${timeoutMs} ms`);
        await page.waitForTimeout(100);
    }
}

/** Reads window.__host (serialisable parts). */
export async function hostState(page: Page): Promise<HostSnapshot> {
    return page.evaluate(() => {
        const h = window.__host;
        return {
            ready: h.ready,
            selectedIds: h.selectedIds,
            opened: h.opened,
            navigations: h.navigations.map((n) => n.action),
            pagesLoaded: h.pagesLoaded,
            pageRequests: h.pageRequests,
            recordsLoaded: h.recordsLoaded,
            totalRecords: h.totalRecords,
            controlState: h.controlState,
            errors: h.errors,
            missingStrings: h.missingStrings,
            log: h.log,
            renders: h.renders,
            webApiCalls: h.webApiCalls.length,
        };
    });
}

export interface HostSnapshot {
    ready: boolean;
    selectedIds: string[];
    opened: { id: string; etn: string | undefined; name: string }[];
    navigations: string[];
    pagesLoaded: number;
    pageRequests: number;
    recordsLoaded: number;
    totalRecords: number;
    controlState: Record<string, unknown> | null;
    errors: string[];
    missingStrings: string[];
    log: string[];
    renders: number;
    webApiCalls: number;
}

export interface AxeViolation {
    readonly id: string;
    readonly impact: string;
    readonly help: string;
    readonly targets: string[];
    /** axe's failure summary of each node (e.g. the contrast ratio found), in the order of `targets`. */
    readonly summaries: string[];
}

/**
 * Runs axe-core on the whole page, or only inside the given selectors, and returns its serious and critical
 * violations (the browser tests allow none).
 */
export async function runAxe(page: Page, selectors?: readonly string[]): Promise<AxeViolation[]> {
    await waitForAnimations(page); // a row half-way through its fade-in has a contrast it never keeps
    const source = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
    await page.addScriptTag({ content: source });
    // Not an async function: ts-jest would compile it to an __awaiter helper that does not exist in the page.
    const violations = await page.evaluate((include) => {
        const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[] }> } }).axe;
        return axe
            .run(include ? { include: include.map((s) => [s]) } : document, { resultTypes: ['violations'] })
            .then((result) => result.violations.map((v) => ({ id: v.id, impact: v.impact ?? 'unknown', help: v.help, targets: v.nodes.map((n) => n.target.map(String).join(' ')), summaries: v.nodes.map((n) => (n.failureSummary ?? '').replace(/\s+/g, ' ').trim()) })));
    }, selectors ? [...selectors] : null);
    return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/**
 * Waits until the page's finite animations (Fluent's row fade-ins, panel slide-ins) have finished, so a screenshot
 * shows the page as a person sees it a moment later. Endless ones (spinners, shimmer) are ignored.
 */
export async function waitForAnimations(page: Page, timeoutMs = 5000): Promise<void> {
    await page.waitForFunction(
        () => document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity),
        undefined,
        { timeout: timeoutMs },
    );
}

/** Saves a screenshot under test-results/screenshots/<name>.png (git-ignored) and returns its path. */
export async function saveScreenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<string> {
    fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await waitForAnimations(page);
    const file = path.join(SCREENSHOT_DIR, `${name}.png`);
    await page.screenshot({ path: file, fullPage: options.fullPage ?? false });
    return file;
}
