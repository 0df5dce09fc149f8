/**
 * The command-line tool's words: read at run time from MailboxHealth/strings/MailboxHealth.1033.resx, the one string
 * table the control and the tool share (DEVELOPERS.md). CLI_STRING_KEYS lists every key the tool may ask for, so a
 * contract test can check each exists.
 */
import * as fs from 'fs';
import * as path from 'path';
import {
    ERROR_CLASSES,
    ERROR_CODES,
    FLAGS,
    HEALTH_STATES,
    REASON_CODES,
    SEVERITIES,
    WORKLOADS,
    WORKLOAD_STATES,
} from '../MailboxHealth/core/index';
import { COUNTED_REASON_KEYS } from '../MailboxHealth/view/mailbox/text';
import { parseResx } from '../scripts/lib/resx';

/** Keys of the CLI's own sentences (Cli_*). */
export const CLI_KEYS = [
    'Cli_Help',
    'Cli_ErrorLine',
    'Cli_Error_NoCommand',
    'Cli_Error_UnknownCommand',
    'Cli_Error_UnknownOption',
    'Cli_Error_MissingFile',
    'Cli_Error_ExtraArgument',
    'Cli_Error_MissingValue',
    'Cli_Error_BadNow',
    'Cli_Error_JsonAndCsv',
    'Cli_Error_BadFailOn',
    'Cli_Error_FileNotFound',
    'Cli_Error_IsDirectory',
    'Cli_Error_ReadFailed',
    'Cli_Error_BadJson',
    'Cli_Error_NotMailboxes',
    'Cli_Error_Internal',
    'Cli_Error_NotBuilt',
    'Cli_Warn_SkippedRecords_One',
    'Cli_Warn_SkippedRecords_Other',
    'Cli_Explain_Title',
    'Cli_Explain_Assessed',
    'Cli_Explain_AssessedLog',
    'Cli_Explain_AssessedNever',
    'Cli_Explain_AssessedNow',
    'Cli_Explain_State',
    'Cli_Explain_NotSettled',
    'Cli_Explain_NotSettledLog',
    'Cli_Explain_Why',
    'Cli_Explain_Flags',
    'Cli_Explain_LastSynced',
    'Cli_Explain_NeverSynced',
    'Cli_Explain_LastSyncedUnknown',
    'Cli_Explain_LastAttempt',
    'Cli_Explain_NextProcessing',
    'Cli_Explain_Workloads',
    'Cli_Explain_TestEnable',
    'Cli_Explain_ConsecutiveErrors',
    'Cli_Explain_RetriesLeft',
    'Cli_Explain_RetriesDisabled',
    'Cli_Explain_RetriesNotFailing',
    'Cli_Explain_RetriesPerWorkload',
    'Cli_Explain_RetriesWorkload',
    'Cli_Explain_TransientFailures_One',
    'Cli_Explain_TransientFailures_Other',
    'Cli_Explain_RetriesWorkloadPermanent',
    'Cli_Explain_AlertHistory',
    'Cli_Explain_AlertHistoryNotAfter',
    'Cli_Explain_LastErrorCurrent',
    'Cli_Explain_LastErrorOld',
    'Cli_Explain_LastErrorOldNoText',
    'Cli_Explain_NoLastError',
    'Cli_Explain_Traces',
    'Cli_Explain_NoTraces',
    'Cli_Explain_DataIssues',
    'Cli_Explain_Log',
    'Cli_Explain_LogMailboxValues_One',
    'Cli_Explain_LogMailboxValues_Other',
    'Cli_Explain_LogProfileSettings_One',
    'Cli_Explain_LogProfileSettings_Other',
    'Cli_Explain_LogTraces_One',
    'Cli_Explain_LogTraces_Other',
    'Cli_Explain_LogWarnings',
    'Cli_Explain_LogUnknownKeys',
    'Cli_Explain_More',
    'Cli_Next_Scheduled',
    'Cli_Next_Due',
    'Cli_Next_Overdue',
    'Cli_Next_InProgress',
    'Cli_Next_NotScheduled',
    'Cli_Next_Unknown',
    'Cli_Workload_InCycle',
    'Cli_Workload_Postponed',
    'Cli_Workload_Backoff',
    'Cli_Workload_NotScheduled',
    'Cli_Workload_Disabled',
    'Cli_Workload_NotRunning',
    'Cli_Workload_NotConfigured',
    'Cli_Workload_Unknown',
    'Cli_Workload_MailboxLevel',
    'Cli_ErrorBlock_Head',
    'Cli_ErrorBlock_ReportedAs',
    'Cli_ErrorBlock_Meaning',
    'Cli_ErrorBlock_Action',
    'Cli_ErrorBlock_Details',
    'Cli_ErrorBlock_Text',
    'Cli_Fact_Http',
    'Cli_Fact_Ews',
    'Cli_Fact_Hresult',
    'Cli_Fact_ExchangeError',
    'Cli_Fact_ActivityId',
    'Cli_Fact_Level',
    'Cli_Fact_LastSeen',
    'Cli_Level_1',
    'Cli_Level_2',
    'Cli_Level_3',
    'Cli_Trace_Head',
    'Cli_Trace_NoCode',
    'Cli_Trace_NoText',
    'Cli_DataIssue',
    'Cli_DataIssue_wrong-type',
    'Cli_DataIssue_malformed-date',
    'Cli_DataIssue_unknown-option',
    'Cli_LogWarning_Line',
    'Cli_LogWarning_File',
    'Cli_Assess_Title_One',
    'Cli_Assess_Title_Other',
    'Cli_Assess_Empty',
    'Cli_Assess_ByState',
    'Cli_Assess_Count',
    'Cli_Assess_Totals',
    'Cli_Assess_TopErrors',
    'Cli_Assess_NoErrors',
    'Cli_Assess_ByProfile',
    'Cli_Assess_ProfileLine_One',
    'Cli_Assess_ProfileLine_Other',
    'Cli_Assess_NoProfile',
    'Cli_Assess_FailOn_One',
    'Cli_Assess_FailOn_Other',
    'Cli_Column_State',
    'Cli_Column_Mailbox',
    'Cli_Column_Email',
    'Cli_Column_Next',
    'Cli_Column_Notes',
    'Cli_Short_InProgress',
    'Cli_Short_NotScheduled',
    'Cli_Short_Due',
    'Cli_Short_Overdue',
    'Cli_Short_Unknown',
    'Cli_Short_DueNow',
    'Cli_Note_AdviceWait_One',
    'Cli_Note_AdviceWait_Other',
    'Cli_Note_AdviceWaitUnknown',
    'Cli_Note_AdviceFixThenTestEnable',
    'Cli_Note_AdviceFix',
    'Cli_Note_Errors',
    'Cli_Note_Error',
    'Cli_Note_NotSettled',
    'Cli_Note_DataIssues_One',
    'Cli_Note_DataIssues_Other',
    'Cli_Unnamed',
    'Cli_Alerts_Title',
    'Cli_Alerts_OnMailboxes',
    'Cli_Count_Alerts_One',
    'Cli_Count_Alerts_Other',
    'Cli_Count_Mailboxes_One',
    'Cli_Count_Mailboxes_Other',
    'Cli_Alerts_None',
    'Cli_Alerts_ByClass',
    'Cli_Alerts_TopErrors',
    'Cli_Alerts_ErrorLine',
    'Cli_Alerts_StillHappening',
    'Cli_Alerts_Seen',
    'Cli_Alerts_Share',
    'Cli_Alerts_Buckets',
    'Cli_Alerts_BucketLine',
    'Cli_Alerts_Skipped',
    'Cli_Alerts_SkippedRecords_One',
    'Cli_Alerts_SkippedRecords_Other',
    'Cli_Alerts_SkippedUndated_One',
    'Cli_Alerts_SkippedUndated_Other',
    'Cli_Alerts_SkippedInformation_One',
    'Cli_Alerts_SkippedInformation_Other',
    'Cli_Alerts_FailOn',
    'Cli_Alerts_Bucket_5m',
    'Cli_Alerts_Bucket_hour',
    'Cli_Alerts_Bucket_day',
    'Cli_Error_BadSince',
    'Cli_Error_BadWindow',
    'Cli_Error_BadClass',
    'Cli_Error_BadFleetSize',
    'Cli_Error_NotTraces',
] as const;

/** The log-warning words the CLI borrows from the log panel (Message_Log_Warning_<Code>). */
export const LOG_WARNING_KEYS = {
    'unknown-key': 'Message_Log_Warning_UnknownKey',
    'bad-value': 'Message_Log_Warning_BadValue',
    truncated: 'Message_Log_Warning_Truncated',
    'no-mailbox-section': 'Message_Log_Warning_NoMailboxSection',
    'garbled-line': 'Message_Log_Warning_GarbledLine',
    empty: 'Message_Log_Warning_Empty',
} as const;

/** Every resx key the CLI may ask for: its own sentences plus the shared vocabulary it renders codes with. */
export function cliStringKeys(): string[] {
    return [
        ...CLI_KEYS,
        ...Object.values(LOG_WARNING_KEYS),
        'Label_Detail_TraceSuccess',
        'Label_TotalAtLeast',
        'Label_TotalUnknown',
        'Label_NotSettled',
        'Label_AdviceTheMailbox',
        'Message_Advice_WaitRetrying',
        'Message_Advice_FixThenTestEnable',
        'Message_Detail_InformationNotError',
        ...HEALTH_STATES.map((s) => `State_${s}`),
        ...SEVERITIES.map((s) => `Severity_${s}`),
        ...FLAGS.map((f) => `Flag_${f}`),
        ...WORKLOADS.map((w) => `Workload_${w}`),
        ...WORKLOAD_STATES.map((s) => `WorkloadState_${s}`),
        ...ERROR_CLASSES.map((c) => `ErrorClass_${c}`),
        ...ERROR_CODES.flatMap((c) => [`Error_${c}_Meaning`, `Error_${c}_Action`]),
        ...REASON_CODES.map((r) => `Reason_${r}`),
        ...Object.values(COUNTED_REASON_KEYS).flatMap((k) => [k.one, k.other]),
        'Time_Ago',
        'Time_In',
        'Time_Now',
        'Time_Seconds',
        'Time_Minutes',
        'Time_Hours',
        'Time_HoursMinutes',
        'Time_Days',
        'Time_DaysHours',
    ];
}

/** Parses the `<data>` entries of a resx text (the project's one reader, scripts/lib/resx.js). */
export { parseResx };

/** The package root: the nearest folder above `from` that holds the string table (works from cli/ and out/cli/cli/). */
export function findResx(from: string = __dirname): string | null {
    let dir = path.resolve(from);
    for (;;) {
        const candidate = path.join(dir, 'MailboxHealth', 'strings', 'MailboxHealth.1033.resx');
        if (fs.existsSync(candidate)) return candidate;
        const up = path.dirname(dir);
        if (up === dir) return null;
        dir = up;
    }
}

export type Translate = (key: string, ...args: readonly (string | number)[]) => string;

/**
 * @summary A translator over the string table: `t('Time_In', '3 min')` → 'in 3 min'. A key missing from the table
 * gives the key itself (visible, never a crash); the contract test keeps that from happening.
 */
export function createStrings(entries: ReadonlyMap<string, string>): Translate {
    return (key, ...args) => {
        const template = entries.get(key);
        if (template === undefined) return [key, ...args.map(String).filter((a) => a.trim() !== '')].join(' ');
        return template.replace(/\{(\d+)\}/g, (all, i: string) => {
            const v = args[Number(i)];
            return v === undefined ? all : String(v);
        });
    };
}

/** Loads the string table next to the installed package. Throws with a clear message when it is missing. */
export function loadStrings(from?: string): Translate {
    const file = findResx(from);
    if (file === null) throw new Error('the string table MailboxHealth/strings/MailboxHealth.1033.resx is missing from the package');
    return createStrings(parseResx(fs.readFileSync(file, 'utf8')));
}
