/**
 * The public vocabulary of the interpretation core.
 *
 * Normative source: health-model (the codes below are used verbatim by the control's filter, the
 * command-line tool's JSON and the tests). Evidence: docs/evidence.md.
 *
 * Everything here is framework-free: no React, Fluent, Chart.js or PCF types.
 * Times inside the core are epoch milliseconds (UTC instants); `assessmentToJson` turns them into ISO-8601.
 */

// ---------------------------------------------------------------------------------------------------------------
// Input rows
// ---------------------------------------------------------------------------------------------------------------

/**
 * A raw column value as the Web API or the PCF dataset gives it: numbers for choices and integers, booleans for
 * two-options, instants for date-times (`Date` from the dataset, ISO-8601 strings from JSON), strings, or null.
 * A column that is absent from a row (`undefined`) is *unknown*, which is not the same as null.
 */
export type ColumnValue = string | number | boolean | Date | null;

/** mailbox columns the core reads (logical names, docs/evidence.md §2.1). */
export const MAILBOX_COLUMNS = [
    'mailboxid',
    'name',
    'emailaddress',
    'statecode',
    'statuscode',
    'emailserverprofile', // lookup id (Web API: _emailserverprofile_value)
    'emailserverprofilename', // the lookup's display name
    'regardingobjectid', // lookup id (user or queue)
    'regardingobjectidname',
    'regardingobjecttypecode', // 'systemuser' | 'queue'
    'isforwardmailbox',
    'incomingemaildeliverymethod',
    'outgoingemaildeliverymethod',
    'actdeliverymethod',
    'enabledforincomingemail',
    'enabledforoutgoingemail',
    'enabledforact',
    'incomingemailstatus',
    'outgoingemailstatus',
    'actstatus',
    'mailboxstatus',
    'transientfailurecount', // packed per-workload retry counters (health-model "Errors and backoff", v2)
    'emailrouteraccessapproval',
    'isemailaddressapprovedbyo365admin',
    'testemailconfigurationscheduled',
    'testemailconfigurationretrycount',
    'testmailboxaccesscompletedon',
    'postponetestemailconfigurationuntil',
    'testandenablelastattemptedon',
    'processingstatecode',
    'hostid',
    'processinglastattemptedon',
    'lastsyncstartedon',
    'forcedunlockcount',
    'lastmailboxforcedunlockoccurredon',
    'postponemailboxprocessinguntil',
    'receivingpostponeduntil',
    'receivingpostponeduntilforact',
    'postponesendinguntil',
    'nextscheduledactsyncinseconds',
    'noemailcount',
    'noactcount',
    'lastsuccessfulsynccompletedon',
    'lastsyncerror',
    'lastsyncerrorcode',
    'lastsyncerrorcount',
    'lastsyncerroroccurredon',
    'lastsyncerrormachinename',
    'itemsprocessedforlastsync',
    'itemsfailedforlastsync',
    'processemailreceivedafter',
    'modifiedon', // refreshed by a live host while it holds the lock (health-model "Locks", v2)
] as const;
export type MailboxColumn = (typeof MAILBOX_COLUMNS)[number];

/** A mailbox row keyed by logical names. Absent key = unknown column; null = the column is empty. */
export type MailboxRow = { readonly [K in MailboxColumn]?: ColumnValue };

/** emailserverprofile columns the core reads (docs/evidence.md §2.2). */
export const PROFILE_COLUMNS = [
    'emailserverprofileid',
    'name',
    'statecode',
    'servertype',
    'useautodiscover',
    'maxconcurrentconnections',
    'minpollingintervalinminutes',
    'incomingauthenticationprotocol',
    'outgoingauthenticationprotocol',
    'incomingcredentialretrieval',
    'outgoingcredentialretrieval',
    'incominguseimpersonation',
    'outgoinguseimpersonation',
    'incomingusessl',
    'outgoingusessl',
    'incomingportnumber',
    'outgoingportnumber',
    'incomingserverlocation',
    'outgoingserverlocation',
    'sendemailalert',
] as const;
export type ProfileColumn = (typeof PROFILE_COLUMNS)[number];
export type ProfileRow = { readonly [K in ProfileColumn]?: ColumnValue };

/** One tracelog row (the mailbox's alert wall, docs/evidence.md §2.3). */
export interface TraceEntry {
    readonly tracelogid?: string | null;
    readonly tracecode?: number | null;
    /** 1 Information, 2 Warning (transient, being retried), 3 Error (permanent). */
    readonly level?: number | null;
    readonly errortypedisplay?: string | null;
    readonly errordetails?: string | null;
    readonly text?: string | null;
    readonly tracestatus?: boolean | null;
    readonly machinename?: string | null;
    readonly createdon?: Date | string | null;
    /** Last occurrence: tracelog records are reused (trap T7). */
    readonly modifiedon?: Date | string | null;
}

/** Everything the core may know about one mailbox besides the row itself. */
export interface MailboxContext {
    readonly profile?: ProfileRow | null;
    readonly traces?: readonly TraceEntry[] | null;
}

// ---------------------------------------------------------------------------------------------------------------
// Options
// ---------------------------------------------------------------------------------------------------------------

export interface AssessOptions {
    /** "Process emails only for approved users/queues" (docs/evidence.md §3.4 A1). */
    readonly approvalRequired: boolean;
    /** Due → overdue after next processing + grace. */
    readonly graceMinutes: number;
    /** A lock (processingstatecode = 1) older than this is stuck. */
    readonly stuckMinutes: number;
    /** Last success older than this is stale. */
    readonly staleHours: number;
    /** noemailcount at or above this is idle. */
    readonly idleCycles: number;
    /**
     * Transient failures a workload gets before the platform disables it (health-model "Inputs", v2): default 10,
     * Microsoft's documented count for Online; at most 15, what the 4-bit counter can hold.
     */
    readonly maxTransientFailures: number;
}

// ---------------------------------------------------------------------------------------------------------------
// Vocabulary
// ---------------------------------------------------------------------------------------------------------------

export const WORKLOADS = ['incoming', 'outgoing', 'act'] as const;
export type Workload = (typeof WORKLOADS)[number];

export const WORKLOAD_STATES = ['disabled', 'not-enabled', 'not-tested', 'test-failed', 'enabled'] as const;
export type WorkloadState = (typeof WORKLOAD_STATES)[number];

/**
 * The 15 health states in rule order: first match wins (health-model "Health states"). The one home of the order:
 * the rule engine derives its outcome bits from this list.
 */
export const HEALTH_STATES = [
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
    'healthy',
] as const;
export type HealthState = (typeof HEALTH_STATES)[number];

/** Worst first. */
export const SEVERITIES = ['critical', 'error', 'warning', 'info', 'neutral', 'ok'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const FLAGS = [
    'syncing-now',
    'unknown-processing-state',
    'idle',
    'item-failures',
    'stale',
    'backoff',
    'workload-not-enabled',
    'forced-unlocks',
    'o365-approval-missing',
    'unsupported-exo-config',
    'forwarded',
] as const;
export type Flag = (typeof FLAGS)[number];

export const DUE_STATES = ['in-progress', 'not-scheduled', 'scheduled', 'due', 'overdue'] as const;
export type DueState = (typeof DUE_STATES)[number];

export const ERROR_CLASSES = ['transient', 'permanent', 'item', 'config', 'unknown'] as const;
export type ErrorClass = (typeof ERROR_CLASSES)[number];

/** Where an error text came from. */
export type ErrorSource = 'lastsyncerror' | 'tracelog';

// ---------------------------------------------------------------------------------------------------------------
// Results: codes and numbers, never prose (the view and the CLI turn codes into words from the resx)
// ---------------------------------------------------------------------------------------------------------------

/**
 * Why a state, a flag or a schedule was chosen: a code plus the columns that are its evidence. The sentence is the
 * resx entry `Reason_<code>`, with `{0}` = `value` and `{1}` = the workload's name (`Workload_<workload>`).
 * Profile columns are named `emailserverprofile.<column>`.
 */
export interface Reason {
    readonly code: string; // a ReasonCode from reasons.ts; kept a string here so the catalogue can grow
    readonly columns: readonly string[];
    readonly workload?: Workload;
    /** A number the sentence needs (minutes overdue, consecutive errors, raw option value…). */
    readonly value?: number;
}

/** One catalogue match for an error text (docs/evidence.md §6). */
export interface ErrorMatch {
    /** Catalogue entry id (ErrorCode in errorCatalogue.ts), or 'unknown'. */
    readonly code: string;
    readonly class: ErrorClass;
    readonly workload: Workload | null;
    /** Cause and action codes; words come from the resx (Error_<code>_Meaning, Error_<code>_Action). */
    readonly action: string;
    readonly source: ErrorSource;
    /** HRESULT seen in the text or the code column, signed and hex (e.g. -2147220891 / 0x80040265). */
    readonly hresult?: number;
    readonly hresultHex?: string;
    readonly httpStatus?: number;
    /** Exchange error name such as ErrorMailboxMoveInProgress. */
    readonly exchangeError?: string;
    /** errortypedisplay or the symbolic name from "Email Server Error Code: …". */
    readonly errorType?: string;
    /** ActivityId, kept for Microsoft support. */
    readonly activityId?: string;
    /** tracelog level when the source is a trace entry. */
    readonly level?: number;
    /** When it happened (epoch ms): lastsyncerroroccurredon or the trace's modifiedon/createdon. */
    readonly at?: number | null;
    /** The raw text, verbatim, for display as text. */
    readonly text: string;
}

/**
 * What one workload's columns say, without its times: a value many mailboxes share (the assessor hands out one frozen
 * object per distinct answer), so a fleet does not hold 300,000 copies of "enabled, runs in the next cycle". Its
 * postponed-until and next run are the mailbox's (`MailboxAssessment.incomingPostponedUntil` …; read them with
 * `workloadTimesOf`), because they differ from mailbox to mailbox (docs/performance.md, "Core, within 1.5×").
 */
export interface WorkloadAssessment {
    readonly workload: Workload;
    /** Uses server-side sync. null when the delivery-method column is unknown. */
    readonly configured: boolean | null;
    /**
     * null when not configured or when it cannot be told (the enabled flag is unknown). Given also when `configured`
     * is null (unknown delivery method): the state the workload has if it uses server-side sync.
     */
    readonly state: WorkloadState | null;
    /** Postponed beyond next processing + 5 minutes (flag `backoff`). */
    readonly backoff: boolean;
    /** Runs in the next processing cycle (postponed-until empty, or at or before next processing; seed 000). */
    readonly inNextCycle: boolean;
    /**
     * The workload's own retry counter from `transientfailurecount` (health-model "Errors and backoff", v2): 0–14
     * transient failures in a row, or `permanent` (15). null when the workload is not configured or the column is
     * unknown.
     */
    readonly transientFailures: number | 'permanent' | null;
    /**
     * max(0, maxTransientFailures − transientFailures) while the workload is enabled and has failed transiently;
     * 0 after a permanent failure; null otherwise (no failures, not enabled, or unknown).
     */
    readonly retriesLeft: number | null;
    readonly reasons: readonly Reason[];
}

/** A value that could not be read (wrong type, malformed date, unknown option): shown, never guessed. */
export interface DataIssue {
    readonly column: string;
    readonly code: 'wrong-type' | 'malformed-date' | 'unknown-option';
    readonly raw: string;
}

export interface MailboxAssessment {
    readonly mailboxId: string | null;
    readonly name: string | null;
    readonly emailAddress: string | null;
    readonly profileId: string | null;
    readonly profileName: string | null;
    /**
     * The first rule that matches (health-model). With unknown columns, the latest state that some value of them
     * allows: an unknown never makes a state worse than the data shows; the earlier states it leaves open are in
     * `undetermined`.
     */
    readonly health: HealthState;
    readonly severity: Severity;
    /**
     * States earlier in rule order that could not be ruled out because a column they need is unknown.
     * Empty when the verdict is certain; otherwise the view must not present `health` as settled
     * ("never a wrong healthy for lack of a column").
     */
    readonly undetermined: readonly HealthState[];
    /** Columns a rule needed that the row lacks (absent, unreadable, or empty where a value was needed), for `undetermined`. */
    readonly unknownColumns: readonly string[];
    readonly flags: readonly Flag[];
    /** Each workload's state, schedule kind and retries (shared between mailboxes; its times are the six fields below). */
    readonly workloads: { readonly [W in Workload]: WorkloadAssessment };
    /** Incoming email's postponed-until column (receivingpostponeduntil, epoch ms) or null. */
    readonly incomingPostponedUntil: number | null;
    /** Outgoing email's postponed-until column (postponesendinguntil, epoch ms) or null. */
    readonly outgoingPostponedUntil: number | null;
    /** Appointments, contacts and tasks' postponed-until column (receivingpostponeduntilforact, epoch ms) or null. */
    readonly actPostponedUntil: number | null;
    /**
     * When incoming email runs next (epoch ms): later of next processing and its postponed-until. null unless the
     * workload is configured and in state `enabled` and the mailbox has a next processing time; null also when
     * postponed-until is the year-9999 sentinel or unknown. The same for the next two.
     */
    readonly incomingNextRunAt: number | null;
    readonly outgoingNextRunAt: number | null;
    readonly actNextRunAt: number | null;
    /** postponemailboxprocessinguntil; null when missing, the year-9999 sentinel, or the mailbox is inactive or not using SSS (§4.4). */
    readonly nextProcessingAt: number | null;
    readonly due: DueState;
    /** now − next processing, in minutes, when due or overdue; otherwise null. */
    readonly overdueMinutes: number | null;
    readonly syncingNow: boolean;
    readonly hostId: string | null;
    readonly processingSince: number | null;
    readonly lastAttemptAt: number | null;
    readonly lastSuccessAt: number | null;
    readonly lastErrorAt: number | null;
    readonly lastErrorIsCurrent: boolean;
    readonly consecutiveErrors: number;
    /**
     * The least of the workloads' `retriesLeft` (health-model "Errors and backoff", v2); null when no workload has
     * failures. Only when `transientfailurecount` is unknown: the version-1 estimate max(0, maxTransientFailures −
     * consecutiveErrors) while the state is `failing` (0 for a permanent error, none for a configuration error),
     * marked by the reason `retries-left-estimated` instead of `retries-left`.
     */
    readonly retriesLeft: number | null;
    /** Test & Enable: when scheduled, later of next processing and postponetestemailconfigurationuntil. */
    readonly testEnableAt: number | null;
    readonly reasons: readonly Reason[];
    readonly errors: readonly ErrorMatch[];
    readonly dataIssues: readonly DataIssue[];
}

// ---------------------------------------------------------------------------------------------------------------
// Fleet summary
// ---------------------------------------------------------------------------------------------------------------

export interface ProfileSummary {
    readonly profileId: string | null;
    readonly profileName: string | null;
    readonly total: number;
    readonly byState: { readonly [S in HealthState]: number };
    /** Share of the profile's mailboxes that are failing or disabled (the sendemailalert 50% rule, §3.2 E8). */
    readonly failingShare: number;
}

export interface FleetSummary {
    readonly total: number;
    readonly byState: { readonly [S in HealthState]: number };
    readonly bySeverity: { readonly [S in Severity]: number };
    readonly byFlag: { readonly [F in Flag]: number };
    /** States with at least one mailbox, worst first. */
    readonly statesWorstFirst: readonly HealthState[];
    readonly byProfile: readonly ProfileSummary[];
    /** Most frequent catalogue codes over all mailboxes' errors, most frequent first. */
    readonly topErrors: readonly { readonly code: string; readonly count: number }[];
    readonly failing: number;
    readonly disabled: number;
    readonly overdue: number;
    readonly syncingNow: number;
    /** Verdicts that are not certain (unknown columns). */
    readonly uncertain: number;
}

// ---------------------------------------------------------------------------------------------------------------
// The Download Mailbox Details log
// ---------------------------------------------------------------------------------------------------------------

export interface LogWarning {
    /** 1-based line number, or 0 for the whole file. */
    readonly line: number;
    readonly code: 'unknown-key' | 'bad-value' | 'truncated' | 'no-mailbox-section' | 'garbled-line' | 'empty';
    readonly key?: string;
    readonly raw?: string;
}

export interface MailboxLog {
    readonly row: MailboxRow;
    readonly profile: ProfileRow | null;
    readonly traces: readonly TraceEntry[];
    /** Keys the reader does not know, kept verbatim with their raw values. */
    readonly unknownKeys: readonly { readonly key: string; readonly value: string; readonly line: number }[];
    readonly warnings: readonly LogWarning[];
}
