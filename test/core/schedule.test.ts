/** @jest-environment node */
import { assessMailbox } from '../../MailboxHealth/core/assess';
import { dueState, isNotScheduled, nextProcessing, RUN, runKind } from '../../MailboxHealth/core/schedule';
import { aMailbox, aMailboxJson, minutesFromNow, msFromNow, NOW, NOW_MS } from '../builders/mailbox';

const GRACE = 15 * 60_000;
const P = msFromNow(0);

describe('nextProcessing', () => {
    it('returns postponemailboxprocessinguntil when it is a real instant', () => {
        expect(nextProcessing(P)).toBe(P);
    });

    it('returns null for the year-9999 sentinel written as 9999-12-31T23:59:59.997Z (DateTime.Max)', () => {
        expect(nextProcessing(Date.parse('9999-12-31T23:59:59.997Z'))).toBeNull();
    });

    it('returns null from the first instant of year 9999 and not before', () => {
        expect(nextProcessing(Date.parse('9999-01-01T00:00:00.000Z'))).toBeNull();
        expect(nextProcessing(Date.parse('9998-12-31T23:59:59.999Z'))).toBe(Date.parse('9998-12-31T23:59:59.999Z'));
    });

    it('returns null when the column is empty or unknown', () => {
        expect(nextProcessing(null)).toBeNull();
        expect(nextProcessing(undefined)).toBeNull();
    });

    it('treats year 9999 and later as not scheduled', () => {
        expect(isNotScheduled(Date.UTC(9999, 5, 1))).toBe(true);
        expect(isNotScheduled(Date.UTC(2024, 5, 1))).toBe(false);
    });
});

describe('dueState', () => {
    it('returns in-progress when processingstatecode is 1, whatever the schedule', () => {
        expect(dueState(1, P, P + 2 * GRACE, GRACE)).toBe('in-progress');
        expect(dueState(1, null, P, GRACE)).toBe('in-progress');
    });

    it('returns not-scheduled without a next processing time', () => {
        expect(dueState(0, null, P, GRACE)).toBe('not-scheduled');
    });

    it('returns scheduled one millisecond before P', () => {
        expect(dueState(0, P, P - 1, GRACE)).toBe('scheduled');
    });

    it('returns due exactly at P', () => {
        expect(dueState(0, P, P, GRACE)).toBe('due');
    });

    it('returns due exactly at P + grace', () => {
        expect(dueState(0, P, P + GRACE, GRACE)).toBe('due');
    });

    it('returns overdue one millisecond after P + grace', () => {
        expect(dueState(0, P, P + GRACE + 1, GRACE)).toBe('overdue');
    });

    it('reads the schedule even when processingstatecode is unknown', () => {
        expect(dueState(undefined, P, P + GRACE + 1, GRACE)).toBe('overdue');
    });
});

describe('runKind', () => {
    it('runs in the next cycle when postponed-until is at or before P, or empty (seed 000)', () => {
        expect(runKind(P, P)).toBe(RUN.NextCycle);
        expect(runKind(P, P - 60_000)).toBe(RUN.NextCycle);
        expect(runKind(P, null)).toBe(RUN.NextCycle);
    });

    it('is postponed, not in backoff, up to exactly P + 5 minutes', () => {
        expect(runKind(P, P + 1)).toBe(RUN.Postponed);
        expect(runKind(P, P + 5 * 60_000)).toBe(RUN.Postponed);
    });

    it('is in backoff beyond P + 5 minutes', () => {
        expect(runKind(P, P + 5 * 60_000 + 1)).toBe(RUN.Backoff);
    });

    it('is postponed indefinitely when postponed-until is the year-9999 sentinel', () => {
        expect(runKind(P, Date.parse('9999-12-31T23:59:59.997Z'))).toBe(RUN.Indefinitely);
    });

    it('does not run when the mailbox is not scheduled, and is unknown when a column is', () => {
        expect(runKind(null, P)).toBe(RUN.NotScheduled);
        expect(runKind(undefined, P)).toBe(RUN.Unknown);
        expect(runKind(P, undefined)).toBe(RUN.Unknown);
    });
});

describe('assessMailbox: schedule (health-model.md "Schedule", §4.4)', () => {
    it('gives nextProcessingAt, scheduled and the next-processing reason before P', () => {
        const a = assessMailbox(aMailbox({ postponemailboxprocessinguntil: minutesFromNow(3) }), NOW);
        expect(a.nextProcessingAt).toBe(msFromNow(3));
        expect(a.due).toBe('scheduled');
        expect(a.overdueMinutes).toBeNull();
        expect(a.reasons).toContainEqual({ code: 'next-processing-scheduled', columns: ['postponemailboxprocessinguntil'] });
    });

    it('is due with 0 minutes exactly at P', () => {
        const a = assessMailbox(aMailbox({ postponemailboxprocessinguntil: NOW }), NOW);
        expect(a.due).toBe('due');
        expect(a.overdueMinutes).toBe(0);
        expect(a.health).toBe('healthy');
        expect(a.reasons).toContainEqual({ code: 'processing-due', columns: ['postponemailboxprocessinguntil'], value: 0 });
    });

    it('is still due, and healthy, exactly at P + grace', () => {
        const a = assessMailbox(aMailbox({ postponemailboxprocessinguntil: minutesFromNow(-15) }), NOW);
        expect(a.due).toBe('due');
        expect(a.overdueMinutes).toBe(15);
        expect(a.health).toBe('healthy');
    });

    it('is overdue, and the health is overdue, one millisecond after P + grace', () => {
        const a = assessMailbox(aMailbox({ postponemailboxprocessinguntil: new Date(NOW_MS - GRACE - 1) }), NOW);
        expect(a.due).toBe('overdue');
        expect(a.health).toBe('overdue');
        expect(a.overdueMinutes).toBe(15);
    });

    it('honours a custom grace', () => {
        const row = aMailbox({ postponemailboxprocessinguntil: minutesFromNow(-20) });
        expect(assessMailbox(row, NOW, { graceMinutes: 30 }).due).toBe('due');
        expect(assessMailbox(row, NOW, { graceMinutes: 30 }).health).toBe('healthy');
        expect(assessMailbox(row, NOW).health).toBe('overdue');
    });

    it('adds the overdue schedule reason when another state wins', () => {
        const a = assessMailbox(aMailbox({ postponemailboxprocessinguntil: minutesFromNow(-60), lastsyncerrorcount: 1, lastsyncerroroccurredon: minutesFromNow(-1) }), NOW);
        expect(a.health).toBe('failing');
        expect(a.due).toBe('overdue');
        expect(a.reasons).toContainEqual({ code: 'processing-overdue', columns: ['processingstatecode', 'postponemailboxprocessinguntil'], value: 60 });
    });

    it.each(['9999-12-31T23:59:59.997Z', '9999-12-31T23:59:59Z', '9999-01-01T00:00:00Z'])('is not scheduled for the sentinel %s', (sentinel) => {
        const a = assessMailbox(aMailboxJson({ postponemailboxprocessinguntil: sentinel }), NOW);
        expect(a.nextProcessingAt).toBeNull();
        expect(a.due).toBe('not-scheduled');
        expect(a.reasons).toContainEqual({ code: 'processing-not-scheduled', columns: ['postponemailboxprocessinguntil'] });
        expect(a.workloads.incoming.nextRunAt).toBeNull();
        expect(a.workloads.incoming.reasons).toContainEqual({ code: 'workload-not-scheduled', columns: ['postponemailboxprocessinguntil'], workload: 'incoming' });
    });

    it('is not scheduled, with the schedule-unknown reason, when the column is absent', () => {
        const a = assessMailbox(aMailbox({ postponemailboxprocessinguntil: undefined }), NOW);
        expect(a.nextProcessingAt).toBeNull();
        expect(a.due).toBe('not-scheduled');
        expect(a.reasons).toContainEqual({ code: 'processing-schedule-unknown', columns: ['postponemailboxprocessinguntil'] });
        expect(a.workloads.act.nextRunAt).toBeNull();
        expect(a.workloads.act.reasons.map((r) => r.code)).toContain('workload-schedule-unknown');
    });

    it('has no next sync for an inactive mailbox or one not using server-side sync (§4.4 "—")', () => {
        const inactive = assessMailbox(aMailbox({ statecode: 1 }), NOW);
        expect(inactive.nextProcessingAt).toBeNull();
        expect(inactive.due).toBe('not-scheduled');
        expect(inactive.workloads.incoming.nextRunAt).toBeNull();
        expect(inactive.reasons.map((r) => r.code)).toContain('schedule-not-applicable');
        const notSss = assessMailbox(aMailbox({ incomingemaildeliverymethod: 0, outgoingemaildeliverymethod: 0, actdeliverymethod: 2 }), NOW);
        expect(notSss.nextProcessingAt).toBeNull();
        expect(notSss.due).toBe('not-scheduled');
    });

    it('runs each enabled workload in the next cycle when its postponed-until is at or before P (seed 000)', () => {
        const a = assessMailbox(
            aMailbox({
                postponemailboxprocessinguntil: minutesFromNow(3),
                receivingpostponeduntil: minutesFromNow(3),
                postponesendinguntil: minutesFromNow(-4000),
                receivingpostponeduntilforact: minutesFromNow(1),
            }),
            NOW,
        );
        for (const w of ['incoming', 'outgoing', 'act'] as const) {
            expect(a.workloads[w].nextRunAt).toBe(msFromNow(3));
            expect(a.workloads[w].inNextCycle).toBe(true);
            expect(a.workloads[w].backoff).toBe(false);
        }
    });

    it('runs a workload at its own postponed-until when that is later than P', () => {
        const a = assessMailbox(aMailbox({ postponemailboxprocessinguntil: minutesFromNow(3), receivingpostponeduntil: minutesFromNow(6) }), NOW);
        expect(a.workloads.incoming.nextRunAt).toBe(msFromNow(6));
        expect(a.workloads.incoming.inNextCycle).toBe(false);
        expect(a.workloads.incoming.postponedUntil).toBe(msFromNow(6));
    });

    it('runs a workload whose postponed-until is empty in the next cycle', () => {
        const a = assessMailbox(aMailbox({ receivingpostponeduntil: null }), NOW);
        expect(a.workloads.incoming.inNextCycle).toBe(true);
        expect(a.workloads.incoming.postponedUntil).toBeNull();
    });

    it('flags backoff with no next run when an enabled workload is postponed to year 9999', () => {
        const a = assessMailbox(aMailbox({ postponesendinguntil: '9999-12-31T23:59:59.997Z' }), NOW);
        expect(a.workloads.outgoing.nextRunAt).toBeNull();
        expect(a.workloads.outgoing.backoff).toBe(true);
        expect(a.flags).toEqual(['backoff']);
        expect(a.reasons).toContainEqual({ code: 'workload-postponed-indefinitely', columns: ['postponesendinguntil', 'postponemailboxprocessinguntil'], workload: 'outgoing' });
    });

    it('gives no next run to a disabled, not-enabled or never-tested workload', () => {
        const a = assessMailbox(
            aMailbox({ enabledforincomingemail: false, incomingemailstatus: 2, enabledforoutgoingemail: false, outgoingemailstatus: 1, enabledforact: true, actstatus: 0 }),
            NOW,
        );
        expect([a.workloads.incoming.nextRunAt, a.workloads.outgoing.nextRunAt, a.workloads.act.nextRunAt]).toEqual([null, null, null]);
    });

    it('gives the Test & Enable time as the later of P and postponetestemailconfigurationuntil when scheduled', () => {
        const later = assessMailbox(aMailbox({ testemailconfigurationscheduled: true, postponetestemailconfigurationuntil: minutesFromNow(10) }), NOW);
        expect(later.testEnableAt).toBe(msFromNow(10));
        const earlier = assessMailbox(aMailbox({ testemailconfigurationscheduled: true, postponetestemailconfigurationuntil: minutesFromNow(-1) }), NOW);
        expect(earlier.testEnableAt).toBe(msFromNow(3));
        const unknownP = assessMailbox(aMailbox({ testemailconfigurationscheduled: true, postponemailboxprocessinguntil: '9999-12-31T23:59:59.997Z' }), NOW);
        expect(unknownP.testEnableAt).toBe(msFromNow(-4 * 24 * 60 + 5));
        const neither = assessMailbox(aMailbox({ testemailconfigurationscheduled: true, postponemailboxprocessinguntil: null, postponetestemailconfigurationuntil: null }), NOW);
        expect(neither.testEnableAt).toBeNull();
    });

    it('gives no Test & Enable time when none is scheduled', () => {
        expect(assessMailbox(aMailbox({ testemailconfigurationscheduled: false }), NOW).testEnableAt).toBeNull();
    });
});
