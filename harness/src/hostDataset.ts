/**
 * The `mailboxes` dataset as a model-driven host gives it to a PCF control, over the generated fleet.
 *
 * The documented semantics it shares with the unit tests' mock dataset live in ./datasetRules.ts (page size on the
 * next refresh, one request at a time, totals capped at 5,000, absent columns, addColumn, canvas-style paging).
 * Beyond those, behaviour copied from the platform (and worth knowing when reading the control):
 * - Records arrive a page at a time after a simulated latency; `loading` is true meanwhile and the control gets an
 *   updateView when it flips. The first page is requested by the host itself, before init, with the view's page
 *   size: a refresh or page request from the control before it arrives is a parallel call.
 * - loadNextPage appends to the records already loaded (model-driven apps) or replaces them (`pagingStyle:
 *   'replace'`, canvas apps and custom pages); loadExactPage replaces them with that page. A call while a request is
 *   in flight is reported with console.error (the browser tests fail on it) and ignored.
 * - refresh() and paging.reset() reload from page 1 with the current columns, filter, sorting and page size
 *   (dataset.sorting is the live array the control edits).
 * - addColumn(name) takes effect at the next refresh: only then does the column appear in `columns` (order -1, as
 *   columns that are not part of the view) and on records; with `addColumn: 'ignores'` it never does.
 * - getValue of a column the dataset does not carry returns null (ABSENT_COLUMN_VALUE). Date-times are Date objects, choices numbers, two-options booleans, lookups
 *   EntityReference { id: { guid }, name, etn }. getFormattedValue gives what the grid shows: the date alone for the
 *   DateOnly-format schedule columns (trap T2).
 * - Nulls sort first in ascending order (SQL Server), ties are broken by mailboxid (stable paging).
 */
import type { MailboxRow } from '../../MailboxHealth/core/types';
import { ABSENT_COLUMN_VALUE, DatasetRules, MAX_PAGE_SIZE, reportedTotal, type AddColumnBehaviour, type DatasetOperation, type PagingStyle } from './datasetRules';
import { formattedValue, type OffsetMinutes } from './format';
import { columnMeta, type ColumnMeta } from './metadata';

type DataSet = ComponentFramework.PropertyTypes.DataSet;
type Column = ComponentFramework.PropertyHelper.DataSetApi.Column;
type SortStatus = ComponentFramework.PropertyHelper.DataSetApi.SortStatus;
type FilterExpression = ComponentFramework.PropertyHelper.DataSetApi.FilterExpression;
type ConditionExpression = ComponentFramework.PropertyHelper.DataSetApi.ConditionExpression;
type EntityReference = ComponentFramework.EntityReference;

export { MAX_PAGE_SIZE } from './datasetRules';

/** The SQL timeout Dataverse reports when a view query fails (used by `failPage`). */
export const LOAD_ERROR_MESSAGE =
    'Sql error: Execution Timeout Expired. The timeout period elapsed prior to completion of the operation or the server is not responding. CRM ErrorCode: -2147204783 Sql ErrorCode: -2146232060 Sql Number: -2';

export interface HostDatasetEvents {
    /** The dataset changed: the host calls updateView. */
    changed(): void;
    selected(ids: string[]): void;
    opened(reference: EntityReference): void;
    log(message: string): void;
}

export interface HostDatasetOptions {
    readonly rows: readonly MailboxRow[];
    readonly viewColumns: readonly string[];
    /** false: the host has no addColumn (dataset.addColumn is undefined). */
    readonly allowAddColumn: boolean;
    /** 'ignores': addColumn exists and accepts every name but no column ever arrives (default 'adds'). */
    readonly addColumnBehaviour?: AddColumnBehaviour;
    /** 'replace': loadNextPage replaces the records, as canvas apps and custom pages do (default 'accumulate'). */
    readonly pagingStyle?: PagingStyle;
    readonly pageSize: number;
    readonly latencyMs: number;
    /** 'unknown': totalResultCount stays -1, as when the count is beyond what the host counts. */
    readonly totalCount: 'exact' | 'unknown';
    /** The n-th page request (1-based, counting every request) fails once with LOAD_ERROR_MESSAGE. */
    readonly failPage: number | null;
    readonly offset: OffsetMinutes;
    readonly viewTitle: string;
    readonly viewId: string;
    readonly events: HostDatasetEvents;
    /** setTimeout by default; tests inject their own clock. */
    readonly schedule?: (fn: () => void, ms: number) => void;
}

/** A record of the dataset: the row it reads and the columns it was fetched with. */
class HostRecord {
    public constructor(
        private readonly row: MailboxRow,
        private readonly columns: ReadonlySet<string>,
        private readonly offset: OffsetMinutes,
    ) {}

    public getRecordId(): string {
        return this.row.mailboxid as string;
    }

    public getValue(column: string): unknown {
        if (!this.columns.has(column)) return ABSENT_COLUMN_VALUE;
        return rawValue(this.row, column);
    }

    public getFormattedValue(column: string): string {
        if (!this.columns.has(column)) return '';
        const raw = rawValue(this.row, column);
        return formattedValue(column, raw, this.offset, lookupName(this.row, column));
    }

    public getNamedReference(): EntityReference {
        return { id: { guid: this.row.mailboxid as string }, name: String(this.row.name ?? ''), etn: 'mailbox' };
    }
}

function lookupName(row: MailboxRow, column: string): string | null {
    if (column === 'emailserverprofile') return (row.emailserverprofilename as string | null) ?? null;
    if (column === 'regardingobjectid') return (row.regardingobjectidname as string | null) ?? null;
    return null;
}

/** A row's value as the dataset hands it over. */
export function rawValue(row: MailboxRow, column: string): unknown {
    const value = (row as Record<string, unknown>)[column];
    if (value === undefined || value === null) return null;
    if (column === 'emailserverprofile') return { id: { guid: value as string }, name: String(row.emailserverprofilename ?? ''), etn: 'emailserverprofile' };
    if (column === 'regardingobjectid') return { id: { guid: value as string }, name: String(row.regardingobjectidname ?? ''), etn: String(row.regardingobjecttypecode ?? 'systemuser') };
    return value;
}

type SortKey = number | string | null;

function sortKey(row: MailboxRow, meta: ColumnMeta | undefined, column: string): SortKey {
    const value = (row as Record<string, unknown>)[column];
    if (value === null || value === undefined) return null;
    if (meta?.kind === 'lookup') return String(lookupName(row, column) ?? '').toLowerCase();
    if (value instanceof Date) return value.getTime();
    if (typeof value === 'boolean') return value ? 1 : 0;
    if (typeof value === 'number') return value;
    return String(value).toLowerCase();
}

function compareKeys(a: SortKey, b: SortKey): number {
    if (a === b) return 0;
    if (a === null) return -1;
    if (b === null) return 1;
    return a < b ? -1 : 1;
}

function normalizeId(s: string): string {
    return s.replace(/^\{|\}$/g, '').toLowerCase();
}

export class HostDataset {
    public loading = false;
    public error = false;
    public errorMessage = '';
    /** Pages in the loaded range (reset to 1 by a reload from page 1). */
    public pagesLoaded = 0;
    /** Page requests since the host started. */
    public pageRequests = 0;
    public selectedIds: string[] = [];
    /** The live sorting array: the control edits it, refresh applies it. */
    public sorting: SortStatus[] = [{ name: 'name', sortDirection: 0 }];

    private readonly byId = new Map<string, MailboxRow>();
    private activeColumns: string[];
    private filter: FilterExpression | null = null;
    private readonly rules: DatasetRules;
    private result: readonly MailboxRow[] = [];
    private loadedIds: string[] = [];
    private records: Record<string, HostRecord> = {};
    private firstPage = 1;
    private lastPage = 0;
    /** Index in `result` of the first loaded record. */
    private rangeStart = 0;
    private totalResultCount = -1;
    private generation = 0;
    private columnObjects: Column[];
    private readonly schedule: (fn: () => void, ms: number) => void;

    public constructor(private readonly options: HostDatasetOptions) {
        for (const row of options.rows) this.byId.set(normalizeId(String(row.mailboxid)), row);
        this.activeColumns = [...options.viewColumns];
        this.columnObjects = this.buildColumns();
        this.rules = new DatasetRules(options.pageSize, options.pagingStyle ?? 'accumulate', options.addColumnBehaviour ?? 'adds', (message) => {
            // console.error: the harness page collects it in window.__host.errors, which every browser test checks.
            this.options.events.log(message);
            console.error(`[host] ${message}`);
        });
        this.schedule = options.schedule ?? ((fn, ms) => void setTimeout(fn, ms));
    }

    /** The host loads the view's first page on its own, as the platform does when the grid appears. */
    public start(): void {
        if (this.rules.begin('refresh')) this.loadFrom(1, 'first');
    }

    /** The page size of the loaded pages and of the next loadNextPage. */
    public get pageSize(): number {
        return this.rules.pageSize;
    }

    public get recordsLoaded(): number {
        return this.loadedIds.length;
    }

    public get total(): number {
        return this.totalResultCount;
    }

    public get columnNames(): readonly string[] {
        return this.activeColumns;
    }

    /** A fresh DataSet object for one updateView, as the platform hands out. */
    public snapshot(): DataSet {
        const loadedCount = this.loadedIds.length;
        const paging = {
            totalResultCount: this.options.totalCount === 'unknown' || this.totalResultCount < 0 ? -1 : reportedTotal(this.totalResultCount),
            firstPageNumber: this.firstPage,
            lastPageNumber: this.lastPage,
            pageSize: this.rules.pageSize,
            hasNextPage: loadedCount > 0 && this.endOfRange() < this.result.length,
            hasPreviousPage: this.firstPage > 1,
            loadNextPage: () => this.loadNextPage(),
            loadPreviousPage: () => this.loadPreviousPage(),
            reset: () => this.reload('paging.reset'),
            setPageSize: (size: number) => this.setPageSize(size),
            loadExactPage: (page: number) => this.loadExactPage(page),
        };
        const filtering = {
            getFilter: () => this.filter as FilterExpression,
            setFilter: (expression: FilterExpression) => {
                this.filter = expression;
                this.options.events.log(`filtering.setFilter ${JSON.stringify(expression)}`);
            },
            clearFilter: () => {
                this.filter = null;
                this.options.events.log('filtering.clearFilter');
            },
        };
        const dataset: Record<string, unknown> = {
            columns: this.columnObjects,
            error: this.error,
            errorMessage: this.errorMessage,
            filtering,
            linking: {
                getLinkedEntities: () => [],
                addLinkedEntity: (expression: unknown) => this.options.events.log(`linking.addLinkedEntity ${JSON.stringify(expression)}`),
            },
            loading: this.loading,
            paging,
            records: this.records,
            sortedRecordIds: this.loadedIds,
            clearSelectedRecordIds: () => this.select([]),
            getSelectedRecordIds: () => [...this.selectedIds],
            getTargetEntityType: () => 'mailbox',
            getTitle: () => this.options.viewTitle,
            getViewId: () => this.options.viewId,
            openDatasetItem: (reference: EntityReference) => this.options.events.opened(reference),
            refresh: () => this.reload('refresh'),
            setSelectedRecordIds: (ids: string[]) => this.select(ids),
        };
        Object.defineProperty(dataset, 'sorting', {
            enumerable: true,
            get: () => this.sorting,
            set: (value: SortStatus[]) => {
                this.sorting = Array.isArray(value) ? value : [];
            },
        });
        if (this.options.allowAddColumn) dataset.addColumn = (name: string, entityAlias?: string) => this.addColumn(name, entityAlias);
        return dataset as unknown as DataSet;
    }

    public select(ids: string[]): void {
        this.selectedIds = Array.isArray(ids) ? ids.map(String) : [];
        this.options.events.selected([...this.selectedIds]);
    }

    public addColumn(name: string, entityAlias?: string): void {
        if (entityAlias) {
            this.options.events.log(`addColumn ${name} (${entityAlias}): linked columns are not offered by the harness`);
            return;
        }
        if (!columnMeta(name)) {
            // The platform rejects a name that is not an attribute of the table.
            throw new Error(`'mailbox' entity doesn't contain attribute with Name = '${name}'.`);
        }
        const arrives = this.rules.addColumn(name, this.activeColumns);
        this.options.events.log(arrives ? `addColumn ${name}` : `addColumn ${name} ignored by this host`);
    }

    public setPageSize(size: number): void {
        const applies = this.rules.setPageSize(size);
        if (applies === null) {
            this.options.events.log(`setPageSize ${String(size)} ignored`);
            return;
        }
        const requested = Math.floor(Number(size));
        this.options.events.log(`setPageSize ${requested}${requested > MAX_PAGE_SIZE ? ` (capped at ${MAX_PAGE_SIZE})` : ''} (applies at the next refresh)`);
    }

    public reload(reason: 'refresh' | 'paging.reset'): void {
        const arrived = this.rules.reload(reason);
        if (arrived === null) return;
        this.options.events.log(reason);
        if (arrived.length > 0) {
            this.activeColumns = [...this.activeColumns, ...arrived];
            this.columnObjects = this.buildColumns();
        }
        this.loadFrom(1, 'first');
    }

    public loadNextPage(): void {
        if (!this.rules.begin('paging.loadNextPage')) return;
        if (this.endOfRange() >= this.result.length) {
            this.rules.end();
            this.options.events.log('loadNextPage ignored: no next page');
            return;
        }
        this.options.events.log('loadNextPage');
        this.request(this.generation, () => {
            const next = this.rules.nextRange({ start: this.rangeStart, count: this.loadedIds.length }, this.result.length);
            const page = this.result.slice(this.endOfRange(), next.start + next.count);
            if (this.rules.pagingStyle === 'replace') {
                this.records = {};
                this.loadedIds = [];
                this.rangeStart = next.start;
                this.firstPage = this.lastPage + 1;
                this.pagesLoaded = 0;
            }
            this.appendRecords(page);
            this.pagesLoaded++;
            this.lastPage = this.firstPage + this.pagesLoaded - 1;
        });
    }

    public loadPreviousPage(): void {
        if (this.firstPage > 1) this.loadExactPage(this.firstPage - 1, 'paging.loadPreviousPage');
    }

    public loadExactPage(page: number, operation: DatasetOperation = 'paging.loadExactPage'): void {
        const n = Math.floor(Number(page));
        if (!Number.isFinite(n) || n < 1) {
            this.options.events.log(`loadExactPage ${String(page)} ignored`);
            return;
        }
        if (!this.rules.begin(operation)) return;
        this.options.events.log(`loadExactPage ${n}`);
        this.loadFrom(n, 'exact');
    }

    /** Index in `result` after the last loaded record. */
    private endOfRange(): number {
        return this.rangeStart + this.loadedIds.length;
    }

    private loadFrom(page: number, mode: 'first' | 'exact'): void {
        const generation = ++this.generation;
        const result = this.query();
        const pageSize = this.rules.pageSize;
        const start = (page - 1) * pageSize;
        this.request(generation, () => {
            this.result = result;
            this.totalResultCount = result.length;
            this.records = {};
            this.loadedIds = [];
            this.firstPage = page;
            this.rangeStart = start;
            this.appendRecords(result.slice(start, start + pageSize));
            this.lastPage = page;
            this.pagesLoaded = 1;
            if (mode === 'first') this.options.events.log(`loaded page 1 of ${this.totalResultCount} records`);
        });
    }

    /** One round trip: loading now, the data after the latency; a newer request makes this one stale. */
    private request(generation: number, deliver: () => void): void {
        const sequence = ++this.pageRequests;
        this.loading = true;
        this.error = false;
        this.errorMessage = '';
        this.options.events.changed();
        this.schedule(() => {
            if (generation !== this.generation) return; // superseded by a refresh
            this.rules.end();
            this.loading = false;
            if (this.options.failPage === sequence) {
                this.error = true;
                this.errorMessage = LOAD_ERROR_MESSAGE;
                this.options.events.log(`page request ${sequence} failed`);
            } else {
                deliver();
            }
            this.options.events.changed();
        }, this.options.latencyMs);
    }

    private appendRecords(page: readonly MailboxRow[]): void {
        const columns = new Set(this.activeColumns);
        const records: Record<string, HostRecord> = Object.assign({}, this.records);
        const ids = this.loadedIds.slice();
        for (const row of page) {
            const id = row.mailboxid as string;
            records[id] = new HostRecord(row, columns, this.options.offset);
            ids.push(id);
        }
        this.records = records;
        this.loadedIds = ids;
    }

    private buildColumns(): Column[] {
        const inView = new Set(this.options.viewColumns);
        return this.activeColumns.map((name, index) => {
            const meta = columnMeta(name);
            return {
                name,
                displayName: meta?.displayName ?? name,
                dataType: meta?.dataType ?? 'SingleLine.Text',
                alias: name,
                order: inView.has(name) ? index : -1,
                visualSizeFactor: name === 'name' || name === 'emailaddress' ? 200 : 100,
                isHidden: false,
                isPrimary: name === 'name',
                disableSorting: false,
            };
        });
    }

    /** Filter, then sort: the query the next pages are read from (like a paging cookie). */
    private query(): MailboxRow[] {
        const rows = this.filter ? this.options.rows.filter((row) => this.matches(row, this.filter as FilterExpression)) : this.options.rows.slice();
        const sorts = this.sorting.filter((s) => s && typeof s.name === 'string' && (s.sortDirection === 0 || s.sortDirection === 1));
        const keyed = rows.map((row) => ({ row, keys: sorts.map((s) => sortKey(row, columnMeta(s.name), s.name)), id: String(row.mailboxid) }));
        keyed.sort((a, b) => {
            for (let i = 0; i < sorts.length; i++) {
                const c = compareKeys(a.keys[i], b.keys[i]);
                if (c !== 0) return sorts[i].sortDirection === 1 ? -c : c;
            }
            return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
        });
        return keyed.map((k) => k.row);
    }

    private matches(row: MailboxRow, filter: FilterExpression): boolean {
        const results: boolean[] = [];
        for (const condition of filter.conditions ?? []) {
            const outcome = this.test(row, condition);
            if (outcome !== null) results.push(outcome);
        }
        for (const child of filter.filters ?? []) results.push(this.matches(row, child));
        if (results.length === 0) return true;
        return filter.filterOperator === 1 ? results.some(Boolean) : results.every(Boolean);
    }

    /** One condition; null when the harness does not know the operator (logged, then ignored). */
    private test(row: MailboxRow, condition: ConditionExpression): boolean | null {
        const column = condition.attributeName;
        const meta = columnMeta(column);
        const raw = (row as Record<string, unknown>)[column];
        const values = (Array.isArray(condition.value) ? condition.value : [condition.value]).map((v) => String(v));
        const operand = (text: string): SortKey => {
            if (meta?.kind === 'id' || meta?.kind === 'lookup') return normalizeId(text);
            if (meta?.kind === 'boolean') return text === '1' || text.toLowerCase() === 'true' ? 1 : 0;
            if (meta?.kind === 'choice' || meta?.kind === 'integer') return Number(text);
            if (meta?.kind === 'datetime' || meta?.kind === 'dateonly') return Date.parse(text);
            return text.toLowerCase();
        };
        let value: SortKey;
        if (raw === null || raw === undefined) value = null;
        else if (meta?.kind === 'id' || meta?.kind === 'lookup') value = normalizeId(String(raw));
        else value = sortKey(row, meta, column);
        const first = operand(values[0] ?? '');
        switch (condition.conditionOperator as number) {
            case 0:
                return value !== null && value === first;
            case 1:
                return value === null || value !== first;
            case 2:
                return value !== null && first !== null && value > first;
            case 3:
                return value !== null && first !== null && value < first;
            case 4:
                return value !== null && first !== null && value >= first;
            case 5:
                return value !== null && first !== null && value <= first;
            case 6:
            case 7: {
                const pattern = new RegExp(`^${values[0].replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/%/g, '.*')}$`, 'i');
                const hit = value !== null && pattern.test(String(value));
                return condition.conditionOperator === 6 ? hit : !hit;
            }
            case 8:
                return value !== null && values.map(operand).includes(value);
            case 9:
                return value === null || !values.map(operand).includes(value);
            case 12:
                return value === null;
            case 13:
                return value !== null;
            case 49:
                return value !== null && String(value).includes(String(first));
            default:
                this.options.events.log(`filter operator ${String(condition.conditionOperator)} on ${column} is not simulated; condition ignored`);
                return null;
        }
    }
}
