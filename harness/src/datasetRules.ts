/**
 * How a PCF host's dataset behaves, as the documentation describes it, in ONE place: the harness's host dataset
 * (harness/src/hostDataset.ts) and the unit tests' mock dataset (test/mocks/pcf.ts) both follow these rules, so a
 * control that passes one cannot rely on a behaviour the other lacks.
 *
 * - Page size: `setPageSize` "sets the number of results to return per page on the next data refresh"
 *   (https://learn.microsoft.com/power-apps/developer/component-framework/reference/paging/setpagesize): it applies
 *   at the next refresh() or paging.reset(), never to pages already loaded or to the next loadNextPage.
 * - One request at a time: "loadNextPage does not support parallel execution"
 *   (https://learn.microsoft.com/power-apps/developer/component-framework/reference/paging/loadnextpage); a refresh,
 *   reset or page request while another is in flight is a violation the host reports.
 * - Dataverse counts "the total number of records up to 5,000"
 *   (https://learn.microsoft.com/power-apps/developer/data-platform/org-service/queryexpression/count-rows):
 *   totalResultCount stays at 5,000 however many more there are. A page holds at most 5,000 records too.
 * - Model-driven apps append the next page to the records loaded; canvas apps and custom pages replace them (seen
 *   in those hosts; the loadNextPage reference does not say which).
 * - getValue of a column the dataset does not carry gives null: only `columns` tells an absent column from an
 *   empty one.
 * - A host may accept addColumn and deliver nothing (field security, a host that ignores it): `ignores`.
 * - allocatedWidth/allocatedHeight are -1 until the control calls trackContainerResize(true), and -1 for a
 *   dimension the host does not limit (a form section's height).
 */

/** Dataverse returns at most 5,000 records per page. */
export const MAX_PAGE_SIZE = 5000;

/** The most records Dataverse counts for a view's total. */
export const TOTAL_COUNT_CAP = 5000;

/** getValue of a column the dataset does not carry. */
export const ABSENT_COLUMN_VALUE = null;

/** allocatedWidth / allocatedHeight when the host does not give (or limit) a size. */
export const UNKNOWN_SIZE = -1;

/** How loadNextPage treats the records already loaded. */
export type PagingStyle = 'accumulate' | 'replace';

/** What addColumn does: the column arrives with the next refresh, or never. */
export type AddColumnBehaviour = 'adds' | 'ignores';

export type DatasetOperation = 'refresh' | 'paging.reset' | 'paging.loadNextPage' | 'paging.loadPreviousPage' | 'paging.loadExactPage';

/** The total the host reports for a query of `actual` records. */
export function reportedTotal(actual: number): number {
    return Math.min(actual, TOTAL_COUNT_CAP);
}

/** The message of a call made while another request is in flight. */
export function parallelCallMessage(call: DatasetOperation, inFlight: DatasetOperation): string {
    return `${call} called while ${inFlight} is in flight: the dataset paging API does not support parallel execution`;
}

/**
 * The state every host dataset shares: page size (current and pending), the request in flight, the columns added
 * but not yet delivered. `violation` is how the host reports a call it must not get (the mock throws, the harness
 * logs an error the browser tests fail on).
 */
export class DatasetRules {
    /** The page size the pages loaded so far (and the next loadNextPage) use. */
    public pageSize: number;
    /** setPageSize's value, waiting for the next refresh or reset. */
    public pendingPageSize: number | null = null;
    /** The request in flight, or null. */
    public inFlight: DatasetOperation | null = null;
    /** addColumn names waiting for the next refresh. */
    public readonly pendingColumns: string[] = [];

    public constructor(
        initialPageSize: number,
        public readonly pagingStyle: PagingStyle,
        public readonly addColumnBehaviour: AddColumnBehaviour,
        private readonly violation: (message: string) => void,
    ) {
        this.pageSize = clampPageSize(initialPageSize);
    }

    /** paging.setPageSize: remembered for the next refresh. Returns the size that will apply, or null if ignored. */
    public setPageSize(size: unknown): number | null {
        const requested = Math.floor(Number(size));
        if (!Number.isFinite(requested) || requested < 1) return null;
        this.pendingPageSize = clampPageSize(requested);
        return this.pendingPageSize;
    }

    /** addColumn: queued for the next refresh unless this host ignores it. Returns true when it will arrive. */
    public addColumn(name: string, present: readonly string[]): boolean {
        if (this.addColumnBehaviour === 'ignores') return false;
        if (present.includes(name) || this.pendingColumns.includes(name)) return true;
        this.pendingColumns.push(name);
        return true;
    }

    /**
     * A request starts. Returns false (after reporting the violation) when another is in flight: the host then
     * ignores the call, as the platform's behaviour for parallel calls is undefined.
     */
    public begin(operation: DatasetOperation): boolean {
        if (this.inFlight !== null) {
            this.violation(parallelCallMessage(operation, this.inFlight));
            return false;
        }
        this.inFlight = operation;
        return true;
    }

    /**
     * A refresh or reset starts from page 1: the pending page size applies and the added columns arrive. Returns the
     * columns that arrive with it.
     */
    public reload(operation: 'refresh' | 'paging.reset'): string[] | null {
        if (!this.begin(operation)) return null;
        if (this.pendingPageSize !== null) {
            this.pageSize = this.pendingPageSize;
            this.pendingPageSize = null;
        }
        return this.pendingColumns.splice(0);
    }

    /** The request in flight answered (or failed). */
    public end(): void {
        this.inFlight = null;
    }

    /**
     * The records loaded after the next page arrives: `loaded` plus the page (model-driven) or the page alone
     * (canvas apps, custom pages). `start` is the index of the next page's first record in the query.
     */
    public nextRange(loaded: { start: number; count: number }, available: number): { start: number; count: number } {
        const from = loaded.start + loaded.count;
        const count = Math.max(0, Math.min(this.pageSize, available - from));
        return this.pagingStyle === 'replace' ? { start: from, count } : { start: loaded.start, count: loaded.count + count };
    }
}

function clampPageSize(size: number): number {
    return Math.min(MAX_PAGE_SIZE, Math.max(1, Math.floor(size)));
}
