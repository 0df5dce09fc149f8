import * as fs from 'fs';
import * as path from 'path';
import { assessMailbox } from '../../MailboxHealth/core/assess';
import { readMailboxLog } from '../../MailboxHealth/core/log';
import { DEFAULT_OPTIONS } from '../../MailboxHealth/core/thresholds';
import type { HealthState, MailboxAssessment, MailboxLog } from '../../MailboxHealth/core/types';
import { LOG_NEVER_RECORDS, splitLogGaps, withLogGaps } from '../../MailboxHealth/core/log/logGaps';
import { anAssessment } from '../view/mailbox/support';

const SEED000 = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'logs', 'seed000.log'), 'utf8');
/** seed 000's own time: its last success. */
const AT = Date.parse('2018-12-03T15:23:37Z');

function judge(text: string): { log: MailboxLog; a: MailboxAssessment } {
    const log = readMailboxLog(text);
    return { log, a: assessMailbox(log.row, AT, DEFAULT_OPTIONS, { profile: log.profile, traces: log.traces }) };
}

/** seed 000 with one line after `hostid` (mailbox section) added. */
const withLine = (line: string): string => SEED000.replace(/hostid: Null\r?\n/, (m) => `${m}${line}\n`);

describe('LOG_NEVER_RECORDS', () => {
    it('lists only columns seed 000 (a full log) has no line for', () => {
        const { log } = judge(SEED000);
        expect(LOG_NEVER_RECORDS.filter((c) => c in log.row)).toEqual([]);
        expect([...LOG_NEVER_RECORDS].sort()).toEqual(['actstatus', 'emailrouteraccessapproval', 'emailserverprofile', 'incomingemailstatus', 'outgoingemailstatus', 'statecode', 'statuscode']);
    });
});

describe('splitLogGaps', () => {
    it("settles seed 000's verdict: what stays open is only what no log records (state, approval)", () => {
        const { log, a } = judge(SEED000);
        const gaps = splitLogGaps(a, log);
        expect(a.health).toBe('healthy');
        expect(gaps.undetermined).toEqual([]);
        expect(gaps.unknownColumns).toEqual([]);
        expect(gaps.notInLog).toEqual(expect.arrayContaining(['inactive', 'approval-rejected', 'approval-pending']));
        expect(gaps.notInLog).toEqual(a.undetermined);
        expect(gaps.notInLogColumns).toEqual(expect.arrayContaining(['statecode', 'emailrouteraccessapproval']));
        expect(gaps.notInLogColumns.every((c) => (LOG_NEVER_RECORDS as readonly string[]).includes(c))).toBe(true);
    });

    it('keeps the verdict not settled when the log lacks a line it normally has (enabledforincomingemail)', () => {
        const { log, a } = judge(SEED000.replace(/enabledforincomingemail : True\r?\n/, ''));
        const gaps = splitLogGaps(a, log);
        expect(gaps.undetermined).toContain('degraded');
        expect(gaps.unknownColumns).toContain('enabledforincomingemail');
        expect(gaps.notInLog).toEqual(['inactive', 'approval-rejected', 'approval-pending']);
        expect(gaps.notInLogColumns).toEqual(['statecode', 'statuscode', 'emailrouteraccessapproval']);
    });

    it('keeps a state open when the log does print its column but with a value that cannot be read', () => {
        const { log, a } = judge(withLine('statecode : Garbage'));
        expect(log.warnings.map((w) => [w.code, w.key])).toContainEqual(['bad-value', 'statecode']);
        const gaps = splitLogGaps(a, log);
        expect(gaps.undetermined).toEqual(['inactive']);
        // statuscode decides inactive when statecode is unknown (health-model rule 1, v2); the log never records it.
        expect(gaps.unknownColumns).toEqual(['statecode', 'statuscode']);
        expect(gaps.notInLog).not.toContain('inactive');
        expect(gaps.notInLogColumns).not.toContain('statecode');
    });

    it('has nothing to note when a log variant does print the state and approval', () => {
        const { log, a } = judge(withLine('statecode : Active\nemailrouteraccessapproval : Approved\nincomingemailstatus : Success\noutgoingemailstatus : Success\nactstatus : Success'));
        expect(a.undetermined).toEqual([]);
        expect(splitLogGaps(a, log)).toEqual({ undetermined: [], unknownColumns: [], notInLog: [], notInLogColumns: [] });
    });

    it('keeps a state open that no unknown column of its own explains', () => {
        const a = anAssessment({ undetermined: ['stuck'] as HealthState[], unknownColumns: ['statecode'] });
        expect(splitLogGaps(a, { row: {}, warnings: [] }).undetermined).toEqual(['stuck']);
    });

    it('keeps a never-recorded column listed while a state it shares with a missing line stays open', () => {
        const a = anAssessment({ undetermined: ['inactive', 'degraded'] as HealthState[], unknownColumns: ['statecode', 'enabledforincomingemail', 'incomingemailstatus'] });
        const gaps = splitLogGaps(a, { row: {}, warnings: [] });
        expect(gaps).toEqual({ undetermined: ['degraded'], unknownColumns: ['enabledforincomingemail', 'incomingemailstatus'], notInLog: ['inactive'], notInLogColumns: ['statecode'] });
    });
});

describe('withLogGaps', () => {
    it('takes the states no log records out of the verdict and leaves everything else as the core gave it', () => {
        const { log, a } = judge(SEED000);
        const shown = withLogGaps(a, splitLogGaps(a, log));
        expect(shown.undetermined).toEqual([]);
        expect(shown.unknownColumns).toEqual([]);
        expect({ ...shown, undetermined: a.undetermined, unknownColumns: a.unknownColumns }).toEqual(a);
        expect(a.undetermined.length).toBeGreaterThan(0); // the core's own assessment is untouched
    });

    it('returns the same assessment when there is nothing to take out', () => {
        const a = anAssessment({});
        expect(withLogGaps(a, splitLogGaps(a, { row: {}, warnings: [] }))).toBe(a);
    });
});
