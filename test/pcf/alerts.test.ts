import { MockWebApi } from '../mocks/pcf';
import {
    ALERT_SELECT,
    DEFAULT_ALERT_CAP,
    alertQueryOptions,
    loadAlerts,
    nextPageOptions,
    readAlertCap,
    throttleOf,
} from '../../MailboxHealth/pcf/alerts';
import type { AlertProgress, AlertQuery } from '../../MailboxHealth/contract/alerts';
import { alertRowFromWebApi } from '../../MailboxHealth/core/alerts';
import { anAlertJson, mailboxId, NOW_MS } from '../builders/alerts';

const QUERY: AlertQuery = { from: NOW_MS - 86_400_000, to: NOW_MS, mailboxId: null };
type Response = ComponentFramework.WebApi.RetrieveMultipleResponse;

function page(n: number, next: string | null, startMinutes = 1): Response {
    const entities = Array.from({ length: n }, (_, i) => anAlertJson('outage', { minutesAgo: startMinutes + i, mailbox: (i % 7) + 1 }));
    return (next ? { entities, nextLink: `https://contoso.crm.dynamics.com/api/data/v9.2/tracelogs?${next}` } : { entities }) as Response;
}

function privilegeError() {
    return Object.assign(new Error('Principal user is missing prvReadTraceLog privilege'), { errorCode: -2147220960 });
}

function throttled(retryAfter?: number) {
    return Object.assign(new Error('Number of requests exceeded the limit of 6000 over time window of 300 seconds.'), { errorCode: -2147015902, ...(retryAfter !== undefined ? { retryAfter } : {}) });
}

describe('alertQueryOptions', () => {
    it('asks for only the needed columns, warnings and errors regarding mailboxes in the window, newest first', () => {
        expect(alertQueryOptions(QUERY)).toBe(
            `?$select=${ALERT_SELECT.join(',')}&$filter=regardingobjecttypecode eq 'mailbox' and level ge 2 and modifiedon ge 2018-12-02T15:25:00Z and modifiedon lt 2018-12-03T15:25:00Z&$orderby=modifiedon desc`,
        );
    });

    it('narrows to one mailbox on the form', () => {
        expect(alertQueryOptions({ ...QUERY, mailboxId: '{ABC00000-0000-4000-8000-000000000001}' })).toContain(' and _regardingobjectid_value eq abc00000-0000-4000-8000-000000000001&');
    });
});

describe('readAlertCap', () => {
    it('reads the property and falls back to 5,000 for anything unusable', () => {
        expect(readAlertCap({ alertCap: { raw: 200 } as ComponentFramework.PropertyTypes.WholeNumberProperty })).toBe(200);
        expect(readAlertCap({})).toBe(DEFAULT_ALERT_CAP);
        expect(readAlertCap({ alertCap: { raw: 0 } as ComponentFramework.PropertyTypes.WholeNumberProperty })).toBe(DEFAULT_ALERT_CAP);
        expect(readAlertCap({ alertCap: { raw: 2.5 } as ComponentFramework.PropertyTypes.WholeNumberProperty })).toBe(DEFAULT_ALERT_CAP);
    });
});

describe('throttleOf', () => {
    it('recognises a 429 and Dataverse’s service-protection codes, with the Retry-After in ms', () => {
        expect(throttleOf({ status: 429, headers: { 'Retry-After': '7' } })).toEqual({ retryAfterMs: 7000 });
        expect(throttleOf(throttled(3))).toEqual({ retryAfterMs: 3000 });
        expect(throttleOf({ errorCode: -2147015898 })).toEqual({ retryAfterMs: null });
        expect(throttleOf({ status: 500 })).toBeNull();
        expect(throttleOf('429')).toBeNull();
    });
});

describe('alertRowFromWebApi', () => {
    it('keeps the regarding mailbox, its name and the trace columns', () => {
        const row = alertRowFromWebApi(anAlertJson('item', { mailbox: 4 }));
        expect(row?.mailboxId).toBe(mailboxId(4));
        expect(row?.mailboxName).toBe('Mailbox 4');
        expect(row?.trace.errortypedisplay).toBe('InvalidSender');
    });

    it('drops a row regarding an email server profile', () => {
        expect(alertRowFromWebApi({ ...anAlertJson('item'), '_regardingobjectid_value@Microsoft.Dynamics.CRM.lookuplogicalname': 'emailserverprofile' })).toBeNull();
    });

    it('takes the next page’s options from the next-link', () => {
        expect(nextPageOptions('/api/data/v9.2/tracelogs?$select=a&$skiptoken=%3Ccookie%20pagenumber=%222%22%20/%3E')).toBe('?$select=a&$skiptoken=%3Ccookie%20pagenumber=%222%22%20/%3E');
        expect(nextPageOptions('nonsense')).toBeNull();
    });
});

describe('loadAlerts', () => {
    it('follows the next-links and reports progress after each page', async () => {
        const api = new MockWebApi();
        api.retrieveMultipleRecords.mockResolvedValueOnce(page(3, '$skiptoken=2')).mockResolvedValueOnce(page(2, null, 10));
        const progress: AlertProgress[] = [];
        const load = await loadAlerts(api, QUERY, 100, (p) => progress.push(p));
        expect(load.status).toBe('loaded');
        expect(load.rows).toHaveLength(5);
        expect(load.pages).toBe(2);
        expect(progress).toEqual([
            { loaded: 3, pages: 1 },
            { loaded: 5, pages: 2 },
        ]);
        expect(api.retrieveMultipleRecords.mock.calls.map((c) => [c[0], c[1], c[2]])).toEqual([
            ['tracelog', alertQueryOptions(QUERY), 100],
            ['tracelog', '?$skiptoken=2', 100],
        ]);
    });

    it('stops at the cap and says there are more', async () => {
        const api = new MockWebApi();
        api.retrieveMultipleRecords.mockResolvedValueOnce(page(4, '$skiptoken=2')).mockResolvedValueOnce(page(4, '$skiptoken=3', 10));
        const load = await loadAlerts(api, QUERY, 6, undefined, undefined, { pageSize: 4 });
        expect(load.status).toBe('capped');
        expect(load.rows).toHaveLength(6);
        expect(api.retrieveMultipleRecords).toHaveBeenCalledTimes(2);
    });

    it('is loaded, not capped, when the last page ends exactly at the cap', async () => {
        const api = new MockWebApi();
        api.retrieveMultipleRecords.mockResolvedValueOnce(page(4, null));
        expect((await loadAlerts(api, QUERY, 4)).status).toBe('loaded');
    });

    it('waits out a 429 for the server’s Retry-After, then reads the same page again', async () => {
        const api = new MockWebApi();
        api.retrieveMultipleRecords.mockRejectedValueOnce(throttled(2)).mockResolvedValueOnce(page(2, null));
        const waits: number[] = [];
        const progress: AlertProgress[] = [];
        const load = await loadAlerts(api, QUERY, 100, (p) => progress.push(p), undefined, { sleep: async (ms) => void waits.push(ms) });
        expect(load.status).toBe('loaded');
        expect(load.retries).toBe(1);
        expect(waits).toEqual([2000]);
        expect(progress[0]).toEqual({ loaded: 0, pages: 0, retryInSeconds: 2 });
        expect(api.retrieveMultipleRecords.mock.calls[0][1]).toBe(api.retrieveMultipleRecords.mock.calls[1][1]);
    });

    it('gives up with a clear status when the throttling does not ease, and keeps no rows', async () => {
        const api = new MockWebApi();
        api.retrieveMultipleRecords.mockResolvedValueOnce(page(2, '$skiptoken=2')).mockRejectedValue(throttled());
        const waits: number[] = [];
        const load = await loadAlerts(api, QUERY, 100, undefined, undefined, { sleep: async (ms) => void waits.push(ms) });
        expect(load.status).toBe('throttled');
        expect(load.rows).toEqual([]);
        expect(waits).toEqual([5000, 10000]);
        expect(load.message).toMatch(/Number of requests exceeded/);
    });

    it('does not hold the section for a Retry-After longer than a minute', async () => {
        const api = new MockWebApi();
        api.retrieveMultipleRecords.mockRejectedValueOnce(throttled(300));
        const sleep = jest.fn(async () => undefined);
        const load = await loadAlerts(api, QUERY, 100, undefined, undefined, { sleep });
        expect(load.status).toBe('throttled');
        expect(sleep).not.toHaveBeenCalled();
    });

    it('says no-privilege when the user cannot read trace logs', async () => {
        const api = new MockWebApi();
        api.retrieveMultipleRecords.mockRejectedValueOnce(privilegeError());
        expect((await loadAlerts(api, QUERY, 100)).status).toBe('no-privilege');
    });

    it('reports any other failure with the server’s message and no rows', async () => {
        const api = new MockWebApi();
        api.retrieveMultipleRecords.mockResolvedValueOnce(page(2, '$skiptoken=2')).mockRejectedValueOnce(new Error('SQL timeout'));
        const load = await loadAlerts(api, QUERY, 100);
        expect(load).toMatchObject({ status: 'failed', message: 'SQL timeout', rows: [] });
    });

    it('fails without a Web API (a host that has none)', async () => {
        expect((await loadAlerts(undefined, QUERY, 100)).status).toBe('failed');
    });

    it('stops following next-links once cancelled', async () => {
        const api = new MockWebApi();
        const signal = { aborted: false };
        api.retrieveMultipleRecords.mockImplementationOnce(async () => {
            signal.aborted = true;
            return page(2, '$skiptoken=2');
        });
        const load = await loadAlerts(api, QUERY, 100, undefined, signal);
        expect(api.retrieveMultipleRecords).toHaveBeenCalledTimes(1);
        expect(load.rows).toEqual([]);
    });
});
