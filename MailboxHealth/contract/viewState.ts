import { FLAGS, HEALTH_STATES } from '../core/types';
import type { Flag, HealthState } from '../core/types';

/**
 * The list's health filter: everything, everything that needs attention, the verdicts that are not settled (columns
 * missing), or one settled state.
 */
export type StateFilter = 'all' | 'attention' | 'uncertain' | HealthState;
/** The secondary filter: one flag, or none. */
export type FlagFilter = Flag | null;
export const SORT_KEYS = ['name', 'health', 'workloads', 'next', 'lastSuccess', 'errors', 'lastError'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export interface ListSort {
    readonly key: SortKey;
    readonly descending: boolean;
}

/** What the session remembers (context.mode.setControlState), so a user coming back finds the list as they left it. */
export interface ViewState {
    readonly filter: StateFilter;
    readonly flag: FlagFilter;
    /** null: the view's own order (dataset sorting). */
    readonly sort: ListSort | null;
    readonly search: string;
}

const VERSION = 1;

export function isStateFilter(value: unknown): value is StateFilter {
    return value === 'all' || value === 'attention' || value === 'uncertain' || (typeof value === 'string' && (HEALTH_STATES as readonly string[]).includes(value));
}

function isFlagFilter(value: unknown): value is FlagFilter {
    return value === null || (typeof value === 'string' && (FLAGS as readonly string[]).includes(value));
}

/** Restores a saved state; anything missing or not understood falls back (the default filter comes from the property). */
export function parseViewState(saved: unknown, defaultFilter: StateFilter): ViewState {
    const fallback: ViewState = { filter: defaultFilter, flag: null, sort: null, search: '' };
    if (typeof saved !== 'object' || saved === null) return fallback;
    const o = saved as Record<string, unknown>;
    if (o.v !== VERSION) return fallback;
    const sortRaw = o.sort as { key?: unknown; descending?: unknown } | null | undefined;
    const sort: ListSort | null =
        sortRaw && typeof sortRaw === 'object' && (SORT_KEYS as readonly unknown[]).includes(sortRaw.key) ? { key: sortRaw.key as SortKey, descending: sortRaw.descending === true } : null;
    return {
        filter: isStateFilter(o.filter) ? o.filter : defaultFilter,
        flag: isFlagFilter(o.flag) ? o.flag : null,
        sort,
        search: typeof o.search === 'string' ? o.search.slice(0, 200) : '',
    };
}

/** The dictionary handed to setControlState. */
export function serializeViewState(state: ViewState): Record<string, unknown> {
    return { v: VERSION, filter: state.filter, flag: state.flag, sort: state.sort ? { key: state.sort.key, descending: state.sort.descending } : null, search: state.search };
}
