import type { LoadProgress } from '../contract/model';
import type { DatasetRequests } from './requests';

type DataSet = ComponentFramework.PropertyTypes.DataSet;

/**
 * Page size for loading the whole fleet. 5,000 is the most Dataverse returns in one page of a retrieve, so a fleet
 * of 10,000 mailboxes takes two round trips; smaller pages would multiply requests, larger ones are capped by the
 * server anyway. A host that ignores setPageSize still works: we simply page through its smaller pages.
 */
export const FLEET_PAGE_SIZE = 5000;

/**
 * Dataverse counts "the total number of records up to 5,000"
 * (https://learn.microsoft.com/power-apps/developer/data-platform/org-service/queryexpression/count-rows): a total
 * of 5,000 while more pages follow is a lower bound ("5,000+"), never "5,000 of 5,000".
 */
export const TOTAL_COUNT_CAP = 5000;

/**
 * Pages through the dataset until hasNextPage is false, one request at a time through the shared queue.
 *
 * - setPageSize "sets the number of results to return per page on the next data refresh"
 *   (https://learn.microsoft.com/power-apps/developer/component-framework/reference/paging/setpagesize): when no
 *   refresh comes anyway (the column guard's), one paging.reset() applies it before the first loadNextPage, so a view
 *   of 50 rows a page is not read in 200 round trips.
 * - loadNextPage() appends the next page and keeps the view's sorting in model-driven apps. Canvas apps and custom
 *   pages replace the records instead: seen once, paging stops with what is there (marked partial), rather than
 *   waiting for a count that never grows.
 * - A request the host leaves unanswered (see UNANSWERED_AFTER_MS) stops paging too: partial, with "Load the rest".
 */
export class FleetPager {
    private cancelled = false;
    /** setPageSize was called and its reload (refresh or reset) has not happened yet. */
    private sizePending = false;
    private resetSent = false;
    /** The host replaced the records instead of appending them (canvas-style paging). */
    private replaces = false;
    /** The host left a loadNextPage unanswered. */
    private stalled = false;

    /** Asks for large pages; call from init, before the first load. */
    public start(dataset: DataSet): void {
        try {
            if (dataset.paging && dataset.paging.pageSize !== FLEET_PAGE_SIZE) {
                dataset.paging.setPageSize(FLEET_PAGE_SIZE);
                this.sizePending = true;
            }
        } catch {
            // a host without page-size control still pages (see FLEET_PAGE_SIZE)
        }
    }

    /**
     * Call on every updateView after `requests.settle`: sends the next call when due and reports progress. `hold`:
     * another part of the control needs the queue first (the column guard's refresh).
     */
    public update(dataset: DataSet, requests: DatasetRequests, now: number, hold = false): LoadProgress {
        const paging = dataset.paging;
        const ids = dataset.sortedRecordIds ?? [];
        const loaded = ids.length;
        const more = Boolean(paging?.hasNextPage);
        this.observe(dataset, requests);
        const progress = (phase: LoadProgress['phase']): LoadProgress => this.progress(paging, loaded, more, phase);

        if (dataset.loading || requests.pending !== null) return progress(more || dataset.loading ? 'loading' : 'complete');
        if (!more) return progress('complete');
        if (this.cancelled || this.replaces || this.stalled || dataset.error) return progress('partial');
        if (hold) return progress('loading');
        if (this.sizePending && !this.resetSent && paging.pageSize !== FLEET_PAGE_SIZE) {
            this.resetSent = true;
            if (requests.issue('reset', dataset, now, () => paging.reset())) return progress('loading');
        }
        this.sizePending = false;
        if (requests.issue('loadNextPage', dataset, now, () => paging.loadNextPage())) return progress('loading');
        return progress('partial');
    }

    /** Stops after the page in flight; what is loaded stays shown (marked partial). */
    public cancel(): void {
        this.cancelled = true;
    }

    /**
     * Loads the rest after a cancel or a stall: the next updateView sends the request. Canvas-style paging cannot be
     * resumed: each page would replace the last.
     */
    public resume(): void {
        this.cancelled = false;
        this.stalled = false;
    }

    /** What the request that just finished says about this host. */
    private observe(dataset: DataSet, requests: DatasetRequests): void {
        const done = requests.justFinished;
        if (!done) return;
        if (done.request === 'refresh' || done.request === 'reset') this.sizePending = false;
        if (done.request !== 'loadNextPage') return;
        if (!done.answered) {
            this.stalled = true;
            return;
        }
        const ids = dataset.sortedRecordIds ?? [];
        const firstId = ids.length > 0 ? ids[0] : null;
        // Appending keeps the first record and grows the list; a new first record with no more records than before
        // is the next page alone.
        if (done.before.loaded > 0 && firstId !== done.before.firstId && ids.length <= done.before.loaded) this.replaces = true;
    }

    private progress(paging: DataSet['paging'] | undefined, loaded: number, more: boolean, phase: LoadProgress['phase']): LoadProgress {
        const reported = paging && typeof paging.totalResultCount === 'number' && paging.totalResultCount >= 0 ? paging.totalResultCount : null;
        if (reported === null) return { loaded, total: null, phase };
        const atLeast = more && reported >= TOTAL_COUNT_CAP;
        const total = Math.max(reported, loaded);
        return atLeast ? { loaded, total, totalAtLeast: true, phase } : { loaded, total, phase };
    }
}
