/** @jest-environment node */
import { assessMailbox } from '../../MailboxHealth/core/assess';
import { REQUIRED_COLUMNS } from '../../MailboxHealth/core/columns';
import { aMailbox, aMailboxJson, anExchangeOnlineProfile, aPartialMailbox, minutesFromNow, NOW, NOW_MS } from '../builders/mailbox';

describe('assessMailbox: unknown (absent) columns are not bad values', () => {
    it('keeps healthy but lists inactive as undetermined when statecode is absent', () => {
        const a = assessMailbox(aMailbox({ statecode: undefined }), NOW);
        expect(a.health).toBe('healthy');
        expect(a.undetermined).toEqual(['inactive']);
        expect(a.unknownColumns).toEqual(['statecode']);
    });

    it('returns inactive when statecode is 1 even though other columns are absent', () => {
        const a = assessMailbox({ statecode: 1 }, NOW);
        expect(a.health).toBe('inactive');
        expect(a.undetermined).toEqual([]);
        expect(a.unknownColumns).toEqual([]);
    });

    it('treats an absent emailserverprofile as unknown, not as "no profile"', () => {
        const a = assessMailbox(aMailbox({ emailserverprofile: undefined }), NOW);
        expect(a.health).toBe('healthy');
        expect(a.undetermined).toEqual(['misconfigured']);
        expect(a.unknownColumns).toEqual(['emailserverprofile']);
        expect(a.profileId).toBeNull();
    });

    it('knows the mailbox has a profile when the caller hands one in, even if the row lacks the column', () => {
        const a = assessMailbox(aMailbox({ emailserverprofile: undefined }), NOW, {}, { profile: anExchangeOnlineProfile() });
        expect(a.undetermined).toEqual([]);
    });

    it('treats a null emailserverprofile as "no profile" (misconfigured)', () => {
        expect(assessMailbox(aMailbox({ emailserverprofile: null }), NOW).health).toBe('misconfigured');
    });

    it('lists both approval states as undetermined when emailrouteraccessapproval is absent', () => {
        const a = assessMailbox(aMailbox({ emailrouteraccessapproval: undefined }), NOW);
        expect(a.health).toBe('healthy');
        expect(a.undetermined).toEqual(['approval-rejected', 'approval-pending']);
        expect(a.unknownColumns).toEqual(['emailrouteraccessapproval']);
    });

    it('does not list approval states when the org does not require approval', () => {
        expect(assessMailbox(aMailbox({ emailrouteraccessapproval: undefined }), NOW, { approvalRequired: false }).undetermined).toEqual([]);
    });

    it('lists degraded and not-enabled when a status column is absent but the workload is enabled (the log file)', () => {
        const a = assessMailbox(aMailbox({ incomingemailstatus: undefined }), NOW);
        expect(a.health).toBe('healthy');
        expect(a.workloads.incoming.state).toBe('enabled');
        expect(a.undetermined).toEqual(['degraded']);
        expect(a.unknownColumns).toEqual(['incomingemailstatus']);
    });

    it('lists disabled, degraded and not-enabled when every status column is absent (v2: every test failed is disabled)', () => {
        const a = assessMailbox(aMailbox({ incomingemailstatus: undefined, outgoingemailstatus: undefined, actstatus: undefined }), NOW);
        expect(a.undetermined).toEqual(['disabled', 'degraded', 'not-enabled']);
        expect(a.unknownColumns).toEqual(['incomingemailstatus', 'outgoingemailstatus', 'actstatus']);
    });

    it('does not list states for a null status (present and empty)', () => {
        expect(assessMailbox(aMailbox({ incomingemailstatus: null }), NOW).undetermined).toEqual([]);
    });

    it('never calls a mailbox healthy when every world is a workload problem (unknown delivery method)', () => {
        // incoming not enabled; ACT disabled but its delivery method is unknown: not-enabled or disabled, never healthy
        const a = assessMailbox(
            aMailbox({ outgoingemaildeliverymethod: 0, enabledforincomingemail: false, incomingemailstatus: 1, actdeliverymethod: undefined, enabledforact: false, actstatus: 2 }),
            NOW,
        );
        expect(a.health).toBe('not-enabled');
        expect(a.undetermined).toEqual(['disabled']);
        expect(a.unknownColumns).toEqual(['actdeliverymethod']);
        expect(a.workloads.act.configured).toBeNull();
        expect(a.workloads.act.state).toBe('disabled');
    });

    it('lists not-configured when every delivery method is absent', () => {
        const a = assessMailbox(aMailbox({ incomingemaildeliverymethod: undefined, outgoingemaildeliverymethod: undefined, actdeliverymethod: undefined }), NOW);
        expect(a.health).toBe('healthy');
        expect(a.undetermined).toEqual(['not-configured']);
    });

    it('lists stuck and overdue when processingstatecode is absent and the schedule is past', () => {
        const a = assessMailbox(aMailbox({ processingstatecode: undefined, processinglastattemptedon: minutesFromNow(-120), postponemailboxprocessinguntil: minutesFromNow(-60) }), NOW);
        expect(a.health).toBe('healthy');
        expect(a.undetermined).toEqual(['stuck', 'overdue']);
        expect(a.unknownColumns).toEqual(['processingstatecode']);
        expect(a.due).toBe('overdue');
    });

    it('lists stuck when a host holds the lock but the lock time is empty', () => {
        const a = assessMailbox(aMailbox({ processingstatecode: 1, processinglastattemptedon: null }), NOW);
        expect(a.health).toBe('healthy');
        expect(a.undetermined).toEqual(['stuck']);
        expect(a.unknownColumns).toEqual(['processinglastattemptedon']);
    });

    it('lists overdue when the schedule column is absent', () => {
        const a = assessMailbox(aMailbox({ postponemailboxprocessinguntil: undefined }), NOW);
        expect(a.undetermined).toEqual(['overdue']);
    });

    it('lists failing when the error count is absent and the error is later than the last success', () => {
        const a = assessMailbox(aMailbox({ lastsyncerrorcount: undefined, lastsyncerroroccurredon: minutesFromNow(-1) }), NOW);
        expect(a.health).toBe('healthy');
        expect(a.undetermined).toEqual(['failing']);
        expect(a.lastErrorIsCurrent).toBe(false);
    });

    it('returns failing, not undetermined, when errors are counted and the error time is empty (v2: a null time is current)', () => {
        const a = assessMailbox(aMailbox({ lastsyncerrorcount: 2, lastsyncerroroccurredon: null }), NOW);
        expect(a.health).toBe('failing');
        expect(a.undetermined).toEqual([]);
    });

    it('lists failing when errors are counted and the error time is absent', () => {
        const a = assessMailbox(aMailbox({ lastsyncerrorcount: 2, lastsyncerroroccurredon: undefined }), NOW);
        expect(a.undetermined).toEqual(['failing']);
        expect(a.unknownColumns).toEqual(['lastsyncerroroccurredon']);
    });

    it('lists test-retrying when Test & Enable is scheduled and a status column is absent (v2)', () => {
        const a = assessMailbox(aMailbox({ testemailconfigurationscheduled: true, actstatus: undefined }), NOW);
        expect(a.health).toBe('test-pending');
        expect(a.undetermined).toEqual(['test-retrying']);
        expect(a.unknownColumns).toEqual(['actstatus']);
    });

    it('lists awaiting-first-sync when the mailbox never synced and whether incoming email or ACT is enabled is unknown (v2)', () => {
        const a = assessMailbox(aMailbox({ lastsuccessfulsynccompletedon: null, enabledforincomingemail: undefined, actdeliverymethod: 2 }), NOW);
        expect(a.health).toBe('healthy');
        expect(a.undetermined).toEqual(['awaiting-first-sync']);
        expect(a.unknownColumns).toEqual(['enabledforincomingemail']);
    });

    it('lists failing and awaiting-first-sync when the last success column is absent', () => {
        const a = assessMailbox(aMailbox({ lastsuccessfulsynccompletedon: undefined, lastsyncerrorcount: 2, lastsyncerroroccurredon: minutesFromNow(-3) }), NOW);
        expect(a.health).toBe('healthy');
        expect(a.undetermined).toEqual(['failing']);
        const b = assessMailbox(aMailbox({ lastsuccessfulsynccompletedon: undefined }), NOW);
        expect(b.undetermined).toEqual(['awaiting-first-sync']);
    });

    it('lists test-pending when testemailconfigurationscheduled is absent', () => {
        expect(assessMailbox(aMailbox({ testemailconfigurationscheduled: undefined }), NOW).undetermined).toEqual(['test-pending']);
    });

    it('lists only earlier states: a known earlier problem hides later unknowns', () => {
        const a = assessMailbox(aMailbox({ emailrouteraccessapproval: 3, lastsuccessfulsynccompletedon: undefined, processingstatecode: undefined }), NOW);
        expect(a.health).toBe('approval-rejected');
        expect(a.undetermined).toEqual([]);
        expect(a.unknownColumns).toEqual([]);
    });

    it('gives every earlier state as undetermined for an empty row, and never throws', () => {
        const a = assessMailbox({}, NOW);
        expect(a.health).toBe('healthy');
        expect(a.undetermined).toEqual([
            'inactive',
            'not-configured',
            'misconfigured',
            'approval-rejected',
            'approval-pending',
            'test-retrying',
            'test-pending',
            'disabled',
            'degraded',
            'not-enabled',
            'stuck',
            'failing',
            'overdue',
            'awaiting-first-sync',
        ]);
        expect(a.dataIssues).toEqual([]);
    });

    it('judges a row with only the rule columns of the PCF view exactly like the full row', () => {
        const a = assessMailbox(aPartialMailbox(['statecode', 'incomingemaildeliverymethod', 'outgoingemaildeliverymethod', 'actdeliverymethod']), NOW);
        expect(a.health).toBe('healthy');
        expect(a.undetermined).toContain('misconfigured');
    });
});

describe('assessMailbox: malformed dates, wrong types and unknown options become data issues, read as unknown', () => {
    it('reads ISO-8601 strings from the Web API like Date objects', () => {
        const a = assessMailbox(aMailboxJson(), NOW);
        const b = assessMailbox(aMailbox(), NOW);
        expect(a).toEqual(b);
    });

    it('reports a malformed date verbatim and treats it as unknown', () => {
        const a = assessMailbox(aMailbox({ lastsuccessfulsynccompletedon: 'yesterday-ish' }), NOW);
        expect(a.dataIssues).toEqual([{ column: 'lastsuccessfulsynccompletedon', code: 'malformed-date', raw: 'yesterday-ish' }]);
        expect(a.lastSuccessAt).toBeNull();
        expect(a.undetermined).toEqual(['awaiting-first-sync']);
        expect(a.unknownColumns).toEqual(['lastsuccessfulsynccompletedon']);
    });

    it('reports an invalid Date object as a malformed date', () => {
        const a = assessMailbox(aMailbox({ postponemailboxprocessinguntil: new Date(NaN) }), NOW);
        expect(a.dataIssues).toEqual([{ column: 'postponemailboxprocessinguntil', code: 'malformed-date', raw: 'Invalid Date' }]);
        expect(a.due).toBe('not-scheduled');
        expect(a.reasons.map((r) => r.code)).toContain('processing-schedule-unknown');
    });

    it('reads a date without a time of day (a DateOnly-formatted value) as unknown with a data issue, never midnight UTC (v2)', () => {
        const a = assessMailbox(aMailboxJson({ postponemailboxprocessinguntil: '2018-12-03' }), NOW);
        expect(a.dataIssues).toEqual([{ column: 'postponemailboxprocessinguntil', code: 'malformed-date', raw: '2018-12-03' }]);
        expect(a.nextProcessingAt).toBeNull();
        expect(a.health).toBe('healthy');
        expect(a.undetermined).toEqual(['overdue']);
    });

    it('does not read US-format dates (the log reader converts them; the core never guesses a time zone)', () => {
        const a = assessMailbox(aMailbox({ processinglastattemptedon: '12/3/2018 3:23:36 PM' }), NOW);
        expect(a.dataIssues).toEqual([{ column: 'processinglastattemptedon', code: 'malformed-date', raw: '12/3/2018 3:23:36 PM' }]);
        expect(a.lastAttemptAt).toBeNull();
    });

    it('reports a wrong-typed value and treats it as unknown', () => {
        const a = assessMailbox(aMailbox({ statecode: 'Active', enabledforact: 'yes', lastsyncerrorcount: true }), NOW);
        expect(a.dataIssues).toEqual([
            { column: 'statecode', code: 'wrong-type', raw: 'Active' },
            { column: 'enabledforact', code: 'wrong-type', raw: 'yes' },
            { column: 'lastsyncerrorcount', code: 'wrong-type', raw: 'true' },
        ]);
        expect(a.health).toBe('healthy');
        // ACT's flag is unknown but its status is 1 (Success): enabled or not-enabled, both harmless beside two enabled workloads
        expect(a.undetermined).toEqual(['inactive']);
        expect(a.workloads.act.state).toBeNull();
    });

    it('reports NaN and Infinity in a number column as wrong-typed', () => {
        const a = assessMailbox(aMailbox({ noemailcount: NaN, itemsfailedforlastsync: Infinity }), NOW);
        expect(a.dataIssues).toEqual([
            { column: 'noemailcount', code: 'wrong-type', raw: 'NaN' },
            { column: 'itemsfailedforlastsync', code: 'wrong-type', raw: 'Infinity' },
        ]);
        expect(a.flags).toEqual([]);
    });

    it('reports unknown option values with the raw value shown, never guessed', () => {
        const a = assessMailbox(aMailbox({ statecode: 2, incomingemaildeliverymethod: 9, emailrouteraccessapproval: 4 }), NOW);
        expect(a.dataIssues).toEqual([
            { column: 'statecode', code: 'unknown-option', raw: '2' },
            { column: 'incomingemaildeliverymethod', code: 'unknown-option', raw: '9' },
            { column: 'emailrouteraccessapproval', code: 'unknown-option', raw: '4' },
        ]);
        expect(a.workloads.incoming.configured).toBeNull();
        expect(a.undetermined).toEqual(['inactive', 'approval-rejected', 'approval-pending']);
    });

    it('reports a wrong-typed profile column with the profile prefix', () => {
        const a = assessMailbox(aMailbox(), NOW, {}, { profile: anExchangeOnlineProfile({ servertype: 'Exchange' }) });
        expect(a.dataIssues).toEqual([{ column: 'emailserverprofile.servertype', code: 'wrong-type', raw: 'Exchange' }]);
        expect(a.flags).toEqual([]);
    });

    it('survives values of any type in any column', () => {
        const weird = [{}, [], { a: 1 }, Symbol('x'), () => 1, BigInt(3), new Map(), Object.create(null)];
        for (const v of weird) {
            const row = Object.fromEntries(Object.keys(aMailbox()).map((k) => [k, v]));
            const a = assessMailbox(row as never, NOW);
            expect(a.health).toBe('healthy');
            // every column read is reported; the Test & Enable time and tries are read only once Test & Enable is known to be scheduled
            const read = REQUIRED_COLUMNS.filter((c) => c !== 'postponetestemailconfigurationuntil' && c !== 'testemailconfigurationretrycount');
            expect(a.dataIssues.map((d) => d.column).sort()).toEqual([...read].sort());
        }
    });

    it('survives a row that is not an object', () => {
        expect(assessMailbox(null as never, NOW).health).toBe('healthy');
        expect(assessMailbox('mailbox' as never, NOW).undetermined).toHaveLength(14);
    });

    it('reports a fake Date (the prototype without a time value) as a wrong type, not a crash', () => {
        const fake = Object.create(Date.prototype) as Date;
        const a = assessMailbox(aMailbox({ lastsuccessfulsynccompletedon: fake }), NOW);
        expect(a.dataIssues).toEqual([{ column: 'lastsuccessfulsynccompletedon', code: 'wrong-type', raw: '[object Object]' }]);
    });

    it('takes now as a Date or epoch milliseconds and rejects an invalid now with a clear message', () => {
        expect(assessMailbox(aMailbox(), NOW)).toEqual(assessMailbox(aMailbox(), NOW_MS));
        expect(() => assessMailbox(aMailbox(), new Date(NaN))).toThrow('now must be a valid instant');
        expect(() => assessMailbox(aMailbox(), NaN)).toThrow(RangeError);
    });

    it('falls back to the default for a negative or non-numeric threshold', () => {
        const row = aMailbox({ postponemailboxprocessinguntil: minutesFromNow(-25) });
        expect(assessMailbox(row, NOW, { graceMinutes: -5 }).health).toBe('overdue');
        expect(assessMailbox(row, NOW, { graceMinutes: 'x' as never }).health).toBe('overdue');
        expect(assessMailbox(row, NOW, null as never).health).toBe('overdue');
    });
});
