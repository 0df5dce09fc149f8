type DataSet = ComponentFramework.PropertyTypes.DataSet;

/** The dataset calls that load records: at most one may be in flight. */
export type DatasetRequest = 'refresh' | 'reset' | 'loadNextPage';

/**
 * How long a request may go unanswered (no `loading`, no new records or columns) before the control stops waiting
 * for it. Hosts that ignore a call (Microsoft's test harness logs refresh and addColumn and does nothing) would
 * otherwise leave a spinner forever; a real host flags `loading` at once, so this only bounds the silent case.
 */
export const UNANSWERED_AFTER_MS = 3000;

/** How a finished request ended: the host answered it, or it went unanswered for UNANSWERED_AFTER_MS. */
export type RequestOutcome = { readonly request: DatasetRequest; readonly answered: boolean; readonly before: DatasetShape };

/** What the dataset looked like when a request went out, to tell its answer from an unrelated updateView. */
export interface DatasetShape {
    readonly ids: unknown;
    readonly records: unknown;
    readonly columns: unknown;
    readonly loaded: number;
    readonly firstId: string | null;
}

export function shapeOf(dataset: DataSet): DatasetShape {
    const ids = dataset.sortedRecordIds;
    return { ids, records: dataset.records, columns: dataset.columns, loaded: ids?.length ?? 0, firstId: ids && ids.length > 0 ? ids[0] : null };
}

interface InFlight {
    readonly request: DatasetRequest;
    readonly before: DatasetShape;
    readonly at: number;
    readonly update: number;
    sawLoading: boolean;
}

/**
 * The one queue for the dataset's loading calls (refresh, paging.reset, paging.loadNextPage): "loadNextPage does not
 * support parallel execution" (https://learn.microsoft.com/power-apps/developer/component-framework/reference/paging/loadnextpage),
 * and a refresh racing a page would mix two loads. The column guard, the form narrower and the pager all ask here;
 * a call goes out only when nothing is in flight and the host is not loading on its own (its first page).
 *
 * Call `settle` once at the start of every updateView, before anything asks to `issue`.
 */
export class DatasetRequests {
    private inFlight: InFlight | null = null;
    private updates = 0;
    private finished: RequestOutcome | null = null;

    /** Observes this updateView's dataset: ends the request in flight when its answer is there. */
    public settle(dataset: DataSet, now: number): void {
        this.updates++;
        this.finished = null;
        const f = this.inFlight;
        if (!f || f.update === this.updates) return;
        if (dataset.loading) {
            f.sawLoading = true;
            return;
        }
        const after = shapeOf(dataset);
        const changed = after.ids !== f.before.ids || after.records !== f.before.records || after.columns !== f.before.columns;
        if (f.sawLoading || changed) this.finish(true);
        else if (now - f.at >= UNANSWERED_AFTER_MS) this.finish(false);
    }

    /** True when a call may go out now. */
    public idle(dataset: DataSet): boolean {
        return this.inFlight === null && !dataset.loading;
    }

    /** The request in flight, if any. */
    public get pending(): DatasetRequest | null {
        return this.inFlight?.request ?? null;
    }

    /** The request that finished in this updateView (settle), if any. */
    public get justFinished(): RequestOutcome | null {
        return this.finished;
    }

    /** When the request in flight stops being waited for (epoch ms), or null: the host asks for a render then. */
    public get deadline(): number | null {
        return this.inFlight ? this.inFlight.at + UNANSWERED_AFTER_MS : null;
    }

    /**
     * Sends `call` if nothing is in flight. Returns false (and calls nothing) otherwise, or when the host throws
     * (a host without that call): the caller carries on with what is there.
     */
    public issue(request: DatasetRequest, dataset: DataSet, now: number, call: () => void): boolean {
        if (!this.idle(dataset)) return false;
        const before = shapeOf(dataset);
        this.inFlight = { request, before, at: now, update: this.updates, sawLoading: false };
        try {
            call();
            return true;
        } catch {
            this.inFlight = null;
            return false;
        }
    }

    /** Forgets the request in flight (the user refreshed: the host starts over anyway). */
    public forget(): void {
        this.inFlight = null;
    }

    private finish(answered: boolean): void {
        const f = this.inFlight as InFlight;
        this.finished = { request: f.request, answered, before: f.before };
        this.inFlight = null;
    }
}
