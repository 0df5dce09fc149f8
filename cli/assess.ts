/**
 * `mailbox-health assess`: a Web API page of mailboxes → the fleet summary and one line per mailbox (text), one row
 * per mailbox (CSV), or the assessments and summary (JSON). Issue 2 item 4.
 */
import {
    STATES_WORST_FIRST,
    compareStatesWorstFirst,
    type FleetSummary,
    type MailboxAssessment,
} from '../MailboxHealth/core/index';
import { cell, csvCell, formatDuration, formatUtc, terminalSafe } from './format';
import type { Translate } from './strings';

function nextShort(a: MailboxAssessment, now: number, t: Translate): string {
    switch (a.due) {
        case 'in-progress':
            return t('Cli_Short_InProgress');
        case 'not-scheduled':
            return a.unknownColumns.includes('postponemailboxprocessinguntil') ? t('Cli_Short_Unknown') : t('Cli_Short_NotScheduled');
        case 'scheduled':
            return a.nextProcessingAt === null ? t('Cli_Short_Unknown') : formatUtc(a.nextProcessingAt);
        case 'due':
            return a.nextProcessingAt === null ? t('Cli_Short_Unknown') : t('Cli_Short_Due', formatUtc(a.nextProcessingAt));
        case 'overdue':
            return a.nextProcessingAt === null ? t('Cli_Short_Unknown') : t('Cli_Short_Overdue', formatDuration(now - a.nextProcessingAt, t));
    }
    return t('Cli_Short_Unknown');
}

function notes(a: MailboxAssessment, t: Translate): string {
    const parts: string[] = [];
    if (a.consecutiveErrors > 0) parts.push(t('Cli_Note_Errors', a.consecutiveErrors));
    const current = a.errors.find((e) => e.source === 'lastsyncerror');
    if (current !== undefined && a.lastErrorIsCurrent) parts.push(t('Cli_Note_Error', current.code));
    for (const f of a.flags) parts.push(t(`Flag_${f}`));
    if (a.undetermined.length > 0) parts.push(t('Cli_Note_NotSettled'));
    if (a.dataIssues.length > 0) parts.push(t('Cli_Note_DataIssues', a.dataIssues.length));
    return parts.join(', ');
}

/** Mailboxes worst state first, then by name; the input order breaks ties. */
export function worstFirst(assessments: readonly MailboxAssessment[]): MailboxAssessment[] {
    return assessments
        .map((a, i) => ({ a, i }))
        .sort((x, y) => compareStatesWorstFirst(x.a.health, y.a.health) || (x.a.name ?? '').localeCompare(y.a.name ?? '') || x.i - y.i)
        .map((x) => x.a);
}

/** @summary The fleet as text: summary lines, then one line per mailbox, worst first. */
export function fleetText(assessments: readonly MailboxAssessment[], summary: FleetSummary, now: number, t: Translate): string {
    const out: string[] = [t('Cli_Assess_Title', summary.total, formatUtc(now))];
    if (summary.total === 0) return out.concat(t('Cli_Assess_Empty')).join('\n') + '\n';
    const states = STATES_WORST_FIRST.filter((s) => summary.byState[s] > 0).map((s) => t('Cli_Assess_Count', t(`State_${s}`), summary.byState[s]));
    out.push(t('Cli_Assess_ByState', states.join(' · ')));
    out.push(t('Cli_Assess_Totals', summary.failing, summary.disabled, summary.overdue, summary.syncingNow, summary.uncertain));
    out.push(summary.topErrors.length === 0 ? t('Cli_Assess_NoErrors') : t('Cli_Assess_TopErrors', summary.topErrors.map((e) => `${e.code} ×${e.count}`).join(', ')));
    out.push(t('Cli_Assess_ByProfile'));
    for (const p of summary.byProfile) {
        const name = p.profileName ?? p.profileId ?? t('Cli_Assess_NoProfile');
        out.push('  ' + t('Cli_Assess_ProfileLine', terminalSafe(name), p.total, Math.round(p.failingShare * 100)));
    }
    out.push('');
    const widths = [26, 24, 30, 26];
    out.push([t('Cli_Column_State'), t('Cli_Column_Mailbox'), t('Cli_Column_Email'), t('Cli_Column_Next')].map((h, i) => cell(h, widths[i])).join(' ') + ' ' + t('Cli_Column_Notes'));
    for (const a of worstFirst(assessments)) {
        const cols = [t(`State_${a.health}`), terminalSafe(a.name ?? a.mailboxId ?? t('Cli_Unnamed')), terminalSafe(a.emailAddress ?? ''), nextShort(a, now, t)];
        out.push((cols.map((c, i) => cell(c, widths[i])).join(' ') + ' ' + notes(a, t)).trimEnd());
    }
    return out.join('\n') + '\n';
}

const CSV_HEADER = [
    'mailboxId',
    'name',
    'emailAddress',
    'profileName',
    'health',
    'severity',
    'undetermined',
    'flags',
    'due',
    'nextProcessingAt',
    'lastSuccessAt',
    'lastErrorAt',
    'lastErrorIsCurrent',
    'consecutiveErrors',
    'retriesLeft',
    'errorCodes',
] as const;

const isoOrNull = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());

/** @summary One CSV row per mailbox (codes and ISO-8601 UTC times, for spreadsheets and scripts), input order. */
export function fleetCsv(assessments: readonly MailboxAssessment[]): string {
    const rows = [CSV_HEADER.join(',')];
    for (const a of assessments) {
        const values: (string | number | boolean | null)[] = [
            a.mailboxId,
            a.name,
            a.emailAddress,
            a.profileName,
            a.health,
            a.severity,
            a.undetermined.join(';'),
            a.flags.join(';'),
            a.due,
            isoOrNull(a.nextProcessingAt),
            isoOrNull(a.lastSuccessAt),
            isoOrNull(a.lastErrorAt),
            a.lastErrorIsCurrent,
            a.consecutiveErrors,
            a.retriesLeft,
            a.errors.map((e) => e.code).join(';'),
        ];
        rows.push(values.map(csvCell).join(','));
    }
    return rows.join('\r\n') + '\r\n';
}
