/** @jest-environment node */
import * as fs from 'fs';
import * as path from 'path';
import { readMailboxLog } from '../../MailboxHealth/core/log';
import { assessMailbox } from '../../MailboxHealth/core/assess';

// health-model §"The Download Mailbox Details log" (v2): keys are read in any letter case everywhere, including where a
// multi-line value ends. The fixture is seed 000's log with every key in PascalCase (`LastSyncErrorCount :`).
const fixture = (name: string): string => fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'logs', name), 'utf8');
const LOWER = fixture('seed000.log');
const PASCAL = fixture('seed000-pascalcase.log');

/** A failing mailbox's last-cycle lines, in the spelling given: a two-line error text followed by its count. */
const failing = (key: (lower: string) => string): string =>
    [
        `${key('lastsuccessfulsynccompletedon')} : 12/3/2018 2:35:09 PM`,
        `${key('lastsyncerror')}: System.Net.WebException: The remote server returned an error: (401) Unauthorized.`,
        'at Microsoft.Crm.Asynchronous.EmailConnector.ExchangeIncomingEmailProviderStep.EndOperation()',
        `${key('lastsyncerrorcode')}: Null`,
        `${key('lastsyncerrorcount')} : 4`,
        `${key('lastsyncerroroccurredon')} : 12/3/2018 3:20:14 PM`,
    ].join('\r\n');
const PASCAL_KEYS: Readonly<Record<string, string>> = {
    lastsuccessfulsynccompletedon: 'LastSuccessfulSyncCompletedOn',
    lastsyncerror: 'LastSyncError',
    lastsyncerrorcode: 'LastSyncErrorCode',
    lastsyncerrorcount: 'LastSyncErrorCount',
    lastsyncerroroccurredon: 'LastSyncErrorOccurredOn',
};
/** Seed 000 with its last-cycle lines replaced by the failing ones. */
const withFailure = (text: string, key: (lower: string) => string): string => text.replace(/(Mailbox Last Sync Cycle Information\r\n)[\s\S]*?(\r\nitemsprocessedforlastsync|\r\nItemsProcessedForLastSync)/, (_, head: string, tail: string) => head + failing(key) + tail);

describe('readMailboxLog on seed 000 with PascalCase keys', () => {
    const lower = readMailboxLog(LOWER);
    const pascal = readMailboxLog(PASCAL);

    it('is a fixture whose keys are all PascalCase', () => {
        expect(PASCAL).toContain('LastSyncErrorCount : 0');
        expect(PASCAL).toContain('TraceCode : 52');
        expect(PASCAL).not.toMatch(/^[a-z]+ *:/m);
    });

    it.each(Object.keys(readMailboxLog(LOWER).row))('reads the mailbox field %s as the lower-case log does', (column) => {
        expect(Object.prototype.hasOwnProperty.call(pascal.row, column)).toBe(true);
        expect(pascal.row[column as keyof typeof pascal.row]).toEqual(lower.row[column as keyof typeof lower.row]);
    });

    it.each(Object.keys(readMailboxLog(LOWER).profile ?? {}))('reads the profile setting %s as the lower-case log does', (column) => {
        expect(pascal.profile?.[column as keyof NonNullable<typeof pascal.profile>]).toEqual(lower.profile?.[column as keyof NonNullable<typeof lower.profile>]);
    });

    it('reads the same row, profile, three separate trace entries, and no unknown key or warning', () => {
        expect(pascal.row).toEqual(lower.row);
        expect(pascal.profile).toEqual(lower.profile);
        expect(pascal.traces.map((t) => t.tracecode)).toEqual([126, 2, 52]);
        expect(pascal.traces).toEqual(lower.traces);
        expect([pascal.unknownKeys, pascal.warnings]).toEqual([[], []]);
    });
});

describe('where a multi-line value ends, in any letter case', () => {
    const lowerLog = readMailboxLog(withFailure(LOWER, (k) => k));
    const pascalLog = readMailboxLog(withFailure(PASCAL, (k) => PASCAL_KEYS[k] ?? k));

    it('ends the error text at `LastSyncErrorCode:` exactly as at `lastsyncerrorcode:`', () => {
        const text = 'System.Net.WebException: The remote server returned an error: (401) Unauthorized.\nat Microsoft.Crm.Asynchronous.EmailConnector.ExchangeIncomingEmailProviderStep.EndOperation()';
        expect(lowerLog.row.lastsyncerror).toBe(text);
        expect(pascalLog.row.lastsyncerror).toBe(text);
    });

    it('reads `LastSyncErrorCount : 4` as the count, not as error text', () => {
        expect([pascalLog.row.lastsyncerrorcount, pascalLog.row.lastsyncerroroccurredon]).toEqual([4, '2018-12-03T15:20:14Z']);
        expect(pascalLog.row).toEqual(lowerLog.row);
    });

    it('judges the PascalCase failing mailbox failing, as the lower-case one (never healthy)', () => {
        const at = Date.parse('2018-12-03T15:23:37Z');
        const judge = (log: ReturnType<typeof readMailboxLog>) => assessMailbox(log.row, at, {}, { profile: log.profile, traces: log.traces });
        expect([judge(pascalLog).health, judge(pascalLog).consecutiveErrors]).toEqual(['failing', 4]);
        expect(judge(pascalLog).health).toBe(judge(lowerLog).health);
    });

    it('ends a trace entry’s details at `TraceCode :`, so entries never merge', () => {
        const log = readMailboxLog('Recent Trace Log details\nTraceCode : 1\nErrorDetails : first\nMessage: second\nTraceCode : 2\nErrorTypeDisplay : MailboxDisabled\nERRORDETAILS : other');
        expect(log.traces).toEqual([
            { tracecode: 1, errordetails: 'first\nMessage: second' },
            { tracecode: 2, errortypedisplay: 'MailboxDisabled', errordetails: 'other' },
        ]);
    });

    it('keeps a line that is no key inside the text, whatever its case ("Message:", "ActivityId:")', () => {
        const log = readMailboxLog('LastSyncError : boom\nActivityId: 42\nMESSAGE: more\nLastSyncErrorCount : 1');
        expect(log.row).toEqual({ lastsyncerror: 'boom\nActivityId: 42\nMESSAGE: more', lastsyncerrorcount: 1 });
    });
});
