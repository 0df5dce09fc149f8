import { MAILBOX_COLUMNS } from '../core/types';
import type { ColumnValue, MailboxColumn, MailboxRow } from '../core/types';
import { LOOKUP_COLUMNS } from '../manifest';

type DataSet = ComponentFramework.PropertyTypes.DataSet;
type EntityRecord = ComponentFramework.PropertyHelper.DataSetApi.EntityRecord;

/** How a column's raw dataset value is read (docs/evidence.md §2.1 gives the Dataverse types). */
export type ColumnKind = 'id' | 'text' | 'boolean' | 'choice' | 'integer' | 'date' | 'lookup' | 'lookup-name' | 'entity-name';

export const COLUMN_KINDS: Readonly<Record<MailboxColumn, ColumnKind>> = {
    mailboxid: 'id',
    name: 'text',
    emailaddress: 'text',
    statecode: 'choice',
    statuscode: 'choice',
    emailserverprofile: 'lookup',
    emailserverprofilename: 'lookup-name',
    regardingobjectid: 'lookup',
    regardingobjectidname: 'lookup-name',
    regardingobjecttypecode: 'entity-name',
    isforwardmailbox: 'boolean',
    incomingemaildeliverymethod: 'choice',
    outgoingemaildeliverymethod: 'choice',
    actdeliverymethod: 'choice',
    enabledforincomingemail: 'boolean',
    enabledforoutgoingemail: 'boolean',
    enabledforact: 'boolean',
    incomingemailstatus: 'choice',
    outgoingemailstatus: 'choice',
    actstatus: 'choice',
    mailboxstatus: 'choice',
    transientfailurecount: 'integer',
    emailrouteraccessapproval: 'choice',
    isemailaddressapprovedbyo365admin: 'boolean',
    testemailconfigurationscheduled: 'boolean',
    testemailconfigurationretrycount: 'integer',
    testmailboxaccesscompletedon: 'date',
    postponetestemailconfigurationuntil: 'date',
    testandenablelastattemptedon: 'date',
    processingstatecode: 'integer',
    hostid: 'text',
    processinglastattemptedon: 'date',
    lastsyncstartedon: 'date',
    forcedunlockcount: 'integer',
    lastmailboxforcedunlockoccurredon: 'date',
    postponemailboxprocessinguntil: 'date',
    receivingpostponeduntil: 'date',
    receivingpostponeduntilforact: 'date',
    postponesendinguntil: 'date',
    nextscheduledactsyncinseconds: 'integer',
    noemailcount: 'integer',
    noactcount: 'integer',
    lastsuccessfulsynccompletedon: 'date',
    lastsyncerror: 'text',
    lastsyncerrorcode: 'integer',
    lastsyncerrorcount: 'integer',
    lastsyncerroroccurredon: 'date',
    lastsyncerrormachinename: 'text',
    itemsprocessedforlastsync: 'integer',
    itemsfailedforlastsync: 'integer',
    processemailreceivedafter: 'date',
    modifiedon: 'date',
};

/** Object type codes of the two mailbox owners (regardingobjecttypecode may come as a number). */
const OBJECT_TYPE_NAMES: Readonly<Record<number, string>> = { 8: 'systemuser', 2020: 'queue' };

/** "{A1B2…}" and "A1B2…" → "a1b2…": the form's entityId, lookups and Web API ids must compare equal. */
export function normalizeGuid(id: string): string {
    // Ids already in canonical form (the common case) skip the trim, regex and lower-casing.
    return CANONICAL_GUID.test(id) ? id : id.trim().replace(/^\{|\}$/g, '').toLowerCase();
}

const CANONICAL_GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Column names the dataset carries (its view plus any added with addColumn). */
export function datasetColumnNames(dataset: Pick<DataSet, 'columns'>): ReadonlySet<string> {
    const names = new Set<string>();
    for (const column of dataset.columns ?? []) if (column && typeof column.name === 'string') names.add(column.name);
    return names;
}

/** The columns mapRecord reads for this dataset: the ones it carries, without the derived lookup names and the id. */
export function mappingPlan(dataset: Pick<DataSet, 'columns'>): MailboxColumn[] {
    const present = datasetColumnNames(dataset);
    return MAILBOX_COLUMNS.filter((c) => present.has(c) && COLUMN_KINDS[c] !== 'lookup-name' && COLUMN_KINDS[c] !== 'id');
}

/**
 * Every key a row mapped with `columns` can have, in the order mapRecord fills them, as one object with fast
 * properties (JSON.parse builds them). Rows start as a copy of it (`{ ...shape }` keeps its hidden class), so
 * every row of a dataset shares one shape; stores by computed key into `{}` left each row in V8's slow
 * dictionary mode (measured: 10,000 records 109 → 53 ms, docs/performance.md).
 */
export function rowShape(columns: readonly MailboxColumn[]): Readonly<Record<string, null>> {
    let shape = SHAPES.get(columns);
    if (shape === undefined) SHAPES.set(columns, (shape = makeShape(columns)));
    return shape;
}

/** One shape per plan array (the snapshot cache keeps its plan, so mapRecord called per record builds it once). */
const SHAPES = new WeakMap<readonly MailboxColumn[], Readonly<Record<string, null>>>();

function makeShape(columns: readonly MailboxColumn[]): Readonly<Record<string, null>> {
    const keys: string[] = ['mailboxid'];
    for (const column of columns) {
        keys.push(column);
        if (COLUMN_KINDS[column] !== 'lookup') continue;
        const extra: { name: MailboxColumn; type?: MailboxColumn } = LOOKUP_COLUMNS[column as keyof typeof LOOKUP_COLUMNS];
        keys.push(extra.name);
        if (extra.type && !columns.includes(extra.type)) keys.push(extra.type);
    }
    return JSON.parse(`{${keys.map((k) => `${JSON.stringify(k)}:null`).join(',')}}`) as Record<string, null>;
}

/** One column of a mapping plan, decided once per plan rather than once per record and column. */
interface Step {
    readonly column: MailboxColumn;
    readonly read: (raw: unknown) => ColumnValue;
    /** A lookup's name column (emailserverprofilename…); null for other kinds. */
    readonly lookupName: MailboxColumn | null;
    /** A lookup's type column when the plan does not read it itself (regardingobjecttypecode); else null. */
    readonly lookupType: MailboxColumn | null;
}

const STEPS = new WeakMap<readonly MailboxColumn[], readonly Step[]>();

const READERS: Readonly<Record<ColumnKind, (raw: unknown) => ColumnValue>> = {
    id: (raw) => readValue('id', raw),
    text: (raw) => (typeof raw === 'string' ? (raw === '' ? null : raw) : readValue('text', raw)),
    boolean: (raw) => (typeof raw === 'boolean' ? raw : readValue('boolean', raw)),
    choice: (raw) => (typeof raw === 'number' && Number.isFinite(raw) ? raw : readValue('choice', raw)),
    integer: (raw) => (typeof raw === 'number' && Number.isFinite(raw) ? raw : readValue('integer', raw)),
    date: (raw) => readValue('date', raw),
    lookup: (raw) => readValue('lookup', raw),
    'lookup-name': (raw) => readValue('lookup-name', raw),
    'entity-name': (raw) => readValue('entity-name', raw),
};

function stepsOf(columns: readonly MailboxColumn[]): readonly Step[] {
    let steps = STEPS.get(columns);
    if (steps !== undefined) return steps;
    steps = columns.map((column): Step => {
        const kind = COLUMN_KINDS[column];
        if (kind !== 'lookup') return { column, read: READERS[kind], lookupName: null, lookupType: null };
        const extra: { name: MailboxColumn; type?: MailboxColumn } = LOOKUP_COLUMNS[column as keyof typeof LOOKUP_COLUMNS];
        return { column, read: READERS.lookup, lookupName: extra.name, lookupType: extra.type !== undefined && !columns.includes(extra.type) ? extra.type : null };
    });
    STEPS.set(columns, steps);
    return steps;
}

/**
 * One record → one row keyed by logical names with raw values: numbers for choices and integers, booleans for
 * two-options, Dates for date-times (never the formatted value: the schedule columns are DateOnly-formatted but carry
 * full UTC times, docs/evidence.md §2.7 T2). Reads only `columns` (mappingPlan: the ones the dataset carries);
 * an empty one is null. `shape` is `rowShape(columns)`, made once per plan. A key the record has no value for is deleted from the copy: absent
 * stays absent (unknown, which the core tells from null), at the cost of a slower object for that row only.
 */
export function mapRecord(record: EntityRecord, columns: readonly MailboxColumn[], shape: Readonly<Record<string, null>> = rowShape(columns)): MailboxRow {
    const row: Record<string, ColumnValue> = { ...shape };
    let absent: string[] | null = null;
    const recordId = safeRecordId(record);
    if (recordId !== null) row.mailboxid = normalizeGuid(recordId);
    else absent = ['mailboxid'];
    const steps = stepsOf(columns);
    for (let i = 0; i < steps.length; i++) {
        const step = steps[i];
        const raw = safeGetValue(record, step.column);
        if (raw === undefined) {
            // the host has no value for it: unknown, not empty
            (absent ??= []).push(step.column);
            if (step.lookupName !== null) absent.push(step.lookupName);
            if (step.lookupType !== null) absent.push(step.lookupType);
        } else if (step.lookupName === null) {
            row[step.column] = raw === null ? null : step.read(raw);
        } else {
            // a lookup we cannot read stays unknown, not empty (not "no server profile")
            const lookup = readLookup(raw);
            if (lookup === undefined) {
                (absent ??= []).push(step.column, step.lookupName);
                if (step.lookupType !== null) absent.push(step.lookupType);
                continue;
            }
            row[step.column] = lookup.id;
            row[step.lookupName] = lookup.name;
            if (step.lookupType !== null) {
                if (lookup.type !== null) row[step.lookupType] = lookup.type;
                else (absent ??= []).push(step.lookupType);
            }
        }
    }
    if (absent !== null) for (const key of absent) delete row[key];
    return row as MailboxRow;
}

function safeRecordId(record: EntityRecord): string | null {
    try {
        const id: unknown = record.getRecordId();
        return typeof id === 'string' && id !== '' ? id : null;
    } catch {
        return null;
    }
}

function safeGetValue(record: EntityRecord, column: string): unknown {
    try {
        return record.getValue(column) as unknown;
    } catch {
        return undefined;
    }
}

/** Reads a value of the given kind; a value of the wrong type is kept as text so the core reports it, never guessed. */
export function readValue(kind: ColumnKind, raw: unknown): ColumnValue {
    if (raw === null || raw === undefined) return null;
    switch (kind) {
        case 'boolean':
            return readBoolean(raw);
        case 'choice':
        case 'integer':
            return readNumber(raw);
        case 'date':
            return readDate(raw);
        case 'entity-name':
            return readEntityName(raw);
        default:
            return readText(raw);
    }
}

function readBoolean(raw: unknown): ColumnValue {
    if (typeof raw === 'boolean') return raw;
    if (raw === 1 || raw === 0) return raw === 1;
    if (typeof raw === 'string') {
        const s = raw.trim().toLowerCase();
        if (s === '1' || s === 'true') return true;
        if (s === '0' || s === 'false') return false;
        return s === '' ? null : raw;
    }
    return asVisibleText(raw);
}

function readNumber(raw: unknown): ColumnValue {
    if (typeof raw === 'number') return Number.isFinite(raw) ? raw : String(raw);
    if (typeof raw === 'string') {
        const s = raw.trim();
        if (s === '') return null;
        return /^[-+]?\d+(\.\d+)?$/.test(s) ? Number(s) : raw;
    }
    // An option set value object ({ value: 2 }) as some hosts hand it over.
    if (typeof raw === 'object' && raw !== null && 'value' in raw && typeof (raw as { value: unknown }).value === 'number') {
        return (raw as { value: number }).value;
    }
    return asVisibleText(raw);
}

function readDate(raw: unknown): ColumnValue {
    if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? 'Invalid Date' : raw;
    if (typeof raw === 'number') return Number.isFinite(raw) ? new Date(raw) : String(raw);
    if (typeof raw === 'string') return raw.trim() === '' ? null : raw; // ISO-8601 text: the core parses and checks it
    return asVisibleText(raw);
}

function readText(raw: unknown): ColumnValue {
    if (typeof raw === 'string') return raw === '' ? null : raw;
    if (typeof raw === 'number' || typeof raw === 'boolean') return String(raw);
    if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? 'Invalid Date' : raw.toISOString();
    return asVisibleText(raw);
}

function readEntityName(raw: unknown): ColumnValue {
    if (typeof raw === 'number') return OBJECT_TYPE_NAMES[raw] ?? String(raw);
    if (typeof raw === 'string') return raw === '' ? null : raw;
    return asVisibleText(raw);
}

/** Something unexpected (an object, an array): keep a readable trace of it rather than dropping it. */
function asVisibleText(raw: unknown): string {
    if (Array.isArray(raw)) return raw.map((v) => asVisibleText(v)).join(', ');
    if (typeof raw === 'object' && raw !== null) {
        try {
            return JSON.stringify(raw);
        } catch {
            return Object.prototype.toString.call(raw);
        }
    }
    return String(raw);
}

interface LookupParts {
    readonly id: string | null;
    readonly name: string | null;
    readonly type: string | null;
}

/**
 * A lookup value as hosts give it: EntityReference ({ id: { guid }, name, etn }), LookupValue ({ id, name,
 * entityType }), an array of either, or a bare id. null or an empty array = no value; undefined = cannot be read
 * (then the column stays unknown: a lookup we cannot read must not count as "no server profile").
 */
export function readLookup(raw: unknown): LookupParts | undefined {
    if (raw === null || raw === '') return { id: null, name: null, type: null };
    if (Array.isArray(raw)) return raw.length === 0 ? { id: null, name: null, type: null } : readLookup(raw[0]);
    if (typeof raw === 'string') return { id: normalizeGuid(raw), name: null, type: null };
    if (typeof raw !== 'object' || raw === undefined) return undefined;
    const o = raw as { id?: unknown; name?: unknown; etn?: unknown; entityType?: unknown };
    let id: string | null = null;
    if (typeof o.id === 'string') id = o.id;
    else if (typeof o.id === 'object' && o.id !== null && typeof (o.id as { guid?: unknown }).guid === 'string') id = (o.id as { guid: string }).guid;
    if (id === null || id.trim() === '') return undefined; // an object without an id is not "no profile"
    const name = typeof o.name === 'string' && o.name !== '' ? o.name : null;
    const type = typeof o.etn === 'string' ? o.etn : typeof o.entityType === 'string' ? o.entityType : null;
    return { id: normalizeGuid(id), name, type };
}
