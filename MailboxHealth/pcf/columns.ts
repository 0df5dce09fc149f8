import { REQUIRED_COLUMNS, RULE_COLUMNS } from '../core';
import { HEALTH_STATES } from '../core/types';
import type { HealthState, MailboxColumn } from '../core/types';
import { DERIVED_COLUMNS } from '../manifest';
import { datasetColumnNames } from './mapDataset';
import type { DatasetRequests } from './requests';

type DataSet = ComponentFramework.PropertyTypes.DataSet;

/** Columns of the row that no view column carries (record id, lookup names): never "missing", never added. */
const DERIVED: ReadonlySet<string> = new Set(DERIVED_COLUMNS);

/** The columns the core reads that the dataset does not carry (lookup names count as carried with their lookup). */
export function missingColumns(dataset: Pick<DataSet, 'columns'>): MailboxColumn[] {
    const present = datasetColumnNames(dataset);
    return REQUIRED_COLUMNS.filter((c) => !DERIVED.has(c) && !present.has(c));
}

/** Health states whose rule reads one of `missing` (core RULE_COLUMNS), in rule order: they cannot be judged. */
export function statesNeeding(missing: readonly string[]): HealthState[] {
    if (missing.length === 0) return [];
    const set = new Set(missing);
    return HEALTH_STATES.filter((s) => RULE_COLUMNS[s].some((c) => set.has(c)));
}

export type ColumnStatus =
    | { readonly kind: 'complete' }
    /** addColumn was called and the one refresh that brings the columns is on its way (or waiting to go out). */
    | { readonly kind: 'adding'; readonly columns: readonly MailboxColumn[] }
    /** The host cannot add them, or the refresh came back without them: the view says what cannot be judged. */
    | { readonly kind: 'missing'; readonly columns: readonly MailboxColumn[]; readonly states: readonly HealthState[] };

/**
 * Makes sure the dataset carries every column the rules read. Most mailbox views lack them (docs/evidence.md
 * §2.7 T9), so where the host offers dataset.addColumn they are added and the dataset refreshed, once per control
 * instance, through the one request queue. The wait is bounded: when that refresh is answered (or goes unanswered,
 * see UNANSWERED_AFTER_MS) the control renders with what is there plus the missing-columns message. A host that
 * accepts addColumn but delivers nothing (field security, Microsoft's test harness) never causes a second refresh.
 */
export class ColumnGuard {
    /** 'idle' → 'requested' (addColumn done, refresh not sent yet) → 'refreshing' → 'done'. */
    private step: 'idle' | 'requested' | 'refreshing' | 'done' = 'idle';

    public check(dataset: DataSet, requests: DatasetRequests, now: number): ColumnStatus {
        const missing = missingColumns(dataset);
        if (this.step === 'refreshing' && requests.pending !== 'refresh') this.step = 'done';
        if (missing.length === 0) {
            if (this.step !== 'idle') this.step = 'done';
            return { kind: 'complete' };
        }
        if (this.step === 'idle') {
            this.step = 'done';
            if (typeof dataset.addColumn === 'function') {
                let added = 0;
                for (const column of missing) {
                    try {
                        dataset.addColumn(column);
                        added++;
                    } catch {
                        // a column this host refuses stays missing and is reported once the refresh is back
                    }
                }
                if (added > 0) this.step = 'requested';
            }
        }
        if (this.step === 'requested' && requests.issue('refresh', dataset, now, () => dataset.refresh())) this.step = 'refreshing';
        if (this.step === 'requested' || this.step === 'refreshing') return { kind: 'adding', columns: missing };
        return { kind: 'missing', columns: missing, states: statesNeeding(missing) };
    }

    /** True while the column refresh has still to go out: the pager must not take the queue first. */
    public get waiting(): boolean {
        return this.step === 'requested';
    }
}
