import { assessFleet, summarizeFleet } from '../core';
import type { AssessOptions } from '../core/types';
import type { FleetSnapshot } from '../view/model';
import { mapDataset } from './mapDataset';

type DataSet = ComponentFramework.PropertyTypes.DataSet;

/** updatedProperties entries that mean "the records changed" (hosts differ: the dataset's name, or "dataset"). */
const DATA_CHANGES: readonly string[] = ['mailboxes', 'dataset', 'records'];

/**
 * Maps and assesses the dataset only when it changed, so re-renders (resize, selection, a panel opening) reuse the
 * previous snapshot and React's memoization downstream holds. A change is a new records object or id array (what
 * hosts hand over after a load), a different count or column set, the host naming the dataset in
 * updatedProperties, or different options.
 */
export class FleetCache {
    private records: unknown = null;
    private sortedIds: unknown = null;
    private signature = '';
    private snapshot: FleetSnapshot | null = null;

    public get(dataset: DataSet, options: AssessOptions, now: number, updatedProperties: readonly string[] = []): FleetSnapshot {
        const ids = dataset.sortedRecordIds ?? [];
        const signature = `${ids.length}|${ids[0] ?? ''}|${ids[ids.length - 1] ?? ''}|${(dataset.columns ?? []).map((c) => c.name).join(',')}|${JSON.stringify(options)}`;
        const changed =
            this.snapshot === null ||
            dataset.records !== this.records ||
            ids !== this.sortedIds ||
            signature !== this.signature ||
            updatedProperties.some((p) => DATA_CHANGES.includes(p));
        if (changed || this.snapshot === null) {
            const mapped = mapDataset(dataset);
            const assessments = assessFleet(mapped.rows, now, options);
            this.snapshot = { ids: mapped.ids, rows: mapped.rows, assessments, summary: summarizeFleet(assessments), assessedAt: now };
            this.records = dataset.records;
            this.sortedIds = ids;
            this.signature = signature;
        }
        return this.snapshot;
    }

    /** Forget the snapshot (the user asked to refresh: assess again with the current time). */
    public invalidate(): void {
        this.snapshot = null;
    }
}
