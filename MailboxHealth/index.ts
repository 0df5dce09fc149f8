import * as React from 'react';
import { summarizeFleet } from './core';
import type { AssessOptions } from './core/types';
import { IInputs, IOutputs } from './generated/ManifestTypes';
import { ColumnGuard, statesNeeding } from './pcf/columns';
import { FleetCache } from './pcf/fleetSnapshot';
import { formMailboxId, FormNarrower, FormRow, loadMailboxExtras } from './pcf/formContext';
import { loadAlerts, readAlertCap } from './pcf/alerts';
import type { LoadAlerts } from './contract/alerts';
import { allocatedSize, otherTable } from './pcf/host';
import { FleetPager } from './pcf/paging';
import { readDefaultFilter, readOptions, readShowCharts } from './pcf/readOptions';
import { DatasetRequests } from './pcf/requests';
import { createStrings } from './pcf/strings';
import { MailboxHealthView } from './view/MailboxHealthView';
import type { DatasetStatus, FleetSnapshot, FormPlacement, LoadExtras, LoadProgress, MissingColumns } from './contract/model';
import type { Strings } from './contract/strings';
import { hostTheme } from './view/theme';
import { parseViewState, serializeViewState } from './contract/viewState';
import type { ViewState } from './contract/viewState';

type Context = ComponentFramework.Context<IInputs>;
type DataSet = IInputs['mailboxes'];

/** What the view is given in place of a dataset of another table: nothing to map or assess. */
const NO_RECORDS = { columns: [], records: {}, sortedRecordIds: [] } as unknown as DataSet;
const NOTHING_LOADED: LoadProgress = { loaded: 0, total: null, phase: 'complete' };
/** The fleet on the form: none. The form's mailbox comes as a row in its FormPlacement, assessed once by the view. */
const NO_FLEET: FleetSnapshot = Object.freeze({ ids: [], rows: [], assessments: [], summary: summarizeFleet([]), assessedAt: 0 });

/** The PCF lifecycle only: pcf/ adapts the dataset, core/ decides, view/ shows. The clock is read here. */
export class MailboxHealth implements ComponentFramework.ReactControl<IInputs, IOutputs> {
    private context!: Context;
    private strings!: Strings;
    private initialState!: ViewState;
    private formMailbox: string | null = null;
    private options: AssessOptions | null = null;
    /** The one queue for refresh, reset and loadNextPage: the column guard, the form narrower and the pager share it. */
    private readonly requests = new DatasetRequests();
    private readonly pager = new FleetPager();
    private readonly columns = new ColumnGuard();
    private readonly cache = new FleetCache();
    private readonly narrower = new FormNarrower();
    private readonly formRow = new FormRow();
    /** The view's table when it is not mailbox: the control reads nothing then. */
    private otherTable: string | null = null;
    /** The user asked for a refresh while a request was in flight: it goes out when the queue is free. */
    private refreshWanted = false;
    private wakeTimer: ReturnType<typeof setTimeout> | null = null;

    public init(context: Context, _notifyOutputChanged?: () => void, state?: ComponentFramework.Dictionary): void {
        this.context = context;
        this.strings = createStrings(context.resources); // resources never change: build once
        this.initialState = parseViewState(state, readDefaultFilter(context.parameters));
        this.formMailbox = formMailboxId(context.mode);
        context.mode.trackContainerResize(true);
        this.otherTable = otherTable(context.parameters.mailboxes);
        if (!this.formMailbox && !this.otherTable) this.pager.start(context.parameters.mailboxes);
    }

    public updateView(context: Context): React.ReactElement {
        this.context = context;
        const dataset = context.parameters.mailboxes;
        const now = Date.now();
        const options = this.stableOptions(readOptions(context.parameters));
        this.otherTable ??= otherTable(dataset);
        if (this.otherTable) return this.render(context, { kind: 'wrong-table', table: this.otherTable }, NO_RECORDS, NOTHING_LOADED, null, null, options, now);
        this.requests.settle(dataset, now);
        if (this.refreshWanted && this.requests.issue('refresh', dataset, now, () => dataset.refresh())) this.refreshWanted = false;
        const columnStatus = this.columns.check(dataset, this.requests, now);
        const form: FormPlacement | null = this.formMailbox ? this.placeForm(dataset, this.formMailbox, now) : null;
        const progress: LoadProgress = form
            ? { loaded: dataset.sortedRecordIds.length, total: null, phase: 'complete' }
            : this.pager.update(dataset, this.requests, now, this.columns.waiting || this.refreshWanted);
        this.wakeAtDeadline(context, now);
        const deadline = this.requests.deadline;
        const status: DatasetStatus = dataset.error
            ? { kind: 'error', message: dataset.errorMessage ?? '' }
            : columnStatus.kind === 'adding'
              ? deadline === null
                  ? { kind: 'preparing' }
                  : { kind: 'preparing', waitMs: Math.max(0, deadline - now) }
              : dataset.loading
                ? { kind: 'loading' }
                : { kind: 'ready' };
        // While the columns are awaited, what the view shows if they never come (see DatasetStatus 'preparing').
        const missing: MissingColumns | null =
            columnStatus.kind === 'missing'
                ? { columns: columnStatus.columns, states: columnStatus.states }
                : columnStatus.kind === 'adding'
                  ? { columns: columnStatus.columns, states: statesNeeding(columnStatus.columns) }
                  : null;
        return this.render(context, status, dataset, progress, missing, form, options, now);
    }

    private render(
        context: Context,
        status: DatasetStatus,
        dataset: DataSet,
        progress: LoadProgress,
        missing: MissingColumns | null,
        form: FormPlacement | null,
        options: AssessOptions,
        now: number,
    ): React.ReactElement {
        return React.createElement(MailboxHealthView, {
            status,
            snapshot: form ? NO_FLEET : this.cache.get(dataset, options, now, context.updatedProperties ?? []),
            progress,
            missing,
            form,
            now,
            options,
            strings: this.strings,
            showCharts: readShowCharts(context.parameters),
            initialState: this.initialState,
            theme: hostTheme(context.fluentDesignLanguage?.tokenTheme as unknown as Readonly<Record<string, string>> | undefined, context.fluentDesignLanguage?.isDarkTheme),
            // -1, "" or a string from some hosts: only a real size reaches the view's CSS.
            height: allocatedSize(context.mode.allocatedHeight),
            timeZoneOffset: this.timeZoneOffset,
            onStateChange: this.saveState,
            onSelect: this.select,
            onOpen: this.open,
            onCancelLoading: this.cancelLoading,
            onLoadRest: this.loadRest,
            onRefresh: this.refresh,
            loadExtras: this.loadExtras,
            loadAlerts: this.loadAlerts,
        });
    }

    public getOutputs(): IOutputs {
        return {};
    }

    public destroy(): void {
        // virtual control: the platform owns and unmounts the React tree
        if (this.wakeTimer !== null) clearTimeout(this.wakeTimer);
        this.wakeTimer = null;
    }

    /**
     * A host that ignores a request (no `loading`, no new records) sends no further updateView: ask for one when the
     * queue stops waiting for it, so the view never sits on a spinner.
     */
    private wakeAtDeadline(context: Context, now: number): void {
        const deadline = this.requests.deadline;
        if (deadline === null || this.wakeTimer !== null) return;
        this.wakeTimer = setTimeout(() => {
            this.wakeTimer = null;
            try {
                this.context.factory.requestRender();
            } catch {
                // a host without requestRender re-renders on its own schedule
            }
        }, Math.max(0, deadline - now) + 50);
        void context;
    }

    /** The same options object while the values stay the same, so memoized views (the log explainer, the detail) hold. */
    private stableOptions(next: AssessOptions): AssessOptions {
        const last = this.options;
        if (last && (Object.keys(next) as (keyof AssessOptions)[]).every((k) => last[k] === next[k])) return last;
        this.options = next;
        return next;
    }

    private placeForm(dataset: DataSet, mailboxId: string, now: number): FormPlacement {
        const step = this.narrower.narrow(dataset, mailboxId, this.requests, now);
        const key = step === 'found' ? this.narrower.findRecordId(dataset, mailboxId) : null;
        const read = key !== null ? this.formRow.read(dataset, key, now) : null;
        if (key !== null && read !== null) return { kind: 'found', key, row: read.row, readAt: read.readAt };
        return step === 'narrowing' ? { kind: 'narrowing' } : { kind: 'not-found' };
    }

    // Stable callbacks (class fields), so the view's memoization holds across updateView calls.
    private readonly timeZoneOffset = (at: Date): number => this.context.userSettings.getTimeZoneOffsetMinutes(at);
    private readonly saveState = (state: ViewState): void => void this.context.mode.setControlState(serializeViewState(state));
    private readonly select = (keys: string[]): void => this.context.parameters.mailboxes.setSelectedRecordIds(keys);
    private readonly cancelLoading = (): void => this.pager.cancel();
    private readonly loadRest = (): void => {
        this.pager.resume();
        const dataset = this.context.parameters.mailboxes;
        this.pager.update(dataset, this.requests, Date.now());
    };
    private readonly loadExtras: LoadExtras = (mailboxId, profileId) => loadMailboxExtras(this.context.webAPI, mailboxId, profileId);
    private readonly loadAlerts: LoadAlerts = (query, onProgress, signal) => loadAlerts(this.context.webAPI, query, readAlertCap(this.context.parameters), onProgress, signal);

    private readonly open = (key: string): void => {
        const dataset = this.context.parameters.mailboxes;
        const record = dataset.records[key];
        if (record) dataset.openDatasetItem(record.getNamedReference());
    };

    private readonly refresh = (): void => {
        this.cache.invalidate();
        this.formRow.invalidate();
        const dataset = this.context.parameters.mailboxes;
        if (!this.requests.issue('refresh', dataset, Date.now(), () => dataset.refresh())) this.refreshWanted = true;
    };
}
