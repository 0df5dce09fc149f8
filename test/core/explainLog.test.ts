/** @jest-environment node */
import * as fs from 'fs';
import * as path from 'path';
import { explainLog, latestLogInstant } from '../../MailboxHealth/core/log/explainLog';

const fixture = (name: string): string => fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'logs', name), 'utf8');
const SEED000 = fixture('seed000.log');
const ANNOTATED = fixture('seed000-annotated.txt');
/** Years after seed 000 was downloaded: judged at this clock, the log would look overdue and stale. */
const TODAY = Date.parse('2026-03-01T09:00:00Z');
const iso = (t: number | null): string | null => (t === null ? null : new Date(t).toISOString());

describe('explainLog: when a log is judged', () => {
    it('judges a log at its latest recorded instant, not at the clock', () => {
        const e = explainLog(SEED000, undefined, { now: TODAY });
        expect([iso(e.asOf), e.asOfSource, iso(e.logTime)]).toEqual(['2018-12-03T15:23:37.000Z', 'log', '2018-12-03T15:23:37.000Z']);
        expect(e.verdict?.due).toBe('scheduled');
    });

    it('judges at a time given explicitly, which makes seed 000 overdue today', () => {
        const e = explainLog(SEED000, undefined, { at: TODAY, now: TODAY });
        expect([e.asOf, e.asOfSource]).toEqual([TODAY, 'given']);
        expect(e.verdict?.due).toBe('overdue');
    });

    it('falls back to now only when the log records no past instant, and says so', () => {
        const e = explainLog('mailboxid : a1\npostponemailboxprocessinguntil : 12/3/2018 3:28:37 PM', undefined, { now: TODAY });
        expect([e.asOf, e.asOfSource, e.logTime]).toEqual([TODAY, 'now', null]);
    });

    it('does not judge at all when neither the log nor the caller gives an instant', () => {
        const e = explainLog('mailboxid : a1', undefined, {});
        expect([e.asOf, e.asOfSource, e.verdict, e.assessment]).toEqual([null, null, null, null]);
    });

    it('never takes a scheduled time for the log time, and ignores recorded times after now', () => {
        expect(latestLogInstant({ postponemailboxprocessinguntil: '2018-12-03T15:28:37Z' }, [])).toBeNull();
        expect(latestLogInstant({ lastsuccessfulsynccompletedon: '2018-12-03T15:23:37Z' }, [{ modifiedon: '2018-12-03T15:40:00Z' }])).toBe(Date.parse('2018-12-03T15:40:00Z'));
        const future = explainLog('lastsuccessfulsynccompletedon : 12/3/2030 3:23:37 PM\nprocessingstatecode : 0', undefined, { now: TODAY });
        expect([future.asOf, future.asOfSource, future.logTime]).toEqual([TODAY, 'now', null]);
    });

    it('takes no date without a time of day for the log time, and reports it as a data issue', () => {
        const e = explainLog('mailboxid : a1\nlastsuccessfulsynccompletedon : 12/3/2018\nprocessinglastattemptedon : 12/3/2018 3:00:00 PM', undefined, { now: TODAY });
        expect(iso(e.logTime)).toBe('2018-12-03T15:00:00.000Z');
        expect(e.verdict?.lastSuccessAt).toBeNull();
        expect(e.verdict?.dataIssues.map((d) => [d.column, d.raw])).toContainEqual(['lastsuccessfulsynccompletedon', '12/3/2018']);
        expect(e.warnings.badValues).toBe(1);
    });
});

describe('explainLog: what the log can and cannot tell', () => {
    const e = explainLog(SEED000, undefined, { now: TODAY });

    it('settles seed 000 as healthy: the states no log can rule out are noted apart, not left open', () => {
        expect([e.verdict?.health, e.verdict?.undetermined, e.assessment?.undetermined.length]).toEqual(['healthy', [], e.gaps?.notInLog.length]);
        expect(e.gaps?.notInLog).toEqual(expect.arrayContaining(['inactive', 'approval-rejected', 'approval-pending']));
    });

    it('makes no claim about a workload status the log does not record', () => {
        expect(e.statusNotInLog.map((n) => n.workload)).toEqual(['incoming', 'outgoing', 'act']);
        const claim = (r: { code: string }): boolean => r.code === 'workload-enabled' || r.code === 'workload-status-unknown';
        expect(e.verdict?.reasons.filter(claim)).toEqual([]);
        for (const w of ['incoming', 'outgoing', 'act'] as const) expect(e.verdict?.workloads[w].reasons.filter(claim)).toEqual([]);
        // The core's own reasons are left as they came.
        expect(e.assessment?.workloads.incoming.reasons.some(claim)).toBe(true);
    });

    it('keeps claims a log variant that prints the statuses can support', () => {
        const withStatus = explainLog(SEED000.replace(/hostid: Null\r\n/, 'hostid: Null\r\nincomingemailstatus : Success\r\n'), undefined, { now: TODAY });
        expect(withStatus.statusNotInLog.map((n) => n.workload)).toEqual(['outgoing', 'act']);
    });

    it('has no name for seed 000 (it prints only a GUID) and the name when a log prints one', () => {
        expect(e.mailboxName).toBeNull();
        expect(explainLog(`name : Adele Vance\n${SEED000}`, undefined, { now: TODAY }).mailboxName).toBe('Adele Vance');
    });

    it('summarises the blog’s seven commentary lines as a count, with nothing else wrong', () => {
        const annotated = explainLog(ANNOTATED, undefined, { now: TODAY });
        expect(annotated.warnings).toEqual({ total: 7, unreadLines: 7, badValues: 0, unknownKeys: 0, truncated: false, noMailboxSection: false });
        expect(annotated.verdict?.health).toBe('healthy');
    });

    it('says a truncated log is cut off and still judges what it could read', () => {
        const t = explainLog(fixture('truncated.log'), undefined, { now: TODAY });
        expect(t.warnings.truncated).toBe(true);
        expect(t.verdict).not.toBeNull();
    });

    it('does not judge text with no mailbox field, and keeps the reader warnings', () => {
        const junk = explainLog('%PDF-1.7 \u0000\u0001 binary junk\n<html><script>alert(1)</script>', undefined, { now: TODAY });
        expect([junk.verdict, junk.mailboxFields, junk.warnings.noMailboxSection]).toEqual([null, 0, true]);
    });
});

describe('explainLog: alerts older than the last success are history', () => {
    it('labels seed 000’s undated alerts history: the last recorded error (10/17) predates the last success', () => {
        const e = explainLog(SEED000, undefined, { now: TODAY });
        expect(e.alerts.map((a) => [a.match?.code, a.history, iso(a.notAfter)])).toEqual([
            ['ExchangeSyncServerServiceError', true, '2018-10-17T17:41:58.000Z'],
            ['ErrorMailboxMoveInProgress', true, '2018-10-17T17:41:58.000Z'],
            ['IncomingEmailServerServiceError', true, '2018-10-17T17:41:58.000Z'],
        ]);
    });

    it('does not call an undated alert history while the last error is current', () => {
        const e = explainLog(fixture('failing-incoming.log'), undefined, { now: TODAY });
        expect(e.verdict?.lastErrorIsCurrent).toBe(true);
        expect(e.alerts.filter((a) => !a.information && a.at === null).every((a) => !a.history)).toBe(true);
    });

    it('dates an alert by its own time when the log prints one: before the last success is history, after is not', () => {
        const text = 'mailboxid : a1\nlastsuccessfulsynccompletedon : 12/3/2018 3:00:00 PM\nRecent Trace Log details\ntracecode : 1\nlevel : Warning\nmodifiedon : 12/3/2018 2:00:00 PM\nerrortypedisplay : ExchangeSyncServerServiceError\ntracecode : 2\nlevel : Warning\nmodifiedon : 12/3/2018 3:10:00 PM\nerrortypedisplay : ExchangeSyncServerServiceError';
        const e = explainLog(text, undefined, { now: TODAY });
        expect(e.alerts.map((a) => [a.entry.tracecode, a.history])).toEqual([
            [1, true],
            [2, false],
        ]);
    });

    it('never calls an information entry history or an error', () => {
        const e = explainLog('mailboxid : a1\nlastsuccessfulsynccompletedon : 12/3/2018 3:00:00 PM\ntracecode : 1\nlevel : Information\nmodifiedon : 12/3/2018 2:00:00 PM\ntext : Tested and enabled.', undefined, { now: TODAY });
        expect(e.alerts.map((a) => [a.information, a.history, a.match])).toEqual([[true, false, null]]);
    });
});
