import { workloadIndicators, worstWorkloadRank } from '../../../MailboxHealth/core/decisions';
import { SEVERITY_RANK } from '../../../MailboxHealth/core/severity';
import { anAssessed, failingWith, MINUTE, T0 } from '../../builders/assessment';

const codes = (a: Parameters<typeof workloadIndicators>[0]) => {
    const w = workloadIndicators(a);
    return [w.incoming.indicator, w.outgoing.indicator, w.act.indicator];
};

describe('workloadIndicators', () => {
    it('shows every enabled workload of a healthy mailbox as enabled, severity ok', () => {
        const w = workloadIndicators(anAssessed());
        expect(codes(anAssessed())).toEqual(['enabled', 'enabled', 'enabled']);
        expect(w.incoming.severity).toBe('ok');
    });

    it('marks the workload backing off after errors as failing, not the other two, when the error names no workload', () => {
        const a = failingWith({ code: 'Http503', workload: null }, { workloadsOver: { incoming: { backoff: true, nextRunAt: T0 + 60 * MINUTE } } });
        expect(codes(a)).toEqual(['failing', 'enabled', 'enabled']);
        expect(workloadIndicators(a).incoming).toEqual({ workload: 'incoming', indicator: 'failing', severity: 'error', retriesLeft: 7 });
    });

    it('marks the workload the error names as failing', () => {
        expect(codes(failingWith({ code: 'InvalidOutgoingMailboxCredentials', class: 'config', workload: 'outgoing' }))).toEqual(['enabled', 'failing', 'enabled']);
    });

    it('marks every enabled workload as possibly affected when neither the error nor a backoff tells which one failed', () => {
        const w = workloadIndicators(failingWith({ workload: null }));
        expect([w.incoming.indicator, w.outgoing.indicator, w.act.indicator]).toEqual(['affected', 'affected', 'affected']);
        expect(w.act.severity).toBe('warning');
    });

    it('trusts the per-workload retry counter over the shared error columns', () => {
        const a = failingWith({ workload: null }, { workloadsOver: { outgoing: { transientFailures: 3, retriesLeft: 7 }, incoming: { transientFailures: 0 }, act: { transientFailures: 0 } } });
        expect(codes(a)).toEqual(['enabled', 'backing-off', 'enabled']);
        expect(workloadIndicators(a).outgoing.retriesLeft).toBe(7);
    });

    it('marks a workload that failed permanently as failing with no retries left', () => {
        const a = anAssessed({ health: 'degraded', severity: 'error', workloadsOver: { act: { transientFailures: 'permanent', retriesLeft: 0 } } });
        expect(workloadIndicators(a).act).toEqual({ workload: 'act', indicator: 'failing', severity: 'error', retriesLeft: 0 });
    });

    it('never shows green ticks on a mailbox without a server profile: its workloads are blocked, at its severity', () => {
        const w = workloadIndicators(anAssessed({ health: 'misconfigured', severity: 'critical' }));
        expect([w.incoming.indicator, w.outgoing.indicator, w.act.indicator]).toEqual(['blocked', 'blocked', 'blocked']);
        expect(w.incoming.severity).toBe('critical');
    });

    it('keeps a workload’s own state when it is not enabled', () => {
        const a = anAssessed({ health: 'degraded', severity: 'error', workloadsOver: { incoming: { state: 'disabled' }, outgoing: { state: 'test-failed' }, act: { state: 'not-tested' } } });
        expect(codes(a)).toEqual(['disabled', 'test-failed', 'not-tested']);
        expect(workloadIndicators(a).incoming.severity).toBe('critical');
    });

    it('marks a workload backing off without a current error as backing off, a warning', () => {
        const a = anAssessed({ flags: ['backoff'], workloadsOver: { act: { backoff: true, nextRunAt: T0 + 30 * MINUTE } } });
        expect(workloadIndicators(a).act).toEqual({ workload: 'act', indicator: 'backing-off', severity: 'warning', retriesLeft: null });
    });

    it('says when a workload does not use server-side sync and when its state cannot be told', () => {
        const a = anAssessed({ workloadsOver: { incoming: { configured: false, state: null }, outgoing: { state: null } } });
        expect(codes(a)).toEqual(['not-server-side-sync', 'unknown', 'enabled']);
    });
});

describe('worstWorkloadRank', () => {
    it('is the rank of the worst workload severity, and null when no workload is known', () => {
        expect(worstWorkloadRank(workloadIndicators(anAssessed({ health: 'degraded', severity: 'error', workloadsOver: { outgoing: { state: 'disabled' } } })))).toBe(SEVERITY_RANK.critical);
        expect(worstWorkloadRank(workloadIndicators(anAssessed({ workloadsOver: { incoming: { configured: false, state: null }, outgoing: { configured: false, state: null }, act: { state: null } } })))).toBeNull();
    });
});
