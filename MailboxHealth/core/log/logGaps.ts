import { RULE_COLUMNS } from '../columns';
import type { HealthState, MailboxAssessment, MailboxColumn, MailboxLog } from '../types';

/**
 * What a verdict read from a Download Mailbox Details log leaves open, split by cause. Pure and framework-free: the
 * log panel and the command-line tool both use it.
 *
 * The log's format records no state, approval or status columns (docs/evidence.md §2.6 lists its sections;
 * docs/health-model.md §Workloads: "a log carries no status columns"), so against a log the core can never rule out
 * the states those columns decide: inactive, approval rejected or pending. Calling every log's verdict "not settled"
 * for that would say nothing about this log; the view instead shows the state with a note to check those columns on
 * the mailbox form. Any other unknown column (a line the log normally has is missing, or its value could not be read)
 * still leaves the verdict not settled. The core's assessment is not changed: this is presentation.
 */

/** Mailbox columns a Download Mailbox Details log never records, by its format (§2.6; seed 000 is a full log). */
export const LOG_NEVER_RECORDS: readonly MailboxColumn[] = Object.freeze([
    'statecode',
    'statuscode',
    'emailrouteraccessapproval',
    'incomingemailstatus',
    'outgoingemailstatus',
    'actstatus',
    'emailserverprofile', // the lookup: the log prints the profile's settings, not the mailbox's reference to it
]);

export interface LogGaps {
    /** States still open for a reason this log could have told (a missing line, a bad value): not settled. */
    readonly undetermined: readonly HealthState[];
    /** The unknown columns behind `undetermined`. */
    readonly unknownColumns: readonly string[];
    /** States open only because a log never records the columns they need: to check on the mailbox form. */
    readonly notInLog: readonly HealthState[];
    /** The columns behind `notInLog`. */
    readonly notInLogColumns: readonly string[];
}

const NEVER_RECORDED: ReadonlySet<string> = new Set(LOG_NEVER_RECORDS);

/**
 * Splits the core's `undetermined` into what this log could have told and what no log records. A column counts as
 * "not recorded by a log" only when the log has no line for it at all: a log that does print it (a variant of the
 * format) with a value the reader could not take is a bad value, and keeps the verdict not settled.
 *
 * @example
 * // seed 000: statecode and emailrouteraccessapproval unknown, nothing else
 * splitLogGaps(assessment, log) // { undetermined: [], notInLog: ['inactive', 'approval-rejected', 'approval-pending'], … }
 */
export function splitLogGaps(a: Pick<MailboxAssessment, 'undetermined' | 'unknownColumns'>, log: Pick<MailboxLog, 'row' | 'warnings'>): LogGaps {
    if (a.undetermined.length === 0) return { undetermined: a.undetermined, unknownColumns: a.unknownColumns, notInLog: [], notInLogColumns: [] };
    const printed = new Set<string>();
    for (const w of log.warnings) if (w.key !== undefined) printed.add(w.key.toLowerCase());
    const notRecorded = (c: string): boolean => NEVER_RECORDED.has(c) && !Object.prototype.hasOwnProperty.call(log.row, c) && !printed.has(c);

    const undetermined: HealthState[] = [];
    const notInLog: HealthState[] = [];
    for (const s of a.undetermined) {
        const open = (RULE_COLUMNS[s] ?? []).filter((c) => a.unknownColumns.includes(c));
        // A state with no unknown column of its own to blame stays open: never settle what cannot be explained.
        if (open.length > 0 && open.every(notRecorded)) notInLog.push(s);
        else undetermined.push(s);
    }
    const behind = (states: readonly HealthState[]): string[] => a.unknownColumns.filter((c) => states.some((s) => (RULE_COLUMNS[s] ?? []).includes(c as MailboxColumn)));
    const notInLogColumns = behind(notInLog).filter(notRecorded);
    // Columns behind a state still open stay listed, even a never-recorded one that shares the state with another.
    const unknownColumns = a.unknownColumns.filter((c) => !notInLogColumns.includes(c) || behind(undetermined).includes(c));
    return { undetermined, unknownColumns, notInLog, notInLogColumns };
}

/** The assessment as the log panel shows it: the verdict not settled only for what this log could have told. */
export function withLogGaps<A extends MailboxAssessment>(a: A, gaps: LogGaps): A {
    if (gaps.notInLog.length === 0) return a;
    return { ...a, undetermined: gaps.undetermined, unknownColumns: gaps.unknownColumns };
}
