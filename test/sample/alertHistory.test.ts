/** @jest-environment node */
import { groupAlerts, matchAlerts, presetWindow, type AlertRow } from '../../MailboxHealth/core/alerts';
import { generateAlertHistory, INCIDENTS } from '../../sample/alertHistory';
import { generateFleet, PROFILE_IDS } from '../../sample/generateFleet';

const NOW = Date.parse('2026-11-26T09:00:00Z');
const FLEET = generateFleet({ size: 1000, seed: 1, now: NOW });
const HISTORY = generateAlertHistory({ rows: FLEET.rows, now: NOW, seed: 1 });
const HOUR = 3_600_000;

function rows(): AlertRow[] {
    return [...HISTORY].flatMap(([mailboxId, list]) => list.map((trace) => ({ mailboxId, trace })));
}

describe('the sample alert history', () => {
    const day = groupAlerts(matchAlerts(rows()), presetWindow('24h', NOW), FLEET.rows.length);

    it('has an Exchange outage hitting hundreds of mailboxes for an hour, over by now', () => {
        const outage = day.groups.find((g) => g.code === 'IncomingEmailServerServiceError');
        expect(outage?.mailboxes).toBeGreaterThan(300);
        expect(outage?.stillHappening).toBe(false);
        expect(outage!.firstSeen).toBeGreaterThanOrEqual(NOW - INCIDENTS.outage.from);
        expect(outage!.lastSeen).toBeLessThanOrEqual(NOW - INCIDENTS.outage.to);
    });

    it('has a TLS expiry on the hybrid profile’s mailboxes that is still happening and permanent', () => {
        const hybrid = FLEET.rows.filter((r) => r.emailserverprofile === PROFILE_IDS.hybrid).length;
        const expiry = day.groups.find((g) => g.code === 'SecureChannelFailure');
        expect(expiry).toMatchObject({ class: 'permanent', stillHappening: true, mailboxes: hybrid });
    });

    it('has a trickle of item-level errors and a quiet night', () => {
        expect(day.byClass.item).toBeGreaterThan(10);
        const quiet = day.buckets.filter((b) => b.start >= NOW - INCIDENTS.quiet.from && b.end <= NOW - INCIDENTS.quiet.to);
        expect(quiet.length).toBeGreaterThanOrEqual(5);
        expect(quiet.every((b) => b.total === 0)).toBe(true);
    });

    it('is the same for the same seed, and only in the past', () => {
        const again = generateAlertHistory({ rows: FLEET.rows, now: NOW, seed: 1 });
        expect([...again.values()].flat().map((t) => t.tracelogid)).toEqual([...HISTORY.values()].flat().map((t) => t.tracelogid));
        expect(rows().every((r) => (r.trace.modifiedon as Date).getTime() <= NOW && (r.trace.createdon as Date).getTime() <= (r.trace.modifiedon as Date).getTime())).toBe(true);
    });

    it('reaches back five days for the week’s view', () => {
        const week = groupAlerts(matchAlerts(rows()), presetWindow('7d', NOW), FLEET.rows.length);
        expect(week.buckets[1].total).toBeGreaterThan(20);
        expect(HOUR).toBe(3_600_000);
    });
});
