/**
 * The fleet's alerts over a window: each tracelog row regarding a mailbox matched once against the catalogue
 * (matchAlerts), then counted per time bucket and class and grouped per error (groupAlerts). Matching is the costly
 * part and happens once per load; grouping is cheap and runs again whenever the window is narrowed.
 */
import { instantOf } from '../dates';
import { isInformationTrace, matchTraceEntry } from '../errorCatalogue';
import type { ErrorClass, ErrorMatch, TraceEntry, Workload } from '../types';
import { BUCKET_MS, bucketStarts, type AlertWindow } from './window';

/** Classes in the order the chart stacks them and the table ranks them: the ones that need someone first. */
export const ALERT_CLASSES = ['permanent', 'config', 'transient', 'item', 'unknown'] as const satisfies readonly ErrorClass[];

/** A class's position in ALERT_CLASSES. */
const CLASS_INDEX: Readonly<Record<ErrorClass, number>> = { permanent: 0, config: 1, transient: 2, item: 3, unknown: 4 };

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
    /** Index of `key` in MatchedAlerts.keys, and of `mailboxId` in MatchedAlerts.mailboxIds (-1 for none): grouping counts with integers. */
    readonly keyIndex: number;
    readonly mailboxIndex: number;
    /** The class's position in ALERT_CLASSES (grouping reads no match object in its loop). */
    readonly classIndex: number;
}

export interface MatchedAlerts {
    /** Newest first. */
    readonly alerts: readonly Alert[];
    /** Information rows (level 1, or a success): not alerts, left out. */
    readonly information: number;
    /** Rows without a readable time: they cannot be placed in a window. */
    readonly undated: number;
    /** The distinct group keys and mailbox ids the alerts' indexes point into. */
    readonly keys: readonly string[];
    readonly mailboxIds: readonly string[];
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
    /** Distinct mailboxes, and their ids (the most recently alerted first). */
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

const ACTIVITY_ID = /ActivityId:\s*[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const ACTIVITY_ID_ONE = /ActivityId:\s*([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/i;

function textOf(v: unknown): string {
    return typeof v === 'string' ? v : '';
}

/**
 * Rows of one incident differ only by their ActivityId (docs/evidence.md §6.1: a fresh one per alert), so a row's
 * match is the match of its text without it, plus its own text, time and ActivityId: the catalogue scans each
 * distinct text once.
 */
function matchKey(t: TraceEntry): string {
    return `${textOf(t.errortypedisplay)}\u0001${typeof t.level === 'number' ? t.level : ''}\u0001${textOf(t.errordetails).replace(ACTIVITY_ID, '~')}\u0001${textOf(t.text).replace(ACTIVITY_ID, '~')}`;
}

/** The cached match made this row's: its raw text, time and ActivityId (as matchTraceEntry gives them). */
function reuse(cached: ErrorMatch, t: TraceEntry): ErrorMatch {
    const text = [t.errordetails, t.text].map(textOf).filter((p) => p.trim() !== '').join('\n');
    const activity = ACTIVITY_ID_ONE.exec(text)?.[1];
    const match: { -readonly [K in keyof ErrorMatch]: ErrorMatch[K] } = Object.assign({}, cached, { text, at: instantOf(t.modifiedon) ?? instantOf(t.createdon) });
    if (cached.activityId !== undefined && activity !== undefined) match.activityId = activity;
    return match;
}

/**
 * @summary Matches each row once against the catalogue and keeps the alerts: information rows and rows without a
 * time are counted and left out (docs/evidence.md §2.3: level 1 is Information; modifiedon is the last occurrence).
 */
export function matchAlerts(rows: readonly AlertRow[]): MatchedAlerts {
    const alerts: Alert[] = [];
    let information = 0;
    let undated = 0;
    const keys: string[] = [];
    const keyIndex = new Map<string, number>();
    const mailboxIds: string[] = [];
    const mailboxIndex = new Map<string, number>();
    const cache = new Map<string, ErrorMatch | null>();
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
        const key0 = matchKey(trace);
        let match: ErrorMatch;
        const cached = cache.get(key0);
        if (cached !== undefined) match = cached === null ? unknownMatch(trace) : reuse(cached, trace);
        else {
            const fresh = matchTraceEntry(trace);
            cache.set(key0, fresh);
            match = fresh ?? unknownMatch(trace);
        }
        const at = match.at;
        if (typeof at !== 'number' || !Number.isFinite(at)) {
            undated++;
            continue;
        }
        const key = groupKey(match);
        let k = keyIndex.get(key);
        if (k === undefined) {
            k = keys.push(key) - 1;
            keyIndex.set(key, k);
        }
        const mailboxId = normalizeMailboxId(row.mailboxId);
        let m = -1;
        if (mailboxId !== null) {
            const known = mailboxIndex.get(mailboxId);
            m = known ?? mailboxIds.push(mailboxId) - 1;
            if (known === undefined) mailboxIndex.set(mailboxId, m);
        }
        alerts.push({ at, mailboxId, mailboxName: typeof row.mailboxName === 'string' ? row.mailboxName : null, match, key, keyIndex: k, mailboxIndex: m, classIndex: CLASS_INDEX[match.class] ?? CLASS_INDEX.unknown });
    }
    alerts.sort((a, b) => b.at - a.at);
    return { alerts, information, undated, keys, mailboxIds };
}

/** A row with neither error type nor text is still an alert: unknown, never dropped (health-model §Errors and backoff). */
function unknownMatch(trace: TraceEntry): ErrorMatch {
    const at = instantOf(trace.modifiedon ?? trace.createdon) ?? NaN;
    return { code: 'unknown', class: 'unknown', workload: null, action: 'report-to-support', source: 'tracelog', text: '', at: Number.isNaN(at) ? null : at };
}

const CLASS_COUNT = 5;

function countsOf(row: ArrayLike<number>, offset: number): ClassCounts {
    return { permanent: row[offset], config: row[offset + 1], transient: row[offset + 2], item: row[offset + 3], unknown: row[offset + 4] };
}

/**
 * @summary Counts the alerts of a window per bucket and class, and per error: count, distinct mailboxes, first and
 * last seen, still happening (alerts in the last bucket) and the share of the fleet affected (docs/evidence.md §4.6
 * roll-ups; §3.2 E8 judges a profile by the share of its mailboxes failing within an hour).
 * @param fleetSize the number of mailboxes the share is taken of; null or 0 when unknown.
 */
export function groupAlerts(matched: MatchedAlerts, window: AlertWindow, fleetSize: number | null): AlertSummary {
    const starts = bucketStarts(window);
    const n = starts.length;
    const G = matched.keys.length;
    const M = matched.mailboxIds.length;
    // Integer counters only inside the loop: 50,000 alerts in a few milliseconds.
    const bucketCounts = new Int32Array(n * CLASS_COUNT);
    const groupCounts = new Int32Array(G * CLASS_COUNT);
    const groupTotal = new Int32Array(G);
    const groupMailboxes = new Int32Array(G);
    const groupFirst = new Float64Array(G).fill(Infinity);
    const groupLast = new Float64Array(G).fill(-Infinity);
    const groupNewest: (Alert | undefined)[] = new Array<Alert | undefined>(G).fill(undefined);
    const groupStill = new Uint8Array(G);
    const groupIds: number[][] = Array.from({ length: G }, () => []);
    const mailboxSeen = new Uint8Array(M);
    // Distinct (error, mailbox) pairs: a byte per pair while that stays small (the usual case), else a set.
    const pairBytes = G * M <= 8_000_000 ? new Uint8Array(G * M) : null;
    const pairSet = pairBytes === null ? new Set<number>() : null;
    const byClass = [0, 0, 0, 0, 0];
    const size = BUCKET_MS[window.bucket];
    const { from, to } = window;
    let total = 0;
    let mailboxes = 0;
    let outside = 0;
    const alerts = matched.alerts;
    for (let a = 0; a < alerts.length; a++) {
        const alert = alerts[a];
        const at = alert.at;
        if (!(at >= from && at < to)) {
            outside++;
            continue;
        }
        // The bucket counted from the window's end (window.ts anchors buckets there).
        const i = Math.max(0, n - 1 - Math.floor((to - 1 - at) / size));
        const c = alert.classIndex;
        const g = alert.keyIndex;
        total++;
        bucketCounts[i * CLASS_COUNT + c]++;
        byClass[c]++;
        groupCounts[g * CLASS_COUNT + c]++;
        groupTotal[g]++;
        const m = alert.mailboxIndex;
        if (m >= 0) {
            if (mailboxSeen[m] === 0) {
                mailboxSeen[m] = 1;
                mailboxes++;
            }
            const pair = g * M + m;
            let fresh: boolean;
            if (pairBytes !== null) {
                fresh = pairBytes[pair] === 0;
                pairBytes[pair] = 1;
            } else {
                fresh = !pairSet!.has(pair);
                if (fresh) pairSet!.add(pair);
            }
            if (fresh) {
                groupMailboxes[g]++;
                groupIds[g].push(m);
            }
        }
        if (at < groupFirst[g]) groupFirst[g] = at;
        if (at > groupLast[g]) {
            groupLast[g] = at;
            groupNewest[g] = alert;
        }
        if (i === n - 1) groupStill[g] = 1;
    }
    const share = typeof fleetSize === 'number' && Number.isFinite(fleetSize) && fleetSize > 0 ? fleetSize : null;
    const out: AlertGroup[] = [];
    for (let g = 0; g < G; g++) {
        const newest = groupNewest[g];
        if (groupTotal[g] === 0 || newest === undefined) continue;
        const m = newest.match;
        out.push({
            key: matched.keys[g],
            code: m.code,
            errorType: m.errorType ?? null,
            class: m.class,
            workload: m.workload,
            action: m.action,
            count: groupTotal[g],
            byClass: countsOf(groupCounts, g * CLASS_COUNT),
            mailboxes: groupMailboxes[g],
            mailboxIds: groupIds[g].map((i) => matched.mailboxIds[i]),
            firstSeen: groupFirst[g],
            lastSeen: groupLast[g],
            stillHappening: groupStill[g] === 1,
            fleetShare: share === null ? null : Math.min(1, groupMailboxes[g] / share),
            sampleText: m.text,
        });
    }
    out.sort((a, b) => b.count - a.count || b.lastSeen - a.lastSeen || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const buckets: AlertBucket[] = starts.map((start, i) => {
        const counts = countsOf(bucketCounts, i * CLASS_COUNT);
        return { start, end: i + 1 < n ? starts[i + 1] : to, total: counts.permanent + counts.config + counts.transient + counts.item + counts.unknown, byClass: counts };
    });
    const ids: string[] = [];
    for (let m = 0; m < M; m++) if (mailboxSeen[m] === 1) ids.push(matched.mailboxIds[m]);
    return { window, buckets, groups: out, total, byClass: countsOf(byClass, 0), mailboxes, mailboxIds: ids, outside, fleetSize: share };
}

/** The classes that occurred in the window among `classes` (the CLI's --fail-on). */
export function classesPresent(summary: AlertSummary, classes: readonly ErrorClass[]): ErrorClass[] {
    return classes.filter((c) => summary.byClass[c] > 0);
}
