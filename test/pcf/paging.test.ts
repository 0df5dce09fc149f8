import { FleetPager, FLEET_PAGE_SIZE } from '../../MailboxHealth/pcf/paging';
import { DatasetRequests, UNANSWERED_AFTER_MS } from '../../MailboxHealth/pcf/requests';
import { aFleetDataSet } from '../builders/pcfRecords';
import type { MockDataSet } from '../mocks/pcf';

/** The control's pager and queue over a mock host; `update` plays one updateView at time `now`. */
function pagerOver(dataset: MockDataSet) {
    const pager = new FleetPager();
    const requests = new DatasetRequests();
    pager.start(dataset);
    return {
        pager,
        requests,
        update(now = 0, hold = false) {
            requests.settle(dataset, now);
            return pager.update(dataset, requests, now, hold);
        },
    };
}

describe('FleetPager', () => {
    it('asks for pages of 5,000 when it starts', () => {
        const dataset = aFleetDataSet(10, { firstPage: 10 });
        new FleetPager().start(dataset);
        expect(dataset.paging.setPageSizeCalls).toEqual([FLEET_PAGE_SIZE]);
    });

    it('applies the page size with one reset before paging, since it only takes effect at the next refresh', () => {
        const dataset = aFleetDataSet(12_000, { firstPage: 50, pageSize: 50 });
        const { update } = pagerOver(dataset);
        expect(update().phase).toBe('loading');
        expect(dataset.paging.resetCalls).toBe(1);
        expect(dataset.paging.loadNextPageCalls).toBe(0);
        dataset.completeRefresh();
        expect(dataset.sortedRecordIds.length).toBe(5000);
        update();
        dataset.deliverPage();
        update();
        dataset.deliverPage();
        expect(update()).toEqual({ loaded: 12_000, total: 12_000, phase: 'complete' });
        // 3 round trips for 12,000 mailboxes, not 240 pages of 50
        expect(dataset.paging.loadNextPageCalls).toBe(2);
        expect(dataset.paging.resetCalls).toBe(1);
    });

    it('needs no reset when a refresh (the column guard\'s) already applied the page size', () => {
        const dataset = aFleetDataSet(12_000, { firstPage: 50, pageSize: 50 });
        const { update, requests } = pagerOver(dataset);
        requests.settle(dataset, 0);
        requests.issue('refresh', dataset, 0, () => dataset.refresh());
        expect(update(0, true).phase).toBe('loading');
        dataset.completeRefresh();
        update();
        expect(dataset.paging.resetCalls).toBe(0);
        expect(dataset.paging.loadNextPageCalls).toBe(1);
    });

    it('never sends a page request while a refresh is in flight (the host would see a parallel call)', () => {
        const dataset = aFleetDataSet(12_000, { firstPage: 5000, pageSize: 5000 });
        const { update, requests } = pagerOver(dataset);
        requests.settle(dataset, 0);
        requests.issue('refresh', dataset, 0, () => dataset.refresh());
        expect(() => update()).not.toThrow();
        expect(dataset.paging.loadNextPageCalls).toBe(0);
    });

    it('loads a fleet of 10,000 mailboxes page by page with progress n of total, one request at a time', () => {
        const dataset = aFleetDataSet(10_000, { firstPage: 5000, pageSize: 5000 });
        const { update } = pagerOver(dataset);
        expect(update()).toEqual({ loaded: 5000, total: 5000, totalAtLeast: true, phase: 'loading' });
        expect(dataset.paging.loadNextPageCalls).toBe(1);
        // re-renders while the page is on its way do not ask again
        update();
        expect(update()).toEqual({ loaded: 5000, total: 5000, totalAtLeast: true, phase: 'loading' });
        expect(dataset.paging.loadNextPageCalls).toBe(1);
        dataset.deliverPage();
        expect(update()).toEqual({ loaded: 10_000, total: 10_000, phase: 'complete' });
        expect(dataset.paging.loadNextPageCalls).toBe(1);
        expect(dataset.sortedRecordIds.length).toBe(10_000);
    });

    it('shows a total of 5,000 as a lower bound while more pages follow (Dataverse counts up to 5,000)', () => {
        const dataset = aFleetDataSet(12_000, { firstPage: 5000, pageSize: 5000 });
        expect(dataset.paging.totalResultCount).toBe(5000);
        const { update, pager } = pagerOver(dataset);
        pager.cancel();
        expect(update()).toEqual({ loaded: 5000, total: 5000, totalAtLeast: true, phase: 'partial' });
    });

    it('keeps paging through small pages when the host ignores the page size', () => {
        const dataset = aFleetDataSet(120, { firstPage: 50, pageSize: 50 });
        dataset.paging.setPageSize = () => undefined;
        const { update } = pagerOver(dataset);
        update();
        dataset.completeRefresh(); // the one reset, which brings pages of 50 again
        update();
        dataset.deliverPage();
        update();
        dataset.deliverPage();
        expect(update()).toEqual({ loaded: 120, total: 120, phase: 'complete' });
        expect(dataset.paging.loadNextPageCalls).toBe(2);
        expect(dataset.paging.resetCalls).toBe(1);
    });

    it('stops after the page in flight when cancelled and reports a partial list', () => {
        const dataset = aFleetDataSet(12_000, { firstPage: 5000, pageSize: 5000 });
        const { update, pager } = pagerOver(dataset);
        update();
        pager.cancel();
        dataset.deliverPage();
        expect(update()).toEqual({ loaded: 10_000, total: 10_000, totalAtLeast: true, phase: 'partial' });
        expect(dataset.paging.loadNextPageCalls).toBe(1);
    });

    it('loads the rest after a cancel when asked', () => {
        const dataset = aFleetDataSet(12_000, { firstPage: 5000, pageSize: 5000 });
        const { update, pager } = pagerOver(dataset);
        pager.cancel();
        expect(update().phase).toBe('partial');
        pager.resume();
        update();
        expect(dataset.paging.loadNextPageCalls).toBe(1);
        dataset.deliverPage();
        update();
        dataset.deliverPage();
        expect(update()).toEqual({ loaded: 12_000, total: 12_000, phase: 'complete' });
    });

    it('finishes instead of loading forever when the host replaces the records (canvas apps, custom pages)', () => {
        const dataset = aFleetDataSet(12_000, { firstPage: 5000, pageSize: 5000, pagingStyle: 'replace' });
        const { update } = pagerOver(dataset);
        update();
        expect(dataset.paging.loadNextPageCalls).toBe(1);
        dataset.deliverPage();
        expect(dataset.sortedRecordIds.length).toBe(5000);
        expect(update()).toEqual({ loaded: 5000, total: 5000, totalAtLeast: true, phase: 'partial' });
        update();
        expect(dataset.paging.loadNextPageCalls).toBe(1);
    });

    it('stops, partial, when the host leaves a page request unanswered', () => {
        const dataset = aFleetDataSet(12_000, { firstPage: 5000, pageSize: 5000 });
        dataset.paging.loadNextPage = () => undefined; // a host that only logs the call
        const { update } = pagerOver(dataset);
        expect(update(0).phase).toBe('loading');
        expect(update(UNANSWERED_AFTER_MS - 1).phase).toBe('loading');
        expect(update(UNANSWERED_AFTER_MS).phase).toBe('partial');
    });

    it('reports an unknown total as null when the host gives -1', () => {
        const dataset = aFleetDataSet(30, { firstPage: 10, pageSize: 10, reportTotal: false });
        expect(pagerOver(dataset).update()).toEqual({ loaded: 10, total: null, phase: 'loading' });
    });

    it('does not ask for more pages while the dataset reports an error', () => {
        const dataset = aFleetDataSet(30, { firstPage: 10 });
        dataset.error = true;
        expect(pagerOver(dataset).update().phase).toBe('partial');
        expect(dataset.paging.loadNextPageCalls).toBe(0);
    });

    it('keeps the view sorting while paging', () => {
        const sorting = [{ name: 'name', sortDirection: 1 as const }];
        const dataset = aFleetDataSet(7000, { firstPage: 5000, pageSize: 5000, sorting });
        const { update } = pagerOver(dataset);
        update();
        dataset.deliverPage();
        update();
        expect(dataset.sorting).toEqual([{ name: 'name', sortDirection: 1 }]);
    });

    it('starts over when the dataset reloads from the first page', () => {
        const dataset = aFleetDataSet(12_000, { firstPage: 5000, pageSize: 5000 });
        const { update } = pagerOver(dataset);
        update();
        dataset.deliverPage();
        update();
        expect(dataset.paging.loadNextPageCalls).toBe(2);
        dataset.deliverPage();
        update();
        dataset.refresh(); // the user switched views: a fresh first page
        update();
        dataset.completeRefresh();
        update();
        expect(dataset.paging.loadNextPageCalls).toBe(3);
    });

    it('reports a small fleet loaded in one page as complete without paging', () => {
        const dataset = aFleetDataSet(3);
        expect(pagerOver(dataset).update()).toEqual({ loaded: 3, total: 3, phase: 'complete' });
        expect(dataset.paging.loadNextPageCalls).toBe(0);
        expect(dataset.paging.resetCalls).toBe(0);
    });
});
