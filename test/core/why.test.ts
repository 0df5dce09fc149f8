import { assessMailbox } from '../../MailboxHealth/core';
import { sinceRank, whyOf } from '../../MailboxHealth/core/why';
import type { TraceEntry } from '../../MailboxHealth/core/types';
import { aMailbox, aPartialMailbox, minutesFromNow, msFromNow, NOW_MS, transientCounters } from '../builders/mailbox';

const DAY = 24 * 60;

/** Incoming disabled by the platform three days ago after Exchange answered 401 (seed 001's alert). */
function disabledAfter401() {
    const traces: TraceEntry[] = [
        {
            tracelogid: 't1',
            level: 3,
            text: 'Email cannot be received for the mailbox Alex Wilber because an authentication error occurred. The mailbox has been disabled for synchronizing mail.',
            errordetails: 'Http server returned 401 Unauthorized exception.',
            createdon: minutesFromNow(-3 * DAY),
            modifiedon: minutesFromNow(-3 * DAY),
        },
    ];
    return assessMailbox(aMailbox({ enabledforincomingemail: false, incomingemailstatus: 2 }), NOW_MS, {}, { traces });
}

/** A transient 503 on outgoing, the third in a row, ten minutes ago, after a success an hour ago. */
function failingOn503(count = 3) {
    return assessMailbox(
        aMailbox({
            lastsyncerror: 'Email Server Error Code: Exchange server returned ServiceUnavailable (503) while sending email.',
            lastsyncerrorcount: count,
            transientfailurecount: transientCounters({ outgoing: count }),
            lastsyncerroroccurredon: minutesFromNow(-10),
            lastsuccessfulsynccompletedon: minutesFromNow(-60),
        }),
        NOW_MS,
    );
}

describe('whyOf: the leading reason of a mailbox', () => {
    it('leads with the disabled workload and the error that disabled it, with when it happened', () => {
        const a = disabledAfter401();
        expect(['disabled', 'degraded']).toContain(a.health);
        const why = whyOf(a);
        expect(why.kind).toBe('workloads-disabled');
        expect(why.workloads).toEqual(['incoming']);
        expect(why.error?.httpStatus).toBe(401);
        expect(why.at).toBe(msFromNow(-3 * DAY));
        expect(why.retriesLeft).toBeNull();
    });

    it('names every disabled workload in workload order when several are', () => {
        const a = assessMailbox(aMailbox({ enabledforincomingemail: false, incomingemailstatus: 2, enabledforact: false, actstatus: 2 }), NOW_MS);
        expect(whyOf(a).workloads).toEqual(['incoming', 'act']);
    });

    it('says a failed test when no workload is disabled but one failed its test', () => {
        const a = assessMailbox(aMailbox({ outgoingemailstatus: 2 }), NOW_MS);
        expect(a.health).toBe('degraded');
        const why = whyOf(a);
        expect(why.kind).toBe('workloads-test-failed');
        expect(why.workloads).toEqual(['outgoing']);
    });

    it('is backing off after a transient error while retries are left, with how many', () => {
        const a = failingOn503(3);
        expect(a.health).toBe('failing');
        const why = whyOf(a);
        expect(why.kind).toBe('backing-off');
        expect(why.error?.httpStatus).toBe(503);
        expect(why.error?.errorClass).toBe('transient');
        expect(why.retriesLeft).toBe(7);
        expect(why.retriesEstimated).toBe(false);
        expect(why.value).toBe(3);
        expect(why.at).toBe(msFromNow(-10));
    });

    it('marks retries left as an estimate when the row has no per-workload counters', () => {
        const a = assessMailbox(
            aMailbox({ lastsyncerror: 'Exchange server returned ServiceUnavailable (503).', lastsyncerrorcount: 4, lastsyncerroroccurredon: minutesFromNow(-10), lastsuccessfulsynccompletedon: minutesFromNow(-60), transientfailurecount: undefined }),
            NOW_MS,
        );
        const why = whyOf(a);
        expect(why.kind).toBe('backing-off');
        expect(why.retriesLeft).toBe(6);
        expect(why.retriesEstimated).toBe(true);
    });

    it('is failing, not backing off, once the retries are spent', () => {
        const why = whyOf(failingOn503(10));
        expect(why.kind).toBe('failing');
        expect(why.retriesLeft).toBeNull();
    });

    it('is failing, not backing off, on a permanent error', () => {
        const a = assessMailbox(
            aMailbox({ lastsyncerror: 'Http server returned 401 Unauthorized exception.', lastsyncerrorcount: 2, lastsyncerroroccurredon: minutesFromNow(-5), lastsuccessfulsynccompletedon: minutesFromNow(-90) }),
            NOW_MS,
        );
        const why = whyOf(a);
        expect(why.kind).toBe('failing');
        expect(why.error?.httpStatus).toBe(401);
    });

    it('counts a failing mailbox as failing since its last success', () => {
        expect(whyOf(failingOn503()).since).toBe(msFromNow(-60));
    });

    it("leads with the verdict's own reason when no error drives it (no server profile)", () => {
        const a = assessMailbox(aMailbox({ emailserverprofile: null }), NOW_MS);
        expect(a.health).toBe('misconfigured');
        const why = whyOf(a);
        expect(why.kind).toBe('state');
        expect(why.reason).toBe('no-server-profile');
        expect(why.error).toBeNull();
    });

    it('carries how long an overdue mailbox has waited and since when', () => {
        const a = assessMailbox(aMailbox({ postponemailboxprocessinguntil: minutesFromNow(-45) }), NOW_MS);
        expect(a.health).toBe('overdue');
        const why = whyOf(a);
        expect(why.reason).toBe('processing-overdue');
        expect(why.value).toBe(45);
        expect(why.since).toBe(msFromNow(-45));
    });

    it('carries since when a stuck mailbox has been locked', () => {
        const a = assessMailbox(aMailbox({ processingstatecode: 1, processinglastattemptedon: minutesFromNow(-180), postponemailboxprocessinguntil: new Date('9999-12-31T23:59:59Z') }), NOW_MS);
        expect(a.health).toBe('stuck');
        const why = whyOf(a);
        expect(['lock-held-too-long', 'lock-host-stopped', 'lock-cycle-running-long']).toContain(why.reason);
        expect(why.since).toBe(msFromNow(-180));
    });

    it('lets a telling flag lead on a healthy mailbox (a workload backing off)', () => {
        const a = assessMailbox(aMailbox({ postponesendinguntil: minutesFromNow(120) }), NOW_MS);
        expect(a.health).toBe('healthy');
        expect(a.flags).toContain('backoff');
        const why = whyOf(a);
        expect(why.kind).toBe('flag');
        expect(why.reason).toBe('backoff');
        expect(why.workloads).toEqual(['outgoing']);
        expect(why.at).toBe(msFromNow(120));
    });

    it('says nothing is wrong on a plain healthy mailbox, with its last success', () => {
        const why = whyOf(assessMailbox(aMailbox(), NOW_MS));
        expect(why.kind).toBe('state');
        expect(why.reason).toBe('no-problem-found');
        expect(why.at).toBe(msFromNow(-1.5));
        expect(why.unsettledColumns).toBe(0);
    });

    it('counts the missing columns of a verdict that is not settled', () => {
        const a = assessMailbox(aPartialMailbox(['name', 'emailaddress', 'statecode', 'lastsyncerrorcount']), NOW_MS);
        expect(a.undetermined.length).toBeGreaterThan(0);
        expect(whyOf(a).unsettledColumns).toBeGreaterThan(0);
    });
});

describe('sinceRank', () => {
    it('orders an older problem before a newer one and the unknown last', () => {
        const older = whyOf(assessMailbox(aMailbox({ postponemailboxprocessinguntil: minutesFromNow(-300) }), NOW_MS));
        const newer = whyOf(assessMailbox(aMailbox({ postponemailboxprocessinguntil: minutesFromNow(-45) }), NOW_MS));
        const unknown = whyOf(assessMailbox(aMailbox({ emailserverprofile: null }), NOW_MS));
        expect(sinceRank(older)).toBeLessThan(sinceRank(newer));
        expect(sinceRank(newer)).toBeLessThan(sinceRank(unknown));
    });
});
