/**
 * The harness page's query string: which fleet, which placement, how the host behaves. Bad values never break the
 * page: they are reported in the host strip and the default is used.
 */
import { DEFAULT_FLEET_SIZE, DEFAULT_SEED, MAX_FLEET_SIZE } from '../../sample/generateFleet';

export type Placement = 'grid' | 'dashboard' | 'form';
export type ColumnSet = 'view' | 'minimal' | 'all';

export interface HarnessOptions {
    readonly size: number;
    readonly seed: number;
    /** The instant the fleet is generated around and the control is told is now (epoch ms). */
    readonly now: number;
    /** true when `now` came from the query string (tests pin it), false when it is the real clock. */
    readonly fixedNow: boolean;
    readonly placement: Placement;
    /** Form placement: the mailbox the form shows (null = the first failing one). */
    readonly mailboxId: string | null;
    readonly pageSize: number;
    /** Simulated server time per dataset page, ms. */
    readonly latencyMs: number;
    /** Simulated server time per Web API call, ms. */
    readonly apiLatencyMs: number;
    readonly columns: ColumnSet;
    readonly allowAddColumn: boolean;
    /** `addColumn=ignore`: the host offers addColumn but no column ever arrives (field security, some hosts). */
    readonly addColumnBehaviour: 'adds' | 'ignores';
    /** `paging=replace`: loadNextPage replaces the records, as in canvas apps and custom pages. */
    readonly pagingStyle: 'accumulate' | 'replace';
    readonly noPrivilege: boolean;
    /** `throttle=first|always`: tracelog reads answer HTTP 429 (Retry-After 1 s) the first time, or every time. */
    readonly throttle: 'first' | 'always' | null;
    /** `alertHistory=0`: no seeded alert history (sample/alertHistory.ts) besides the fleet's own alerts. */
    readonly alertHistory: boolean;
    readonly theme: 'light' | 'dark';
    readonly totalCount: 'exact' | 'unknown';
    readonly failPage: number | null;
    /** Every other parameter: candidate overrides of the control's manifest properties. */
    readonly propertyOverrides: ReadonlyMap<string, string>;
    readonly warnings: readonly string[];
}

export const DEFAULT_PAGE_SIZE = 250;
export const DEFAULT_LATENCY_MS = 200;
export const DEFAULT_API_LATENCY_MS = 120;

const KNOWN = new Set([
    'size',
    'seed',
    'now',
    'placement',
    'mailbox',
    'pageSize',
    'latency',
    'apiLatency',
    'columns',
    'noAddColumn',
    'addColumn',
    'paging',
    'noPrivilege',
    'throttle',
    'alertHistory',
    'theme',
    'totalCount',
    'failPage',
]);

/**
 * Reads `location.search`. `clockNow` is the real time, used when the query has no `now`.
 * @example parseHarnessOptions('?size=1000&placement=dashboard', Date.now()).size // 1000
 */
export function parseHarnessOptions(search: string, clockNow: number): HarnessOptions {
    const params = new URLSearchParams(search);
    const warnings: string[] = [];
    const int = (name: string, fallback: number, min: number, max: number): number => {
        const text = params.get(name);
        if (text === null || text === '') return fallback;
        const n = Number(text);
        if (!Number.isInteger(n) || n < min || n > max) {
            warnings.push(`${name}=${text} must be a whole number from ${min} to ${max}; using ${fallback}`);
            return fallback;
        }
        return n;
    };
    const choice = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
        const text = params.get(name);
        if (text === null || text === '') return fallback;
        if ((allowed as readonly string[]).includes(text)) return text as T;
        warnings.push(`${name}=${text} must be one of ${allowed.join(', ')}; using ${fallback}`);
        return fallback;
    };
    const flag = (name: string): boolean => {
        const text = params.get(name);
        return text !== null && text !== '0' && text.toLowerCase() !== 'false';
    };

    let now = clockNow;
    let fixedNow = false;
    const nowText = params.get('now');
    if (nowText) {
        const parsed = Date.parse(nowText);
        if (Number.isNaN(parsed)) warnings.push(`now=${nowText} is not an ISO-8601 instant; using the current time`);
        else {
            now = parsed;
            fixedNow = true;
        }
    }
    const columns = choice<ColumnSet>('columns', ['view', 'minimal', 'all'], 'view');
    const mailbox = params.get('mailbox');
    const propertyOverrides = new Map<string, string>();
    for (const [key, value] of params) if (!KNOWN.has(key)) propertyOverrides.set(key, value);
    const failPage = int('failPage', 0, 0, 1000);
    return {
        size: int('size', DEFAULT_FLEET_SIZE, 0, MAX_FLEET_SIZE),
        seed: int('seed', DEFAULT_SEED, -2147483648, 2147483647),
        now,
        fixedNow,
        placement: choice<Placement>('placement', ['grid', 'dashboard', 'form'], 'grid'),
        mailboxId: mailbox ? mailbox.replace(/^\{|\}$/g, '').toLowerCase() : null,
        pageSize: int('pageSize', DEFAULT_PAGE_SIZE, 1, 5000),
        latencyMs: int('latency', DEFAULT_LATENCY_MS, 0, 60000),
        apiLatencyMs: int('apiLatency', DEFAULT_API_LATENCY_MS, 0, 60000),
        columns,
        // A host without addColumn is the point of the minimal view: the control must say what is missing.
        allowAddColumn: columns !== 'minimal' && !flag('noAddColumn'),
        addColumnBehaviour: choice<'add' | 'ignore'>('addColumn', ['add', 'ignore'], 'add') === 'ignore' ? 'ignores' : 'adds',
        pagingStyle: choice<'accumulate' | 'replace'>('paging', ['accumulate', 'replace'], 'accumulate'),
        noPrivilege: flag('noPrivilege'),
        throttle: params.get('throttle') ? choice<'first' | 'always'>('throttle', ['first', 'always'], 'first') : null,
        alertHistory: params.get('alertHistory') !== '0',
        theme: choice<'light' | 'dark'>('theme', ['light', 'dark'], 'light'),
        totalCount: choice<'exact' | 'unknown'>('totalCount', ['exact', 'unknown'], 'exact'),
        failPage: failPage === 0 ? null : failPage,
        propertyOverrides,
        warnings,
    };
}
