/**
 * "Explain a downloaded log": one verdict for one log, decided here once for the control's log explainer and the
 * command-line tool (`mailbox-health explain`), which only format it.
 *
 * A log is a snapshot: judged against today's clock, every log older than a few minutes would look overdue and stale.
 * So it is judged at the time it was downloaded, the latest instant it records, unless a time is given explicitly
 * (health-model §"The Download Mailbox Details log", v2).
 */
import { assessMailbox } from '../assess';
import { parseIsoInstant } from '../dates';
import { isInformationTrace, matchTraceEntry } from '../errorCatalogue';
import { WORKLOAD_SPECS } from '../workloads';
import type { AssessOptions, ErrorMatch, LogWarning, MailboxAssessment, MailboxLog, MailboxRow, Reason, TraceEntry, Workload } from '../types';
import { splitLogGaps, withLogGaps, LOG_NEVER_RECORDS, type LogGaps } from './logGaps';
import { readMailboxLog } from './readMailboxLog';

/** Where the instant a log is judged at came from. */
export type LogTimeSource =
    /** given explicitly (`--now`, or the admin chose "now" in the control) */
    | 'given'
    /** the latest instant the log records: when it was downloaded */
    | 'log'
    /** the log records no past instant: the caller's current time */
    | 'now';

/** Mailbox columns that record something that had already happened when the log was written; never a scheduled time. */
export const LOG_HAPPENED_COLUMNS = Object.freeze([
    'processinglastattemptedon',
    'lastsyncstartedon',
    'lastsuccessfulsynccompletedon',
    'lastsyncerroroccurredon',
    'testmailboxaccesscompletedon',
    'testandenablelastattemptedon',
    'lastmailboxforcedunlockoccurredon',
    'modifiedon',
] as const);

const instantOf = (v: unknown): number | null => {
    if (typeof v !== 'string') return null;
    const t = parseIsoInstant(v);
    return t === t ? t : null;
};

/**
 * @summary The latest past event a log records (epoch ms): last attempt, success, error, test, unlock, a trace entry's
 * time; never a scheduled time. Times after `notAfter` (when given) are ignored: a log cannot record the future.
 * @example latestLogInstant({ lastsuccessfulsynccompletedon: '2018-12-03T15:23:37Z' }, []) // 1543850617000
 */
export function latestLogInstant(row: MailboxRow, traces: readonly TraceEntry[], notAfter?: number | null): number | null {
    let latest: number | null = null;
    const consider = (t: number | null): void => {
        if (t !== null && (notAfter == null || t <= notAfter) && (latest === null || t > latest)) latest = t;
    };
    for (const c of LOG_HAPPENED_COLUMNS) consider(instantOf(row[c]));
    for (const t of traces) {
        consider(instantOf(t.modifiedon));
        consider(instantOf(t.createdon));
    }
    return latest;
}

/** The reader's warnings counted by kind, so a surface can summarise them in one line instead of listing each. */
export interface LogWarningSummary {
    readonly total: number;
    /** Lines that are no `key : value`, no section and no comment (a blog's prose, text pasted around the log). */
    readonly unreadLines: number;
    /** Values that could not be read, and dates without a time of day. */
    readonly badValues: number;
    /** Keys the reader does not know (kept verbatim in `log.unknownKeys`). */
    readonly unknownKeys: number;
    readonly truncated: boolean;
    readonly noMailboxSection: boolean;
}

/** One trace entry ("Recent Trace Log details") as both surfaces show it. */
export interface LogAlert {
    readonly entry: TraceEntry;
    /** Information or success entries (level 1, tracestatus true) are no errors. */
    readonly information: boolean;
    /** The catalogue's reading of an error entry; null for information entries or an entry without text. */
    readonly match: ErrorMatch | null;
    /** When the entry last occurred (modifiedon, else createdon); null when the log prints no time for it. */
    readonly at: number | null;
    /**
     * Older than the mailbox's last successful sync: history the mailbox has recovered from, not an error being
     * retried now.
     */
    readonly history: boolean;
    /** For a history entry the log prints no time for: the latest it can have happened (the last recorded error). */
    readonly notAfter: number | null;
}

/** A configured, enabled workload whose status column the log does not record (no status columns in its format). */
export interface LogWorkloadNote {
    readonly workload: Workload;
    readonly statusColumn: string;
}

export interface LogExplanation {
    readonly log: MailboxLog;
    /**
     * The verdict as both surfaces show it: the core's assessment, with the states no log can rule out taken out of
     * `undetermined` (they are in `gaps.notInLog`) and no reason that claims what the log cannot show. null when the
     * text holds no mailbox field (nothing to judge), no instant is known, or the assessment failed.
     */
    readonly verdict: MailboxAssessment | null;
    /** The core's assessment as it came, for JSON and for anyone who wants the unedited rules. */
    readonly assessment: MailboxAssessment | null;
    readonly gaps: LogGaps | null;
    /** The instant the mailbox is judged at (epoch ms); null when none is known (the log has none and none was given). */
    readonly asOf: number | null;
    readonly asOfSource: LogTimeSource | null;
    /** The latest instant the log records (its download time, estimated), or null. */
    readonly logTime: number | null;
    /** The mailbox's name (or address) as the log prints it; null when it prints neither (seed 000): never a GUID. */
    readonly mailboxName: string | null;
    readonly mailboxFields: number;
    readonly profileFields: number;
    readonly warnings: LogWarningSummary;
    /** Enabled workloads whose last Test & Enable result the log does not record. */
    readonly statusNotInLog: readonly LogWorkloadNote[];
    /** The trace entries in the log's order, each with the catalogue's reading and whether it is history. */
    readonly alerts: readonly LogAlert[];
    /** The assessment threw (a core bug): the log's warnings are still shown, with a message instead of the verdict. */
    readonly assessFailed: boolean;
}

/** When to judge a log: `at` given explicitly wins; otherwise the log's own time; `now` only when the log has none. */
export interface LogJudgeTime {
    /** An explicit instant (epoch ms): `--now`, or "judge as of now" chosen by the admin. */
    readonly at?: number | null;
    /** The caller's current time: bounds the log's own time (a log records no future) and is the last resort. */
    readonly now?: number | null;
}

function summarise(warnings: readonly LogWarning[]): LogWarningSummary {
    let unreadLines = 0;
    let badValues = 0;
    let unknownKeys = 0;
    let truncated = false;
    let noMailboxSection = false;
    for (const w of warnings) {
        if (w.code === 'garbled-line') unreadLines++;
        else if (w.code === 'bad-value') badValues++;
        else if (w.code === 'unknown-key') unknownKeys++;
        else if (w.code === 'truncated') truncated = true;
        else if (w.code === 'no-mailbox-section') noMailboxSection = true;
    }
    return { total: warnings.length, unreadLines, badValues, unknownKeys, truncated, noMailboxSection };
}

const textOf = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);

/**
 * The trace entries, each read by the catalogue and dated. An entry older than the last success is history. An entry
 * the log prints no time for (seed 000 prints none) is history when the mailbox's last recorded error is itself older
 * than the last success and not current: every failed cycle writes `lastsyncerroroccurredon` (health-model "Platform
 * facts"), so no error alert can be newer than it.
 */
function alertsOf(traces: readonly TraceEntry[], a: MailboxAssessment | null): LogAlert[] {
    const lastSuccess = a?.lastSuccessAt ?? null;
    const untimedBound = a !== null && !a.lastErrorIsCurrent && a.lastErrorAt !== null && lastSuccess !== null && a.lastErrorAt < lastSuccess ? a.lastErrorAt : null;
    return traces.map((entry) => {
        const information = isInformationTrace(entry);
        const match = information ? null : matchTraceEntry(entry);
        const at = instantOf(entry.modifiedon) ?? instantOf(entry.createdon);
        if (information) return { entry, information, match, at, history: false, notAfter: null };
        if (at !== null) return { entry, information, match, at, history: lastSuccess !== null && at < lastSuccess, notAfter: null };
        return { entry, information, match, at, history: untimedBound !== null, notAfter: untimedBound };
    });
}

const NEVER_RECORDED: ReadonlySet<string> = new Set(LOG_NEVER_RECORDS);

/**
 * Workloads the log shows enabled whose status column it does not record: the core calls them enabled (health-model
 * "Workloads": enabled = true and status unknown), but whether their last Test & Enable succeeded is not in the log.
 */
function statusNotInLogOf(a: MailboxAssessment, row: MailboxRow): LogWorkloadNote[] {
    const notes: LogWorkloadNote[] = [];
    for (const s of WORKLOAD_SPECS) {
        const w = a.workloads[s.workload];
        if (w.configured === true && w.state === 'enabled' && NEVER_RECORDED.has(s.statusColumn) && !Object.prototype.hasOwnProperty.call(row, s.statusColumn)) {
            notes.push({ workload: s.workload, statusColumn: s.statusColumn });
        }
    }
    return notes;
}

/** The reasons without claims the log cannot support: "enabled and its last test succeeded" needs a status column. */
function verdictOf(a: MailboxAssessment, gaps: LogGaps, notes: readonly LogWorkloadNote[]): MailboxAssessment {
    const shown = withLogGaps(a, gaps);
    if (notes.length === 0) return shown;
    const unsupported = new Set(notes.map((n) => n.workload));
    const supported = (r: Reason): boolean => !(r.workload !== undefined && unsupported.has(r.workload) && (r.code === 'workload-enabled' || r.code === 'workload-status-unknown'));
    const workloads = { ...shown.workloads };
    for (const n of notes) workloads[n.workload] = { ...workloads[n.workload], reasons: workloads[n.workload].reasons.filter(supported) };
    return { ...shown, reasons: shown.reasons.filter(supported), workloads };
}

/**
 * @summary Reads a Download Mailbox Details log and judges it once, for every surface.
 * @param time `at` (explicit) wins; otherwise the latest instant the log records (not after `now`); otherwise `now`.
 * @returns the verdict, the instant used and where it came from, the warnings summarised, the trace entries dated.
 * Never throws.
 * @example
 * explainLog(seed000Text, undefined, { now: Date.now() }).asOf // 2018-12-03T15:23:37Z, source 'log'
 */
export function explainLog(text: string, options?: Partial<AssessOptions>, time: LogJudgeTime = {}): LogExplanation {
    let log: MailboxLog;
    try {
        log = readMailboxLog(text);
    } catch {
        // The reader promises never to throw; if it ever does, the admin still gets a message, not a blank control.
        log = { row: {}, profile: null, traces: [], unknownKeys: [], warnings: [{ line: 0, code: 'garbled-line' }] };
    }
    const now = typeof time.now === 'number' && Number.isFinite(time.now) ? time.now : null;
    const given = typeof time.at === 'number' && Number.isFinite(time.at) ? time.at : null;
    const logTime = latestLogInstant(log.row, log.traces, now);
    const asOf = given ?? logTime ?? now;
    const asOfSource: LogTimeSource | null = given !== null ? 'given' : logTime !== null ? 'log' : now !== null ? 'now' : null;
    const mailboxFields = Object.keys(log.row).length;
    const profileFields = log.profile ? Object.keys(log.profile).length : 0;
    const mailboxName = textOf(log.row.name) ?? textOf(log.row.emailaddress);

    let assessment: MailboxAssessment | null = null;
    let assessFailed = false;
    if (mailboxFields > 0 && asOf !== null) {
        try {
            assessment = assessMailbox(log.row, asOf, options, { profile: log.profile, traces: log.traces });
        } catch {
            assessFailed = true;
        }
    }
    const gaps = assessment === null ? null : splitLogGaps(assessment, log);
    const statusNotInLog = assessment === null ? [] : statusNotInLogOf(assessment, log.row);
    const verdict = assessment === null || gaps === null ? null : verdictOf(assessment, gaps, statusNotInLog);
    return {
        log,
        verdict,
        assessment,
        gaps,
        asOf,
        asOfSource,
        logTime,
        mailboxName,
        mailboxFields,
        profileFields,
        warnings: summarise(log.warnings),
        statusNotInLog,
        alerts: alertsOf(log.traces, verdict),
        assessFailed,
    };
}
