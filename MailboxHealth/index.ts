import * as React from 'react';
import type { AssessOptions } from './core/types';
import { IInputs, IOutputs } from './generated/ManifestTypes';
import { ColumnGuard } from './pcf/columns';
import { FleetCache } from './pcf/fleetSnapshot';
import { formMailboxId, FormNarrower, loadMailboxExtras } from './pcf/formContext';
import { FleetPager } from './pcf/paging';
import { readDefaultFilter, readOptions, readShowCharts } from './pcf/readOptions';
import { createStrings } from './pcf/strings';
import { MailboxHealthView } from './view/MailboxHealthView';
import type { DatasetStatus, FormPlacement, LoadExtras, LoadProgress, MissingColumns } from './contract/model';
import type { Strings } from './contract/strings';
import { hostTheme } from './view/theme';
import { parseViewState, serializeViewState } from './contract/viewState';
import type { ViewState } from './contract/viewState';

type Context = ComponentFramework.Context<IInputs>;

/** The PCF lifecycle only: pcf/ adapts the dataset, core/ decides, view/ shows. The clock is read here. */
export class MailboxHealth implements ComponentFramework.ReactControl<IInputs, IOutputs> {
    private context!: Context;
    private strings!: Strings;
    private initialState!: ViewState;
    private formMailbox: string | null = null;
    private options: AssessOptions | null = null;
    private readonly pager = new FleetPager();
    private readonly columns = new ColumnGuard();
    private readonly cache = new FleetCache();
    private readonly narrower = new FormNarrower();

    public init(context: Context, _notifyOutputChanged?: () => void, state?: ComponentFramework.Dictionary): void {
        this.context = context;
        this.strings = createStrings(context.resources); // resources never change: build once
        this.initialState = parseViewState(state, readDefaultFilter(context.parameters));
        this.formMailbox = formMailboxId(context.mode);
        context.mode.trackContainerResize(true);
        if (!this.formMailbox) this.pager.start(context.parameters.mailboxes);
    }

    public updateView(context: Context): React.ReactElement {
        this.context = context;
        const dataset = context.parameters.mailboxes;
        const now = Date.now();
        const options = this.stableOptions(readOptions(context.parameters));
        const columnStatus = this.columns.check(dataset);
        const form: FormPlacement | null = this.formMailbox ? this.placeForm(dataset, this.formMailbox) : null;
        const progress: LoadProgress = form ? { loaded: dataset.sortedRecordIds.length, total: null, phase: 'complete' } : this.pager.update(dataset);
        const status: DatasetStatus = dataset.error
            ? { kind: 'error', message: dataset.errorMessage ?? '' }
            : columnStatus.kind === 'adding'
              ? { kind: 'preparing' }
              : dataset.loading
                ? { kind: 'loading' }
                : { kind: 'ready' };
        const missing: MissingColumns | null = columnStatus.kind === 'missing' ? { columns: columnStatus.columns, states: columnStatus.states } : null;
        return React.createElement(MailboxHealthView, {
            status,
            snapshot: this.cache.get(dataset, options, now, context.updatedProperties ?? []),
            progress,
            missing,
            form,
            now,
            options,
            strings: this.strings,
            showCharts: readShowCharts(context.parameters),
            initialState: this.initialState,
            theme: hostTheme(context.fluentDesignLanguage?.tokenTheme as unknown as Readonly<Record<string, string>> | undefined, context.fluentDesignLanguage?.isDarkTheme),
            height: context.mode.allocatedHeight > 0 ? context.mode.allocatedHeight : undefined,
            timeZoneOffset: this.timeZoneOffset,
            onStateChange: this.saveState,
            onSelect: this.select,
            onOpen: this.open,
            onCancelLoading: this.cancelLoading,
            onLoadRest: this.loadRest,
            onRefresh: this.refresh,
            loadExtras: this.loadExtras,
        });
    }

    public getOutputs(): IOutputs {
        return {};
    }

    public destroy(): void {
        // virtual control: the platform owns and unmounts the React tree
    }

    /** The same options object while the values stay the same, so memoized views (the log explainer, the detail) hold. */
    private stableOptions(next: AssessOptions): AssessOptions {
        const last = this.options;
        if (last && (Object.keys(next) as (keyof AssessOptions)[]).every((k) => last[k] === next[k])) return last;
        this.options = next;
        return next;
    }

    private placeForm(dataset: IInputs['mailboxes'], mailboxId: string): FormPlacement {
        const step = this.narrower.narrow(dataset, mailboxId);
        const key = step === 'found' ? this.narrower.findRecordId(dataset, mailboxId) : null;
        return key !== null ? { kind: 'found', key } : step === 'narrowing' ? { kind: 'narrowing' } : { kind: 'not-found' };
    }

    // Stable callbacks (class fields), so the view's memoization holds across updateView calls.
    private readonly timeZoneOffset = (at: Date): number => this.context.userSettings.getTimeZoneOffsetMinutes(at);
    private readonly saveState = (state: ViewState): void => void this.context.mode.setControlState(serializeViewState(state));
    private readonly select = (keys: string[]): void => this.context.parameters.mailboxes.setSelectedRecordIds(keys);
    private readonly cancelLoading = (): void => this.pager.cancel();
    private readonly loadRest = (): void => this.pager.resume(this.context.parameters.mailboxes);
    private readonly loadExtras: LoadExtras = (mailboxId, profileId) => loadMailboxExtras(this.context.webAPI, mailboxId, profileId);

    private readonly open = (key: string): void => {
        const dataset = this.context.parameters.mailboxes;
        const record = dataset.records[key];
        if (record) dataset.openDatasetItem(record.getNamedReference());
    };

    private readonly refresh = (): void => {
        this.cache.invalidate();
        this.context.parameters.mailboxes.refresh();
    };
}
