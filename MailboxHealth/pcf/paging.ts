import type { LoadProgress } from '../contract/model';

type DataSet = ComponentFramework.PropertyTypes.DataSet;

/**
 * Page size for loading the whole fleet. 5,000 is the most Dataverse returns in one page of a retrieve, so a fleet
 * of 10,000 mailboxes takes two round trips; smaller pages would multiply requests, larger ones are capped by the
 * server anyway. A host that ignores setPageSize still works: we simply page through its smaller pages.
 */
export const FLEET_PAGE_SIZE = 5000;

/**
 * Pages through the dataset until hasNextPage is false. loadNextPage() without arguments appends the next page to
 * the records already loaded and keeps the dataset's sorting (the view's order), so the list stays in the view's
 * order while the rest arrives. One request at a time: the next one goes out only once the previous page arrived.
 */
export class FleetPager {
    private cancelled = false;
    /** Record count when the last loadNextPage went out; -1 = none outstanding. */
    private requestedAt = -1;
    private lastLoaded = 0;

    /** Asks for large pages; call from init, before the first load. */
    public start(dataset: DataSet): void {
        try {
            if (dataset.paging && dataset.paging.pageSize !== FLEET_PAGE_SIZE) dataset.paging.setPageSize(FLEET_PAGE_SIZE);
        } catch {
            // a host without page-size control still pages (see FLEET_PAGE_SIZE)
        }
    }

    /** Call on every updateView: requests the next page when due and reports progress. */
    public update(dataset: DataSet): LoadProgress {
        const paging = dataset.paging;
        const loaded = dataset.sortedRecordIds?.length ?? 0;
        const total = paging && typeof paging.totalResultCount === 'number' && paging.totalResultCount >= 0 ? paging.totalResultCount : null;
        if (loaded < this.lastLoaded) this.requestedAt = -1; // the dataset started over (refresh, another view)
        this.lastLoaded = loaded;
        const more = Boolean(paging?.hasNextPage);
        if (dataset.loading) return { loaded, total, phase: 'loading' };
        if (!more) {
            this.requestedAt = -1;
            return { loaded, total, phase: 'complete' };
        }
        if (this.cancelled || dataset.error) return { loaded, total, phase: 'partial' };
        if (this.requestedAt === -1 || loaded > this.requestedAt) {
            this.requestedAt = loaded;
            paging.loadNextPage();
            return { loaded, total, phase: 'loading' };
        }
        // The page asked for has not arrived yet (the host may not have flagged `loading` so far): keep waiting, never
        // ask twice. A host that never delivers leaves "Loading…" with Cancel, which turns it into a partial list.
        return { loaded, total, phase: 'loading' };
    }

    /** Stops after the page in flight; what is loaded stays shown (marked partial). */
    public cancel(): void {
        this.cancelled = true;
    }

    /** Loads the rest after a cancel or a stall. The caller re-renders (updateView) to continue. */
    public resume(dataset: DataSet): void {
        this.cancelled = false;
        this.requestedAt = -1;
        const paging = dataset.paging;
        if (!dataset.loading && paging?.hasNextPage) {
            this.requestedAt = dataset.sortedRecordIds?.length ?? 0;
            paging.loadNextPage();
        }
    }
}
