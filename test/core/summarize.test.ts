/** @jest-environment node */
import { assessFleet, assessMailbox } from '../../MailboxHealth/core/assess';
import { summarizeFleet, TOP_ERRORS_LIMIT } from '../../MailboxHealth/core/summarize';
import { FLAGS, HEALTH_STATES } from '../../MailboxHealth/core/types';
import type { ErrorMatch, MailboxAssessment } from '../../MailboxHealth/core/types';
import { aMailbox, minutesFromNow, NOW } from '../builders/mailbox';

const P1 = '11111111-0000-0000-0000-000000000001';
const P2 = '22222222-0000-0000-0000-000000000002';
const failingRow = (profile: string) => aMailbox({ emailserverprofile: profile, lastsyncerrorcount: 2, lastsyncerroroccurredon: minutesFromNow(-1) });
const disabledRow = (profile: string) =>
    aMailbox({ emailserverprofile: profile, enabledforincomingemail: false, enabledforoutgoingemail: false, enabledforact: false, incomingemailstatus: 2, outgoingemailstatus: 2, actstatus: 2 });

function withErrors(a: MailboxAssessment, codes: string[], current = true): MailboxAssessment {
    const errors: ErrorMatch[] = codes.map((code, i) => ({ code, class: 'transient', workload: null, action: 'wait', source: i === 0 ? 'lastsyncerror' : 'tracelog', text: code }));
    return { ...a, errors, lastErrorIsCurrent: current };
}

describe('summarizeFleet', () => {
    it('gives zero counts for every state, severity and flag of an empty fleet', () => {
        const s = summarizeFleet([]);
        expect(s.total).toBe(0);
        expect(Object.values(s.byState).every((n) => n === 0)).toBe(true);
        expect(Object.keys(s.byState)).toHaveLength(HEALTH_STATES.length);
        expect(Object.keys(s.bySeverity)).toEqual(['critical', 'error', 'warning', 'info', 'neutral', 'ok']);
        expect(Object.keys(s.byFlag)).toEqual([...FLAGS]);
        expect(s.statesWorstFirst).toEqual([]);
        expect(s.byProfile).toEqual([]);
        expect(s.topErrors).toEqual([]);
    });

    it('counts states, severities, flags and the totals', () => {
        const rows = [
            aMailbox(),
            aMailbox({ noemailcount: 20 }),
            failingRow(P1),
            disabledRow(P1),
            aMailbox({ postponemailboxprocessinguntil: minutesFromNow(-60) }),
            aMailbox({ processingstatecode: 1 }),
            aMailbox({ statecode: undefined }),
        ];
        const s = summarizeFleet(assessFleet(rows, NOW));
        expect(s.total).toBe(7);
        expect(s.byState.healthy).toBe(4);
        expect(s.byState.failing).toBe(1);
        expect(s.byState.disabled).toBe(1);
        expect(s.byState.overdue).toBe(1);
        expect(s.bySeverity).toEqual({ critical: 1, error: 1, warning: 1, info: 0, neutral: 0, ok: 4 });
        expect(s.byFlag.idle).toBe(1);
        expect(s.byFlag['syncing-now']).toBe(1);
        expect([s.failing, s.disabled, s.overdue, s.syncingNow, s.uncertain]).toEqual([1, 1, 1, 1, 1]);
    });

    it('lists the states present worst first: by severity, then rule order', () => {
        const rows = [aMailbox(), aMailbox({ statecode: 1 }), failingRow(P1), disabledRow(P1), aMailbox({ emailserverprofile: null }), aMailbox({ emailrouteraccessapproval: 2 })];
        expect(summarizeFleet(assessFleet(rows, NOW)).statesWorstFirst).toEqual(['misconfigured', 'disabled', 'failing', 'approval-pending', 'inactive', 'healthy']);
    });

    it('summarises each server profile with the share failing or disabled (E8), worst first', () => {
        const rows = [aMailbox({ emailserverprofile: P1, emailserverprofilename: 'EXO' }), failingRow(P1), disabledRow(P1), aMailbox({ emailserverprofile: P2 }), failingRow(P2), aMailbox({ emailserverprofile: null })];
        const s = summarizeFleet(assessFleet(rows, NOW));
        expect(s.byProfile.map((p) => [p.profileId, p.profileName, p.total, p.failingShare])).toEqual([
            [P1, 'EXO', 3, 2 / 3],
            [P2, 'Microsoft Exchange Online', 2, 1 / 2],
            [null, 'Microsoft Exchange Online', 1, 0],
        ]);
        expect(s.byProfile[0].byState.failing).toBe(1);
        expect(s.byProfile[0].byState.disabled).toBe(1);
        expect(s.byProfile[2].byState.misconfigured).toBe(1);
    });

    it('orders profiles of equal share by size, then name', () => {
        const rows = [aMailbox({ emailserverprofile: P2, emailserverprofilename: 'B' }), aMailbox({ emailserverprofile: P1, emailserverprofilename: 'A' }), aMailbox({ emailserverprofile: P2, emailserverprofilename: 'B' })];
        expect(summarizeFleet(assessFleet(rows, NOW)).byProfile.map((p) => p.profileName)).toEqual(['B', 'A']);
        const same = [aMailbox({ emailserverprofile: P2, emailserverprofilename: 'B' }), aMailbox({ emailserverprofile: P1, emailserverprofilename: 'A' })];
        expect(summarizeFleet(assessFleet(same, NOW)).byProfile.map((p) => p.profileName)).toEqual(['A', 'B']);
    });

    it('counts each error code once per mailbox, most frequent first, and ignores a last error that is not current (C7)', () => {
        const base = assessMailbox(aMailbox(), NOW);
        const fleet = [
            withErrors(base, ['http-503', 'http-503', 'mailbox-move']),
            withErrors(base, ['http-401', 'http-503']),
            withErrors(base, ['http-401']),
            withErrors(base, ['stale-code', 'mailbox-move'], false),
        ];
        // http-503: mailboxes 1 and 2; http-401: 2 and 3; mailbox-move: 1 and 4 (a trace); stale-code: only a stale last error
        expect(summarizeFleet(fleet).topErrors).toEqual([
            { code: 'http-401', count: 2 },
            { code: 'http-503', count: 2 },
            { code: 'mailbox-move', count: 2 },
        ]);
        const more = [...fleet, withErrors(base, ['http-503'])];
        expect(summarizeFleet(more).topErrors[0]).toEqual({ code: 'http-503', count: 3 });
    });

    it(`lists at most ${TOP_ERRORS_LIMIT} error codes`, () => {
        const base = assessMailbox(aMailbox(), NOW);
        const codes = Array.from({ length: 15 }, (_, i) => `code-${String(i).padStart(2, '0')}`);
        const s = summarizeFleet([withErrors(base, ['x', ...codes])]);
        expect(s.topErrors).toHaveLength(TOP_ERRORS_LIMIT);
    });

    it('survives a value that is not a list', () => {
        expect(summarizeFleet(null as never).total).toBe(0);
    });
});
