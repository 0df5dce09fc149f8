import { REQUIRED_COLUMNS, RULE_COLUMNS } from '../core';
import { HEALTH_STATES } from '../core/types';
import type { HealthState, MailboxColumn } from '../core/types';
import { DERIVED_COLUMNS } from '../manifest';
import { datasetColumnNames } from './mapDataset';

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
    /** addColumn was called and the dataset is reloading with them. */
    | { readonly kind: 'adding'; readonly columns: readonly MailboxColumn[] }
    /** The host cannot add them (or did not): the view says what cannot be judged. */
    | { readonly kind: 'missing'; readonly columns: readonly MailboxColumn[]; readonly states: readonly HealthState[] };

/**
 * Makes sure the dataset carries every column the rules read. Most mailbox views lack them (mailbox-reference.md
 * §2.7 T9), so where the host offers dataset.addColumn they are added and the dataset refreshed, once per control
 * instance: a host that accepts addColumn but does not deliver the column must not cause a refresh loop.
 */
export class ColumnGuard {
    private requested = false;

    public check(dataset: DataSet): ColumnStatus {
        const missing = missingColumns(dataset);
        if (missing.length === 0) return { kind: 'complete' };
        if (!this.requested && typeof dataset.addColumn === 'function') {
            this.requested = true;
            let added = 0;
            for (const column of missing) {
                try {
                    dataset.addColumn(column);
                    added++;
                } catch {
                    // a column this host refuses stays missing and is reported below after the refresh
                }
            }
            if (added > 0) {
                dataset.refresh();
                return { kind: 'adding', columns: missing };
            }
        }
        if (this.requested && dataset.loading) return { kind: 'adding', columns: missing };
        return { kind: 'missing', columns: missing, states: statesNeeding(missing) };
    }
}
