/**
 * Reads the fleet's recent alerts (docs/evidence.md §2.3: tracelog rows regarding mailboxes, warning and error
 * levels) for a window through context.webAPI: only the columns the catalogue needs, newest first, following the
 * next-links up to a cap, waiting out throttling (HTTP 429) where the server says how long. Never rejects: a missing
 * privilege, throttling that does not ease and any other failure end in a status, with no rows half-read.
 */
import { alertRowFromWebApi, type AlertRow } from '../core/alerts';
import type { IInputs } from '../generated/ManifestTypes';
import { TABLES } from '../manifest';
import type { AlertLoad, AlertProgress, AlertQuery } from '../contract/alerts';
import { isPrivilegeError } from './formContext';

type WebApi = Pick<ComponentFramework.WebApi, 'retrieveMultipleRecords'>;

/** The columns read: what matchTraceEntry uses, the time and the regarding mailbox. */
export const ALERT_SELECT = ['tracelogid', 'level', 'errortypedisplay', 'errordetails', 'text', 'createdon', 'modifiedon', '_regardingobjectid_value'] as const;
/** Rows per page: a few pages for a full cap, so progress moves. */
export const ALERT_PAGE_SIZE = 1000;
export const DEFAULT_ALERT_CAP = 5000;
/** The Web API returns at most 5,000 rows per page; the cap may go beyond it, a few pages more. */
export const MAX_ALERT_CAP = 50_000;
/** Tries after a 429 before giving up on the load. */
export const MAX_THROTTLE_RETRIES = 2;
/** Waiting longer than this for a Retry-After is not worth holding the section: say so instead. */
export const MAX_RETRY_WAIT_MS = 60_000;
/** When the server gives no Retry-After. */
export const DEFAULT_RETRY_WAIT_MS = 5_000;

/** Dataverse's service-protection errors: requests, execution time, concurrency (https://learn.microsoft.com/power-apps/developer/data-platform/api-limits). */
const SERVICE_PROTECTION_CODES: ReadonlySet<number> = new Set([-2147015902, -2147015903, -2147015898]);

/** The `alertCap` property: a whole number from 1 to MAX_ALERT_CAP, else the default. */
export function readAlertCap(parameters: Partial<Pick<IInputs, 'alertCap'>>): number {
    const raw: unknown = parameters.alertCap?.raw;
    const n = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : NaN;
    return Number.isInteger(n) && n >= 1 && n <= MAX_ALERT_CAP ? n : DEFAULT_ALERT_CAP;
}

/** An OData date-time literal with whole seconds. */
function odataInstant(ms: number): string {
    return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * `?$select=…&$filter=regardingobjecttypecode eq 'mailbox' and level ge 2 and modifiedon ge … and modifiedon lt …&$orderby=modifiedon desc`
 * (modifiedon: rows are reused, it is the last occurrence, trap T7; level 2 Warning and 3 Error).
 */
export function alertQueryOptions(query: AlertQuery): string {
    const clauses = [`regardingobjecttypecode eq 'mailbox'`, 'level ge 2', `modifiedon ge ${odataInstant(query.from)}`, `modifiedon lt ${odataInstant(query.to)}`];
    if (query.mailboxId) clauses.push(`_regardingobjectid_value eq ${query.mailboxId.replace(/^\{|\}$/g, '').toLowerCase()}`);
    return `?$select=${ALERT_SELECT.join(',')}&$filter=${clauses.join(' and ')}&$orderby=modifiedon desc`;
}

/** The options of the next page: the next-link's query (Xrm.WebApi takes it as the options string). */
export function nextPageOptions(nextLink: string): string | null {
    const q = nextLink.indexOf('?');
    return q < 0 ? null : nextLink.slice(q);
}

/** A Web API error that says the caller is throttled, with the server's Retry-After when it gives one (ms). */
export function throttleOf(error: unknown): { readonly retryAfterMs: number | null } | null {
    if (typeof error !== 'object' || error === null) return null;
    const e = error as Record<string, unknown>;
    const throttled =
        e.status === 429 ||
        e.code === 429 ||
        e.httpStatusCode === 429 ||
        (typeof e.errorCode === 'number' && SERVICE_PROTECTION_CODES.has(e.errorCode)) ||
        (typeof e.code === 'number' && SERVICE_PROTECTION_CODES.has(e.code));
    if (!throttled) return null;
    return { retryAfterMs: retryAfterMs(e) };
}

/** Retry-After in seconds, wherever the host put it: a property, or the response headers. */
function retryAfterMs(e: Record<string, unknown>): number | null {
    const headers = e.headers as { get?: (name: string) => unknown } | Record<string, unknown> | undefined;
    const fromHeaders =
        headers && typeof (headers as { get?: unknown }).get === 'function'
            ? (headers as { get: (n: string) => unknown }).get('Retry-After')
            : headers && typeof headers === 'object'
              ? ((headers as Record<string, unknown>)['Retry-After'] ?? (headers as Record<string, unknown>)['retry-after'])
              : undefined;
    for (const v of [e.retryAfter, e.retryAfterSeconds, fromHeaders]) {
        const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(v) ? Number(v) : NaN;
        if (Number.isFinite(n) && n >= 0) return Math.round(n * 1000);
    }
    return null;
}

function messageOf(error: unknown): string {
    if (typeof error === 'object' && error !== null && typeof (error as { message?: unknown }).message === 'string') return (error as { message: string }).message;
    return typeof error === 'string' ? error : '';
}

export interface AlertLoadDeps {
    /** Waits; injectable so tests do not sleep. */
    readonly sleep?: (ms: number) => Promise<void>;
    readonly pageSize?: number;
}

const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * @summary Reads the alerts of a window, page by page, newest first, up to `cap` rows.
 * @returns `loaded` with every row, `capped` with the newest `cap` rows, or a failure status with none.
 */
export async function loadAlerts(
    webAPI: WebApi | undefined,
    query: AlertQuery,
    cap: number,
    onProgress?: (progress: AlertProgress) => void,
    signal?: { readonly aborted: boolean },
    deps: AlertLoadDeps = {},
): Promise<AlertLoad> {
    const sleep = deps.sleep ?? realSleep;
    const pageSize = Math.max(1, Math.min(deps.pageSize ?? ALERT_PAGE_SIZE, 5000, cap));
    const rows: AlertRow[] = [];
    let pages = 0;
    let retries = 0;
    const end = (status: AlertLoad['status'], message?: string): AlertLoad => ({
        status,
        query,
        rows: status === 'loaded' || status === 'capped' ? rows : [],
        cap,
        pages,
        retries,
        ...(message !== undefined ? { message } : {}),
    });
    if (!webAPI) return end('failed');
    let options: string | null = alertQueryOptions(query);
    while (options !== null) {
        if (signal?.aborted) return end('failed', 'cancelled');
        let result: ComponentFramework.WebApi.RetrieveMultipleResponse;
        try {
            result = await webAPI.retrieveMultipleRecords(TABLES.traceLog, options, pageSize);
        } catch (e) {
            if (isPrivilegeError(e)) return end('no-privilege');
            const throttle = throttleOf(e);
            if (throttle === null) return end('failed', messageOf(e));
            const wait = throttle.retryAfterMs ?? DEFAULT_RETRY_WAIT_MS * (retries + 1);
            if (retries >= MAX_THROTTLE_RETRIES || wait > MAX_RETRY_WAIT_MS) return end('throttled', messageOf(e));
            retries++;
            onProgress?.({ loaded: rows.length, pages, retryInSeconds: Math.ceil(wait / 1000) });
            await sleep(wait);
            continue; // the same page again
        }
        pages++;
        const entities: unknown[] = Array.isArray(result?.entities) ? result.entities : [];
        for (const e of entities) {
            if (typeof e !== 'object' || e === null) continue;
            const row = alertRowFromWebApi(e as Record<string, unknown>);
            if (row) rows.push(row);
        }
        const next = typeof result?.nextLink === 'string' ? nextPageOptions(result.nextLink) : null;
        if (rows.length >= cap) {
            const more = rows.length > cap || next !== null;
            rows.length = Math.min(rows.length, cap);
            onProgress?.({ loaded: rows.length, pages });
            return end(more ? 'capped' : 'loaded');
        }
        onProgress?.({ loaded: rows.length, pages });
        options = next;
    }
    return end('loaded');
}
