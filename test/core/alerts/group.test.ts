/** @jest-environment node */
import { classesPresent, groupAlerts, matchAlerts, normalizeMailboxId, presetWindow, ALERT_CLASSES, type AlertRow } from '../../../MailboxHealth/core/alerts';
import { anAlert, aTrace, mailboxId, NOW_MS } from '../../builders/alerts';
import { matchTraceEntry } from '../../../MailboxHealth/core/errorCatalogue';
import { generateFleet } from '../../../sample/generateFleet';
import { generateAlertHistory } from '../../../sample/alertHistory';

const DAY = presetWindow('24h', NOW_MS);

function summarize(rows: AlertRow[], fleetSize: number | null = 100) {
    return groupAlerts(matchAlerts(rows), DAY, fleetSize);
}

describe('matchAlerts', () => {
    it('gives each alert the catalogue’s code and class', () => {
        const { alerts } = matchAlerts([anAlert('outage'), anAlert('expiry'), anAlert('item'), anAlert('config'), anAlert('unknown')]);
        const byKind = Object.fromEntries(alerts.map((a) => [a.match.errorType, [a.match.code, a.match.class]]));
        expect(byKind).toEqual({
            IncomingEmailServerServiceError: ['IncomingEmailServerServiceError', 'transient'],
            UnknownIncomingEmailIntegrationError: ['SecureChannelFailure', 'permanent'],
            InvalidSender: ['InvalidSender', 'item'],
            OutgoingEmailServerServiceError: ['CredentialsRequireTls', 'config'],
            SomethingNobodyHasSeen: ['unknown', 'unknown'],
        });
    });

    it('leaves information rows out and counts them', () => {
        const m = matchAlerts([anAlert('information'), anAlert('outage')]);
        expect(m.alerts).toHaveLength(1);
        expect(m.information).toBe(1);
    });

    it('counts rows without a readable time as undated instead of placing them anywhere', () => {
        const row: AlertRow = { mailboxId: mailboxId(1), trace: { ...aTrace('outage'), modifiedon: 'yesterday', createdon: null } };
        const m = matchAlerts([row, { mailboxId: null, trace: null as never }]);
        expect(m.alerts).toHaveLength(0);
        expect(m.undated).toBe(2);
    });

    it('keeps a row with neither error type nor text as an unknown alert', () => {
        const m = matchAlerts([{ mailboxId: mailboxId(1), trace: { level: 3, modifiedon: new Date(NOW_MS - 60_000) } }]);
        expect(m.alerts.map((a) => [a.match.code, a.key])).toEqual([['unknown', 'unknown:']]);
    });

    it('takes the last occurrence (modifiedon) as the alert’s time, since rows are reused', () => {
        const trace = { ...aTrace('outage', { minutesAgo: 600 }), modifiedon: new Date(NOW_MS - 5 * 60_000) };
        expect(matchAlerts([{ mailboxId: mailboxId(1), trace }]).alerts[0].at).toBe(NOW_MS - 5 * 60_000);
    });

    it('orders alerts newest first', () => {
        const m = matchAlerts([anAlert('item', { minutesAgo: 50 }), anAlert('item', { minutesAgo: 5 }), anAlert('item', { minutesAgo: 20 })]);
        expect(m.alerts.map((a) => (NOW_MS - a.at) / 60_000)).toEqual([5, 20, 50]);
    });

    it('gives every row the same match as matching it alone, though rows that differ only by ActivityId are scanned once', () => {
        const now = Date.parse('2026-11-26T09:00:00Z');
        const fleet = generateFleet({ size: 300, seed: 3, now });
        const rows: AlertRow[] = [...generateAlertHistory({ rows: fleet.rows, now, seed: 3 }), ...fleet.traces].flatMap(([id, list]) => list.map((trace) => ({ mailboxId: id, trace })));
        const byRow = new Map(matchAlerts(rows).alerts.map((a) => [a, a]));
        expect(byRow.size).toBeGreaterThan(100);
        for (const row of rows) {
            const alone = matchTraceEntry(row.trace);
            if (alone === null || alone.level === 1) continue;
            const found = [...byRow.keys()].find((a) => a.match.text === alone.text && a.at === alone.at && a.mailboxId === row.mailboxId);
            expect(found?.match).toEqual(alone);
        }
    });

    it('normalizes mailbox ids so braces and case do not split a mailbox in two', () => {
        expect(normalizeMailboxId('{ABCDEF00-0000-4000-8000-000000000001}')).toBe('abcdef00-0000-4000-8000-000000000001');
        expect(normalizeMailboxId('')).toBeNull();
        expect(normalizeMailboxId(42)).toBeNull();
    });
});

describe('groupAlerts', () => {
    it('counts alerts per error with distinct mailboxes, first and last seen', () => {
        const s = summarize([
            anAlert('outage', { minutesAgo: 300, mailbox: 1 }),
            anAlert('outage', { minutesAgo: 240, mailbox: 1 }),
            anAlert('outage', { minutesAgo: 200, mailbox: 2 }),
            anAlert('item', { minutesAgo: 100, mailbox: 3 }),
        ]);
        expect(s.groups.map((g) => [g.code, g.count, g.mailboxes])).toEqual([
            ['IncomingEmailServerServiceError', 3, 2],
            ['InvalidSender', 1, 1],
        ]);
        const outage = s.groups[0];
        expect(outage.firstSeen).toBe(NOW_MS - 300 * 60_000);
        expect(outage.lastSeen).toBe(NOW_MS - 200 * 60_000);
        expect(new Set(outage.mailboxIds)).toEqual(new Set([mailboxId(1), mailboxId(2)]));
        expect(s.total).toBe(4);
        expect(s.mailboxes).toBe(3);
    });

    it('is still happening when the error has alerts in the last bucket', () => {
        const s = summarize([anAlert('outage', { minutesAgo: 30 }), anAlert('item', { minutesAgo: 61 })]);
        const still = Object.fromEntries(s.groups.map((g) => [g.code, g.stillHappening]));
        expect(still).toEqual({ IncomingEmailServerServiceError: true, InvalidSender: false });
    });

    it('gives the share of the fleet affected, and none when the fleet size is unknown', () => {
        const rows = [anAlert('outage', { mailbox: 1 }), anAlert('outage', { mailbox: 2 }), anAlert('outage', { mailbox: 2 })];
        expect(summarize(rows, 8).groups[0].fleetShare).toBe(0.25);
        expect(summarize(rows, null).groups[0].fleetShare).toBeNull();
        expect(summarize(rows, 0).groups[0].fleetShare).toBeNull();
    });

    it('counts each bucket per class, oldest bucket first', () => {
        const s = summarize([anAlert('outage', { minutesAgo: 10 }), anAlert('expiry', { minutesAgo: 20 }), anAlert('item', { minutesAgo: 23 * 60 + 30 })]);
        expect(s.buckets).toHaveLength(24);
        expect(s.buckets[23].byClass).toEqual({ permanent: 1, config: 0, transient: 1, item: 0, unknown: 0 });
        expect(s.buckets[0].byClass.item).toBe(1);
        expect(s.buckets.reduce((n, b) => n + b.total, 0)).toBe(3);
    });

    it('leaves alerts outside the window out of every figure and counts them', () => {
        const s = summarize([anAlert('outage', { minutesAgo: 25 * 60 }), anAlert('outage', { minutesAgo: -5 }), anAlert('item', { minutesAgo: 5 })]);
        expect(s.total).toBe(1);
        expect(s.outside).toBe(2);
        expect(s.groups.map((g) => g.code)).toEqual(['InvalidSender']);
    });

    it('takes the class of the newest alert: a warning re-logged as an error is permanent now', () => {
        const s = summarize([anAlert('outage', { minutesAgo: 90, level: 2 }), anAlert('outage', { minutesAgo: 10, level: 3 })]);
        expect(s.groups[0].class).toBe('permanent');
        expect(s.groups[0].byClass).toEqual({ permanent: 1, config: 0, transient: 1, item: 0, unknown: 0 });
    });

    it('keeps unrecognised errors apart by their error type', () => {
        const other = { ...anAlert('unknown'), trace: { ...aTrace('unknown'), errortypedisplay: 'AnotherOddity' } };
        const s = summarize([anAlert('unknown'), other]);
        expect(s.groups.map((g) => g.key).sort()).toEqual(['unknown:AnotherOddity', 'unknown:SomethingNobodyHasSeen']);
    });

    it('lists the errors with most alerts first, then the most recent', () => {
        const s = summarize([anAlert('item', { minutesAgo: 50 }), anAlert('config', { minutesAgo: 5 }), anAlert('outage'), anAlert('outage')]);
        expect(s.groups.map((g) => g.code)).toEqual(['IncomingEmailServerServiceError', 'CredentialsRequireTls', 'InvalidSender']);
    });

    it('gives an empty summary for no alerts', () => {
        const s = summarize([]);
        expect(s.total).toBe(0);
        expect(s.groups).toEqual([]);
        expect(s.buckets.every((b) => b.total === 0)).toBe(true);
    });

    it('says which of the asked classes occurred', () => {
        const s = summarize([anAlert('item'), anAlert('outage')]);
        expect(classesPresent(s, ['permanent', 'item', 'transient'])).toEqual(['item', 'transient']);
    });

    it('stacks the classes that need someone first', () => {
        expect(ALERT_CLASSES).toEqual(['permanent', 'config', 'transient', 'item', 'unknown']);
    });
});
