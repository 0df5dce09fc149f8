/** @jest-environment node */
import { assessMailbox } from '../../MailboxHealth/core/assess';
import { aMailbox, anExchangeOnlineProfile, minutesFromNow, NOW, NOW_MS } from '../builders/mailbox';

describe('assessMailbox: flags (health-model "Flags")', () => {
    it('raises no flag on a healthy mailbox', () => {
        expect(assessMailbox(aMailbox(), NOW, {}, { profile: anExchangeOnlineProfile() }).flags).toEqual([]);
    });

    it('flags syncing-now with the host and since when processingstatecode is 1 (seed 000, not a failure: C1)', () => {
        const a = assessMailbox(aMailbox({ processingstatecode: 1, hostid: 'CRMASYNC-07', processinglastattemptedon: minutesFromNow(-2) }), NOW);
        expect(a.flags).toEqual(['syncing-now']);
        expect(a.health).toBe('healthy');
        expect(a.syncingNow).toBe(true);
        expect(a.hostId).toBe('CRMASYNC-07');
        expect(a.processingSince).toBe(NOW_MS - 2 * 60_000);
        expect(a.reasons).toContainEqual({ code: 'syncing-now', columns: ['processingstatecode', 'hostid', 'processinglastattemptedon'] });
    });

    it('gives no processingSince when no host holds the lock', () => {
        const a = assessMailbox(aMailbox({ processingstatecode: 0 }), NOW);
        expect(a.syncingNow).toBe(false);
        expect(a.processingSince).toBeNull();
        expect(a.lastAttemptAt).toBe(NOW_MS - 2 * 60_000);
    });

    it('flags unknown-processing-state with the raw value when processingstatecode is neither 0 nor 1 (T8)', () => {
        const a = assessMailbox(aMailbox({ processingstatecode: 5 }), NOW);
        expect(a.flags).toEqual(['unknown-processing-state']);
        expect(a.reasons).toContainEqual({ code: 'unknown-processing-state', columns: ['processingstatecode'], value: 5 });
        expect(a.syncingNow).toBe(false);
    });

    it('flags unknown-processing-state when processingstatecode is present but empty', () => {
        const a = assessMailbox(aMailbox({ processingstatecode: null }), NOW);
        expect(a.flags).toEqual(['unknown-processing-state']);
        expect(a.reasons).toContainEqual({ code: 'unknown-processing-state', columns: ['processingstatecode'] });
    });

    it('does not flag unknown-processing-state when the column is absent (unknown is not a bad value)', () => {
        expect(assessMailbox(aMailbox({ processingstatecode: undefined }), NOW).flags).toEqual([]);
    });

    it('flags idle when noemailcount reaches idleCycles', () => {
        const a = assessMailbox(aMailbox({ noemailcount: 12 }), NOW);
        expect(a.flags).toEqual(['idle']);
        expect(a.reasons).toContainEqual({ code: 'idle', columns: ['noemailcount'], value: 12 });
        expect(assessMailbox(aMailbox({ noemailcount: 11 }), NOW).flags).toEqual([]);
        expect(assessMailbox(aMailbox({ noemailcount: 5 }), NOW, { idleCycles: 5 }).flags).toEqual(['idle']);
    });

    it('flags item-failures when itemsfailedforlastsync is positive', () => {
        const a = assessMailbox(aMailbox({ itemsfailedforlastsync: 4 }), NOW);
        expect(a.flags).toEqual(['item-failures']);
        expect(a.reasons).toContainEqual({ code: 'item-failures', columns: ['itemsfailedforlastsync'], value: 4 });
    });

    it('flags stale when the last success is older than staleHours', () => {
        const a = assessMailbox(aMailbox({ lastsuccessfulsynccompletedon: minutesFromNow(-25 * 60) }), NOW);
        expect(a.flags).toEqual(['stale']);
        expect(a.reasons).toContainEqual({ code: 'stale', columns: ['lastsuccessfulsynccompletedon'], value: 25 });
        expect(assessMailbox(aMailbox({ lastsuccessfulsynccompletedon: minutesFromNow(-24 * 60) }), NOW).flags).toEqual([]);
        expect(assessMailbox(aMailbox({ lastsuccessfulsynccompletedon: minutesFromNow(-3 * 60) }), NOW, { staleHours: 2 }).flags).toEqual(['stale']);
    });

    it('does not flag stale on an outgoing-only mailbox: outgoing cycles never set the last success (v2)', () => {
        const a = assessMailbox(aMailbox({ incomingemaildeliverymethod: 0, actdeliverymethod: 2, lastsuccessfulsynccompletedon: minutesFromNow(-30 * 60) }), NOW);
        expect(a.flags).toEqual([]);
    });

    it('does not flag stale on a mailbox whose workloads are not enabled (v2)', () => {
        const off = { enabledforincomingemail: false, enabledforoutgoingemail: false, enabledforact: false, incomingemailstatus: 1, outgoingemailstatus: 1, actstatus: 1 };
        const a = assessMailbox(aMailbox({ ...off, lastsuccessfulsynccompletedon: minutesFromNow(-30 * 60) }), NOW);
        expect(a.health).toBe('not-enabled');
        expect(a.flags).toEqual([]);
    });

    it('does not flag stale on an inactive or a disabled mailbox', () => {
        const old = minutesFromNow(-30 * 24 * 60);
        expect(assessMailbox(aMailbox({ statecode: 1, lastsuccessfulsynccompletedon: old }), NOW).flags).toEqual([]);
        const disabled = { enabledforincomingemail: false, enabledforoutgoingemail: false, enabledforact: false, incomingemailstatus: 2, outgoingemailstatus: 2, actstatus: 2 };
        expect(assessMailbox(aMailbox({ ...disabled, lastsuccessfulsynccompletedon: old }), NOW).flags).toEqual([]);
    });

    it('flags backoff and names the workload when an enabled workload is postponed beyond next processing + 5 minutes', () => {
        const a = assessMailbox(aMailbox({ postponemailboxprocessinguntil: minutesFromNow(3), receivingpostponeduntilforact: minutesFromNow(3 + 12) }), NOW);
        expect(a.flags).toEqual(['backoff']);
        expect(a.reasons).toContainEqual({ code: 'backoff', columns: ['receivingpostponeduntilforact', 'postponemailboxprocessinguntil'], workload: 'act', value: 12 });
        expect(a.workloads.act.backoff).toBe(true);
        expect(a.workloads.incoming.backoff).toBe(false);
    });

    it('does not flag backoff for a postponement of exactly 5 minutes beyond next processing', () => {
        const a = assessMailbox(aMailbox({ postponemailboxprocessinguntil: minutesFromNow(3), postponesendinguntil: minutesFromNow(8) }), NOW);
        expect(a.flags).toEqual([]);
        expect(a.workloads.outgoing.reasons).toContainEqual({
            code: 'workload-postponed',
            columns: ['postponesendinguntil', 'postponemailboxprocessinguntil'],
            workload: 'outgoing',
            value: 5,
        });
    });

    it('does not flag backoff for a workload that is not enabled', () => {
        const a = assessMailbox(aMailbox({ enabledforact: false, actstatus: 2, receivingpostponeduntilforact: minutesFromNow(600) }), NOW);
        expect(a.flags).not.toContain('backoff');
    });

    it('flags workload-not-enabled and names the workload when a configured workload is not enabled while another is', () => {
        const a = assessMailbox(aMailbox({ enabledforact: true, actstatus: 0 }), NOW);
        expect(a.flags).toEqual(['workload-not-enabled']);
        expect(a.reasons).toContainEqual({ code: 'workload-not-enabled', columns: ['enabledforact', 'actstatus'], workload: 'act' });
    });

    it('flags forced-unlocks when forcedunlockcount is positive (R3)', () => {
        const a = assessMailbox(aMailbox({ forcedunlockcount: 2 }), NOW);
        expect(a.flags).toEqual(['forced-unlocks']);
        expect(a.reasons).toContainEqual({ code: 'forced-unlocks', columns: ['forcedunlockcount'], value: 2 });
    });

    it('flags o365-approval-missing on an Exchange Online server-to-server profile when the M365 admin has not approved', () => {
        const a = assessMailbox(aMailbox({ isemailaddressapprovedbyo365admin: false }), NOW, {}, { profile: anExchangeOnlineProfile() });
        expect(a.flags).toEqual(['o365-approval-missing']);
        expect(a.reasons.map((r) => r.code)).toContain('o365-approval-missing');
    });

    it('does not flag o365-approval-missing without a profile, on an on-premises profile, or when the column is unknown', () => {
        const row = aMailbox({ isemailaddressapprovedbyo365admin: false });
        expect(assessMailbox(row, NOW).flags).toEqual([]);
        const onPrem = anExchangeOnlineProfile({ servertype: 0, incomingcredentialretrieval: 3, outgoingcredentialretrieval: 3 });
        expect(assessMailbox(row, NOW, {}, { profile: onPrem }).flags).toEqual([]);
        expect(assessMailbox(aMailbox({ isemailaddressapprovedbyo365admin: undefined }), NOW, {}, { profile: anExchangeOnlineProfile() }).flags).toEqual([]);
    });

    it('flags unsupported-exo-config when autodiscover is off on an Exchange Online profile', () => {
        const a = assessMailbox(aMailbox(), NOW, {}, { profile: anExchangeOnlineProfile({ useautodiscover: false }) });
        expect(a.flags).toEqual(['unsupported-exo-config']);
        expect(a.reasons).toContainEqual({ code: 'exo-autodiscover-off', columns: ['emailserverprofile.useautodiscover'] });
    });

    it('flags unsupported-exo-config when impersonation is on against Exchange Online', () => {
        const a = assessMailbox(aMailbox(), NOW, {}, { profile: anExchangeOnlineProfile({ outgoinguseimpersonation: true }) });
        expect(a.flags).toEqual(['unsupported-exo-config']);
        expect(a.reasons.map((r) => r.code)).toContain('exo-impersonation');
    });

    it('flags unsupported-exo-config for credentials by user against Exchange Online (Hybrid)', () => {
        const profile = anExchangeOnlineProfile({ servertype: 3, incomingcredentialretrieval: 0, outgoingcredentialretrieval: 0 });
        const a = assessMailbox(aMailbox(), NOW, {}, { profile });
        expect(a.flags).toEqual(['unsupported-exo-config']);
        expect(a.reasons.map((r) => r.code)).toContain('exo-user-or-profile-credentials');
    });

    it('flags unsupported-exo-config for profile credentials on an Exchange profile pointing at outlook.office365.com', () => {
        const profile = anExchangeOnlineProfile({
            incomingcredentialretrieval: 1,
            outgoingcredentialretrieval: 1,
            useautodiscover: false,
            incomingserverlocation: 'https://outlook.office365.com/EWS/Exchange.asmx',
        });
        const a = assessMailbox(aMailbox(), NOW, {}, { profile });
        expect(a.flags).toEqual(['unsupported-exo-config']);
        expect(a.reasons.map((r) => r.code)).toEqual(expect.arrayContaining(['exo-autodiscover-off', 'exo-user-or-profile-credentials']));
    });

    it('does not flag an on-premises Exchange profile with credentials and impersonation', () => {
        const profile = anExchangeOnlineProfile({
            incomingcredentialretrieval: 1,
            outgoingcredentialretrieval: 1,
            incominguseimpersonation: true,
            useautodiscover: false,
            incomingserverlocation: 'https://mail.contoso.com/EWS/Exchange.asmx',
            outgoingserverlocation: 'https://outlook.office365.com.contoso.net/EWS',
        });
        expect(assessMailbox(aMailbox(), NOW, {}, { profile }).flags).toEqual([]);
    });

    it('does not flag a POP3/SMTP profile', () => {
        const profile = anExchangeOnlineProfile({ servertype: 1, incomingcredentialretrieval: 0, useautodiscover: false });
        expect(assessMailbox(aMailbox(), NOW, {}, { profile }).flags).toEqual([]);
    });

    it('flags forwarded when incoming email is delivered through a forward mailbox (3)', () => {
        const a = assessMailbox(aMailbox({ incomingemaildeliverymethod: 3, outgoingemaildeliverymethod: 0, actdeliverymethod: 2 }), NOW);
        expect(a.health).toBe('not-configured');
        expect(a.flags).toEqual(['forwarded']);
        expect(a.reasons).toContainEqual({ code: 'forward-mailbox', columns: ['incomingemaildeliverymethod'] });
    });

    it('lists several flags in FLAGS order', () => {
        const a = assessMailbox(aMailbox({ forcedunlockcount: 1, noemailcount: 40, itemsfailedforlastsync: 1, processingstatecode: 1 }), NOW);
        expect(a.flags).toEqual(['syncing-now', 'idle', 'item-failures', 'forced-unlocks']);
    });
});
