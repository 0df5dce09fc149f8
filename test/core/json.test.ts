/** @jest-environment node */
import { assessMailbox } from '../../MailboxHealth/core/assess';
import { assessmentToJson, iso } from '../../MailboxHealth/core/json';
import type { TraceEntry } from '../../MailboxHealth/core/types';
import { aMailbox, minutesFromNow, NOW, transientCounters } from '../builders/mailbox';

describe('assessmentToJson', () => {
    it('gives the JSON shape of the command-line tool with ISO-8601 UTC times', () => {
        const row = aMailbox({ lastsyncerrorcount: 2, lastsyncerroroccurredon: minutesFromNow(-1), processingstatecode: 1, hostid: 'H1', transientfailurecount: transientCounters({ incoming: 2 }) });
        const j = assessmentToJson(assessMailbox(row, NOW));
        expect(j).toEqual(
            expect.objectContaining({
                mailboxId: '9fb6600b-0965-e811-a97f-000d4a161089',
                name: 'Alex Wilber',
                health: 'failing',
                severity: 'error',
                flags: ['syncing-now'],
                nextProcessingAt: '2018-12-03T15:28:00.000Z',
                due: 'in-progress',
                syncingNow: true,
                hostId: 'H1',
                processingSince: '2018-12-03T15:23:00.000Z',
                lastAttemptAt: '2018-12-03T15:23:00.000Z',
                lastSuccessAt: '2018-12-03T15:23:30.000Z',
                lastErrorAt: '2018-12-03T15:24:00.000Z',
                lastErrorIsCurrent: true,
                consecutiveErrors: 2,
                retriesLeft: 8,
                testEnableAt: null,
            }),
        );
        expect(j.workloads.incoming).toEqual(
            expect.objectContaining({ configured: true, state: 'enabled', nextRunAt: '2018-12-03T15:28:00.000Z', postponedUntil: '2018-12-03T15:28:00.000Z', transientFailures: 2, retriesLeft: 8 }),
        );
        expect(j.workloads.outgoing).toEqual(expect.objectContaining({ transientFailures: 0, retriesLeft: null }));
        expect(j.workloads.act.nextRunAt).toBe('2018-12-03T15:28:00.000Z');
        expect(j.reasons[0]).toEqual({ code: 'consecutive-errors', columns: ['lastsyncerrorcount', 'lastsyncerroroccurredon', 'lastsuccessfulsynccompletedon'], value: 2 });
    });

    it('gives errors with code, class, workload, action and an ISO time', () => {
        const traces: TraceEntry[] = [{ errortypedisplay: 'IncomingEmailServerServiceError', level: 2, errordetails: 'HTTP status 503: Service Unavailable', modifiedon: '2018-12-03T15:00:00Z' }];
        const j = assessmentToJson(assessMailbox(aMailbox(), NOW, {}, { traces }));
        expect(j.errors).toHaveLength(1);
        expect(j.errors[0]).toEqual(expect.objectContaining({ class: 'transient', workload: 'incoming', source: 'tracelog', at: '2018-12-03T15:00:00.000Z' }));
        expect(typeof j.errors[0].code).toBe('string');
        expect(typeof j.errors[0].action).toBe('string');
    });

    it('gives null for missing times and survives a JSON round trip unchanged', () => {
        const j = assessmentToJson(assessMailbox({}, NOW));
        expect(j.nextProcessingAt).toBeNull();
        expect(j.workloads.outgoing.nextRunAt).toBeNull();
        expect(JSON.parse(JSON.stringify(j))).toEqual(j);
    });

    it('writes a year-9999 postponed-until as a date, not as a crash', () => {
        const j = assessmentToJson(assessMailbox(aMailbox({ postponesendinguntil: '9999-12-31T23:59:59.997Z' }), NOW));
        expect(j.workloads.outgoing.postponedUntil).toBe('9999-12-31T23:59:59.997Z');
    });
});

describe('iso', () => {
    it('gives null for null, NaN and instants outside the Date range', () => {
        expect(iso(null)).toBeNull();
        expect(iso(NaN)).toBeNull();
        expect(iso(8.64e15 + 1)).toBeNull();
        expect(iso(0)).toBe('1970-01-01T00:00:00.000Z');
    });
});
