import { FleetPager, FLEET_PAGE_SIZE } from '../../MailboxHealth/pcf/paging';
import { aFleetDataSet } from '../builders/pcfRecords';

describe('FleetPager', () => {
    it('asks for pages of 5,000 when it starts', () => {
        const dataset = aFleetDataSet(10, { firstPage: 10 });
        new FleetPager().start(dataset);
        expect(dataset.paging.setPageSizeCalls).toEqual([FLEET_PAGE_SIZE]);
    });

    it('loads a fleet of 10,000 mailboxes page by page with progress n of total, one request at a time', () => {
        const dataset = aFleetDataSet(10_000, { firstPage: 5000 });
        const pager = new FleetPager();
        pager.start(dataset);
        expect(pager.update(dataset)).toEqual({ loaded: 5000, total: 10_000, phase: 'loading' });
        expect(dataset.paging.loadNextPageCalls).toBe(1);
        // re-renders while the page is on its way do not ask again
        pager.update(dataset);
        dataset.loading = false; // a host that has not flagged loading yet
        expect(pager.update(dataset)).toEqual({ loaded: 5000, total: 10_000, phase: 'loading' });
        expect(dataset.paging.loadNextPageCalls).toBe(1);
        dataset.deliverPage();
        expect(pager.update(dataset)).toEqual({ loaded: 10_000, total: 10_000, phase: 'complete' });
        expect(dataset.paging.loadNextPageCalls).toBe(1);
        expect(dataset.sortedRecordIds.length).toBe(10_000);
    });

    it('keeps paging through small pages when the host ignores the page size', () => {
        const dataset = aFleetDataSet(120, { firstPage: 50 });
        const pager = new FleetPager();
        dataset.paging.setPageSize = () => undefined;
        dataset.paging.pageSize = 50;
        pager.start(dataset);
        pager.update(dataset);
        dataset.deliverPage();
        pager.update(dataset);
        dataset.deliverPage();
        expect(pager.update(dataset)).toEqual({ loaded: 120, total: 120, phase: 'complete' });
        expect(dataset.paging.loadNextPageCalls).toBe(2);
    });

    it('stops after the page in flight when cancelled and reports a partial list', () => {
        const dataset = aFleetDataSet(12_000, { firstPage: 5000 });
        const pager = new FleetPager();
        pager.start(dataset);
        pager.update(dataset);
        pager.cancel();
        dataset.deliverPage();
        expect(pager.update(dataset)).toEqual({ loaded: 10_000, total: 12_000, phase: 'partial' });
        expect(dataset.paging.loadNextPageCalls).toBe(1);
    });

    it('loads the rest after a cancel when asked', () => {
        const dataset = aFleetDataSet(12_000, { firstPage: 5000 });
        const pager = new FleetPager();
        pager.start(dataset);
        pager.cancel();
        expect(pager.update(dataset).phase).toBe('partial');
        pager.resume(dataset);
        expect(dataset.paging.loadNextPageCalls).toBe(1);
        dataset.deliverPage();
        pager.update(dataset);
        dataset.deliverPage();
        expect(pager.update(dataset)).toEqual({ loaded: 12_000, total: 12_000, phase: 'complete' });
    });

    it('reports an unknown total as null when the host gives -1', () => {
        const dataset = aFleetDataSet(30, { firstPage: 10, reportTotal: false });
        const pager = new FleetPager();
        dataset.paging.pageSize = 10;
        expect(pager.update(dataset)).toEqual({ loaded: 10, total: null, phase: 'loading' });
    });

    it('does not ask for more pages while the dataset reports an error', () => {
        const dataset = aFleetDataSet(30, { firstPage: 10 });
        dataset.error = true;
        expect(new FleetPager().update(dataset).phase).toBe('partial');
        expect(dataset.paging.loadNextPageCalls).toBe(0);
    });

    it('keeps the view sorting while paging', () => {
        const sorting = [{ name: 'name', sortDirection: 1 as const }];
        const dataset = aFleetDataSet(7000, { firstPage: 5000, sorting });
        const pager = new FleetPager();
        pager.start(dataset);
        pager.update(dataset);
        dataset.deliverPage();
        pager.update(dataset);
        expect(dataset.sorting).toEqual([{ name: 'name', sortDirection: 1 }]);
    });

    it('starts over when the dataset reloads from the first page', () => {
        const dataset = aFleetDataSet(12_000, { firstPage: 5000 });
        const pager = new FleetPager();
        pager.start(dataset);
        pager.update(dataset);
        dataset.deliverPage();
        pager.update(dataset);
        expect(dataset.paging.loadNextPageCalls).toBe(2);
        dataset.paging.pending = false;
        dataset.loading = false;
        dataset.show(5000); // the user switched views: a fresh first page
        pager.update(dataset);
        expect(dataset.paging.loadNextPageCalls).toBe(3);
    });

    it('reports a small fleet loaded in one page as complete without paging', () => {
        const dataset = aFleetDataSet(3);
        expect(new FleetPager().update(dataset)).toEqual({ loaded: 3, total: 3, phase: 'complete' });
        expect(dataset.paging.loadNextPageCalls).toBe(0);
    });
});
