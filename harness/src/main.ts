/**
 * The harness page: a small model-driven host for the BUILT control bundle (out/controls/MailboxHealth/bundle.js).
 * index.html has already loaded the platform libraries the way the host supplies them (React 16.14 as `Reactv16`,
 * Fluent 8.29 as `FluentUIReactv8290`, ReactDOM for the host itself); this script defines
 * ComponentFramework.registerControl, loads the bundle, builds the context over the sample fleet, calls init and
 * updateView and renders the returned element into the page (a virtual control).
 *
 * Tests read window.__host (see HarnessHost below).
 */
import { generateFleet, type Fleet } from '../../sample/generateFleet';
import { FLEET_MIX } from '../../sample/fleetMix';
import { browserOffset } from './format';
import { HostContext } from './hostContext';
import { HostDataset } from './hostDataset';
import { generateAlertHistory } from '../../sample/alertHistory';
import { HostWebApi } from './hostWebApi';
import { ALL_VIEW_COLUMNS, MINIMAL_COLUMNS, VIEW_COLUMNS } from './metadata';
import { parseHarnessOptions, type HarnessOptions } from './options';
import { buildProperties, createResources, parseManifestProperties, parseResx } from './resources';
import type { HarnessHost } from './hostApi';

type Dictionary = ComponentFramework.Dictionary;
interface ControlInstance {
    init(context: unknown, notifyOutputChanged?: () => void, state?: Dictionary, container?: HTMLDivElement): void;
    updateView(context: unknown): unknown;
    getOutputs?(): unknown;
    destroy(): void;
}
type ControlConstructor = new () => ControlInstance;

declare global {
    interface Window {
        ReactDOM: { render(element: unknown, container: Element): void; unmountComponentAtNode(container: Element): boolean };
    }
}

const CONTROL_NAME = 'MailboxHealthControls.MailboxHealth';
const USER_ID = '{8F2A61C4-3B7E-4D09-A5C2-91E0D7B4F3A6}';
const USER_NAME = 'Alex Admin';

function text(value: unknown): string {
    if (value instanceof Error) return `${value.name}: ${value.message}`;
    if (typeof value === 'string') return value;
    try {
        return JSON.stringify(value);
    } catch {
        return String(value);
    }
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string>, children: (Node | string)[] = []): HTMLElementTagNameMap[K] {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
    for (const c of children) node.append(c);
    return node;
}

function byId(id: string): HTMLElement {
    const node = document.getElementById(id);
    if (!node) throw new Error(`harness page lacks #${id}`);
    return node;
}

async function fetchText(url: string): Promise<string> {
    const response = await fetch(url, { cache: 'no-store' });
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    return response.text();
}

function loadScript(src: string): Promise<void> {
    return new Promise((resolve, reject) => {
        const script = el('script', { src });
        script.onload = () => resolve();
        script.onerror = () => reject(new Error(`could not load ${src}`));
        document.body.append(script);
    });
}

function installErrorCapture(host: HarnessHost): void {
    const original = console.error.bind(console);
    console.error = (...args: unknown[]) => {
        host.errors.push(args.map(text).join(' '));
        original(...args);
    };
    window.addEventListener('error', (event) => {
        const target = event.target as HTMLElement | null;
        if (target && target !== (window as unknown) && 'src' in target) host.errors.push(`failed to load ${(target as HTMLScriptElement).src}`);
        else host.errors.push(`Uncaught ${event.message}`);
    }, true);
    window.addEventListener('unhandledrejection', (event) => host.errors.push(`Unhandled rejection: ${text(event.reason)}`));
}

/** The mailbox a form placement shows: the one asked for, else the first failing one in name order. */
function pickFormMailbox(fleet: Fleet, wanted: string | null): { id: string; name: string } | null {
    const rows = fleet.rows;
    if (wanted) {
        const row = rows.find((r) => String(r.mailboxid).toLowerCase() === wanted);
        return { id: wanted, name: row ? String(row.name) : wanted };
    }
    const failing = new Set(FLEET_MIX.filter((s) => s.state === 'failing').map((s) => s.code));
    let best: { id: string; name: string } | null = null;
    for (let i = 0; i < rows.length; i++) {
        if (!failing.has(fleet.scenarios[i])) continue;
        const name = String(rows[i].name);
        if (best === null || name.toLowerCase() < best.name.toLowerCase()) best = { id: String(rows[i].mailboxid), name };
    }
    if (best !== null) return best;
    return rows[0] ? { id: String(rows[0].mailboxid), name: String(rows[0].name) } : null;
}

async function main(): Promise<void> {
    const options = parseHarnessOptions(window.location.search, Date.now());
    const host: HarnessHost = {
        ready: false,
        options: { ...options, propertyOverrides: undefined, nowIso: new Date(options.now).toISOString() } as HarnessHost['options'],
        selectedIds: [],
        opened: [],
        navigations: [],
        pagesLoaded: 0,
        loading: false,
        pendingWebApi: 0,
        pageRequests: 0,
        recordsLoaded: 0,
        totalRecords: -1,
        controlState: null,
        errors: [],
        missingStrings: [],
        webApiCalls: [],
        log: [],
        renders: 0,
        lastRenderMs: 0,
        outputsChanged: 0,
        fleetMs: 0,
        clockOffsetMs: (window as unknown as { __harnessClock?: { offsetMs: number } }).__harnessClock?.offsetMs ?? 0,
        fleet: null,
        formMailbox: null,
        context: null,
    };
    window.__host = host;
    installErrorCapture(host);
    if (options.theme === 'dark') document.body.classList.add('theme-dark');
    document.body.classList.add(`placement-${options.placement}`);

    const registered = new Promise<ControlConstructor>((resolve) => {
        // The platform's registration entry point; pcf-scripts appends a call to it to every bundle.
        (window as unknown as { ComponentFramework: { registerControl(name: string, ctor: ControlConstructor): void } }).ComponentFramework = {
            registerControl: (name: string, ctor: ControlConstructor) => {
                if (name === CONTROL_NAME) resolve(ctor);
                else host.log.push(`registerControl ${name} ignored`);
            },
        };
    });

    const started = performance.now();
    const fleet = generateFleet({ size: options.size, seed: options.seed, now: options.now });
    host.fleetMs = Math.round(performance.now() - started);
    const stateOf = new Map(FLEET_MIX.map((s) => [s.code, s.state]));
    host.fleet = { ids: fleet.rows.map((r) => String(r.mailboxid)), scenarios: fleet.scenarios, states: fleet.scenarios.map((s) => stateOf.get(s) ?? '') };

    const [resx, manifest] = await Promise.all([fetchText('/control/strings/MailboxHealth.1033.resx'), fetchText('/control/ControlManifest.xml')]);
    // Style sheets the manifest lists are injected by the platform before the control loads.
    for (const m of manifest.matchAll(/<css\s[^>]*path="([^"]+)"/g)) document.head.append(el('link', { rel: 'stylesheet', href: `/control/${m[1]}` }));
    await loadScript('/control/bundle.js');
    const Control = await Promise.race([
        registered,
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`the bundle did not register ${CONTROL_NAME}`)), 10000)),
    ]);

    const warnings = [...options.warnings];
    const formMailbox = options.placement === 'form' ? pickFormMailbox(fleet, options.mailboxId) : null;
    host.formMailbox = formMailbox;
    const chrome = renderChrome(options, formMailbox, fleet.rows.length);
    const container = chrome.root;

    let renderQueued = false;
    const updated = new Set<string>();
    let control: ControlInstance | null = null;
    let hostContext: HostContext | null = null;
    let failed = false;
    const strip = () => updateStrip(host, dataset, warnings);

    const requestRender = (props: string[]) => {
        for (const p of props) updated.add(p);
        if (renderQueued) return;
        renderQueued = true;
        queueMicrotask(() => {
            renderQueued = false;
            render([...updated]);
            updated.clear();
        });
    };

    const dataset = new HostDataset({
        rows: fleet.rows,
        viewColumns: options.columns === 'minimal' ? MINIMAL_COLUMNS : options.columns === 'all' ? ALL_VIEW_COLUMNS : VIEW_COLUMNS,
        allowAddColumn: options.allowAddColumn,
        addColumnBehaviour: options.addColumnBehaviour,
        pagingStyle: options.pagingStyle,
        pageSize: options.pageSize,
        latencyMs: options.latencyMs,
        totalCount: options.totalCount,
        failPage: options.failPage,
        offset: browserOffset,
        viewTitle: 'Active Mailboxes',
        viewId: '{6B7A1F0C-2E5D-4C83-9A41-0F3E8D2C7B15}',
        events: {
            changed: () => requestRender(['dataset', 'mailboxes']),
            selected: (ids) => {
                host.selectedIds = ids;
                strip();
            },
            opened: (reference) => {
                host.opened.push({ id: String(reference?.id?.guid ?? ''), etn: reference?.etn, name: String(reference?.name ?? '') });
                strip();
            },
            log: (message) => host.log.push(message),
        },
    });

    const webAPI = new HostWebApi({
        rows: fleet.rows,
        profiles: fleet.profiles,
        traces: fleet.traces,
        noPrivilege: options.noPrivilege,
        alertHistory: options.alertHistory ? generateAlertHistory({ rows: fleet.rows, now: options.now, seed: options.seed }) : undefined,
        throttle: options.throttle,
        latencyMs: options.apiLatencyMs,
        userId: USER_ID,
        offset: browserOffset,
        onStart: () => {
            host.pendingWebApi++;
        },
        onCall: (call) => {
            host.pendingWebApi--;
            host.webApiCalls.push(call);
            strip();
        },
    });

    const missing = new Set<string>();
    const resources = createResources(parseResx(resx), (key) => {
        if (!missing.has(key)) {
            missing.add(key);
            host.missingStrings.push(key);
        }
    });
    const manifestProperties = parseManifestProperties(manifest);
    const known = new Set(manifestProperties.map((p) => p.name));
    for (const name of options.propertyOverrides.keys()) if (!known.has(name)) warnings.push(`unknown query parameter ${name}`);
    const properties = buildProperties(manifestProperties, options.propertyOverrides, (message) => warnings.push(message));

    hostContext = new HostContext({
        placement: options.placement,
        dataset,
        webAPI,
        resources,
        properties,
        formRecord: formMailbox,
        theme: options.theme,
        noPrivilege: options.noPrivilege,
        userId: USER_ID,
        userName: USER_NAME,
        offset: browserOffset,
        containerSize: () => ({ width: Math.floor(container.clientWidth), height: Math.floor(container.clientHeight) }),
        storage: window.sessionStorage,
        events: {
            requestRender,
            log: (message) => host.log.push(message),
            navigated: (entry) => {
                host.navigations.push(entry);
                strip();
            },
            controlState: (state) => {
                host.controlState = state;
            },
            outputChanged: () => {
                host.outputsChanged++;
            },
        },
    });
    host.controlState = hostContext.initialState();

    function render(props: string[]): void {
        if (!control || !hostContext) return;
        const context = hostContext.build(props);
        host.context = context;
        const t0 = performance.now();
        try {
            const element = control.updateView(context);
            window.ReactDOM.render(element, container);
            host.ready = true;
        } catch (e) {
            host.errors.push(`updateView failed: ${text(e)}`);
            if (!failed) chrome.showFailure(text(e));
            failed = true;
        }
        host.lastRenderMs = Math.round(performance.now() - t0);
        host.renders++;
        strip();
    }

    // The host asks for the view's first page before the control exists, as the grid does.
    dataset.start();
    control = new Control();
    const notifyOutputChanged = () => {
        host.outputsChanged++;
        control?.getOutputs?.();
    };
    control.init(hostContext.build([]), notifyOutputChanged, hostContext.initialState());
    render(['dataset', 'mailboxes']);

    if (typeof ResizeObserver === 'function') {
        let last = '';
        new ResizeObserver(() => {
            const size = `${container.clientWidth}x${container.clientHeight}`;
            // In the next frame, as a model-driven host answers a resize: rendering inside the observer's callback
            // changes the layout it is delivering and the browser reports a ResizeObserver loop.
            if (size !== last && hostContext?.trackResize) requestAnimationFrame(() => requestRender(['layout']));
            last = size;
        }).observe(container);
    }
    window.addEventListener('pagehide', () => control?.destroy());
}

interface Chrome {
    readonly root: HTMLElement;
    showFailure(message: string): void;
}

const PLACEMENT_LABELS: Readonly<Record<HarnessOptions['placement'], string>> = {
    grid: 'Mailbox view (grid)',
    dashboard: 'Dashboard',
    form: 'Mailbox form',
};

function renderChrome(options: HarnessOptions, formMailbox: { id: string; name: string } | null, size: number): Chrome {
    const title = byId('host-title');
    const placement = byId('host-placement');
    const frame = byId('host-frame');
    placement.textContent = `${PLACEMENT_LABELS[options.placement]} · ${size.toLocaleString('en-US')} mailboxes · seed ${options.seed} · now ${new Date(options.now).toISOString()}${options.fixedNow ? ' (fixed)' : ''}`;
    const root = el('div', { id: 'control-root', class: 'control-root' });
    if (options.placement === 'form') {
        title.textContent = formMailbox ? formMailbox.name : 'Mailbox';
        frame.append(
            el('div', { class: 'form-header' }, [el('span', { class: 'form-entity' }, ['Mailbox']), el('span', { class: 'form-tabs' }, ['General · Sync health · Alerts'])]),
            el('section', { class: 'form-section', 'aria-label': 'Sync health' }, [el('h2', { class: 'section-title' }, ['Sync health']), root]),
        );
    } else if (options.placement === 'dashboard') {
        title.textContent = 'Server-side synchronization health';
        frame.append(el('section', { class: 'dashboard-tile', 'aria-label': 'Mailboxes' }, [el('h2', { class: 'section-title' }, ['Mailboxes (Active Mailboxes)']), root]));
    } else {
        title.textContent = 'Active Mailboxes';
        frame.append(root);
    }
    return {
        root,
        showFailure: (message: string) => {
            const box = el('div', { class: 'host-failure', role: 'alert' }, [`Error loading control: ${message}`]);
            frame.prepend(box);
        },
    };
}

function updateStrip(host: HarnessHost, dataset: HostDataset, warnings: readonly string[]): void {
    host.pagesLoaded = dataset.pagesLoaded;
    host.loading = dataset.loading;
    host.pageRequests = dataset.pageRequests;
    host.recordsLoaded = dataset.recordsLoaded;
    host.totalRecords = dataset.total;
    const set = (id: string, value: string) => {
        const node = document.getElementById(id);
        if (node && node.textContent !== value) node.textContent = value;
    };
    const total = dataset.total < 0 ? '…' : dataset.total.toLocaleString('en-US');
    set('host-records', `Records ${dataset.recordsLoaded.toLocaleString('en-US')} of ${total} · pages ${dataset.pagesLoaded}${dataset.loading ? ' · loading' : ''}`);
    const selected = host.selectedIds;
    set('host-selected', `Selected ${selected.length}${selected.length ? `: ${selected.slice(0, 3).join(', ')}${selected.length > 3 ? ', …' : ''}` : ''}`);
    const opened = host.opened[host.opened.length - 1];
    set('host-opened', opened ? `Opened: ${opened.name} (${opened.etn ?? '?'} ${opened.id})` : 'Opened: none');
    const nav = host.navigations[host.navigations.length - 1];
    set('host-navigation', nav ? `Navigation: ${nav.action}` : '');
    set('host-webapi', `Web API calls ${host.webApiCalls.length}`);
    set('host-warnings', warnings.length ? `Harness: ${warnings.join('; ')}` : '');
}

main().catch((e: unknown) => {
    const message = text(e);
    if (window.__host) window.__host.errors.push(`harness failed: ${message}`);
    const frame = document.getElementById('host-frame');
    if (frame) frame.prepend(el('div', { class: 'host-failure', role: 'alert' }, [`The harness could not start: ${message}`]));
});
