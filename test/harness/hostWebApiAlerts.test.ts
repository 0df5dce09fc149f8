/** @jest-environment node */
import { ERROR_CODES, HostWebApi } from '../../harness/src/hostWebApi';
import { alertQueryOptions, loadAlerts } from '../../MailboxHealth/pcf/alerts';
import { generateFleet } from '../../sample/generateFleet';
import { generateAlertHistory } from '../../sample/alertHistory';

const NOW = Date.parse('2026-11-26T09:00:00Z');
const FLEET = generateFleet({ size: 1000, seed: 1, now: NOW });
const HISTORY = generateAlertHistory({ rows: FLEET.rows, now: NOW, seed: 1 });
const DAY = 86_400_000;

function api(options: { throttle?: 'first' | 'always'; noPrivilege?: boolean } = {}) {
    return new HostWebApi({
        rows: FLEET.rows,
        profiles: FLEET.profiles,
        traces: FLEET.traces,
        alertHistory: HISTORY,
        throttle: options.throttle ?? null,
        noPrivilege: options.noPrivilege ?? false,
        latencyMs: 0,
        userId: '{8F2A61C4-3B7E-4D09-A5C2-91E0D7B4F3A6}',
        offset: () => 0,
        onCall: () => undefined,
        schedule: (fn) => fn(),
    });
}

/** Every alert of the history and the fleet in the window, counted directly. */
function expectedCount(from: number, to: number): number {
    let n = 0;
    for (const source of [FLEET.traces, HISTORY]) {
        for (const list of source.values()) {
            for (const t of list) {
                const at = t.modifiedon instanceof Date ? Math.floor(t.modifiedon.getTime() / 1000) * 1000 : NaN;
                if ((t.level ?? 0) >= 2 && at >= from && at < to) n++;
            }
        }
    }
    return n;
}

const QUERY = { from: NOW - DAY, to: NOW, mailboxId: null };

describe('the harness Web API reading alerts', () => {
    it('answers the control’s alert query page by page through next-links, every row once, newest first', async () => {
        const webAPI = api();
        const load = await loadAlerts(webAPI, QUERY, 50_000, undefined, undefined, { pageSize: 200 });
        expect(load.status).toBe('loaded');
        const expected = expectedCount(QUERY.from, QUERY.to);
        expect(expected).toBeGreaterThan(400);
        expect(load.rows).toHaveLength(expected);
        const ids = load.rows.map((r) => r.trace.tracelogid).filter((id) => typeof id === 'string');
        expect(new Set(ids).size).toBe(ids.length);
        const times = load.rows.map((r) => Date.parse(String(r.trace.modifiedon)));
        expect(times).toEqual([...times].sort((a, b) => b - a));
        expect(webAPI.countCalls('retrieveMultipleRecords', 'tracelog')).toBe(Math.ceil(expected / 200));
    });

    it('stops at the cap after as many pages as the cap needs', async () => {
        const webAPI = api();
        const load = await loadAlerts(webAPI, QUERY, 300, undefined, undefined, { pageSize: 100 });
        expect(load.status).toBe('capped');
        expect(load.rows).toHaveLength(300);
        expect(webAPI.countCalls('retrieveMultipleRecords', 'tracelog')).toBe(3);
    });

    it('answers the first read with a 429 and a Retry-After, then serves the retry', async () => {
        const webAPI = api({ throttle: 'first' });
        const error = await webAPI.retrieveMultipleRecords('tracelog', alertQueryOptions(QUERY), 100).catch((e: unknown) => e);
        expect(error).toMatchObject({ status: 429, retryAfter: 1, errorCode: ERROR_CODES.throttled });
        await expect(webAPI.retrieveMultipleRecords('tracelog', alertQueryOptions(QUERY), 100)).resolves.toHaveProperty('entities');
        const waits: number[] = [];
        const load = await loadAlerts(api({ throttle: 'first' }), QUERY, 5000, undefined, undefined, { sleep: async (ms) => void waits.push(ms) });
        expect(load.status).not.toBe('throttled');
        expect(waits).toEqual([1000]);
    });

    it('keeps answering 429 when asked to, and the loader gives up', async () => {
        const load = await loadAlerts(api({ throttle: 'always' }), QUERY, 5000, undefined, undefined, { sleep: async () => undefined });
        expect(load.status).toBe('throttled');
    });

    it('refuses the read without the privilege', async () => {
        expect((await loadAlerts(api({ noPrivilege: true }), QUERY, 5000)).status).toBe('no-privilege');
    });

    it('narrows to one mailbox', async () => {
        const [id, list] = [...HISTORY.entries()].find(([, l]) => l.length > 1) ?? ['', []];
        const load = await loadAlerts(api(), { from: NOW - 7 * DAY, to: NOW, mailboxId: id }, 5000);
        expect(load.rows.length).toBeGreaterThanOrEqual(list.length);
        expect(new Set(load.rows.map((r) => r.mailboxId))).toEqual(new Set([id]));
    });
});
