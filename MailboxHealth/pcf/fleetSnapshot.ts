import { assessFleet, summarizeFleet } from '../core';
import type { AssessOptions, MailboxAssessment, MailboxColumn, MailboxRow } from '../core/types';
import type { FleetSnapshot } from '../contract/model';
import { mappingPlan, mapRecord } from './mapDataset';

type DataSet = ComponentFramework.PropertyTypes.DataSet;
type EntityRecord = ComponentFramework.PropertyHelper.DataSetApi.EntityRecord;

/** updatedProperties entries that mean "the records may have changed" (hosts differ: the dataset's name, or "dataset"). */
const DATA_CHANGES: readonly string[] = ['mailboxes', 'dataset', 'records'];

/**
 * How old the assessment instant may be when further records arrive: beyond it the whole fleet is assessed again at
 * the current time. Paging a large fleet takes seconds, well within it; a sync cycle takes minutes.
 */
export const REASSESS_AFTER_MS = 2 * 60_000;

/** One record as last mapped and assessed. */
interface Entry {
    /** The host's record object: a new object for the same id means new values (a refresh). */
    readonly record: EntityRecord;
    readonly row: MailboxRow;
    readonly assessment: MailboxAssessment;
}

/**
 * Maps and assesses the dataset incrementally, so that paging through a large fleet costs each update only the new
 * page, and re-renders that change nothing in the data (resize, selection, a panel opening) cost nothing:
 *
 * - Each record's row and assessment are kept by record id together with the host's record object; a record is
 *   mapped and assessed again only when the host hands over a different object for it (a refresh). loadNextPage
 *   appends new records and keeps the loaded ones (model-driven apps), so a new page costs only its own records.
 * - Everything is assessed at one instant, `assessedAt`, set when the load starts: records of later pages are
 *   judged at the same instant as the first ones, so a fleet never mixes verdicts from different moments. Records
 *   arriving more than REASSESS_AFTER_MS later make the whole fleet be assessed again at the current time.
 * - A different column set or different options, fewer records than before (the host started over: a refresh, a
 *   new sort or filter of the view) or no record left to reuse start a fresh assessment at the current time, as
 *   does invalidate() (the Refresh button).
 * - Unchanged records and ids (the same objects), with the host not naming the dataset as changed, return the
 *   previous snapshot itself, so React's memoization downstream holds.
 */
export class FleetCache {
    /** The entries of the current snapshot, in its order (snapshot.ids[i] ↔ entries[i]). */
    private entries: Entry[] = [];
    private key = '';
    private plan: MailboxColumn[] = [];
    private assessedAt = 0;
    private records: unknown = null;
    private sortedIds: unknown = null;
    private snapshot: FleetSnapshot | null = null;

    public get(dataset: DataSet, options: AssessOptions, now: number, updatedProperties: readonly string[] = []): FleetSnapshot {
        const ids: readonly string[] = dataset.sortedRecordIds ?? [];
        const records: Readonly<Record<string, EntityRecord>> = dataset.records ?? {};
        const key = `${(dataset.columns ?? []).map((c) => c?.name).join(',')}|${JSON.stringify(options)}`;
        const previous = this.snapshot;
        if (previous !== null && key === this.key && records === this.records && ids === this.sortedIds && !updatedProperties.some((p) => DATA_CHANGES.includes(p))) {
            return previous;
        }
        this.records = records;
        this.sortedIds = ids;

        // Start over when the columns or options differ, or when the host started the load over (fewer records).
        const fresh = previous === null || key !== this.key || ids.length < previous.ids.length;
        const known = fresh ? [] : this.entries;
        const knownIds = fresh || previous === null ? [] : previous.ids;
        if (fresh) {
            this.key = key;
            this.plan = mappingPlan(dataset);
            this.assessedAt = now;
        }

        // Reuse what is known (same id, same record object); collect the records to map and assess. Positions are
        // tried first (a page appended after the loaded ones), then ids (the view reordered).
        let byId: Map<string, Entry> | null = null;
        const outIds: string[] = [];
        const entries: (Entry | null)[] = [];
        const pending: number[] = [];
        for (let i = 0; i < ids.length; i++) {
            const id = ids[i];
            const record = records[id];
            if (!record) continue;
            let entry: Entry | undefined = knownIds[i] === id ? known[i] : undefined;
            if (entry === undefined && known.length > 0 && (i < knownIds.length || byId !== null)) {
                byId ??= new Map(known.map((e, k) => [knownIds[k], e]));
                entry = byId.get(id);
            }
            outIds.push(id);
            if (entry !== undefined && entry.record === record) {
                entries.push(entry);
            } else {
                pending.push(entries.length);
                entries.push(null);
            }
        }
        const reusedCount = outIds.length - pending.length;
        // Every record new (the host reloaded the same view): a fresh assessment at the current time.
        if (!fresh && reusedCount === 0 && outIds.length > 0) this.assessedAt = now;
        let reassess: number[] = [];
        if (pending.length > 0 && reusedCount > 0 && now - this.assessedAt > REASSESS_AFTER_MS) {
            // New records long after the load started (Cancel, then "Load the rest"): judge the whole fleet again at
            // the current time rather than new records at an old instant. Known rows are kept: mapping costs most.
            this.assessedAt = now;
            reassess = entries.map((_, i) => i).filter((i) => entries[i] !== null);
        }

        if (pending.length > 0 || reassess.length > 0) {
            const rowsToAssess: MailboxRow[] = [];
            const at: number[] = [];
            for (const i of pending) {
                rowsToAssess.push(mapRecord(records[outIds[i]], this.plan));
                at.push(i);
            }
            for (const i of reassess) {
                rowsToAssess.push((entries[i] as Entry).row);
                at.push(i);
            }
            const assessed = assessFleet(rowsToAssess, this.assessedAt, options);
            for (let k = 0; k < at.length; k++) entries[at[k]] = { record: records[outIds[at[k]]], row: rowsToAssess[k], assessment: assessed[k] };
        }

        const done = entries as Entry[];
        if (previous !== null && !fresh && pending.length === 0 && reassess.length === 0 && sameIds(previous.ids, outIds)) {
            this.entries = done;
            return previous;
        }
        const rows: MailboxRow[] = new Array(done.length);
        const assessments: MailboxAssessment[] = new Array(done.length);
        for (let i = 0; i < done.length; i++) {
            rows[i] = done[i].row;
            assessments[i] = done[i].assessment;
        }
        this.entries = done;
        this.snapshot = { ids: outIds, rows, assessments, summary: summarizeFleet(assessments), assessedAt: this.assessedAt };
        return this.snapshot;
    }

    /** Forget everything (the user asked to refresh: assess again with the current time). */
    public invalidate(): void {
        this.snapshot = null;
        this.entries = [];
    }
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
    return true;
}
