/**
 * The fleet's alerts over a window: each tracelog row regarding a mailbox matched once against the catalogue
 * (matchAlerts), then counted per time bucket and class and grouped per error (groupAlerts). Matching is the costly
 * part and happens once per load; grouping is cheap and runs again whenever the window is narrowed.
 */
import { isInformationTrace, matchTraceEntry } from '../errorCatalogue';
import type { ErrorClass, ErrorMatch, TraceEntry, Workload } from '../types';
import { bucketIndex, bucketStarts, type AlertWindow } from './window';

/** Classes in the order the chart stacks them and the table ranks them: the ones that need someone first. */
export const ALERT_CLASSES = ['permanent', 'config', 'transient', 'item', 'unknown'] as const satisfies readonly ErrorClass[];

/** One tracelog row and the mailbox it regards. */
export interface AlertRow {
    /** The regarding mailbox (`_regardingobjectid_value`), or null when the row does not say. */
    readonly mailboxId: string | null;
    readonly mailboxName?: string | null;
    readonly trace: TraceEntry;
}

/** A matched alert: when, which mailbox, what it means. */
export interface Alert {
    readonly at: number;
    /** Normalized (lower case, no braces), or null. */
    readonly mailboxId: string | null;
    readonly mailboxName: string | null;
    readonly match: ErrorMatch;
    /** The error it is grouped under: the catalogue code, or for unrecognised errors their error type. */
    readonly key: string;
}

export interface MatchedAlerts {
    /** Newest first. */
    readonly alerts: readonly Alert[];
    /** Information rows (level 1, or a success): not alerts, left out. */
    readonly information: number;
    /** Rows without a readable time: they cannot be placed in a window. */
    readonly undated: number;
}

export type ClassCounts = { readonly [C in ErrorClass]: number };

export interface AlertBucket {
    readonly start: number;
    /** Exclusive. */
    readonly end: number;
    readonly total: number;
    readonly byClass: ClassCounts;
}

/** One error over the window. */
export interface AlertGroup {
    readonly key: string;
    readonly code: string;
    /** tracelog.errortypedisplay of the newest alert, if any. */
    readonly errorType: string | null;
    /** The newest alert's class: a warning re-logged as an error is now permanent. */
    readonly class: ErrorClass;
    readonly workload: Workload | null;
    readonly action: string;
    readonly count: number;
    readonly byClass: ClassCounts;
    /** Distinct mailboxes, and their ids (sorted). */
    readonly mailboxes: number;
    readonly mailboxIds: readonly string[];
    readonly firstSeen: number;
    readonly lastSeen: number;
    /** Alerts in the window's last bucket. */
    readonly stillHappening: boolean;
    /** Distinct mailboxes ÷ fleet size (0–1), or null when the fleet size is not known. */
    readonly fleetShare: number | null;
    /** The newest alert's raw text, for display as text. */
    readonly sampleText: string;
}

export interface AlertSummary {
    readonly window: AlertWindow;
    readonly buckets: readonly AlertBucket[];
    /** Most alerts first, then the most recent. */
    readonly groups: readonly AlertGroup[];
    readonly total: number;
    readonly byClass: ClassCounts;
    readonly mailboxes: number;
    readonly mailboxIds: readonly string[];
    /** Alerts outside the window (a narrowed window over a wider load). */
    readonly outside: number;
    readonly fleetSize: number | null;
}

function emptyCounts(): Record<ErrorClass, number> {
    return { permanent: 0, config: 0, transient: 0, item: 0, unknown: 0 };
}

/** Lower case without braces, so ids from the dataset, the Web API and an export compare equal. */
export function normalizeMailboxId(id: unknown): string | null {
    if (typeof id !== 'string') return null;
    const s = id.trim().replace(/^\{|\}$/g, '').toLowerCase();
    return s === '' ? null : s;
}

function groupKey(match: ErrorMatch): string {
    // Unrecognised errors stay apart by their error type rather than becoming one "unknown" lump (health-model §Errors and backoff: unknown stays visible).
    return match.code === 'unknown' ? `unknown:${match.errorType ?? ''}` : match.code;
}

/**
 * @summary Matches each row once against the catalogue and keeps the alerts: information rows and rows without a
 * time are counted and left out (mailbox-reference §2.3: level 1 is Information; modifiedon is the last occurrence).
 */
export function matchAlerts(rows: readonly AlertRow[]): MatchedAlerts {
    const alerts: Alert[] = [];
    let information = 0;
    let undated = 0;
    for (const row of rows) {
        const trace = row?.trace;
        if (trace === null || typeof trace !== 'object') {
            undated++;
            continue;
        }
        if (isInformationTrace(trace)) {
            information++;
            continue;
        }
        const match = matchTraceEntry(trace) ?? unknownMatch(trace);
        const at = match.at;
        if (typeof at !== 'number' || !Number.isFinite(at)) {
            undated++;
            continue;
        }
        alerts.push({ at, mailboxId: normalizeMailboxId(row.mailboxId), mailboxName: typeof row.mailboxName === 'string' ? row.mailboxName : null, match, key: groupKey(match) });
    }
    alerts.sort((a, b) => b.at - a.at);
    return { alerts, information, undated };
}

/** A row with neither error type nor text is still an alert: unknown, never dropped (health-model §Errors and backoff). */
function unknownMatch(trace: TraceEntry): ErrorMatch {
    const at = Date.parse(String(trace.modifiedon ?? trace.createdon ?? ''));
    return { code: 'unknown', class: 'unknown', workload: null, action: 'report-to-support', source: 'tracelog', text: '', at: Number.isNaN(at) ? null : at };
}

interface GroupAcc {
    key: string;
    newest: Alert;
    count: number;
    byClass: Record<ErrorClass, number>;
    mailboxes: Set<string>;
    firstSeen: number;
    lastSeen: number;
    stillHappening: boolean;
}

/**
 * @summary Counts the alerts of a window per bucket and class, and per error: count, distinct mailboxes, first and
 * last seen, still happening (alerts in the last bucket) and the share of the fleet affected (mailbox-reference §4.6
 * roll-ups; §3.2 E8 judges a profile by the share of its mailboxes failing within an hour).
 * @param fleetSize the number of mailboxes the share is taken of; null or 0 when unknown.
 */
export function groupAlerts(alerts: readonly Alert[], window: AlertWindow, fleetSize: number | null): AlertSummary {
    const starts = bucketStarts(window);
    const n = starts.length;
    const bucketTotals = new Array<number>(n).fill(0);
    const bucketClasses: Record<ErrorClass, number>[] = starts.map(() => emptyCounts());
    const byClass = emptyCounts();
    const groups = new Map<string, GroupAcc>();
    const mailboxes = new Set<string>();
    let total = 0;
    let outside = 0;
    for (const alert of alerts) {
        const i = bucketIndex(window, alert.at, n);
        if (i < 0) {
            outside++;
            continue;
        }
        const cls = alert.match.class;
        total++;
        bucketTotals[i]++;
        bucketClasses[i][cls]++;
        byClass[cls]++;
        if (alert.mailboxId !== null) mailboxes.add(alert.mailboxId);
        let g = groups.get(alert.key);
        if (g === undefined) {
            g = { key: alert.key, newest: alert, count: 0, byClass: emptyCounts(), mailboxes: new Set(), firstSeen: alert.at, lastSeen: alert.at, stillHappening: false };
            groups.set(alert.key, g);
        }
        g.count++;
        g.byClass[cls]++;
        if (alert.mailboxId !== null) g.mailboxes.add(alert.mailboxId);
        if (alert.at < g.firstSeen) g.firstSeen = alert.at;
        if (alert.at > g.lastSeen) {
            g.lastSeen = alert.at;
            g.newest = alert;
        }
        if (i === n - 1) g.stillHappening = true;
    }
    const size = typeof fleetSize === 'number' && Number.isFinite(fleetSize) && fleetSize > 0 ? fleetSize : null;
    const out: AlertGroup[] = [];
    for (const g of groups.values()) {
        const m = g.newest.match;
        out.push({
            key: g.key,
            code: m.code,
            errorType: m.errorType ?? null,
            class: m.class,
            workload: m.workload,
            action: m.action,
            count: g.count,
            byClass: g.byClass,
            mailboxes: g.mailboxes.size,
            mailboxIds: [...g.mailboxes].sort(),
            firstSeen: g.firstSeen,
            lastSeen: g.lastSeen,
            stillHappening: g.stillHappening,
            fleetShare: size === null ? null : Math.min(1, g.mailboxes.size / size),
            sampleText: m.text,
        });
    }
    out.sort((a, b) => b.count - a.count || b.lastSeen - a.lastSeen || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const buckets: AlertBucket[] = starts.map((start, i) => ({ start, end: i + 1 < n ? starts[i + 1] : window.to, total: bucketTotals[i], byClass: bucketClasses[i] }));
    return { window, buckets, groups: out, total, byClass, mailboxes: mailboxes.size, mailboxIds: [...mailboxes].sort(), outside, fleetSize: size };
}

/** The classes that occurred in the window among `classes` (the CLI's --fail-on). */
export function classesPresent(summary: AlertSummary, classes: readonly ErrorClass[]): ErrorClass[] {
    return classes.filter((c) => summary.byClass[c] > 0);
}
