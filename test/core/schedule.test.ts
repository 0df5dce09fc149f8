/** @jest-environment node */
import { assessMailbox } from '../../MailboxHealth/core/assess';
import { workloadTimesOf } from '../../MailboxHealth/core/decisions';
import { dueState, isDueImmediately, isNotScheduled, nextProcessing, RUN, runKind } from '../../MailboxHealth/core/schedule';
import { aMailbox, aMailboxJson, minutesFromNow, msFromNow, NOW, NOW_MS } from '../builders/mailbox';

const GRACE = 20 * 60_000; // the v2 default
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

    it('returns null for the 1900 column default (due immediately, v2)', () => {
        expect(nextProcessing(Date.UTC(1900, 0, 1))).toBeNull();
        expect(isDueImmediately(Date.UTC(1900, 0, 1))).toBe(true);
        expect(isDueImmediately(Date.UTC(1901, 0, 1))).toBe(false);
    });

    it('treats year 9999 and later as not scheduled', () => {
        expect(isNotScheduled(Date.UTC(9999, 5, 1))).toBe(true);
        expect(isNotScheduled(Date.UTC(2024, 5, 1))).toBe(false);
    });
});

describe('dueState', () => {
    it('returns due for the 1900 default however late it is, unless a host is processing (v2)', () => {
        expect(dueState(0, null, P + 100 * GRACE, GRACE, true)).toBe('due');
        expect(dueState(1, null, P, GRACE, true)).toBe('in-progress');
    });

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

describe('assessMailbox: schedule (health-model "Schedule", §4.4)', () => {
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

    it('is still due, and healthy, exactly at P + grace (20 minutes by default in v2)', () => {
        const a = assessMailbox(aMailbox({ postponemailboxprocessinguntil: minutesFromNow(-20) }), NOW);
        expect(a.due).toBe('due');
        expect(a.overdueMinutes).toBe(20);
        expect(a.health).toBe('healthy');
    });

    it('is overdue, and the health is overdue, one millisecond after P + grace', () => {
        const a = assessMailbox(aMailbox({ postponemailboxprocessinguntil: new Date(NOW_MS - GRACE - 1) }), NOW);
        expect(a.due).toBe('overdue');
        expect(a.health).toBe('overdue');
        expect(a.overdueMinutes).toBe(20);
    });

    it('honours a custom grace', () => {
        const row = aMailbox({ postponemailboxprocessinguntil: minutesFromNow(-25) });
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
        expect(workloadTimesOf(a, 'incoming').nextRunAt).toBeNull();
        expect(a.workloads.incoming.reasons).toContainEqual({ code: 'workload-not-scheduled', columns: ['postponemailboxprocessinguntil'], workload: 'incoming' });
    });

    it('is not scheduled, with the schedule-unknown reason, when the column is absent', () => {
        const a = assessMailbox(aMailbox({ postponemailboxprocessinguntil: undefined }), NOW);
        expect(a.nextProcessingAt).toBeNull();
        expect(a.due).toBe('not-scheduled');
        expect(a.reasons).toContainEqual({ code: 'processing-schedule-unknown', columns: ['postponemailboxprocessinguntil'] });
        expect(workloadTimesOf(a, 'act').nextRunAt).toBeNull();
        expect(a.workloads.act.reasons.map((r) => r.code)).toContain('workload-schedule-unknown');
    });

    it('has no next sync for an inactive mailbox or one not using server-side sync (§4.4 "—")', () => {
        const inactive = assessMailbox(aMailbox({ statecode: 1 }), NOW);
        expect(inactive.nextProcessingAt).toBeNull();
        expect(inactive.due).toBe('not-scheduled');
        expect(workloadTimesOf(inactive, 'incoming').nextRunAt).toBeNull();
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
            expect(workloadTimesOf(a, w).nextRunAt).toBe(msFromNow(3));
            expect(a.workloads[w].inNextCycle).toBe(true);
            expect(a.workloads[w].backoff).toBe(false);
        }
    });

    it('runs a workload at its own postponed-until when that is later than P', () => {
        const a = assessMailbox(aMailbox({ postponemailboxprocessinguntil: minutesFromNow(3), receivingpostponeduntil: minutesFromNow(6) }), NOW);
        expect(workloadTimesOf(a, 'incoming').nextRunAt).toBe(msFromNow(6));
        expect(a.workloads.incoming.inNextCycle).toBe(false);
        expect(workloadTimesOf(a, 'incoming').postponedUntil).toBe(msFromNow(6));
    });

    it('runs a workload whose postponed-until is empty in the next cycle', () => {
        const a = assessMailbox(aMailbox({ receivingpostponeduntil: null }), NOW);
        expect(a.workloads.incoming.inNextCycle).toBe(true);
        expect(workloadTimesOf(a, 'incoming').postponedUntil).toBeNull();
    });

    it('flags backoff with no next run when an enabled incoming workload is postponed to year 9999', () => {
        const a = assessMailbox(aMailbox({ receivingpostponeduntil: '9999-12-31T23:59:59.997Z' }), NOW);
        expect(workloadTimesOf(a, 'incoming').nextRunAt).toBeNull();
        expect(a.workloads.incoming.backoff).toBe(true);
        expect(a.flags).toEqual(['backoff']);
        expect(a.reasons).toContainEqual({ code: 'workload-postponed-indefinitely', columns: ['receivingpostponeduntil', 'postponemailboxprocessinguntil'], workload: 'incoming' });
    });

    it('gives no next run and no backoff when outgoing email is stopped (postponesendinguntil in year 9999, v2; was a backoff)', () => {
        const a = assessMailbox(aMailbox({ postponesendinguntil: '9999-12-31T23:59:59.997Z' }), NOW);
        expect(workloadTimesOf(a, 'outgoing').nextRunAt).toBeNull();
        expect(a.workloads.outgoing.backoff).toBe(false);
        expect(a.flags).toEqual([]);
        expect(a.workloads.outgoing.reasons).toContainEqual({ code: 'workload-stopped', columns: ['postponesendinguntil'], workload: 'outgoing' });
    });

    it('gives no next processing and no next runs while a host processes the mailbox (the platform writes 9999 then, v2)', () => {
        const a = assessMailbox(aMailbox({ processingstatecode: 1, postponemailboxprocessinguntil: '9999-12-31T23:59:59.997Z' }), NOW);
        expect(a.nextProcessingAt).toBeNull();
        expect(a.due).toBe('in-progress');
        expect(workloadTimesOf(a, 'incoming').nextRunAt).toBeNull();
        expect(a.health).toBe('healthy');
    });

    it.each(['1900-01-01T00:00:00Z', '0001-01-01T00:00:00Z'])('reads a postpone value before 1901 (%s) as due immediately, never overdue (v2)', (value) => {
        const a = assessMailbox(aMailboxJson({ postponemailboxprocessinguntil: value }), NOW);
        expect(a.nextProcessingAt).toBeNull();
        expect(a.due).toBe('due');
        expect(a.overdueMinutes).toBeNull();
        expect(a.health).toBe('healthy');
        expect(a.reasons).toContainEqual({ code: 'processing-due-immediately', columns: ['postponemailboxprocessinguntil'] });
        expect(a.workloads.outgoing.inNextCycle).toBe(true);
        expect(workloadTimesOf(a, 'outgoing').nextRunAt).toBeNull();
    });

    it('runs a workload postponed beyond a due-immediately mailbox at its own time', () => {
        const a = assessMailbox(aMailbox({ postponemailboxprocessinguntil: new Date(Date.UTC(1900, 0, 1)), receivingpostponeduntil: minutesFromNow(30) }), NOW);
        expect(workloadTimesOf(a, 'incoming').nextRunAt).toBe(msFromNow(30));
        expect(a.workloads.incoming.backoff).toBe(true);
    });

    it('gives no next run to a disabled, not-enabled or never-tested workload', () => {
        const a = assessMailbox(
            aMailbox({ enabledforincomingemail: false, incomingemailstatus: 2, enabledforoutgoingemail: false, outgoingemailstatus: 1, enabledforact: true, actstatus: 0 }),
            NOW,
        );
        expect([workloadTimesOf(a, 'incoming').nextRunAt, workloadTimesOf(a, 'outgoing').nextRunAt, workloadTimesOf(a, 'act').nextRunAt]).toEqual([null, null, null]);
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
