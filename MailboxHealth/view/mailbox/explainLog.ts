import type { AssessOptions, MailboxAssessment, MailboxLog, MailboxRow, TraceEntry } from '../../core/types';
import { assessMailbox } from '../../core/assess';
import { readMailboxLog } from '../../core/readLog';
import { isPlottable, timeOf } from './rowValues';

/**
 * "Explain a downloaded log": read the Download Mailbox Details text with the core's reader and assess it.
 *
 * A log is a snapshot: judged against today's clock, every log older than a few minutes would look overdue and
 * stale. So by default it is judged as of the log's own time, estimated as the latest thing that *happened* in it
 * (last attempt, success, error, test, alert; never a scheduled time). The admin can switch to "now".
 */

export type LogAsOf = 'log' | 'now';

/** Columns that record something that already happened when the log was written. */
const HAPPENED_COLUMNS = ['processinglastattemptedon', 'lastsyncstartedon', 'lastsuccessfulsynccompletedon', 'lastsyncerroroccurredon', 'testmailboxaccesscompletedon', 'testandenablelastattemptedon', 'lastmailboxforcedunlockoccurredon'] as const;

/** The latest recorded past event in the log (epoch ms), or null when the log has none. */
export function estimateLogTime(row: MailboxRow, traces: readonly TraceEntry[]): number | null {
    let latest: number | null = null;
    const consider = (ms: number | null): void => {
        if (isPlottable(ms) && (latest === null || ms > latest)) latest = ms;
    };
    for (const c of HAPPENED_COLUMNS) consider(timeOf(row[c]));
    for (const t of traces) {
        consider(timeOf(t.modifiedon ?? null));
        consider(timeOf(t.createdon ?? null));
    }
    return latest;
}

export interface LogExplanation {
    readonly log: MailboxLog;
    /** null when the text holds no mailbox field at all: nothing to judge. */
    readonly assessment: MailboxAssessment | null;
    /** The instant the mailbox is judged at (epoch ms). */
    readonly asOf: number;
    /** The log's estimated time, or null when it records no past event. */
    readonly logTime: number | null;
    readonly mailboxFields: number;
    readonly profileFields: number;
    /** The assessment threw (a core bug): the log's warnings are still shown, with a message instead of the verdict. */
    readonly assessFailed: boolean;
}

/** Reads and assesses a log; never throws (the reader never throws; an empty row is not assessed). */
export function explainLog(text: string, now: number, options: AssessOptions, asOf: LogAsOf): LogExplanation {
    let log: MailboxLog;
    try {
        log = readMailboxLog(text);
    } catch {
        // The reader promises never to throw; if it ever does, the admin still gets a message, not a blank control.
        log = { row: {}, profile: null, traces: [], unknownKeys: [], warnings: [{ line: 0, code: 'garbled-line' }] };
    }
    const mailboxFields = Object.keys(log.row).length;
    const profileFields = log.profile ? Object.keys(log.profile).length : 0;
    const estimated = estimateLogTime(log.row, log.traces);
    const logTime = estimated !== null && estimated <= now ? estimated : null;
    const at = asOf === 'log' && logTime !== null ? logTime : now;
    let assessment: MailboxAssessment | null = null;
    let assessFailed = false;
    if (mailboxFields > 0) {
        try {
            assessment = assessMailbox(log.row, at, options, { profile: log.profile, traces: log.traces });
        } catch {
            assessFailed = true;
        }
    }
    return { log, assessment, asOf: at, logTime, mailboxFields, profileFields, assessFailed };
}
