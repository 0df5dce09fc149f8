/**
 * `mailbox-health assess`: a Web API page of mailboxes → the fleet summary and one line per mailbox (text), one row
 * per mailbox (CSV), or the assessments and summary (JSON).
 */
import {
    STATES_WORST_FIRST,
    assessFleet,
    compareStatesWorstFirst,
    expandedProfile,
    rowFromWebApi,
    summarizeFleet,
    assessmentToJson,
    adviceFor,
    adviceKey,
    currentError,
    fleetTotals,
    nextProcessingOf,
    openCountShape,
    type Advice,
    type AssessmentJson,
    type FleetTotals,
    type OpenCount,
    type FleetSummary,
    type MailboxAssessment,
    type MailboxRow,
    type ProfileRow,
} from '../MailboxHealth/core/index';
import { cell, csvCell, formatDuration, formatUtc, terminalSafe } from './format';
import type { Translate } from './strings';
import { plural } from '../MailboxHealth/view/plural';

/** A Web API page of mailboxes, assessed: what every output of `assess` (text, CSV, JSON) formats. */
export interface AssessedFleet {
    readonly rows: readonly MailboxRow[];
    readonly assessments: readonly MailboxAssessment[];
    readonly summary: FleetSummary;
    /** The core's totals, settled and open: the same the control's header shows. */
    readonly totals: FleetTotals;
}

/**
 * @summary Assesses the records of a Web API mailboxes page at `now`: rows, assessments, summary and totals. Profiles
 * expanded into the records ($expand=emailserverprofile) feed the profile rules (health-model §Flags).
 */
export function assessRecords(records: readonly Record<string, unknown>[], now: number): AssessedFleet {
    const rows = records.map(rowFromWebApi);
    const profiles = new Map<string, ProfileRow>();
    for (const r of records) {
        const p = expandedProfile(r);
        if (p !== null && typeof p.emailserverprofileid === 'string') profiles.set(p.emailserverprofileid, p);
    }
    const assessments = assessFleet(rows, now, undefined, profiles.size > 0 ? { profiles } : undefined);
    return { rows, assessments, summary: summarizeFleet(assessments), totals: fleetTotals(assessments, rows) };
}

/** The mailbox's advice for JSON: the decision's codes plus the resx key of its sentence. */
export interface AdviceJson extends Advice {
    readonly key: string;
}

/** @summary The `--json` document: the summary, the core's totals and each assessment with its single advice. */
export function fleetJson(fleet: AssessedFleet, now: number): { assessedAt: string; summary: FleetSummary; totals: FleetTotals; mailboxes: (AssessmentJson & { advice: AdviceJson })[] } {
    return {
        assessedAt: new Date(now).toISOString(),
        summary: fleet.summary,
        totals: fleet.totals,
        mailboxes: fleet.assessments.map((a) => {
            const advice = adviceFor(a);
            return { ...assessmentToJson(a), advice: { ...advice, key: adviceKey(advice) } };
        }),
    };
}

function nextShort(a: MailboxAssessment, now: number, t: Translate): string {
    const next = nextProcessingOf(a, now);
    switch (next.kind) {
        case 'in-progress':
            return t('Cli_Short_InProgress');
        case 'not-scheduled':
            return t('Cli_Short_NotScheduled');
        case 'unknown':
            return t('Cli_Short_Unknown');
        case 'scheduled':
            return formatUtc(next.at);
        case 'due':
            return next.at === null ? t('Cli_Short_DueNow') : t('Cli_Short_Due', formatUtc(next.at));
        case 'overdue':
            return t('Cli_Short_Overdue', formatDuration(now - next.at, t));
    }
}

/** The advice in a note's few words; nothing when the verdict's own action is the advice (the state says it). */
export function adviceNote(advice: Advice, t: Translate): string | null {
    const who = advice.workload === null ? t('Label_AdviceTheMailbox') : t(`Workload_${advice.workload}`);
    switch (advice.action) {
        case 'wait-retrying':
            return advice.retriesLeft === null ? t('Cli_Note_AdviceWaitUnknown', who) : plural(t, { one: 'Cli_Note_AdviceWait_One', other: 'Cli_Note_AdviceWait_Other' }, advice.retriesLeft, String(advice.retriesLeft), who);
        case 'fix-then-test-enable':
            return t('Cli_Note_AdviceFixThenTestEnable', who);
        case 'error':
            return t('Cli_Note_AdviceFix', advice.errorCode ?? 'unknown');
        case 'state':
            return null;
    }
}

/** A total as the control's header shows it: "12", "12+" (at least) or "?" (cannot be counted). */
export function totalText(c: OpenCount, t: Translate): string {
    const shape = openCountShape(c);
    return shape === 'exact' ? String(c.certain) : shape === 'unknown' ? t('Label_TotalUnknown') : t('Label_TotalAtLeast', c.certain);
}

function notes(a: MailboxAssessment, t: Translate): string {
    const parts: string[] = [];
    if (a.consecutiveErrors > 0) parts.push(t('Cli_Note_Errors', a.consecutiveErrors));
    const current = currentError(a);
    if (current !== null) parts.push(t('Cli_Note_Error', current.code));
    const advice = adviceNote(adviceFor(a), t);
    if (advice !== null) parts.push(advice);
    for (const f of a.flags) parts.push(t(`Flag_${f}`));
    if (a.undetermined.length > 0) parts.push(t('Cli_Note_NotSettled'));
    if (a.dataIssues.length > 0) parts.push(plural(t, { one: 'Cli_Note_DataIssues_One', other: 'Cli_Note_DataIssues_Other' }, a.dataIssues.length));
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
export function fleetText(fleet: AssessedFleet, now: number, t: Translate): string {
    const { assessments, summary, totals } = fleet;
    const out: string[] = [plural(t, { one: 'Cli_Assess_Title_One', other: 'Cli_Assess_Title_Other' }, summary.total, String(summary.total), formatUtc(now))];
    if (summary.total === 0) return out.concat(t('Cli_Assess_Empty')).join('\n') + '\n';
    // Settled verdicts per state, then those not settled, as the control's chips count them.
    const states = STATES_WORST_FIRST.filter((s) => totals.settled[s] > 0).map((s) => t('Cli_Assess_Count', t(`State_${s}`), totals.settled[s]));
    if (totals.uncertain > 0) states.push(t('Cli_Assess_Count', t('Label_NotSettled'), totals.uncertain));
    out.push(t('Cli_Assess_ByState', states.join(' · ')));
    // The core's totals: a verdict that is not settled never counts as certain (the control's header reads the same).
    out.push(t('Cli_Assess_Totals', totalText(totals.failing, t), totalText(totals.disabled, t), totalText(totals.overdue, t), totalText(totals.syncingNow, t), totals.uncertain));
    out.push(summary.topErrors.length === 0 ? t('Cli_Assess_NoErrors') : t('Cli_Assess_TopErrors', summary.topErrors.map((e) => `${e.code} ×${e.count}`).join(', ')));
    out.push(t('Cli_Assess_ByProfile'));
    for (const p of summary.byProfile) {
        const name = p.profileName ?? p.profileId ?? t('Cli_Assess_NoProfile');
        out.push('  ' + plural(t, { one: 'Cli_Assess_ProfileLine_One', other: 'Cli_Assess_ProfileLine_Other' }, p.total, String(p.total), terminalSafe(name), Math.round(p.failingShare * 100)));
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
    // health-model v2: each workload's own retry counter (transientfailurecount) and retries left
    'incomingTransientFailures',
    'outgoingTransientFailures',
    'actTransientFailures',
    'incomingRetriesLeft',
    'outgoingRetriesLeft',
    'actRetriesLeft',
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
            a.workloads.incoming.transientFailures,
            a.workloads.outgoing.transientFailures,
            a.workloads.act.transientFailures,
            a.workloads.incoming.retriesLeft,
            a.workloads.outgoing.retriesLeft,
            a.workloads.act.retriesLeft,
        ];
        rows.push(values.map(csvCell).join(','));
    }
    return rows.join('\r\n') + '\r\n';
}
