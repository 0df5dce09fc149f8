/**
 * Typed PCF mocks (Creator Kit style): classes implementing the ComponentFramework interfaces the control uses.
 * Anything a test did not set up throws "Not mocked: …", so an unexpected call (a Web API request, a navigation)
 * fails loudly instead of passing silently.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { IInputs } from '../../MailboxHealth/generated/ManifestTypes';
import { parseResx } from '../../scripts/lib/resx';

type Column = ComponentFramework.PropertyHelper.DataSetApi.Column;
type EntityRecord = ComponentFramework.PropertyHelper.DataSetApi.EntityRecord;
type SortStatus = ComponentFramework.PropertyHelper.DataSetApi.SortStatus;
type FilterExpression = ComponentFramework.PropertyHelper.DataSetApi.FilterExpression;

function notMocked(what: string): never {
    throw new Error(`Not mocked: ${what}`);
}

export class MockEntityRecord implements EntityRecord {
    public constructor(
        private readonly id: string,
        private readonly values: Readonly<Record<string, unknown>>,
        private readonly formatted: Readonly<Record<string, string>> = {},
        private readonly etn = 'mailbox',
    ) {}

    public getRecordId(): string {
        return this.id;
    }

    /** Like the host: the raw value, or undefined for a column the record does not carry. */
    public getValue(columnName: string): ReturnType<EntityRecord['getValue']> {
        return this.values[columnName] as ReturnType<EntityRecord['getValue']>;
    }

    public getFormattedValue(columnName: string): string {
        if (columnName in this.formatted) return this.formatted[columnName];
        const v = this.values[columnName];
        return v === null || v === undefined ? '' : String(v);
    }

    public getNamedReference(): ComponentFramework.EntityReference {
        const name = this.values.name;
        return { id: { guid: this.id }, etn: this.etn, name: typeof name === 'string' ? name : '' };
    }
}

export function column(name: string, dataType = 'SingleLine.Text', order = 0): Column {
    return { name, displayName: name, dataType, alias: name, order, visualSizeFactor: 100 };
}

/** Paging over a backing list of records: loadNextPage asks, deliverPage() plays the host answering. */
export class MockPaging implements ComponentFramework.PropertyHelper.DataSetApi.Paging {
    public pageSize = 25;
    public firstPageNumber = 1;
    public lastPageNumber = 1;
    public loadNextPageCalls = 0;
    public pending = false;
    public setPageSizeCalls: number[] = [];

    public constructor(private readonly dataset: MockDataSet) {}

    public get totalResultCount(): number {
        return this.dataset.reportTotal ? this.dataset.allRecords.length : -1;
    }

    public get hasNextPage(): boolean {
        return this.dataset.sortedRecordIds.length < this.dataset.allRecords.length;
    }

    public get hasPreviousPage(): boolean {
        return false;
    }

    public loadNextPage(loadOnlyNewPage?: boolean): void {
        if (loadOnlyNewPage) notMocked('paging.loadNextPage(true)');
        this.loadNextPageCalls++;
        this.pending = true;
        this.dataset.loading = true;
    }

    public setPageSize(pageSize: number): void {
        this.setPageSizeCalls.push(pageSize);
        this.pageSize = pageSize;
    }

    public loadPreviousPage(): void {
        notMocked('paging.loadPreviousPage');
    }

    public reset(): void {
        notMocked('paging.reset');
    }

    public loadExactPage(): void {
        notMocked('paging.loadExactPage');
    }
}

export class MockFiltering implements ComponentFramework.PropertyHelper.DataSetApi.Filtering {
    public filter: FilterExpression | null = null;

    public getFilter(): FilterExpression {
        return this.filter ?? { conditions: [], filterOperator: 0 };
    }

    public setFilter(expression: FilterExpression): void {
        this.filter = expression;
    }

    public clearFilter(): void {
        this.filter = null;
    }
}

export interface MockDataSetInit {
    /** Column names the view carries. */
    readonly columns: readonly string[];
    readonly records?: readonly MockEntityRecord[];
    /** Offer dataset.addColumn (model-driven apps do; some hosts don't). */
    readonly addColumn?: boolean;
    /** Records delivered on the first load (default: all). */
    readonly firstPage?: number;
    readonly sorting?: SortStatus[];
    /** Report paging.totalResultCount (default true); false gives -1 as hosts do when they don't know. */
    readonly reportTotal?: boolean;
}

export class MockDataSet implements ComponentFramework.PropertyTypes.DataSet {
    public columns: Column[];
    public error = false;
    public errorMessage = '';
    public loading = false;
    public records: Record<string, EntityRecord> = {};
    public sortedRecordIds: string[] = [];
    public sorting: SortStatus[];
    public readonly paging: MockPaging;
    public readonly filtering = new MockFiltering();
    public readonly allRecords: MockEntityRecord[];
    public readonly reportTotal: boolean;
    public refreshCalls = 0;
    public addedColumns: string[] = [];
    public selected: string[] = [];
    public opened: ComponentFramework.EntityReference[] = [];
    public addColumn?: (name: string, entityAlias?: string) => void;

    public constructor(init: MockDataSetInit) {
        this.columns = init.columns.map((c, i) => column(c, 'SingleLine.Text', i));
        this.allRecords = [...(init.records ?? [])];
        this.sorting = init.sorting ?? [];
        this.reportTotal = init.reportTotal ?? true;
        this.paging = new MockPaging(this);
        if (init.addColumn) {
            this.addColumn = (name: string) => {
                this.addedColumns.push(name);
            };
        }
        this.show(init.firstPage ?? this.allRecords.length);
    }

    get linking(): ComponentFramework.PropertyHelper.DataSetApi.Linking {
        return notMocked('dataset.linking');
    }

    /** The host delivering records [0, count): new records object and id array, as the platform hands over. */
    public show(count: number): void {
        const shown = this.allRecords.slice(0, count);
        this.records = Object.fromEntries(shown.map((r) => [r.getRecordId(), r]));
        this.sortedRecordIds = shown.map((r) => r.getRecordId());
    }

    /** Answers the outstanding loadNextPage with the next page. */
    public deliverPage(): void {
        if (!this.paging.pending) throw new Error('no page was requested');
        this.paging.pending = false;
        this.loading = false;
        this.show(Math.min(this.allRecords.length, this.sortedRecordIds.length + this.paging.pageSize));
    }

    /** refresh(): columns added with addColumn arrive with the reload (when `deliverColumns`). */
    public refresh(): void {
        this.refreshCalls++;
        this.loading = true;
    }

    /** Completes a refresh: the added columns become dataset columns (unless the host ignored them). */
    public completeRefresh(deliverColumns = true): void {
        if (deliverColumns) for (const name of this.addedColumns) if (!this.columns.some((c) => c.name === name)) this.columns.push(column(name));
        this.loading = false;
        this.show(Math.min(this.allRecords.length, Math.max(this.paging.pageSize, this.sortedRecordIds.length)));
    }

    public getSelectedRecordIds(): string[] {
        return this.selected;
    }

    public setSelectedRecordIds(ids: string[]): void {
        this.selected = [...ids];
    }

    public clearSelectedRecordIds(): void {
        this.selected = [];
    }

    public openDatasetItem(entityReference: ComponentFramework.EntityReference): void {
        this.opened.push(entityReference);
    }

    public getTargetEntityType(): string {
        return 'mailbox';
    }

    public getTitle(): string {
        return notMocked('dataset.getTitle');
    }

    public getViewId(): string {
        return notMocked('dataset.getViewId');
    }
}

function property<T>(raw: T, type: string): { raw: T; type: string; error: boolean; errorMessage: string } {
    return { raw, type, error: false, errorMessage: '' };
}

/** Manifest properties, all at their defaults unless overridden with raw values. */
export function mockParameters(dataset: MockDataSet, raw: Partial<Record<Exclude<keyof IInputs, 'mailboxes'>, unknown>> = {}): IInputs {
    const v = (name: keyof typeof raw, fallback: unknown): unknown => (name in raw ? raw[name] : fallback);
    return {
        graceMinutes: property(v('graceMinutes', 15), 'Whole.None') as IInputs['graceMinutes'],
        stuckMinutes: property(v('stuckMinutes', 60), 'Whole.None') as IInputs['stuckMinutes'],
        staleHours: property(v('staleHours', 24), 'Whole.None') as IInputs['staleHours'],
        idleCycles: property(v('idleCycles', 12), 'Whole.None') as IInputs['idleCycles'],
        approvalRequired: property(v('approvalRequired', true), 'TwoOptions') as IInputs['approvalRequired'],
        showCharts: property(v('showCharts', true), 'TwoOptions') as IInputs['showCharts'],
        defaultFilter: property(v('defaultFilter', 'all'), 'Enum') as IInputs['defaultFilter'],
        alertCap: property(v('alertCap', 5000), 'Whole.None') as IInputs['alertCap'],
        mailboxes: dataset,
    };
}

/** resources.getString over the real resx; a key it lacks comes back as the key (as the platform does). */
export class MockResources implements ComponentFramework.Resources {
    private static table: Map<string, string> | null = null;

    public static strings(): Map<string, string> {
        if (!MockResources.table) {
            const text = fs.readFileSync(path.join(__dirname, '..', '..', 'MailboxHealth', 'strings', 'MailboxHealth.1033.resx'), 'utf8');
            MockResources.table = parseResx(text);
        }
        return MockResources.table;
    }

    public getString(id: string): string {
        return MockResources.strings().get(id) ?? id;
    }

    public getResource(): void {
        notMocked('resources.getResource');
    }
}

export class MockMode implements ComponentFramework.Mode {
    public allocatedHeight = 800;
    public allocatedWidth = 1200;
    public isControlDisabled = false;
    public isVisible = true;
    public label = 'Mailboxes';
    public savedStates: ComponentFramework.Dictionary[] = [];
    public resizeTracked: boolean | null = null;
    /** context.mode.contextInfo (undeclared in the typings; model-driven forms set it). */
    public contextInfo?: { entityTypeName: string; entityId: string; entityRecordName?: string };

    public setControlState(state: ComponentFramework.Dictionary): boolean {
        this.savedStates.push(state);
        return true;
    }

    public setFullScreen(): void {
        notMocked('mode.setFullScreen');
    }

    public trackContainerResize(value: boolean): void {
        this.resizeTracked = value;
    }
}

type RetrieveRecord = ComponentFramework.WebApi['retrieveRecord'];
type RetrieveMultiple = ComponentFramework.WebApi['retrieveMultipleRecords'];

export class MockWebApi implements ComponentFramework.WebApi {
    public retrieveRecord = jest.fn<ReturnType<RetrieveRecord>, Parameters<RetrieveRecord>>(() => notMocked('webAPI.retrieveRecord'));
    public retrieveMultipleRecords = jest.fn<ReturnType<RetrieveMultiple>, Parameters<RetrieveMultiple>>(() => notMocked('webAPI.retrieveMultipleRecords'));

    public createRecord(): Promise<ComponentFramework.LookupValue> {
        return notMocked('webAPI.createRecord');
    }

    public updateRecord(): Promise<ComponentFramework.LookupValue> {
        return notMocked('webAPI.updateRecord');
    }

    public deleteRecord(): Promise<ComponentFramework.LookupValue> {
        return notMocked('webAPI.deleteRecord');
    }
}

export class MockContext implements ComponentFramework.Context<IInputs> {
    public readonly mode = new MockMode();
    public readonly resources = new MockResources();
    public readonly webAPI = new MockWebApi();
    public updatedProperties: string[] = [];
    public parameters: IInputs;
    public events = {};
    public fluentDesignLanguage?: ComponentFramework.FluentDesignState;
    public readonly userSettings = {
        getTimeZoneOffsetMinutes: (): number => 0,
    } as unknown as ComponentFramework.UserSettings;

    public constructor(
        public readonly dataset: MockDataSet,
        raw: Parameters<typeof mockParameters>[1] = {},
    ) {
        this.parameters = mockParameters(dataset, raw);
    }

    get client(): ComponentFramework.Client {
        return notMocked('context.client');
    }
    get device(): ComponentFramework.Device {
        return notMocked('context.device');
    }
    get factory(): ComponentFramework.Factory {
        return notMocked('context.factory');
    }
    get formatting(): ComponentFramework.Formatting {
        return notMocked('context.formatting');
    }
    get navigation(): ComponentFramework.Navigation {
        return notMocked('context.navigation');
    }
    get utils(): ComponentFramework.Utility {
        return notMocked('context.utils');
    }
    get copilot(): ComponentFramework.Copilot {
        return notMocked('context.copilot');
    }
}
