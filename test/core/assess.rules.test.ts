/** @jest-environment node */
import { assessMailbox } from '../../MailboxHealth/core/assess';
import { RULE_COLUMNS } from '../../MailboxHealth/core/columns';
import { workloadTimesOf } from '../../MailboxHealth/core/decisions';
import { aMailbox, anExchangeOnlineProfile, minutesFromNow, NOW, NOW_MS } from '../builders/mailbox';

const DISABLED = { enabled: false, status: 2 };
const NOT_ENABLED = { enabled: false, status: 1 };
const NOT_TESTED = { enabled: true, status: 0 };
const TEST_FAILED = { enabled: true, status: 2 };
const ENABLED = { enabled: true, status: 1 };
type W = { enabled: boolean; status: number };

/** Sets the three workloads' enabled flag and status (all configured for server-side sync). */
function workloads(incoming: W, outgoing: W, act: W) {
    return {
        enabledforincomingemail: incoming.enabled,
        incomingemailstatus: incoming.status,
        enabledforoutgoingemail: outgoing.enabled,
        outgoingemailstatus: outgoing.status,
        enabledforact: act.enabled,
        actstatus: act.status,
    };
}

describe('assessMailbox: the 15 health rules (health-model, first match wins)', () => {
    it('returns healthy with severity ok for a configured, approved, enabled mailbox that synced a minute ago', () => {
        const a = assessMailbox(aMailbox(), NOW);
        expect(a.health).toBe('healthy');
        expect(a.severity).toBe('ok');
        expect(a.undetermined).toEqual([]);
        expect(a.unknownColumns).toEqual([]);
        expect(a.reasons[0]).toEqual({ code: 'no-problem-found', columns: [] });
    });

    it('returns inactive (neutral) when statecode is 1, before any other rule', () => {
        const a = assessMailbox(aMailbox({ statecode: 1, emailserverprofile: null, lastsyncerrorcount: 5, lastsyncerroroccurredon: NOW }), NOW);
        expect(a.health).toBe('inactive');
        expect(a.severity).toBe('neutral');
        expect(a.reasons[0]).toEqual({ code: 'mailbox-inactive', columns: ['statecode'] });
    });

    it('returns not-configured (neutral) when no delivery method is server-side sync', () => {
        const a = assessMailbox(aMailbox({ incomingemaildeliverymethod: 0, outgoingemaildeliverymethod: 1, actdeliverymethod: 2 }), NOW);
        expect(a.health).toBe('not-configured');
        expect(a.severity).toBe('neutral');
        expect(a.reasons[0].code).toBe('no-workload-uses-sss');
        expect(a.workloads.incoming.configured).toBe(false);
        expect(a.workloads.act.configured).toBe(false);
    });

    it('returns not-configured when the delivery methods are empty (null is a known "none")', () => {
        const a = assessMailbox(aMailbox({ incomingemaildeliverymethod: null, outgoingemaildeliverymethod: null, actdeliverymethod: null }), NOW);
        expect(a.health).toBe('not-configured');
        expect(a.undetermined).toEqual([]);
    });

    it('returns misconfigured (critical) when the emailserverprofile column is present and null', () => {
        const a = assessMailbox(aMailbox({ emailserverprofile: null }), NOW);
        expect(a.health).toBe('misconfigured');
        expect(a.severity).toBe('critical');
        expect(a.reasons[0]).toEqual({ code: 'no-server-profile', columns: ['emailserverprofile'] });
    });

    it('returns misconfigured when the emailserverprofile column is an empty string', () => {
        expect(assessMailbox(aMailbox({ emailserverprofile: '  ' }), NOW).health).toBe('misconfigured');
    });

    it('returns approval-rejected (critical) when approval is required and emailrouteraccessapproval is 3', () => {
        const a = assessMailbox(aMailbox({ emailrouteraccessapproval: 3 }), NOW);
        expect(a.health).toBe('approval-rejected');
        expect(a.severity).toBe('critical');
        expect(a.reasons[0]).toEqual({ code: 'approval-rejected', columns: ['emailrouteraccessapproval'] });
    });

    it.each([
        [0, 'Empty'],
        [2, 'Pending Approval'],
    ])('returns approval-pending (warning) when emailrouteraccessapproval is %i (%s)', (value) => {
        const a = assessMailbox(aMailbox({ emailrouteraccessapproval: value }), NOW);
        expect(a.health).toBe('approval-pending');
        expect(a.severity).toBe('warning');
        expect(a.reasons[0]).toEqual({ code: 'approval-pending', columns: ['emailrouteraccessapproval'], value });
    });

    it('ignores approval when the org does not require it (approvalRequired = false)', () => {
        expect(assessMailbox(aMailbox({ emailrouteraccessapproval: 3 }), NOW, { approvalRequired: false }).health).toBe('healthy');
        expect(assessMailbox(aMailbox({ emailrouteraccessapproval: 2 }), NOW, { approvalRequired: false }).health).toBe('healthy');
    });

    it('returns test-pending (info) when testemailconfigurationscheduled is true', () => {
        const a = assessMailbox(aMailbox({ testemailconfigurationscheduled: true }), NOW);
        expect(a.health).toBe('test-pending');
        expect(a.severity).toBe('info');
        expect(a.reasons[0].code).toBe('test-enable-scheduled');
    });

    it('returns disabled (critical) when every configured workload is disabled', () => {
        const a = assessMailbox(aMailbox(workloads(DISABLED, DISABLED, DISABLED)), NOW);
        expect(a.health).toBe('disabled');
        expect(a.severity).toBe('critical');
        expect(a.reasons[0].code).toBe('all-workloads-disabled');
    });

    it('returns disabled when the only configured workload is disabled and the others do not use server-side sync', () => {
        const a = assessMailbox(aMailbox({ ...workloads(DISABLED, ENABLED, ENABLED), outgoingemaildeliverymethod: 0, actdeliverymethod: 2 }), NOW);
        expect(a.health).toBe('disabled');
    });

    it('returns degraded (error) when one workload is disabled and another is enabled', () => {
        const a = assessMailbox(aMailbox(workloads(DISABLED, ENABLED, ENABLED)), NOW);
        expect(a.health).toBe('degraded');
        expect(a.severity).toBe('error');
        expect(a.reasons[0].code).toBe('some-workloads-disabled');
    });

    it('returns degraded when one workload failed its test and another is enabled', () => {
        expect(assessMailbox(aMailbox(workloads(ENABLED, TEST_FAILED, ENABLED)), NOW).health).toBe('degraded');
    });

    it('returns not-enabled (warning) when every configured workload is not enabled or never tested', () => {
        const a = assessMailbox(aMailbox(workloads(NOT_ENABLED, NOT_TESTED, { enabled: false, status: 0 })), NOW);
        expect(a.health).toBe('not-enabled');
        expect(a.severity).toBe('warning');
        expect(a.reasons[0].code).toBe('no-workload-enabled');
    });

    it('returns not-enabled for a brand-new mailbox whose enabled flags default to yes but were never tested (trap T4)', () => {
        expect(assessMailbox(aMailbox(workloads(NOT_TESTED, NOT_TESTED, NOT_TESTED)), NOW).health).toBe('not-enabled');
    });

    it('returns stuck (warning) when an async host has held the lock longer than stuckMinutes, and says how long when modifiedon is unknown', () => {
        const a = assessMailbox(aMailbox({ processingstatecode: 1, hostid: 'AsyncHost01', processinglastattemptedon: minutesFromNow(-61), modifiedon: undefined }), NOW);
        expect(a.health).toBe('stuck');
        expect(a.severity).toBe('warning');
        expect(a.reasons[0]).toEqual({ code: 'lock-held-too-long', columns: ['processingstatecode', 'processinglastattemptedon'], value: 61 });
    });

    it('says a cycle is running long when the host still refreshes modifiedon (v2, health-model "Locks")', () => {
        const a = assessMailbox(aMailbox({ processingstatecode: 1, processinglastattemptedon: minutesFromNow(-61), modifiedon: minutesFromNow(-3) }), NOW);
        expect(a.health).toBe('stuck');
        expect(a.reasons[0]).toEqual({ code: 'lock-cycle-running-long', columns: ['processingstatecode', 'processinglastattemptedon', 'modifiedon'], value: 61 });
    });

    it('says the host stopped when modifiedon is also older than stuckMinutes (v2, health-model "Locks")', () => {
        const a = assessMailbox(aMailbox({ processingstatecode: 1, processinglastattemptedon: minutesFromNow(-240), modifiedon: minutesFromNow(-239) }), NOW);
        expect(a.health).toBe('stuck');
        expect(a.reasons[0]).toEqual({ code: 'lock-host-stopped', columns: ['processingstatecode', 'processinglastattemptedon', 'modifiedon'], value: 240 });
    });

    it('does not return stuck when the lock is exactly stuckMinutes old (the rule is "longer than")', () => {
        const a = assessMailbox(aMailbox({ processingstatecode: 1, processinglastattemptedon: minutesFromNow(-60) }), NOW);
        expect(a.health).toBe('healthy');
        expect(a.flags).toEqual(['syncing-now']);
    });

    it('honours a custom stuckMinutes', () => {
        const row = aMailbox({ processingstatecode: 1, processinglastattemptedon: minutesFromNow(-20) });
        expect(assessMailbox(row, NOW, { stuckMinutes: 15 }).health).toBe('stuck');
        expect(assessMailbox(row, NOW).health).toBe('healthy');
    });

    it('returns failing (error) when the error count is positive and the error is later than the last success', () => {
        const a = assessMailbox(aMailbox({ lastsyncerrorcount: 3, lastsyncerroroccurredon: minutesFromNow(-1) }), NOW);
        expect(a.health).toBe('failing');
        expect(a.severity).toBe('error');
        expect(a.reasons[0]).toEqual({
            code: 'consecutive-errors',
            columns: ['lastsyncerrorcount', 'lastsyncerroroccurredon', 'lastsuccessfulsynccompletedon'],
            value: 3,
        });
    });

    it('returns failing when the error time equals the last success time ("later than or equal to")', () => {
        const t = minutesFromNow(-5);
        expect(assessMailbox(aMailbox({ lastsyncerrorcount: 1, lastsyncerroroccurredon: t, lastsuccessfulsynccompletedon: t }), NOW).health).toBe('failing');
    });

    it('returns failing when there was never a success and the error count is positive', () => {
        expect(assessMailbox(aMailbox({ lastsyncerrorcount: 2, lastsuccessfulsynccompletedon: null }), NOW).health).toBe('failing');
    });

    it('never returns failing for an error older than the last success (seed 000, C7)', () => {
        const a = assessMailbox(aMailbox({ lastsyncerrorcount: 4, lastsyncerroroccurredon: minutesFromNow(-10), lastsuccessfulsynccompletedon: minutesFromNow(-5) }), NOW);
        expect(a.health).toBe('healthy');
        expect(a.lastErrorIsCurrent).toBe(false);
        expect(a.consecutiveErrors).toBe(0);
    });

    it('never returns failing from lastsyncerroroccurredon alone while the count is 0 (seed 000)', () => {
        expect(assessMailbox(aMailbox({ lastsyncerrorcount: 0, lastsyncerroroccurredon: minutesFromNow(-1) }), NOW).health).toBe('healthy');
    });

    it('returns overdue (warning) when the mailbox is idle and next processing + grace (20 minutes by default in v2) has passed', () => {
        const a = assessMailbox(aMailbox({ postponemailboxprocessinguntil: minutesFromNow(-21) }), NOW);
        expect(a.health).toBe('overdue');
        expect(a.severity).toBe('warning');
        expect(a.reasons[0]).toEqual({ code: 'processing-overdue', columns: ['processingstatecode', 'postponemailboxprocessinguntil'], value: 21 });
        expect(assessMailbox(aMailbox({ postponemailboxprocessinguntil: minutesFromNow(-16) }), NOW).health).toBe('healthy');
    });

    it('does not return overdue while an async host is processing the mailbox', () => {
        const a = assessMailbox(aMailbox({ processingstatecode: 1, postponemailboxprocessinguntil: minutesFromNow(-30) }), NOW);
        expect(a.health).toBe('healthy');
        expect(a.due).toBe('in-progress');
    });

    it('does not return overdue when processing is not scheduled (year 9999)', () => {
        expect(assessMailbox(aMailbox({ postponemailboxprocessinguntil: '9999-12-31T23:59:59.997Z' }), NOW).health).toBe('healthy');
    });

    it('returns awaiting-first-sync (info) when there was never a successful sync and no error', () => {
        const a = assessMailbox(aMailbox({ lastsuccessfulsynccompletedon: null }), NOW);
        expect(a.health).toBe('awaiting-first-sync');
        expect(a.severity).toBe('info');
        expect(a.reasons[0]).toEqual({ code: 'never-synced', columns: RULE_COLUMNS['awaiting-first-sync'] });
    });

    it('does not wait for a first sync on an outgoing-only mailbox: outgoing cycles never set the last success (v2)', () => {
        const a = assessMailbox(aMailbox({ lastsuccessfulsynccompletedon: null, incomingemaildeliverymethod: 0, actdeliverymethod: 2 }), NOW);
        expect(a.health).toBe('healthy');
        expect(a.undetermined).toEqual([]);
    });

    it('waits for a first sync when only ACT is enabled beside a switched-off incoming workload (v2)', () => {
        const a = assessMailbox(aMailbox({ lastsuccessfulsynccompletedon: null, ...workloads(NOT_ENABLED, ENABLED, ENABLED) }), NOW);
        expect(a.health).toBe('awaiting-first-sync');
    });

    it('returns inactive from statuscode = 2 when statecode is unknown (v2)', () => {
        const a = assessMailbox(aMailbox({ statecode: undefined, statuscode: 2 }), NOW);
        expect(a.health).toBe('inactive');
        expect(a.undetermined).toEqual([]);
        expect(a.reasons[0]).toEqual({ code: 'mailbox-inactive', columns: ['statuscode'] });
    });

    it('still leaves inactive open when statecode is unknown and statuscode says active (only 2 settles it, v2)', () => {
        expect(assessMailbox(aMailbox({ statecode: undefined, statuscode: 1 }), NOW).undetermined).toEqual(['inactive']);
    });

    it('returns misconfigured (critical) when the mailbox\'s email server profile is known and inactive (v2, KB 4484702)', () => {
        const a = assessMailbox(aMailbox(), NOW, {}, { profile: anExchangeOnlineProfile({ statecode: 1 }) });
        expect(a.health).toBe('misconfigured');
        expect(a.reasons[0]).toEqual({ code: 'server-profile-inactive', columns: ['emailserverprofile', 'emailserverprofile.statecode'] });
        expect(assessMailbox(aMailbox(), NOW, {}, { profile: anExchangeOnlineProfile({ statecode: 0 }) }).health).toBe('healthy');
    });

    it('returns test-retrying (warning) when Test & Enable is scheduled and a configured workload\'s status is 2 (v2)', () => {
        const a = assessMailbox(aMailbox({ testemailconfigurationscheduled: true, testemailconfigurationretrycount: 2, incomingemailstatus: 2 }), NOW);
        expect(a.health).toBe('test-retrying');
        expect(a.severity).toBe('warning');
        expect(a.reasons[0]).toEqual({
            code: 'test-enable-retrying',
            columns: [...RULE_COLUMNS['test-retrying'], 'testemailconfigurationretrycount'],
            value: 2,
        });
    });

    it('does not call a Test & Enable retrying because of the status of a workload that does not use server-side sync (v2)', () => {
        const a = assessMailbox(aMailbox({ testemailconfigurationscheduled: true, actdeliverymethod: 2, actstatus: 2 }), NOW);
        expect(a.health).toBe('test-pending');
    });
});

describe('assessMailbox: rule order (first match wins)', () => {
    it('prefers not-configured over a null profile', () => {
        expect(assessMailbox(aMailbox({ incomingemaildeliverymethod: 0, outgoingemaildeliverymethod: 0, actdeliverymethod: 2, emailserverprofile: null }), NOW).health).toBe(
            'not-configured',
        );
    });

    it('prefers misconfigured over a rejected approval', () => {
        expect(assessMailbox(aMailbox({ emailserverprofile: null, emailrouteraccessapproval: 3 }), NOW).health).toBe('misconfigured');
    });

    it('prefers approval-pending over a scheduled Test & Enable', () => {
        expect(assessMailbox(aMailbox({ emailrouteraccessapproval: 2, testemailconfigurationscheduled: true }), NOW).health).toBe('approval-pending');
    });

    it('prefers test-retrying over disabled workloads: a scheduled Test & Enable whose workloads failed is being retried (v2)', () => {
        expect(assessMailbox(aMailbox({ ...workloads(DISABLED, DISABLED, DISABLED), testemailconfigurationscheduled: true }), NOW).health).toBe('test-retrying');
    });

    it('prefers test-pending over workloads that are switched off', () => {
        expect(assessMailbox(aMailbox({ ...workloads(NOT_ENABLED, NOT_ENABLED, NOT_TESTED), testemailconfigurationscheduled: true }), NOW).health).toBe('test-pending');
    });

    it('prefers test-retrying over test-pending', () => {
        expect(assessMailbox(aMailbox({ testemailconfigurationscheduled: true, outgoingemailstatus: 2 }), NOW).health).toBe('test-retrying');
    });

    it('prefers stuck over failing, although failing is the more severe (rule order decides, not severity)', () => {
        const a = assessMailbox(
            aMailbox({ processingstatecode: 1, processinglastattemptedon: minutesFromNow(-90), lastsyncerrorcount: 2, lastsyncerroroccurredon: minutesFromNow(-1) }),
            NOW,
        );
        expect(a.health).toBe('stuck');
        expect(a.lastErrorIsCurrent).toBe(true);
    });

    it('prefers failing over overdue', () => {
        expect(assessMailbox(aMailbox({ lastsyncerrorcount: 1, lastsyncerroroccurredon: minutesFromNow(-1), postponemailboxprocessinguntil: minutesFromNow(-60) }), NOW).health).toBe(
            'failing',
        );
    });

    it('prefers overdue over awaiting-first-sync', () => {
        expect(assessMailbox(aMailbox({ lastsuccessfulsynccompletedon: null, postponemailboxprocessinguntil: minutesFromNow(-60) }), NOW).health).toBe('overdue');
    });
});

describe('assessMailbox: rules 7–9 are a partition of every workload mix (v2)', () => {
    it('returns disabled when one workload is disabled and the others were never enabled (nothing is left enabled, E5)', () => {
        const a = assessMailbox(aMailbox(workloads(DISABLED, NOT_ENABLED, NOT_TESTED)), NOW);
        expect(a.health).toBe('disabled');
        expect(a.reasons[0].code).toBe('workloads-disabled-none-enabled');
    });

    it('returns disabled when one workload is disabled and the other failed its test, with none enabled', () => {
        expect(assessMailbox(aMailbox(workloads(DISABLED, TEST_FAILED, DISABLED)), NOW).health).toBe('disabled');
    });

    it('returns disabled when the only configured workload failed its test: nothing syncs and something failed (v2, was degraded)', () => {
        const a = assessMailbox(aMailbox({ ...workloads(TEST_FAILED, ENABLED, ENABLED), outgoingemaildeliverymethod: 0, actdeliverymethod: 2 }), NOW);
        expect(a.health).toBe('disabled');
        expect(a.reasons[0].code).toBe('workloads-test-failed-none-enabled');
    });

    it('returns disabled when a failed test sits beside never-tested or switched-off workloads (v2, was degraded)', () => {
        expect(assessMailbox(aMailbox(workloads(TEST_FAILED, NOT_TESTED, NOT_ENABLED)), NOW).health).toBe('disabled');
    });

    it('returns degraded when a failed test sits beside an enabled workload', () => {
        expect(assessMailbox(aMailbox(workloads(TEST_FAILED, ENABLED, NOT_ENABLED)), NOW).health).toBe('degraded');
    });

    it('stays healthy (with the workload-not-enabled flag) when one workload runs and another was never enabled', () => {
        const a = assessMailbox(aMailbox(workloads(ENABLED, ENABLED, NOT_ENABLED)), NOW);
        expect(a.health).toBe('healthy');
        expect(a.flags).toEqual(['workload-not-enabled']);
    });
});

describe('assessMailbox: the ACT value trap (T1: server-side sync is 1 for ACT, 2 for email)', () => {
    it('counts actdeliverymethod = 1 as configured for server-side sync', () => {
        const a = assessMailbox(aMailbox({ incomingemaildeliverymethod: 0, outgoingemaildeliverymethod: 0, actdeliverymethod: 1 }), NOW);
        expect(a.workloads.act.configured).toBe(true);
        expect(a.health).toBe('healthy');
    });

    it('does not count actdeliverymethod = 2 (None) as server-side sync', () => {
        const a = assessMailbox(aMailbox({ incomingemaildeliverymethod: 0, outgoingemaildeliverymethod: 0, actdeliverymethod: 2 }), NOW);
        expect(a.workloads.act.configured).toBe(false);
        expect(a.health).toBe('not-configured');
        expect(a.workloads.act.reasons).toEqual([{ code: 'workload-not-configured', columns: ['actdeliverymethod'], workload: 'act', value: 2 }]);
    });

    it('does not count incoming or outgoing = 1 (Outlook) as server-side sync', () => {
        const a = assessMailbox(aMailbox({ incomingemaildeliverymethod: 1, outgoingemaildeliverymethod: 1, actdeliverymethod: 0 }), NOW);
        expect([a.workloads.incoming.configured, a.workloads.outgoing.configured, a.workloads.act.configured]).toEqual([false, false, false]);
        expect(a.health).toBe('not-configured');
    });

    it('counts incoming and outgoing = 2 as server-side sync', () => {
        const a = assessMailbox(aMailbox({ incomingemaildeliverymethod: 2, outgoingemaildeliverymethod: 2, actdeliverymethod: 0 }), NOW);
        expect([a.workloads.incoming.configured, a.workloads.outgoing.configured, a.workloads.act.configured]).toEqual([true, true, false]);
    });

    it('ignores a disabled ACT that does not use server-side sync', () => {
        const a = assessMailbox(aMailbox({ actdeliverymethod: 0, enabledforact: false, actstatus: 2 }), NOW);
        expect(a.health).toBe('healthy');
        expect(a.workloads.act.state).toBeNull();
    });
});

describe('assessMailbox: workload states (health-model "Workloads")', () => {
    it.each([
        [false, 2, 'disabled'],
        [false, 0, 'not-enabled'],
        [false, 1, 'not-enabled'],
        [true, 0, 'not-tested'],
        [true, 2, 'test-failed'],
        [true, 1, 'enabled'],
    ])('reads enabled = %p and status = %i as %s', (enabled, status, state) => {
        const a = assessMailbox(aMailbox({ enabledforoutgoingemail: enabled, outgoingemailstatus: status }), NOW);
        expect(a.workloads.outgoing.state).toBe(state);
    });

    it('reads enabled = false with no status column (the log file) as disabled', () => {
        const a = assessMailbox(aMailbox({ enabledforincomingemail: false, incomingemailstatus: undefined }), NOW);
        expect(a.workloads.incoming.state).toBe('disabled');
        expect(a.workloads.incoming.reasons.map((r) => r.code)).toEqual(['workload-disabled-by-error', 'workload-status-unknown']);
    });

    it('reads enabled = true with no status column as enabled', () => {
        const a = assessMailbox(aMailbox({ enabledforincomingemail: true, incomingemailstatus: undefined }), NOW);
        expect(a.workloads.incoming.state).toBe('enabled');
    });

    it('reads enabled = false with an empty status as disabled and enabled = true with an empty status as enabled', () => {
        const a = assessMailbox(aMailbox({ enabledforincomingemail: false, incomingemailstatus: null, enabledforact: true, actstatus: null }), NOW);
        expect(a.workloads.incoming.state).toBe('disabled');
        expect(a.workloads.act.state).toBe('enabled');
    });

    it('reads an unknown status option value as unknown status (so enabled = true gives enabled)', () => {
        const a = assessMailbox(aMailbox({ actstatus: 7 }), NOW);
        expect(a.workloads.act.state).toBe('enabled');
        expect(a.dataIssues).toEqual([{ column: 'actstatus', code: 'unknown-option', raw: '7' }]);
    });

    it('cannot tell the state when the enabled flag is unknown', () => {
        const a = assessMailbox(aMailbox({ enabledforact: undefined }), NOW);
        expect(a.workloads.act.state).toBeNull();
        expect(a.workloads.act.reasons[0].code).toBe('workload-state-unknown');
    });

    it('gives no state to a workload that does not use server-side sync', () => {
        const a = assessMailbox(aMailbox({ outgoingemaildeliverymethod: 0 }), NOW);
        expect(a.workloads.outgoing).toEqual({
            workload: 'outgoing',
            configured: false,
            state: null,
            backoff: false,
            inNextCycle: false,
            transientFailures: null,
            retriesLeft: null,
            reasons: [{ code: 'workload-not-configured', columns: ['outgoingemaildeliverymethod'], workload: 'outgoing', value: 0 }],
        });
        // its column is still shown as read (the mailbox's field), but it does not run
        expect(workloadTimesOf(a, 'outgoing')).toEqual({ postponedUntil: NOW_MS - 4 * 24 * 60 * 60_000, nextRunAt: null });
    });
});
