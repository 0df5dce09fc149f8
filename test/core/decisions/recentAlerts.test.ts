import { recentAlerts, traceFirstSeen, traceTime } from '../../../MailboxHealth/core/decisions';
import type { TraceEntry } from '../../../MailboxHealth/core/types';
import { anAssessed, anError, MINUTE, T0 } from '../../builders/assessment';

const iso = (ms: number) => new Date(ms).toISOString();
const warning503: TraceEntry = { tracelogid: 't1', level: 2, errortypedisplay: 'IncomingEmailServerServiceError', text: '503', createdon: iso(T0 - 90 * MINUTE), modifiedon: iso(T0 - 10 * MINUTE) };
const tested: TraceEntry = { tracelogid: 't2', level: 1, tracestatus: true, text: 'The mailbox was tested and enabled successfully.', modifiedon: iso(T0 - 5 * MINUTE) };
const empty: TraceEntry = { tracelogid: 't3', level: 3 };
const match503 = anError({ source: 'tracelog', level: 2, code: 'IncomingEmailServerServiceError', at: T0 - 10 * MINUTE });

describe('recentAlerts', () => {
    it('pairs each error row with the match the assessment already made, and lists information rows as information, newest first', () => {
        const items = recentAlerts(anAssessed({ errors: [match503] }), [warning503, tested, empty]);
        expect(items.map((i) => i.kind)).toEqual(['information', 'error']);
        expect(items[1]).toEqual({ kind: 'error', match: match503, trace: warning503 });
        expect(items[0]).toMatchObject({ kind: 'information', success: true, at: T0 - 5 * MINUTE, trace: tested });
    });

    it('uses the assessment’s matches alone when it has no rows', () => {
        expect(recentAlerts(anAssessed({ errors: [anError(), match503] }), null)).toEqual([{ kind: 'error', match: match503, trace: null }]);
    });

    it('does not pair rows the assessment did not see with its matches', () => {
        const items = recentAlerts(anAssessed({ errors: [] }), [warning503]);
        expect(items).toEqual([]);
    });
});

describe('traceTime and traceFirstSeen', () => {
    it('take the last occurrence from modifiedon and the first from createdon', () => {
        expect(traceTime(warning503)).toBe(T0 - 10 * MINUTE);
        expect(traceFirstSeen(warning503)).toBe(T0 - 90 * MINUTE);
        expect(traceTime({ createdon: 'not a date' })).toBeNull();
    });
});
