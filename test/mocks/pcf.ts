/**
 * Typed PCF mocks (Creator Kit style): classes implementing the ComponentFramework interfaces the control uses.
 * Anything a test did not set up throws "Not mocked: …", so an unexpected call (a Web API request, a navigation)
 * fails loudly instead of passing silently. The dataset follows the host semantics the harness follows too
 * (harness/src/datasetRules.ts), so both fail the same control code.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { IInputs } from '../../MailboxHealth/generated/ManifestTypes';
import { ABSENT_COLUMN_VALUE, DatasetRules, reportedTotal, UNKNOWN_SIZE, type PagingStyle } from '../../harness/src/datasetRules';
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
        /** The columns the dataset carries (null: every value given); like the host, nothing else is readable. */
        private readonly carried: ReadonlySet<string> | null = null,
    ) {}

    /** This record as a dataset carrying `columns` hands it over. */
    public carrying(columns: ReadonlySet<string>): MockEntityRecord {
        return new MockEntityRecord(this.id, this.values, this.formatted, this.etn, columns);
    }

    public getRecordId(): string {
        return this.id;
    }

    /** Like the host (harness/src/datasetRules.ts): the raw value, or null for a column the dataset does not carry. */
    public getValue(columnName: string): ReturnType<EntityRecord['getValue']> {
        if ((this.carried !== null && !this.carried.has(columnName)) || !(columnName in this.values)) return ABSENT_COLUMN_VALUE as unknown as ReturnType<EntityRecord["getValue"]>;
        return this.values[columnName] as ReturnType<EntityRecord['getValue']>;
    }

    public getFormattedValue(columnName: string): string {
        if (this.carried !== null && !this.carried.has(columnName)) return '';
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

/**
 * Paging over a backing list of records, with the host semantics of harness/src/datasetRules.ts: loadNextPage asks
 * and deliverPage() plays the host answering; setPageSize applies at the next refresh or reset; a call while another
 * is in flight throws (the test sees it).
 */
export class MockPaging implements ComponentFramework.PropertyHelper.DataSetApi.Paging {
    public firstPageNumber = 1;
    public lastPageNumber = 1;
    public loadNextPageCalls = 0;
    public resetCalls = 0;
    public pending = false;
    public setPageSizeCalls: number[] = [];

    public constructor(private readonly dataset: MockDataSet) {}

    /** The size of the pages loaded so far and of the next loadNextPage. */
    public get pageSize(): number {
        return this.dataset.rules.pageSize;
    }

    /** A test playing a host whose pages have this size already. */
    public set pageSize(size: number) {
        this.dataset.rules.pageSize = size;
    }

    public get totalResultCount(): number {
        return this.dataset.reportTotal ? reportedTotal(this.dataset.allRecords.length) : -1;
    }

    public get hasNextPage(): boolean {
        return this.dataset.loadedEnd < this.dataset.allRecords.length;
    }

    public get hasPreviousPage(): boolean {
        return this.dataset.loadedStart > 0;
    }

    public loadNextPage(loadOnlyNewPage?: boolean): void {
        if (loadOnlyNewPage) notMocked('paging.loadNextPage(true)');
        this.dataset.rules.begin('paging.loadNextPage');
        this.loadNextPageCalls++;
        this.pending = true;
        this.dataset.loading = true;
    }

    public setPageSize(pageSize: number): void {
        this.setPageSizeCalls.push(pageSize);
        this.dataset.rules.setPageSize(pageSize);
    }

    public reset(): void {
        this.resetCalls++;
        this.dataset.reload('paging.reset');
    }

    public loadPreviousPage(): void {
        notMocked('paging.loadPreviousPage');
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
    /** Offer dataset.addColumn (model-driven apps do; some hosts don't); 'ignores': offered, but nothing arrives. */
    readonly addColumn?: boolean | 'ignores';
    /** Records delivered on the first load (default: all). */
    readonly firstPage?: number;
    /** The page size the host starts with (default 25; setPageSize applies at the next refresh). */
    readonly pageSize?: number;
    /** 'replace': loadNextPage replaces the records, as canvas apps and custom pages do. */
    readonly pagingStyle?: PagingStyle;
    readonly sorting?: SortStatus[];
    /** Report paging.totalResultCount (default true); false gives -1 as hosts do when they don't know. */
    readonly reportTotal?: boolean;
    /** The table of the view (getTargetEntityType), default mailbox. */
    readonly table?: string;
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
    /** The host semantics shared with the harness (page size, one request at a time, addColumn). */
    public readonly rules: DatasetRules;
    public refreshCalls = 0;
    public addedColumns: string[] = [];
    public selected: string[] = [];
    public opened: ComponentFramework.EntityReference[] = [];
    public addColumn?: (name: string, entityAlias?: string) => void;
    /** Index in allRecords of the first loaded record, and after the last. */
    public loadedStart = 0;
    public loadedEnd = 0;
    private readonly table: string;
    /** Columns arriving with the refresh in flight. */
    private arriving: string[] = [];
    /** Records as handed over with the current columns: the same object until a refresh (as the platform does). */
    private handedOver = new Map<MockEntityRecord, MockEntityRecord>();

    public constructor(init: MockDataSetInit) {
        this.columns = init.columns.map((c, i) => column(c, 'SingleLine.Text', i));
        this.allRecords = [...(init.records ?? [])];
        this.sorting = init.sorting ?? [];
        this.reportTotal = init.reportTotal ?? true;
        this.table = init.table ?? 'mailbox';
        this.rules = new DatasetRules(init.pageSize ?? 25, init.pagingStyle ?? 'accumulate', init.addColumn === 'ignores' ? 'ignores' : 'adds', (message) => {
            throw new Error(message);
        });
        this.paging = new MockPaging(this);
        if (init.addColumn) {
            this.addColumn = (name: string) => {
                this.addedColumns.push(name);
                this.rules.addColumn(name, this.columns.map((c) => c.name));
            };
        }
        this.show(init.firstPage ?? this.allRecords.length);
    }

    get linking(): ComponentFramework.PropertyHelper.DataSetApi.Linking {
        return notMocked('dataset.linking');
    }

    /** The host delivering records [start, start + count): new records object and id array, as the platform hands over. */
    public show(count: number, start = 0): void {
        const carried = new Set(this.columns.map((c) => c.name));
        const shown = this.allRecords.slice(start, start + count).map((r) => {
            let handed = this.handedOver.get(r);
            if (!handed) {
                handed = r.carrying(carried);
                this.handedOver.set(r, handed);
            }
            return handed;
        });
        this.loadedStart = start;
        this.loadedEnd = start + shown.length;
        this.records = Object.fromEntries(shown.map((r) => [r.getRecordId(), r]));
        this.sortedRecordIds = shown.map((r) => r.getRecordId());
    }

    /** Answers the outstanding loadNextPage with the next page (appended, or alone with pagingStyle 'replace'). */
    public deliverPage(): void {
        if (!this.paging.pending) throw new Error('no page was requested');
        this.paging.pending = false;
        this.loading = false;
        this.rules.end();
        const next = this.rules.nextRange({ start: this.loadedStart, count: this.loadedEnd - this.loadedStart }, this.allRecords.length);
        this.show(next.count, next.start);
    }

    /** refresh(): reloads from page 1 with the pending page size; columns added with addColumn arrive with it. */
    public refresh(): void {
        this.refreshCalls++;
        this.reload('refresh');
    }

    /** refresh() and paging.reset(): one request, answered by completeRefresh(). */
    public reload(operation: 'refresh' | 'paging.reset'): void {
        this.arriving = this.rules.reload(operation) ?? [];
        this.loading = true;
    }

    /**
     * Completes a refresh or reset: the first page at the (now applied) page size, new record objects, and the
     * columns added with addColumn (unless `deliverColumns` is false: the host ignored them).
     */
    public completeRefresh(deliverColumns = true): void {
        if (!this.loading || this.paging.pending) throw new Error('no refresh was requested');
        this.rules.end();
        if (deliverColumns) for (const name of this.arriving) if (!this.columns.some((c) => c.name === name)) this.columns = [...this.columns, column(name)];
        this.arriving = [];
        this.loading = false;
        this.handedOver = new Map();
        this.show(Math.min(this.allRecords.length, this.rules.pageSize));
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
        return this.table;
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
        maxTransientFailures: property(v('maxTransientFailures', 10), 'Whole.None') as IInputs['maxTransientFailures'],
        approvalRequired: property(v('approvalRequired', 'yes'), 'Enum') as IInputs['approvalRequired'],
        showCharts: property(v('showCharts', 'yes'), 'Enum') as IInputs['showCharts'],
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
    /** -1 until trackContainerResize(true), as hosts do (harness/src/datasetRules.ts UNKNOWN_SIZE). */
    private width: number = UNKNOWN_SIZE;
    private height: number = UNKNOWN_SIZE;
    /** The container's size once tracked (a test may set it, or -1 for a dimension the host does not limit). */
    public container = { width: 1200, height: 800 };
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

    public get allocatedWidth(): number {
        return this.resizeTracked ? this.container.width : this.width;
    }

    public get allocatedHeight(): number {
        return this.resizeTracked ? this.container.height : this.height;
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
