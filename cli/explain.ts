/**
 * `mailbox-health explain`: one mailbox in plain words — the state and why, when it synced and syncs next, each
 * workload's next run, consecutive errors and retries left, each error's meaning and what to do, and the trace-log
 * entries explained (seed 000 is the acceptance example). The core decides (explainLog: which instant, what the log
 * cannot tell, which alerts are history); this file only formats its result, as the control's log explainer does.
 */
import {
    assessmentToJson,
    matchTraceEntry,
    type ErrorMatch,
    type HealthState,
    type MailboxAssessment,
    type Reason,
    type TraceEntry,
    type Workload,
    WORKLOADS,
    workloadTimesOf,
} from '../MailboxHealth/core/index';
import { MAX_TRANSIENT_RETRIES } from '../MailboxHealth/core/index';
import { explainLog, type LogExplanation, type LogJudgeTime } from '../MailboxHealth/core/log';
import { reasonText as reasonWords } from '../MailboxHealth/view/mailbox/text';
import { plural } from '../MailboxHealth/view/plural';
import { firstLine, formatDuration, formatRelative, formatUtc, messageLine, terminalSafe } from './format';
import { LOG_WARNING_KEYS, type Translate } from './strings';

/** How many log warnings and unknown keys are listed before "… and N more". */
const LIST_LIMIT = 10;

/**
 * The EWS operation named in a stack trace ("ExchangeServiceBinding.EndFindItem"), to say where Exchange failed
 * (seed 003 lists the operations SSS sends: FindItem, GetItem, SendItem, SyncFolderHierarchy).
 */
const EWS_OPERATION =
    /\b(?:Begin|End)?(FindItem|GetItem|SendItem|CreateItem|UpdateItem|DeleteItem|MoveItem|SyncFolderHierarchy|SyncFolderItems|GetFolder|FindFolder|CreateFolder|Subscribe|GetEvents|ResolveNames)\b/;

export function ewsOperation(text: string): string | undefined {
    return EWS_OPERATION.exec(text.length > 20_000 ? text.slice(0, 20_000) : text)?.[1];
}

export function workloadName(w: string | null | undefined, t: Translate): string {
    return w ? t(`Workload_${w}`) : t('Cli_Workload_MailboxLevel');
}

/** An error, explained: heading, meaning, action, the facts support asks for, and the first line of the raw text. */
export function errorBlock(m: ErrorMatch, t: Translate, now: number, indent: string, history = false): string[] {
    const name = m.errorType && m.errorType !== m.code ? t('Cli_ErrorBlock_ReportedAs', m.code, terminalSafe(m.errorType)) : m.code;
    // An error older than the last success is not "being retried": its class gives way to "Not current", as in the control.
    const lines = [indent + t('Cli_ErrorBlock_Head', name, history ? t('Label_Detail_NotCurrent') : t(`ErrorClass_${m.class}`), workloadName(m.workload, t))];
    const inner = indent + '   ';
    lines.push(inner + t('Cli_ErrorBlock_Meaning', t(`Error_${m.code}_Meaning`)));
    lines.push(inner + t('Cli_ErrorBlock_Action', t(`Error_${m.code}_Action`)));
    const facts: string[] = [];
    if (m.httpStatus !== undefined) facts.push(t('Cli_Fact_Http', m.httpStatus));
    const op = ewsOperation(m.text);
    if (op !== undefined) facts.push(t('Cli_Fact_Ews', op));
    if (m.exchangeError !== undefined && m.exchangeError !== m.code) facts.push(t('Cli_Fact_ExchangeError', terminalSafe(m.exchangeError)));
    if (m.hresult !== undefined && m.hresultHex !== undefined) facts.push(t('Cli_Fact_Hresult', m.hresult, m.hresultHex));
    if (m.level === 1 || m.level === 2 || m.level === 3) facts.push(t('Cli_Fact_Level', t(`Cli_Level_${m.level}`)));
    if (typeof m.at === 'number' && m.source === 'tracelog') facts.push(t('Cli_Fact_LastSeen', `${formatUtc(m.at)} (${formatRelative(m.at, now, t)})`));
    if (m.activityId !== undefined) facts.push(t('Cli_Fact_ActivityId', terminalSafe(m.activityId)));
    if (facts.length > 0) lines.push(inner + t('Cli_ErrorBlock_Details', facts.join(' · ')));
    const text = messageLine(m.text);
    if (text !== '') lines.push(inner + t('Cli_ErrorBlock_Text', text));
    return lines;
}

/**
 * An information or success trace entry (level 1, or tracestatus true without a Warning or Error level;
 * docs/evidence.md §2.3), e.g. "tested and enabled successfully": its words and facts, never an error's class,
 * meaning and action. The first line is the heading: "Information — <what the entry says>".
 */
export function informationBlock(entry: TraceEntry, t: Translate, now: number, indent: string): string[] {
    const said = [entry.text, entry.errordetails].find((v): v is string => typeof v === 'string' && v.trim() !== '');
    const type = typeof entry.errortypedisplay === 'string' && entry.errortypedisplay.trim() !== '' ? terminalSafe(entry.errortypedisplay.trim()) : null;
    const summary = said !== undefined ? messageLine(said) : (type ?? t('Cli_Trace_NoText'));
    const lines = [`${indent}${t('Cli_Level_1')} — ${summary}`];
    const inner = indent + '   ';
    const m = matchTraceEntry(entry); // only for the time and the ActivityId it reads; its class would call it an error
    const facts: string[] = [];
    if (entry.tracestatus === true) facts.push(t('Label_Detail_TraceSuccess'));
    if (type !== null && said !== undefined) facts.push(type);
    if (m !== null && typeof m.at === 'number') facts.push(t('Cli_Fact_LastSeen', `${formatUtc(m.at)} (${formatRelative(m.at, now, t)})`));
    if (m !== null && m.activityId !== undefined) facts.push(t('Cli_Fact_ActivityId', terminalSafe(m.activityId)));
    if (facts.length > 0) lines.push(inner + t('Cli_ErrorBlock_Details', facts.join(' · ')));
    lines.push(inner + t('Message_Detail_InformationNotError'));
    return lines;
}

/** A reason in the same words as the control's (counted values in their plural form); its columns are not said. */
export function reasonText(r: Reason, t: Translate): string {
    return reasonWords(r, t);
}

function nextProcessing(a: MailboxAssessment, now: number, t: Translate): string {
    const p = a.nextProcessingAt;
    switch (a.due) {
        case 'in-progress':
            return t('Cli_Next_InProgress', a.hostId ? terminalSafe(a.hostId) : '?', a.processingSince === null ? '?' : `${formatUtc(a.processingSince)} (${formatRelative(a.processingSince, now, t)})`);
        case 'not-scheduled':
            return a.unknownColumns.includes('postponemailboxprocessinguntil') ? t('Cli_Next_Unknown') : t('Cli_Next_NotScheduled');
        case 'scheduled':
            return p === null ? t('Cli_Next_Unknown') : t('Cli_Next_Scheduled', formatUtc(p), formatRelative(p, now, t));
        case 'due':
            return p === null ? t('Cli_Next_Unknown') : t('Cli_Next_Due', formatUtc(p), formatDuration(now - p, t));
        case 'overdue':
            return p === null ? t('Cli_Next_Unknown') : t('Cli_Next_Overdue', formatUtc(p), formatDuration(now - p, t));
    }
    return t('Cli_Next_Unknown');
}

/** One workload's next run in words (docs/health-model.md §Schedule: in this cycle, postponed, backing off, not running). */
export function workloadLine(a: MailboxAssessment, workload: Workload, t: Translate): string {
    const w = a.workloads[workload];
    const { nextRunAt } = workloadTimesOf(a, workload);
    const nextProcessingAt = a.nextProcessingAt;
    const name = t(`Workload_${w.workload}`);
    if (w.configured === null) return t('Cli_Workload_Unknown', name);
    if (!w.configured) return t('Cli_Workload_NotConfigured', name);
    if (w.state === 'disabled') return t('Cli_Workload_Disabled', name);
    if (w.state === 'not-enabled' || w.state === 'not-tested') return t('Cli_Workload_NotRunning', name, t(`WorkloadState_${w.state}`));
    if (nextRunAt === null) return t('Cli_Workload_NotScheduled', name);
    if (w.inNextCycle) return t('Cli_Workload_InCycle', name, formatUtc(nextProcessingAt ?? nextRunAt));
    return t(w.backoff ? 'Cli_Workload_Backoff' : 'Cli_Workload_Postponed', name, formatUtc(nextRunAt));
}

function more(lines: string[], total: number, t: Translate, indent: string): void {
    if (total > LIST_LIMIT) lines.push(indent + t('Cli_Explain_More', total - LIST_LIMIT));
}

/** The JSON form of an explained log: the verdict in the assessment contract, and how and when it was judged. */
export function explanationJson(e: LogExplanation): Record<string, unknown> {
    return {
        ...(e.verdict === null ? {} : assessmentToJson(e.verdict)),
        judgedAt: e.asOf === null ? null : new Date(e.asOf).toISOString(),
        judgedAtSource: e.asOfSource,
        logTime: e.logTime === null ? null : new Date(e.logTime).toISOString(),
        notInLog: e.gaps === null ? null : { states: e.gaps.notInLog, columns: e.gaps.notInLogColumns },
        statusNotInLog: e.statusNotInLog.map((n) => n.workload),
        alerts: e.alerts.map((x) => ({ code: x.match?.code ?? null, information: x.information, history: x.history, at: x.at === null ? null : new Date(x.at).toISOString(), notAfter: x.notAfter === null ? null : new Date(x.notAfter).toISOString() })),
        log: { unknownKeys: e.log.unknownKeys, warnings: e.log.warnings },
    };
}

/**
 * @summary `mailbox-health explain`: the core explains the log (judged at the log's own latest time unless `time.at`
 * is given) and this only formats it, as text or JSON.
 */
export function explainCommand(text: string, time: LogJudgeTime, json: boolean, t: Translate): string {
    const e = explainLog(text, undefined, time);
    return json ? JSON.stringify(explanationJson(e), null, 2) + '\n' : explainText(e, t);
}

/** The line that says when the log is judged and why then. */
function judgedLine(e: LogExplanation, t: Translate): string {
    if (e.asOf === null) return t('Cli_Explain_AssessedNever');
    if (e.asOfSource === 'log') return t('Cli_Explain_AssessedLog', formatUtc(e.asOf));
    if (e.asOfSource === 'now') return t('Cli_Explain_AssessedNow', formatUtc(e.asOf));
    return t('Cli_Explain_Assessed', formatUtc(e.asOf));
}

/** The footer: what the reader read, and what it could not. */
function logFooter(e: LogExplanation, t: Translate, out: string[]): void {
    const log = e.log;
    out.push(
        t(
            'Cli_Explain_Log',
            plural(t, { one: 'Cli_Explain_LogMailboxValues_One', other: 'Cli_Explain_LogMailboxValues_Other' }, e.mailboxFields),
            plural(t, { one: 'Cli_Explain_LogProfileSettings_One', other: 'Cli_Explain_LogProfileSettings_Other' }, e.profileFields),
            plural(t, { one: 'Cli_Explain_LogTraces_One', other: 'Cli_Explain_LogTraces_Other' }, log.traces.length),
        ),
    );
    if (log.unknownKeys.length > 0) {
        out.push('  ' + t('Cli_Explain_LogUnknownKeys', log.unknownKeys.slice(0, LIST_LIMIT).map((k) => terminalSafe(k.key)).join(', ')));
        more(out, log.unknownKeys.length, t, '  ');
    }
    const warnings = log.warnings.filter((w) => w.code !== 'unknown-key');
    if (warnings.length > 0) {
        out.push('  ' + t('Cli_Explain_LogWarnings', warnings.length));
        for (const w of warnings.slice(0, LIST_LIMIT)) {
            const what = t(LOG_WARNING_KEYS[w.code]);
            const detail = w.key !== undefined ? ` (${terminalSafe(w.key)}: "${firstLine(w.raw ?? '', 60)}")` : w.raw !== undefined ? `: "${firstLine(w.raw, 60)}"` : '';
            out.push('    ' + (w.line > 0 ? t('Cli_LogWarning_Line', w.line, what, detail) : t('Cli_LogWarning_File', what)));
        }
        more(out, warnings.length, t, '    ');
    }
}

/** @summary The plain-text explanation of one mailbox read from a log. */
export function explainText(e: LogExplanation, t: Translate): string {
    const out: string[] = [];
    const a = e.verdict;
    if (a === null || e.asOf === null || e.gaps === null) {
        out.push(t('Cli_Explain_Title', terminalSafe(e.mailboxName ?? t('Cli_Unnamed'))));
        out.push(judgedLine(e, t));
        out.push(t(e.assessFailed ? 'Message_Log_AssessFailed' : 'Message_Log_NothingRead'));
        out.push('');
        logFooter(e, t, out);
        return out.join('\n') + '\n';
    }
    const now = e.asOf;
    const gaps = e.gaps;
    out.push(t('Cli_Explain_Title', terminalSafe(a.name ?? a.mailboxId ?? t('Cli_Unnamed'))) + (a.name && a.mailboxId ? ` (${terminalSafe(a.mailboxId)})` : ''));
    out.push(judgedLine(e, t));
    out.push('');

    // ---- state and why ----
    out.push(t('Cli_Explain_State', t(`State_${a.health}`), t(`Severity_${a.severity}`)));
    // A log records no state, approval or status columns (logGaps.ts): what only those leave open is a note to check
    // the mailbox form, not an unsettled verdict; a line the log lacks or a value it garbled still unsettles it.
    const states = (list: readonly HealthState[]): string => list.map((s) => t(`State_${s}`)).join(', ');
    if (gaps.undetermined.length > 0) out.push('  ' + t('Cli_Explain_NotSettled', states(gaps.undetermined), gaps.unknownColumns.join(', ')));
    if (gaps.notInLog.length > 0) out.push('  ' + t('Cli_Explain_NotSettledLog', gaps.notInLogColumns.join(', '), states(gaps.notInLog)));
    if (a.flags.length > 0) out.push(t('Cli_Explain_Flags', a.flags.map((f) => t(`Flag_${f}`)).join(', ')));
    // "No rule found a problem: … approved, enabled …" is only true of the rules that could be judged.
    const reasons = gaps.undetermined.length > 0 || gaps.notInLog.length > 0 ? a.reasons.filter((r) => r.code !== 'no-problem-found') : a.reasons;
    if (reasons.length > 0) {
        out.push(t('Cli_Explain_Why'));
        const seen = new Set<string>();
        for (const r of reasons) {
            const s = reasonText(r, t);
            if (!seen.has(s)) out.push('  - ' + s);
            seen.add(s);
        }
    }
    out.push('');

    // ---- times ----
    if (a.lastSuccessAt !== null) out.push(t('Cli_Explain_LastSynced', formatUtc(a.lastSuccessAt), formatRelative(a.lastSuccessAt, now, t)));
    else out.push(t(a.unknownColumns.includes('lastsuccessfulsynccompletedon') ? 'Cli_Explain_LastSyncedUnknown' : 'Cli_Explain_NeverSynced'));
    if (a.lastAttemptAt !== null) out.push(t('Cli_Explain_LastAttempt', formatUtc(a.lastAttemptAt), formatRelative(a.lastAttemptAt, now, t)));
    out.push(t('Cli_Explain_NextProcessing', nextProcessing(a, now, t)));
    out.push(t('Cli_Explain_Workloads'));
    for (const w of WORKLOADS) out.push('  ' + workloadLine(a, w, t));
    if (e.statusNotInLog.length > 0) out.push('  ' + t('Message_Log_StatusNotInLog', e.statusNotInLog.map((n) => t(`Workload_${n.workload}`)).join(', ')));
    if (a.testEnableAt !== null) out.push(t('Cli_Explain_TestEnable', formatUtc(a.testEnableAt)));
    out.push('');

    // ---- errors and retries ----
    out.push(t('Cli_Explain_ConsecutiveErrors', a.consecutiveErrors));
    // Per workload when the log carries transientfailurecount (health-model "Errors and backoff", v2); otherwise the
    // version-1 estimate, said to be one.
    const counted = [a.workloads.incoming, a.workloads.outgoing, a.workloads.act].filter((w) => w.transientFailures !== null && w.transientFailures !== 0);
    if (counted.length > 0) {
        const each = counted.map((w) => (w.transientFailures === 'permanent' ? t('Cli_Explain_RetriesWorkloadPermanent', t(`Workload_${w.workload}`)) : t('Cli_Explain_RetriesWorkload', t(`Workload_${w.workload}`), w.retriesLeft ?? 0, plural(t, { one: 'Cli_Explain_TransientFailures_One', other: 'Cli_Explain_TransientFailures_Other' }, w.transientFailures ?? 0))));
        out.push(t('Cli_Explain_RetriesPerWorkload', each.join('; ')));
    } else if (a.retriesLeft !== null) out.push(t('Cli_Explain_RetriesLeft', a.retriesLeft, MAX_TRANSIENT_RETRIES));
    else out.push(t(a.consecutiveErrors > 0 ? 'Cli_Explain_RetriesDisabled' : 'Cli_Explain_RetriesNotFailing'));
    const last = a.errors.find((e) => e.source === 'lastsyncerror');
    if (last !== undefined) {
        out.push(a.lastErrorIsCurrent ? t('Cli_Explain_LastErrorCurrent', a.lastErrorAt === null ? '?' : formatUtc(a.lastErrorAt), a.consecutiveErrors) : t('Cli_Explain_LastErrorOld', a.lastErrorAt === null ? '?' : formatUtc(a.lastErrorAt)));
        out.push(...errorBlock(last, t, now, '  ', !a.lastErrorIsCurrent));
    } else if (a.lastErrorAt !== null && !a.lastErrorIsCurrent) {
        out.push(t('Cli_Explain_LastErrorOldNoText', formatUtc(a.lastErrorAt)));
    } else {
        out.push(t('Cli_Explain_NoLastError'));
    }
    out.push('');

    // ---- trace entries, each explained; those older than the last success are history ----
    if (e.alerts.length === 0) {
        out.push(t('Cli_Explain_NoTraces'));
    } else {
        out.push(t('Cli_Explain_Traces', e.alerts.length));
        e.alerts.forEach(({ entry, information, match, history, notAfter, at }, i) => {
            const code = typeof entry.tracecode === 'number' ? entry.tracecode : null;
            const numbered = (head: string): string => '  ' + (code === null ? t('Cli_Trace_NoCode', i + 1, head) : t('Cli_Trace_Head', i + 1, code, head));
            if (information) {
                const [head, ...rest] = informationBlock(entry, t, now, '');
                out.push(numbered(head));
                for (const l of rest) out.push('  ' + l);
                return;
            }
            if (match === null) {
                out.push(numbered(t('Cli_Trace_NoText')));
                return;
            }
            const [head, ...rest] = errorBlock(match, t, now, '', history);
            out.push(numbered(head));
            if (history) out.push('     ' + (at !== null ? t('Cli_Explain_AlertHistory') : t('Cli_Explain_AlertHistoryNotAfter', formatUtc(notAfter ?? 0))));
            for (const l of rest) out.push('  ' + l);
        });
    }

    // ---- what could not be read ----
    if (a.dataIssues.length > 0) {
        out.push('');
        out.push(t('Cli_Explain_DataIssues'));
        for (const d of a.dataIssues) out.push('  ' + t('Cli_DataIssue', d.column, firstLine(d.raw, 80), t(`Cli_DataIssue_${d.code}`)));
    }
    out.push('');
    logFooter(e, t, out);
    return out.join('\n') + '\n';
}
