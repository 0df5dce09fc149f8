import { nextProcessingOf, postponedUntilOf, workloadNextOf, workloadTimesOf } from '../../../MailboxHealth/core/decisions';
import { anAssessed, MINUTE, T0 } from '../../builders/assessment';

const NEVER = Date.parse('9999-12-31T23:59:59.997Z');

describe('nextProcessingOf', () => {
    it('is in progress, with the host and since when, while a host holds the mailbox', () => {
        expect(nextProcessingOf(anAssessed({ due: 'in-progress', syncingNow: true, hostId: 'host-7', processingSince: T0 - 2 * MINUTE }))).toEqual({ kind: 'in-progress', since: T0 - 2 * MINUTE, hostId: 'host-7' });
    });

    it('is scheduled at next processing while now is before it', () => {
        expect(nextProcessingOf(anAssessed({ due: 'scheduled', nextProcessingAt: T0 + 5 * MINUTE }))).toEqual({ kind: 'scheduled', at: T0 + 5 * MINUTE });
    });

    it('is due, with the minutes late, within the grace period', () => {
        expect(nextProcessingOf(anAssessed({ due: 'due', nextProcessingAt: T0 - 3 * MINUTE, overdueMinutes: 3 }))).toEqual({ kind: 'due', at: T0 - 3 * MINUTE, minutesLate: 3 });
    });

    it('is due now, with no instant, when the column holds its 1900 default', () => {
        expect(nextProcessingOf(anAssessed({ due: 'due', nextProcessingAt: null }))).toEqual({ kind: 'due', at: null, minutesLate: null });
    });

    it('is overdue with the minutes late after the grace period', () => {
        expect(nextProcessingOf(anAssessed({ due: 'overdue', nextProcessingAt: T0 - 45 * MINUTE, overdueMinutes: 45 }))).toEqual({ kind: 'overdue', at: T0 - 45 * MINUTE, minutesLate: 45 });
    });

    it('counts the minutes late from now when the assessment does not carry them', () => {
        expect(nextProcessingOf(anAssessed({ due: 'overdue', nextProcessingAt: T0 - 45 * MINUTE }), T0)).toEqual({ kind: 'overdue', at: T0 - 45 * MINUTE, minutesLate: 45 });
    });

    it('is not scheduled for the year-9999 sentinel or an empty column', () => {
        expect(nextProcessingOf(anAssessed({ due: 'not-scheduled', reasons: [{ code: 'processing-not-scheduled', columns: ['postponemailboxprocessinguntil'] }] }))).toEqual({ kind: 'not-scheduled', applicable: true });
    });

    it('is not scheduled and not applicable for an inactive mailbox or one not using server-side sync', () => {
        expect(nextProcessingOf(anAssessed({ health: 'inactive', due: 'not-scheduled', reasons: [{ code: 'schedule-not-applicable', columns: [] }] }))).toEqual({ kind: 'not-scheduled', applicable: false });
    });

    it('is unknown, not "not scheduled", when the column is absent', () => {
        expect(nextProcessingOf(anAssessed({ due: 'not-scheduled', reasons: [{ code: 'processing-schedule-unknown', columns: ['postponemailboxprocessinguntil'] }] }))).toEqual({ kind: 'unknown' });
        expect(nextProcessingOf(anAssessed({ due: 'not-scheduled', unknownColumns: ['postponemailboxprocessinguntil'] }))).toEqual({ kind: 'unknown' });
    });
});

describe('workloadNextOf', () => {
    it('runs in the next cycle when its postponement is at or before next processing', () => {
        expect(workloadNextOf(anAssessed({ workloadsOver: { incoming: { nextRunAt: T0 + MINUTE, inNextCycle: true } } }), 'incoming')).toEqual({ kind: 'next-cycle', at: T0 + MINUTE });
    });

    it('is backing off when postponed beyond next processing + 5 minutes', () => {
        expect(workloadNextOf(anAssessed({ workloadsOver: { incoming: { nextRunAt: T0 + 60 * MINUTE, backoff: true } } }), 'incoming')).toEqual({ kind: 'backoff', at: T0 + 60 * MINUTE });
    });

    it('is postponed a little when postponed by 5 minutes or less', () => {
        expect(workloadNextOf(anAssessed({ workloadsOver: { outgoing: { nextRunAt: T0 + 4 * MINUTE } } }), 'outgoing')).toEqual({ kind: 'postponed', at: T0 + 4 * MINUTE });
    });

    it('is postponed indefinitely when its own column is in year 9999', () => {
        expect(workloadNextOf(anAssessed({ workloadsOver: { outgoing: { postponedUntil: NEVER, backoff: true } } }), 'outgoing')).toEqual({ kind: 'postponed-indefinitely' });
    });

    it('has no schedule when disabled, not enabled, not server-side sync or of unknown method', () => {
        expect(workloadNextOf(anAssessed({ workloadsOver: { act: { state: 'disabled' } } }), 'act').kind).toBe('disabled');
        expect(workloadNextOf(anAssessed({ workloadsOver: { act: { state: 'not-tested' } } }), 'act').kind).toBe('not-enabled');
        expect(workloadNextOf(anAssessed({ workloadsOver: { act: { configured: false, state: null } } }), 'act').kind).toBe('not-server-side-sync');
        expect(workloadNextOf(anAssessed({ workloadsOver: { act: { configured: null } } }), 'act').kind).toBe('unknown-method');
    });
});

describe('workloadTimesOf', () => {
    it("gives each workload's own times from the mailbox's fields", () => {
        const a = anAssessed({ incomingPostponedUntil: T0, outgoingNextRunAt: T0 + MINUTE, actPostponedUntil: NEVER, actNextRunAt: null });
        expect(workloadTimesOf(a, 'incoming')).toEqual({ postponedUntil: T0, nextRunAt: null });
        expect(workloadTimesOf(a, 'outgoing')).toEqual({ postponedUntil: null, nextRunAt: T0 + MINUTE });
        expect(workloadTimesOf(a, 'act')).toEqual({ postponedUntil: NEVER, nextRunAt: null });
    });
});

describe('postponedUntilOf', () => {
    it('says "not scheduled" for the year-9999 sentinel and gives other instants as they are', () => {
        expect(postponedUntilOf(anAssessed({ workloadsOver: { outgoing: { postponedUntil: NEVER } } }), 'outgoing')).toEqual({ kind: 'not-scheduled' });
        expect(postponedUntilOf(anAssessed({ workloadsOver: { outgoing: { postponedUntil: T0 } } }), 'outgoing')).toEqual({ kind: 'at', at: T0 });
        expect(postponedUntilOf(anAssessed({ workloadsOver: { outgoing: {} } }), 'outgoing')).toEqual({ kind: 'none' });
    });
});
