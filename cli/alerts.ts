/**
 * `mailbox-health alerts <traces.json> [--since ISO] [--until ISO] [--now ISO] [--fleet-size N] [--json|--csv]
 * [--fail-on class,…]`: a Web API export of tracelog rows (a `value` array, or a bare array, next-links already
 * followed) → the same groups and figures the control's "Recent alerts" section shows (the core decides them).
 * The window is --since … --until (default: the 24 hours before --until, which defaults to now).
 * Exit 1 with --fail-on when alerts of those classes occurred in the window; bad input: one line on stderr, exit 2.
 */
import {
    ALERT_CLASSES,
    BUCKET_MS,
    DAY_MS,
    alertRowFromWebApi,
    classesPresent,
    customWindow,
    groupAlerts,
    matchAlerts,
    parseIsoInstant,
    recordsFromWebApi,
    type AlertRow,
    type AlertSummary,
    type ErrorClass,
    type MatchedAlerts,
} from '../MailboxHealth/core/index';
import { plural } from '../MailboxHealth/view/plural';
import { csvCell, formatUtc, messageLine, terminalSafe } from './format';
import type { Translate } from './strings';

/** The bucket size in words. */
const BUCKET_KEYS = { '5m': 'Cli_Alerts_Bucket_5m', hour: 'Cli_Alerts_Bucket_hour', day: 'Cli_Alerts_Bucket_day' } as const;

export interface AlertsArgs {
    readonly file: string;
    readonly since: number | null;
    readonly until: number | null;
    readonly now: number | null;
    readonly fleetSize: number | null;
    readonly json: boolean;
    readonly csv: boolean;
    readonly failOn: readonly ErrorClass[];
}

/** Bad input: the message is in the user's words. */
export class AlertsInputError extends Error {}

const TAKES_VALUE = new Set(['--since', '--until', '--now', '--fleet-size', '--fail-on']);
const FLAGS = new Set(['--json', '--csv']);

/** @summary Parses the arguments after `alerts`. @throws AlertsInputError */
export function parseAlertsArgs(argv: readonly string[], t: Translate): AlertsArgs | 'help' {
    let file: string | null = null;
    const values = new Map<string, string>();
    let json = false;
    let csv = false;
    let ended = false;
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (!ended && arg === '--') {
            ended = true;
            continue;
        }
        if (!ended && arg.startsWith('-') && arg !== '-') {
            const eq = arg.indexOf('=');
            const name = eq > 0 ? arg.slice(0, eq) : arg;
            if (name === '--help' || name === '-h') return 'help';
            if (FLAGS.has(name) && eq < 0) {
                if (name === '--json') json = true;
                else csv = true;
                continue;
            }
            if (!TAKES_VALUE.has(name)) throw new AlertsInputError(t('Cli_Error_UnknownOption', name, 'alerts'));
            const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
            if (value === undefined || value === '') throw new AlertsInputError(t('Cli_Error_MissingValue', name));
            values.set(name, value);
            continue;
        }
        if (file !== null) throw new AlertsInputError(t('Cli_Error_ExtraArgument', arg));
        file = arg;
    }
    if (file === null) throw new AlertsInputError(t('Cli_Error_MissingFile', 'alerts'));
    if (json && csv) throw new AlertsInputError(t('Cli_Error_JsonAndCsv'));
    const instant = (name: string, key: string): number | null => {
        const v = values.get(name);
        if (v === undefined) return null;
        const ms = parseIsoInstant(v.trim());
        if (!Number.isFinite(ms)) throw new AlertsInputError(t(key, name, v));
        return ms;
    };
    const sizeText = values.get('--fleet-size');
    const fleetSize = sizeText === undefined ? null : Number(sizeText);
    if (fleetSize !== null && (!Number.isInteger(fleetSize) || fleetSize < 1)) throw new AlertsInputError(t('Cli_Error_BadFleetSize', sizeText ?? ''));
    return {
        file,
        since: instant('--since', 'Cli_Error_BadSince'),
        until: instant('--until', 'Cli_Error_BadSince'),
        now: instant('--now', 'Cli_Error_BadSince'),
        fleetSize,
        json,
        csv,
        failOn: parseClasses(values.get('--fail-on'), t),
    };
}

function parseClasses(v: string | undefined, t: Translate): ErrorClass[] {
    if (v === undefined) return [];
    const out: ErrorClass[] = [];
    for (const raw of v.split(',')) {
        const c = raw.trim();
        if (c === '') continue;
        if (!(ALERT_CLASSES as readonly string[]).includes(c)) throw new AlertsInputError(t('Cli_Error_BadClass', c, ALERT_CLASSES.join(', ')));
        if (!out.includes(c as ErrorClass)) out.push(c as ErrorClass);
    }
    if (out.length === 0) throw new AlertsInputError(t('Cli_Error_MissingValue', '--fail-on'));
    return out;
}

export interface AlertsResult {
    readonly summary: AlertSummary;
    readonly matched: MatchedAlerts;
    /** Records that were not objects or regard an email server profile. */
    readonly skipped: number;
}

/** @summary The export's rows, matched once and grouped over the window. @throws AlertsInputError */
export function summarizeExport(json: unknown, args: AlertsArgs, clock: number, file: string, t: Translate): AlertsResult {
    const page = recordsFromWebApi(json);
    if (page === null) throw new AlertsInputError(t('Cli_Error_NotTraces', file));
    const rows: AlertRow[] = [];
    let skipped = page.skipped;
    for (const r of page.records) {
        const row = alertRowFromWebApi(r);
        if (row) rows.push(row);
        else skipped++;
    }
    const now = args.now ?? clock;
    const until = args.until ?? now;
    const since = args.since ?? until - DAY_MS;
    const window = customWindow(since, until, Math.max(now, until));
    if (window === null) throw new AlertsInputError(t('Cli_Error_BadWindow', formatUtc(since), formatUtc(until)));
    const matched = matchAlerts(rows);
    return { summary: groupAlerts(matched, window, args.fleetSize), matched, skipped };
}

/** "3 alerts on 1 mailbox": each count in its plural form. */
export function alertsOnMailboxes(alerts: number, mailboxes: number, t: Translate): string {
    return t('Cli_Alerts_OnMailboxes', plural(t, { one: 'Cli_Count_Alerts_One', other: 'Cli_Count_Alerts_Other' }, alerts), plural(t, { one: 'Cli_Count_Mailboxes_One', other: 'Cli_Count_Mailboxes_Other' }, mailboxes));
}

/** The --fail-on message: the classes hit and how many alerts they had. */
export function alertsFailOn(classes: string, alerts: number, t: Translate): string {
    return t('Cli_Alerts_FailOn', classes, plural(t, { one: 'Cli_Count_Alerts_One', other: 'Cli_Count_Alerts_Other' }, alerts));
}

/** "Left out: 2 records that are not mailbox alerts, 1 information entry.": only the kinds that occur. */
export function skippedText(r: AlertsResult, t: Translate): string {
    const parts: string[] = [];
    if (r.skipped > 0) parts.push(plural(t, { one: 'Cli_Alerts_SkippedRecords_One', other: 'Cli_Alerts_SkippedRecords_Other' }, r.skipped));
    if (r.matched.undated > 0) parts.push(plural(t, { one: 'Cli_Alerts_SkippedUndated_One', other: 'Cli_Alerts_SkippedUndated_Other' }, r.matched.undated));
    if (r.matched.information > 0) parts.push(plural(t, { one: 'Cli_Alerts_SkippedInformation_One', other: 'Cli_Alerts_SkippedInformation_Other' }, r.matched.information));
    return t('Cli_Alerts_Skipped', parts.join(', '));
}

function share(v: number | null): string {
    return v === null ? '' : `${Math.round(v * 1000) / 10}%`;
}

/** @summary The summary as text: totals, classes, top errors with meaning and action, then one line per bucket. */
export function alertsText(r: AlertsResult, t: Translate): string {
    const s = r.summary;
    const out: string[] = [t('Cli_Alerts_Title', formatUtc(s.window.from), formatUtc(s.window.to), t(BUCKET_KEYS[s.window.bucket]))];
    if (r.skipped > 0 || r.matched.undated > 0) out.push(skippedText(r, t));
    if (s.total === 0) return out.concat(t('Cli_Alerts_None')).join('\n') + '\n';
    out.push(alertsOnMailboxes(s.total, s.mailboxes, t));
    out.push(t('Cli_Alerts_ByClass', ALERT_CLASSES.filter((c) => s.byClass[c] > 0).map((c) => `${t(`ErrorClass_${c}`)} ${s.byClass[c]}`).join(' · ')));
    out.push('', t('Cli_Alerts_TopErrors'));
    for (const g of s.groups) {
        const name = g.code === 'unknown' ? (g.errorType ?? g.code) : g.code;
        out.push('  ' + t('Cli_Alerts_ErrorLine', terminalSafe(name), t(`ErrorClass_${g.class}`), alertsOnMailboxes(g.count, g.mailboxes, t)));
        const facts = [t('Cli_Alerts_Seen', formatUtc(g.firstSeen), formatUtc(g.lastSeen))];
        if (g.stillHappening) facts.push(t('Cli_Alerts_StillHappening'));
        if (g.fleetShare !== null) facts.push(t('Cli_Alerts_Share', share(g.fleetShare)));
        out.push('    ' + facts.join(' · '));
        out.push('    ' + t('Cli_ErrorBlock_Meaning', t(`Error_${g.code}_Meaning`)));
        out.push('    ' + t('Cli_ErrorBlock_Action', t(`Error_${g.code}_Action`)));
        if (g.code === 'unknown' && g.sampleText.trim() !== '') out.push('    ' + t('Cli_ErrorBlock_Text', messageLine(g.sampleText)));
    }
    out.push('', t('Cli_Alerts_Buckets', t(BUCKET_KEYS[s.window.bucket])));
    const width = Math.max(1, ...s.buckets.map((b) => b.total));
    for (const b of s.buckets) {
        const bar = '#'.repeat(Math.round((b.total / width) * 30));
        const parts = ALERT_CLASSES.filter((c) => b.byClass[c] > 0).map((c) => `${t(`ErrorClass_${c}`)} ${b.byClass[c]}`).join(', ');
        out.push('  ' + t('Cli_Alerts_BucketLine', formatUtc(b.start), b.total, bar, parts));
    }
    return out.join('\n') + '\n';
}

/** One CSV row per error. */
export function alertsCsv(r: AlertsResult): string {
    const head = ['code', 'errorType', 'class', 'workload', 'action', 'count', 'mailboxes', 'firstSeen', 'lastSeen', 'stillHappening', 'fleetShare'];
    const lines = [head.join(',')];
    for (const g of r.summary.groups) {
        lines.push(
            [g.code, g.errorType, g.class, g.workload, g.action, g.count, g.mailboxes, new Date(g.firstSeen).toISOString(), new Date(g.lastSeen).toISOString(), g.stillHappening, g.fleetShare]
                .map((v) => csvCell(v))
                .join(','),
        );
    }
    return lines.join('\r\n') + '\r\n';
}

/** The JSON form: ISO-8601 UTC times, every figure of the summary. */
export function alertsJson(r: AlertsResult): unknown {
    const s = r.summary;
    const iso = (ms: number): string => new Date(ms).toISOString();
    return {
        window: { from: iso(s.window.from), to: iso(s.window.to), bucketMinutes: BUCKET_MS[s.window.bucket] / 60_000 },
        total: s.total,
        mailboxes: s.mailboxes,
        byClass: s.byClass,
        outsideWindow: s.outside,
        information: r.matched.information,
        undated: r.matched.undated,
        skipped: r.skipped,
        fleetSize: s.fleetSize,
        errors: s.groups.map((g) => ({
            code: g.code,
            errorType: g.errorType,
            class: g.class,
            workload: g.workload,
            action: g.action,
            count: g.count,
            byClass: g.byClass,
            mailboxes: g.mailboxes,
            firstSeen: iso(g.firstSeen),
            lastSeen: iso(g.lastSeen),
            stillHappening: g.stillHappening,
            fleetShare: g.fleetShare,
            mailboxIds: g.mailboxIds,
        })),
        buckets: s.buckets.map((b) => ({ start: iso(b.start), end: iso(b.end), total: b.total, byClass: b.byClass })),
    };
}

/** The classes of --fail-on that occurred, for the exit code. */
export function failOnHits(r: AlertsResult, failOn: readonly ErrorClass[]): ErrorClass[] {
    return classesPresent(r.summary, failOn);
}
