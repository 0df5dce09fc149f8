import { HEALTH_STATES } from '../core/types';
import type { ErrorMatch, MailboxAssessment, MailboxRow, Workload } from '../core/types';
import { fleetTotals, needsAttention as assessmentNeedsAttention, SEVERITY_RANK, shownError, workloadIndicators, worstWorkloadRank } from '../core';
import type { FleetTotals, WorkloadIndicator } from '../core';
import { sinceRank, whyOf } from '../core/why';
import type { Why } from '../core/why';
import type { FlagFilter, ListSort, StateFilter } from '../contract/viewState';

/**
 * The fleet list's rows and the pure functions that filter and sort them. Everything the comparisons need is
 * computed once per dataset change (buildItems), so filtering and sorting 10,000 rows stay well under 50 ms.
 */
export interface FleetItem {
    /** The host's record id (selection, open). */
    readonly key: string;
    readonly row: MailboxRow;
    readonly assessment: MailboxAssessment;
    readonly uncertain: boolean;
    /** The error shown in the list: the current last sync error, else the newest one. */
    readonly lastError: ErrorMatch | null;
    /** Lower-cased name, email, server profile and error text, for the search box. */
    readonly searchText: string;
    /** Lower-cased name (else email) for sorting. */
    readonly sortName: string;
    /** Severity rank, then rule order: worst first ascending. */
    readonly healthRank: number;
    /** The leading reason (core/why.ts): the list's Why column. */
    readonly why: Why;
    /** Severity rank, rule order, then longest in that state: the default "worst first" order, ascending. */
    readonly worstFirstRank: number;
    /** Each workload's indicator, decided by the core so that the icons agree with the verdict. */
    readonly workloads: { readonly [W in Workload]: WorkloadIndicator };
    /** The worst workload indicator's severity rank; unknown or not configured last. */
    readonly workloadRank: number;
    readonly errorRank: number;
}

const RULE_ORDER: Readonly<Record<string, number>> = Object.fromEntries(HEALTH_STATES.map((s, i) => [s, i]));
const ERROR_CLASS_RANK: Readonly<Record<string, number>> = { permanent: 0, config: 1, transient: 2, item: 3, unknown: 4 };

function text(v: unknown): string {
    return typeof v === 'string' ? v : '';
}

export function buildItem(key: string, row: MailboxRow, a: MailboxAssessment): FleetItem {
    const lastError = shownError(a);
    const workloads = workloadIndicators(a);
    const why = whyOf(a, workloads);
    const name = a.name ?? text(row.name);
    const email = a.emailAddress ?? text(row.emailaddress);
    const errorText = a.errors.map((e) => `${e.text} ${e.errorType ?? ''} ${e.exchangeError ?? ''} ${e.hresultHex ?? ''}`).join(' ');
    return {
        key,
        row,
        assessment: a,
        uncertain: a.undetermined.length > 0,
        lastError,
        searchText: `${name}\u0001${email}\u0001${a.profileName ?? ''}\u0001${text(row.lastsyncerror)}\u0001${errorText}`.toLowerCase(),
        sortName: (name || email).toLowerCase(),
        healthRank: SEVERITY_RANK[a.severity] * 100 + (RULE_ORDER[a.health] ?? 99),
        why,
        // Minutes since the state began fit in 2^33; rank × 2^34 keeps the sum an exact integer (< 2^53).
        worstFirstRank: (SEVERITY_RANK[a.severity] * 100 + (RULE_ORDER[a.health] ?? 99)) * 2 ** 34 + Math.min(sinceRank(why), 2 ** 34 - 1),
        workloads,
        workloadRank: worstWorkloadRank(workloads) ?? 99,
        errorRank: lastError ? (ERROR_CLASS_RANK[lastError.class] ?? 5) : 99,
    };
}

/**
 * The list's items. `previous` (the items of the last snapshot) lets unchanged rows keep their item: an item is
 * reused when its key, row and assessment are the same objects, so a new page of a large fleet builds only its own
 * items (the PCF layer keeps rows and assessments of loaded records). Positions are tried first (paging appends),
 * then keys (a reordered view).
 */
export function buildItems(ids: readonly string[], rows: readonly MailboxRow[], assessments: readonly MailboxAssessment[], previous: readonly FleetItem[] = []): FleetItem[] {
    const items: FleetItem[] = new Array(assessments.length);
    let byKey: Map<string, FleetItem> | null = null;
    for (let i = 0; i < assessments.length; i++) {
        let old: FleetItem | undefined = previous[i];
        if (old !== undefined && old.key !== ids[i] && previous.length > 0) {
            byKey ??= new Map(previous.map((p) => [p.key, p]));
            old = byKey.get(ids[i]);
        }
        items[i] = old !== undefined && old.key === ids[i] && old.row === rows[i] && old.assessment === assessments[i] ? old : buildItem(ids[i], rows[i], assessments[i]);
    }
    return items;
}

/** Needs attention: critical, error or warning, or a verdict that is not settled. */
export function needsAttention(item: FleetItem): boolean {
    return assessmentNeedsAttention(item.assessment);
}

/**
 * A state chip stands for settled verdicts only: a mailbox whose verdict is not settled is listed under "Not
 * settled", never under a state it may not be in ("never a wrong healthy for lack of a column").
 */
export function matchesState(item: FleetItem, filter: StateFilter): boolean {
    if (filter === 'all') return true;
    if (filter === 'attention') return needsAttention(item);
    if (filter === 'uncertain') return item.uncertain;
    return !item.uncertain && item.assessment.health === filter;
}

export function matchesFlag(item: FleetItem, flag: FlagFilter): boolean {
    return flag === null || item.assessment.flags.includes(flag);
}

/** Counts for the chips, the doughnut and the totals: the core's fleet totals (settled, open, not settled). */
export type StateCounts = FleetTotals;

/** The core's totals of the listed mailboxes, so the header and the command-line tool count alike. */
export function countStates(items: readonly FleetItem[]): StateCounts {
    return fleetTotals(
        items.map((i) => i.assessment),
        items.map((i) => i.row),
    );
}

export interface ListQuery {
    readonly filter: StateFilter;
    readonly flag: FlagFilter;
    readonly search: string;
    /** Only these mailboxes (normalized ids): the mailboxes an alert hit ("Recent alerts"); null or absent for all. */
    readonly mailboxIds?: ReadonlySet<string> | null;
}

/** Whether the item is one of the mailboxes an alert filter names (ids compared lower case, without braces). */
export function matchesMailboxes(item: FleetItem, ids: ReadonlySet<string> | null | undefined): boolean {
    if (!ids) return true;
    const id = item.assessment.mailboxId ?? (typeof item.row.mailboxid === 'string' ? item.row.mailboxid : null);
    return id !== null && ids.has(id.trim().replace(/^\{|\}$/g, '').toLowerCase());
}

/** The rows that pass the state chip, the flag chip, the alert filter and every word of the search box (AND). */
export function filterItems(items: readonly FleetItem[], query: ListQuery): FleetItem[] {
    const words = query.search.toLowerCase().split(/\s+/).filter((w) => w !== '');
    const out: FleetItem[] = [];
    for (const item of items) {
        if (!matchesState(item, query.filter) || !matchesFlag(item, query.flag) || !matchesMailboxes(item, query.mailboxIds)) continue;
        let ok = true;
        for (const w of words) {
            if (!item.searchText.includes(w)) {
                ok = false;
                break;
            }
        }
        if (ok) out.push(item);
    }
    return out;
}

/** The list's default order: worst first (severity, rule order, longest in that state), whatever the view's order. */
export const WORST_FIRST: ListSort = Object.freeze({ key: 'health', descending: false });

type KeyOf = (item: FleetItem) => number | string | null;

function nullableTime(v: number | null): number | null {
    return v === null || !Number.isFinite(v) ? null : v;
}

const SORT_VALUE: Readonly<Record<ListSort['key'], KeyOf>> = {
    name: (i) => i.sortName,
    // Worst first: severity, rule order, then longest in that state (the default order).
    health: (i) => i.worstFirstRank,
    workloads: (i) => i.workloadRank,
    // Syncing now first, then by next processing; not scheduled last.
    next: (i) => (i.assessment.syncingNow ? -Infinity : nullableTime(i.assessment.nextProcessingAt)),
    lastSuccess: (i) => nullableTime(i.assessment.lastSuccessAt),
    errors: (i) => i.assessment.consecutiveErrors,
    lastError: (i) => i.errorRank,
};

/**
 * Sorted copy; null values always last, ties keep the incoming order (the view's sort), so the host's order is the
 * tie-breaker. `sort` null keeps the incoming order.
 */
export function sortItems(items: readonly FleetItem[], sort: ListSort | null): FleetItem[] {
    if (sort === null) return items.slice();
    const value = SORT_VALUE[sort.key];
    const dir = sort.descending ? -1 : 1;
    // Positions sorted by values read once: no object per item (a sort at 10,000 is a click's budget).
    const n = items.length;
    const values: (number | string | null)[] = new Array(n);
    for (let i = 0; i < n; i++) values[i] = value(items[i]);
    const order = new Uint32Array(n);
    for (let i = 0; i < n; i++) order[i] = i;
    order.sort((x, y) => {
        const a = values[x];
        const b = values[y];
        if (a === null || b === null) {
            if (a === b) return x - y;
            return a === null ? 1 : -1;
        }
        if (a < b) return -dir;
        if (a > b) return dir;
        return x - y;
    });
    const out: FleetItem[] = new Array(n);
    for (let i = 0; i < n; i++) out[i] = items[order[i]];
    return out;
}
