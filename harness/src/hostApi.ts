/**
 * window.__host: what the harness page exposes to tests and to people poking at it in DevTools.
 */
import type { WebApiCall } from './hostWebApi';
import type { HarnessOptions } from './options';

type Dictionary = ComponentFramework.Dictionary;

/** What tests and people read from the page (window.__host). */
export interface HarnessHost {
    /** The control rendered at least once. */
    ready: boolean;
    options: Omit<HarnessOptions, 'propertyOverrides'> & { nowIso: string };
    /** Ids passed to setSelectedRecordIds, latest call. */
    selectedIds: string[];
    /** References passed to openDatasetItem, in order. */
    opened: { id: string; etn: string | undefined; name: string }[];
    /** navigation.* calls (openForm, openAlertDialog, …). */
    navigations: { action: string; detail: unknown }[];
    /** Pages in the dataset's loaded range, records loaded, total on the server (-1 before the first page). */
    pagesLoaded: number;
    /** The dataset is fetching a page. */
    loading: boolean;
    /** Web API calls not answered yet. */
    pendingWebApi: number;
    pageRequests: number;
    recordsLoaded: number;
    totalRecords: number;
    /** Latest setControlState value (also in sessionStorage), or the state init received. */
    controlState: Dictionary | null;
    /** console.error calls, uncaught errors, unhandled rejections, failed resource loads. */
    errors: string[];
    /** Resource keys the control asked for that the resx does not have. */
    missingStrings: string[];
    webApiCalls: WebApiCall[];
    /** Host events: addColumn, refresh, setPageSize, loadNextPage… */
    log: string[];
    renders: number;
    lastRenderMs: number;
    outputsChanged: number;
    fleetMs: number;
    /** How far `?now=` moved the page clock (ms; 0 with the real clock). */
    clockOffsetMs: number;
    /** The fleet behind the dataset: ids and the scenario (FLEET_MIX code) and expected state of each. */
    fleet: { ids: string[]; scenarios: string[]; states: string[] } | null;
    /** The form's mailbox (form placement). */
    formMailbox: { id: string; name: string } | null;
    /** The context of the latest updateView (for tests that drive the host API directly). */
    context: unknown;
}

declare global {
    interface Window {
        __host: HarnessHost;
    }
}
