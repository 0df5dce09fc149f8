/**
 * context.webAPI over the generated fleet, answering the way Dataverse's Web API (through Xrm.WebApi) does:
 * lookups as `_x_value` with their formatted-value and lookuplogicalname annotations, date-times as ISO-8601 UTC
 * strings with whole seconds, formatted values for choices and two-options, `@odata.etag`, the primary key always.
 * Only the OData a control needs is understood: $select, $filter (comparisons joined by `and`), $orderby, $top, and
 * the `$skiptoken` of a next-link (a page cut by maxPageSize, as Xrm.WebApi pages: the next-link repeats the query).
 * Anything else is rejected with a message that says so. With `throttle` the tracelog reads answer HTTP 429 (the
 * first one, or every one) the way Dataverse's service protection does, with a Retry-After. With `noPrivilege` the reads of tracelog and
 * emailserverprofile reject as Dataverse does for a user without prvReadTraceLog / prvReadEmailServerProfile.
 */
import type { MailboxRow, ProfileRow, TraceEntry } from '../../MailboxHealth/core/types';
import {
    AUTHENTICATION_PROTOCOL,
    AUTHENTICATION_PROTOCOL_LABELS,
    CREDENTIAL_RETRIEVAL,
    CREDENTIAL_RETRIEVAL_LABELS,
    labelsByValue,
    RECORD_STATE,
    RECORD_STATE_LABELS,
    SERVER_TYPE,
    SERVER_TYPE_LABELS,
} from '../../MailboxHealth/core/vocabulary';
import { formatDateShort, formattedValue, isoSeconds, type OffsetMinutes } from './format';
import { MAILBOX_METADATA, TRACE_LEVELS } from './metadata';

type Entity = Record<string, unknown>;

export interface WebApiCall {
    readonly method: 'retrieveMultipleRecords' | 'retrieveRecord' | 'createRecord' | 'updateRecord' | 'deleteRecord';
    readonly entity: string;
    readonly id?: string;
    readonly options?: string;
    readonly outcome: 'resolved' | 'rejected';
    readonly detail: string;
}

export interface HostWebApiOptions {
    readonly rows: readonly MailboxRow[];
    readonly profiles: readonly ProfileRow[];
    readonly traces: ReadonlyMap<string, readonly TraceEntry[]>;
    readonly noPrivilege: boolean;
    /** More tracelog rows per mailbox id (sample/alertHistory.ts), read together with `traces`. */
    readonly alertHistory?: ReadonlyMap<string, readonly TraceEntry[]>;
    /** Answer tracelog reads with HTTP 429: the first one only, or every one. */
    readonly throttle?: 'first' | 'always' | null;
    /** The Retry-After of a 429, seconds (default 1). */
    readonly retryAfterSeconds?: number;
    readonly latencyMs: number;
    /** The signed-in user, for the privilege error text. */
    readonly userId: string;
    readonly offset: OffsetMinutes;
    /** A call went out (its answer comes after the latency). */
    readonly onStart?: () => void;
    readonly onCall: (call: WebApiCall) => void;
    readonly schedule?: (fn: () => void, ms: number) => void;
}

/** Error codes as Dataverse reports them (signed 32-bit). */
export const ERROR_CODES = {
    /** 0x80040220 SecLib::AccessCheckEx failed: the user lacks a privilege. */
    missingPrivilege: 0x80040220 | 0,
    /** 0x80040217 ObjectDoesNotExist. */
    notFound: 0x80040217 | 0,
    /** 0x80060888 Could not find a property / malformed query. */
    badQuery: 0x80060888 | 0,
    /** 0x80072322 Number of requests exceeded the limit (service protection, HTTP 429). */
    throttled: 0x80072322 | 0,
} as const;

/** Privilege names and object type codes of the tables the control reads without the dataset. */
const PRIVILEGES: Readonly<Record<string, { privilege: string; privilegeId: string; otc: number }>> = {
    tracelog: { privilege: 'prvReadTraceLog', privilegeId: '1d3b4e41-7c2f-4b8e-9e1a-5c7d2f9a0b13', otc: 8050 },
    emailserverprofile: { privilege: 'prvReadEmailServerProfile', privilegeId: '6a9e2c17-3f5d-4d21-8b44-0e7f1a6c9d25', otc: 9605 },
};

export class DataverseError extends Error {
    public readonly errorCode: number;
    public readonly code: number;
    /** HTTP status, for the errors that have one the caller needs (429). */
    public readonly status?: number;
    /** Seconds, with a 429. */
    public readonly retryAfter?: number;

    public constructor(message: string, errorCode: number, http?: { readonly status: number; readonly retryAfter?: number }) {
        super(message);
        this.name = 'Error';
        this.errorCode = errorCode;
        this.code = errorCode;
        if (http) {
            this.status = http.status;
            if (http.retryAfter !== undefined) this.retryAfter = http.retryAfter;
        }
    }
}

/** Entity set names of the tables, for next-links. */
const ENTITY_SETS: Readonly<Record<string, string>> = { mailbox: 'mailboxes', tracelog: 'tracelogs', emailserverprofile: 'emailserverprofiles', organization: 'organizations' };

const FORMATTED = '@OData.Community.Display.V1.FormattedValue';
const LOGICAL_NAME = '@Microsoft.Dynamics.CRM.lookuplogicalname';

const AUTH_PROTOCOLS = labelsByValue(AUTHENTICATION_PROTOCOL, AUTHENTICATION_PROTOCOL_LABELS);
const CREDENTIALS = labelsByValue(CREDENTIAL_RETRIEVAL, CREDENTIAL_RETRIEVAL_LABELS);
/** emailserverprofile choice labels (reference §2.2). */
const PROFILE_LABELS: Readonly<Record<string, Readonly<Record<number, string>>>> = {
    servertype: labelsByValue(SERVER_TYPE, SERVER_TYPE_LABELS),
    incomingauthenticationprotocol: AUTH_PROTOCOLS,
    outgoingauthenticationprotocol: AUTH_PROTOCOLS,
    incomingcredentialretrieval: CREDENTIALS,
    outgoingcredentialretrieval: CREDENTIALS,
    statecode: labelsByValue(RECORD_STATE, RECORD_STATE_LABELS),
};

export class HostWebApi implements ComponentFramework.WebApi {
    private readonly tables: Readonly<Record<string, Table>>;
    private readonly schedule: (fn: () => void, ms: number) => void;
    private etag = 4471000;
    private throttledOnce = false;
    /** Calls per `method entity` (e.g. "retrieveMultipleRecords tracelog"), answered or not: tests assert them. */
    public readonly callCounts = new Map<string, number>();

    public constructor(private readonly options: HostWebApiOptions) {
        this.schedule = options.schedule ?? ((fn, ms) => void setTimeout(fn, ms));
        const rowsById = new Map(options.rows.map((r) => [normalizeId(String(r.mailboxid)), r]));
        // Only the rows a key filter names are turned into entities: a 100,000-mailbox fleet stays cheap to query.
        const mailboxes = (clauses: readonly Clause[]): Entity[] => {
            const key = keyValue(clauses, 'mailboxid');
            const rows = key === undefined ? options.rows : [rowsById.get(key)].filter((r): r is MailboxRow => r !== undefined);
            return rows.map((row) => this.mailboxEntity(row));
        };
        const traces = (clauses: readonly Clause[]): Entity[] => {
            const key = keyValue(clauses, '_regardingobjectid_value');
            const ids = key === undefined ? [...options.traces.keys()] : [key];
            const out: Entity[] = [];
            const history = options.alertHistory;
            const all = history ? [...new Set([...ids, ...(key === undefined ? history.keys() : [])])] : ids;
            for (const id of all) {
                const row = rowsById.get(normalizeId(id));
                const mailboxId = row ? String(row.mailboxid) : id;
                const own = options.traces.get(mailboxId) ?? [];
                const more = history?.get(mailboxId) ?? [];
                for (const t of more.length > 0 ? [...own, ...more] : own) out.push(this.traceEntity(String(row?.mailboxid ?? id), String(row?.name ?? ''), t));
            }
            return out;
        };
        const profiles = (): Entity[] => options.profiles.map((p) => this.profileEntity(p));
        const organization = (): Entity[] => [
            { organizationid: '0c8f7d2e-5b3a-4f61-9d27-8e4c1a3b6f70', name: 'Contoso', requireapprovalforuseremail: true, requireapprovalforqueueemail: true },
        ];
        const sampleTrace: TraceEntry = { tracelogid: null, tracecode: null, level: null, errortypedisplay: null, errordetails: null, text: null, tracestatus: null, machinename: null, createdon: null, modifiedon: null };
        this.tables = {
            mailbox: { key: 'mailboxid', properties: propertiesOf(this.mailboxEntity({})), candidates: mailboxes },
            tracelog: { key: 'tracelogid', properties: propertiesOf(this.traceEntity('', '', sampleTrace)), candidates: traces },
            emailserverprofile: { key: 'emailserverprofileid', properties: propertiesOf(profiles()[0] ?? {}), candidates: profiles },
            organization: { key: 'organizationid', properties: propertiesOf(organization()[0]), candidates: organization },
        };
    }

    public retrieveMultipleRecords(entityType: string, options?: string, maxPageSize?: number): Promise<ComponentFramework.WebApi.RetrieveMultipleResponse> {
        return this.answer('retrieveMultipleRecords', entityType, undefined, options, () => {
            this.throttleCheck(entityType);
            const table = this.table(entityType);
            const query = parseQuery(options ?? '', entityType, table.properties);
            let entities = table.candidates(query.filter).filter((e) => query.filter.every((clause) => test(e, clause)));
            for (const order of [...query.orderby].reverse()) entities = stableSort(entities, order.name, order.desc);
            if (query.top !== null) entities = entities.slice(0, query.top);
            let nextLink: string | undefined;
            if (maxPageSize && maxPageSize > 0) {
                const skip = (query.page - 1) * maxPageSize;
                const more = entities.length > skip + maxPageSize;
                entities = entities.slice(skip, skip + maxPageSize);
                if (more) {
                    // As Dataverse does: the same query, and a paging cookie naming the next page.
                    const base = (options ?? '').replace(/^\?/, '').split('&').filter((p) => p !== '' && !p.startsWith('$skiptoken=')).join('&');
                    const cookie = encodeURIComponent(`<cookie pagenumber="${query.page + 1}" istracking="False" />`);
                    nextLink = `https://contoso.crm.dynamics.com/api/data/v9.2/${ENTITY_SETS[entityType] ?? entityType + 's'}?${base}${base ? '&' : ''}$skiptoken=${cookie}`;
                }
            }
            const selected = entities.map((e) => select(e, query.select, table.key));
            return (nextLink ? { entities: selected, nextLink } : { entities: selected }) as ComponentFramework.WebApi.RetrieveMultipleResponse;
        });
    }

    public retrieveRecord(entityType: string, id: string, options?: string): Promise<ComponentFramework.WebApi.Entity> {
        return this.answer('retrieveRecord', entityType, id, options, () => {
            const table = this.table(entityType);
            const query = parseQuery(options ?? '', entityType, table.properties);
            if (query.filter.length > 0 || query.orderby.length > 0 || query.top !== null) {
                throw new DataverseError('retrieveRecord accepts only $select and $expand.', ERROR_CODES.badQuery);
            }
            const wanted = normalizeId(String(id));
            const found = table.candidates([{ name: table.key, op: 'eq', value: wanted }]).find((e) => normalizeId(String(e[table.key])) === wanted);
            if (!found) throw new DataverseError(`${entityType} With Id = ${wanted} Does Not Exist`, ERROR_CODES.notFound);
            return select(found, query.select, table.key);
        });
    }

    public createRecord(entityType: string): Promise<ComponentFramework.LookupValue> {
        return this.refuse('createRecord', entityType);
    }

    public updateRecord(entityType: string, id: string): Promise<ComponentFramework.LookupValue> {
        return this.refuse('updateRecord', entityType, id);
    }

    public deleteRecord(entityType: string, id: string): Promise<ComponentFramework.LookupValue> {
        return this.refuse('deleteRecord', entityType, id);
    }

    private refuse(method: WebApiCall['method'], entity: string, id?: string): Promise<never> {
        return this.answer(method, entity, id, undefined, () => {
            throw new DataverseError(`The harness is read-only: ${method} on ${entity} is not carried out.`, ERROR_CODES.badQuery);
        });
    }

    /** Service protection (https://learn.microsoft.com/power-apps/developer/data-platform/api-limits): a 429 with Retry-After. */
    private throttleCheck(entityType: string): void {
        const mode = this.options.throttle;
        if (entityType !== 'tracelog' || !mode || (mode === 'first' && this.throttledOnce)) return;
        this.throttledOnce = true;
        throw new DataverseError('Number of requests exceeded the limit of 6000 over time window of 300 seconds.', ERROR_CODES.throttled, { status: 429, retryAfter: this.options.retryAfterSeconds ?? 1 });
    }

    /** How many calls of a method on a table went out. */
    public countCalls(method: WebApiCall['method'], entity: string): number {
        return this.callCounts.get(`${method} ${entity}`) ?? 0;
    }

    private table(entityType: string) {
        const table = this.tables[entityType];
        if (!table) throw new DataverseError(`Resource not found for the segment '${entityType}'.`, ERROR_CODES.badQuery);
        return table;
    }

    /** Runs `work` after the latency; privilege checks first, like the server. */
    private answer<T>(method: WebApiCall['method'], entity: string, id: string | undefined, options: string | undefined, work: () => T): Promise<T> {
        return new Promise<T>((resolve, reject) => {
            this.callCounts.set(`${method} ${entity}`, this.countCalls(method, entity) + 1);
            this.options.onStart?.();
            this.schedule(() => {
                try {
                    const privilege = PRIVILEGES[entity];
                    if (this.options.noPrivilege && privilege) {
                        throw new DataverseError(
                            `Principal user (Id=${this.options.userId}, type=8, roleCount=1, privilegeCount=412, accessMode=0), is missing ${privilege.privilege} privilege (Id=${privilege.privilegeId}) on OTC=${privilege.otc} for entity '${entity}'. context.Caller=${this.options.userId}. Consider assigning a role with the required privilege to the user or team.`,
                            ERROR_CODES.missingPrivilege,
                        );
                    }
                    const result = work();
                    const count = (result as { entities?: unknown[] })?.entities?.length;
                    this.options.onCall({ method, entity, id, options, outcome: 'resolved', detail: count === undefined ? '1 record' : `${count} records` });
                    resolve(result);
                } catch (e) {
                    const message = e instanceof Error ? e.message : String(e);
                    this.options.onCall({ method, entity, id, options, outcome: 'rejected', detail: message });
                    reject(e instanceof DataverseError ? e : new DataverseError(message, ERROR_CODES.badQuery));
                }
            }, this.options.latencyMs);
        });
    }

    private nextEtag(): string {
        this.etag += 7;
        return `W/"${this.etag}"`;
    }

    private mailboxEntity(row: MailboxRow): Entity {
        const e: Entity = { '@odata.etag': this.nextEtag() };
        for (const meta of MAILBOX_METADATA) {
            const value = (row as Record<string, unknown>)[meta.name];
            if (meta.name === 'emailserverprofilename' || meta.name === 'regardingobjectidname' || meta.name === 'regardingobjecttypecode') continue;
            if (meta.kind === 'lookup') {
                const key = `_${meta.name}_value`;
                e[key] = value ?? null;
                if (value !== null && value !== undefined) {
                    e[key + FORMATTED] = meta.name === 'emailserverprofile' ? row.emailserverprofilename : row.regardingobjectidname;
                    e[key + LOGICAL_NAME] = meta.name === 'emailserverprofile' ? 'emailserverprofile' : row.regardingobjecttypecode;
                }
                continue;
            }
            e[meta.name] = value instanceof Date ? isoSeconds(value) : (value ?? null);
            if (value !== null && value !== undefined && meta.kind !== 'text' && meta.kind !== 'email' && meta.kind !== 'id') {
                e[meta.name + FORMATTED] = formattedValue(meta.name, value, this.options.offset);
            }
        }
        return e;
    }

    private traceEntity(mailboxId: string, mailboxName: string, t: TraceEntry): Entity {
        const date = (d: Date | string | null | undefined) => (d instanceof Date ? isoSeconds(d) : (d ?? null));
        const e: Entity = {
            '@odata.etag': this.nextEtag(),
            tracelogid: t.tracelogid ?? null,
            tracecode: t.tracecode ?? null,
            level: t.level ?? null,
            errortypedisplay: t.errortypedisplay ?? null,
            errordetails: t.errordetails ?? null,
            text: t.text ?? null,
            tracestatus: t.tracestatus ?? null,
            machinename: t.machinename ?? null,
            createdon: date(t.createdon),
            modifiedon: date(t.modifiedon),
            _regardingobjectid_value: mailboxId,
            regardingobjecttypecode: 'mailbox',
        };
        e['_regardingobjectid_value' + FORMATTED] = mailboxName;
        e['_regardingobjectid_value' + LOGICAL_NAME] = 'mailbox';
        if (typeof t.level === 'number') e['level' + FORMATTED] = TRACE_LEVELS[t.level] ?? String(t.level);
        if (typeof t.tracestatus === 'boolean') e['tracestatus' + FORMATTED] = t.tracestatus ? 'Success' : 'Failure';
        if (t.modifiedon instanceof Date) e['modifiedon' + FORMATTED] = formatDateShort(t.modifiedon, true, this.options.offset);
        if (t.createdon instanceof Date) e['createdon' + FORMATTED] = formatDateShort(t.createdon, true, this.options.offset);
        return e;
    }

    private profileEntity(p: ProfileRow): Entity {
        const e: Entity = { '@odata.etag': this.nextEtag() };
        for (const [key, value] of Object.entries(p)) {
            e[key] = value instanceof Date ? isoSeconds(value) : (value ?? null);
            const labels = PROFILE_LABELS[key];
            if (labels && typeof value === 'number') e[key + FORMATTED] = labels[value] ?? String(value);
            if (typeof value === 'boolean') e[key + FORMATTED] = value ? 'Yes' : 'No';
        }
        return e;
    }
}

interface Table {
    readonly key: string;
    readonly properties: ReadonlySet<string>;
    /** The entities a query may match (all of them, or only those a key comparison names). */
    candidates(clauses: readonly Clause[]): Entity[];
}

function propertiesOf(sample: Entity): ReadonlySet<string> {
    return new Set(Object.keys(sample).filter((k) => !k.includes('@')));
}

/** The id an `eq` clause on `name` asks for, if any. */
function keyValue(clauses: readonly Clause[], name: string): string | undefined {
    const clause = clauses.find((c) => c.name === name && c.op === 'eq' && typeof c.value === 'string');
    return clause ? normalizeId(clause.value as string) : undefined;
}

function normalizeId(s: string): string {
    return s.trim().replace(/^\{|\}$/g, '').toLowerCase();
}

type Comparison = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';
interface Clause {
    readonly name: string;
    readonly op: Comparison;
    readonly value: string | number | boolean | null;
}
interface Query {
    readonly select: readonly string[] | null;
    readonly filter: readonly Clause[];
    readonly orderby: readonly { name: string; desc: boolean }[];
    readonly top: number | null;
    /** 1-based page of a next-link ($skiptoken's paging cookie). */
    readonly page: number;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Parses the options string of retrieveMultipleRecords / retrieveRecord ("?$select=…&$filter=…"). */
export function parseQuery(options: string, entity: string, properties: ReadonlySet<string>): Query {
    const text = options.startsWith('?') ? options.slice(1) : options;
    let select: string[] | null = null;
    let filter: Clause[] = [];
    let orderby: { name: string; desc: boolean }[] = [];
    let top: number | null = null;
    let page = 1;
    const known = (name: string): string => {
        if (!properties.has(name)) throw new DataverseError(`Could not find a property named '${name}' on type 'Microsoft.Dynamics.CRM.${entity}'.`, ERROR_CODES.badQuery);
        return name;
    };
    for (const part of text.split('&').filter((p) => p !== '')) {
        const eq = part.indexOf('=');
        const key = decodeURIComponent(eq < 0 ? part : part.slice(0, eq));
        const value = decodeURIComponent(eq < 0 ? '' : part.slice(eq + 1));
        switch (key) {
            case '$select':
                select = value.split(',').map((s) => known(s.trim()));
                break;
            case '$filter':
                filter = parseFilter(value).map((c) => ({ ...c, name: known(c.name) }));
                break;
            case '$orderby':
                orderby = value.split(',').map((s) => {
                    const [name, dir = 'asc'] = s.trim().split(/\s+/);
                    if (dir !== 'asc' && dir !== 'desc') throw new DataverseError(`Syntax error in $orderby: '${s}'.`, ERROR_CODES.badQuery);
                    return { name: known(name), desc: dir === 'desc' };
                });
                break;
            case '$top': {
                const n = Number(value);
                if (!Number.isInteger(n) || n < 0) throw new DataverseError(`Invalid value for $top: '${value}'.`, ERROR_CODES.badQuery);
                top = n;
                break;
            }
            case '$skiptoken': {
                const m = /pagenumber="(\d+)"/.exec(value);
                if (!m) throw new DataverseError(`Invalid $skiptoken: '${value}'.`, ERROR_CODES.badQuery);
                page = Number(m[1]);
                break;
            }
            default:
                throw new DataverseError(`The harness Web API does not support the query option '${key}' (only $select, $filter, $orderby, $top and a next-link's $skiptoken).`, ERROR_CODES.badQuery);
        }
    }
    return { select, filter, orderby, top, page };
}

/** `a eq 1 and _b_value eq <guid> and c ne 'x'`; parentheses around the whole are accepted. */
function parseFilter(text: string): Clause[] {
    const body = text.trim().replace(/^\((.*)\)$/, '$1');
    const parts = body.split(/\s+and\s+/i);
    return parts.map((part) => {
        const m = /^\(?\s*([A-Za-z_][A-Za-z0-9_]*)\s+(eq|ne|gt|ge|lt|le)\s+(.+?)\s*\)?$/.exec(part.trim());
        if (!m) {
            throw new DataverseError(`The harness Web API understands only comparisons joined by 'and' in $filter, not '${part}'.`, ERROR_CODES.badQuery);
        }
        return { name: m[1], op: m[2] as Comparison, value: literal(m[3]) };
    });
}

function literal(text: string): string | number | boolean | null {
    if (text === 'null') return null;
    if (text === 'true' || text === 'false') return text === 'true';
    if (/^'.*'$/.test(text)) return text.slice(1, -1).replace(/''/g, "'");
    if (GUID.test(text)) return text.toLowerCase();
    if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
    if (/^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?$/.test(text)) return text;
    throw new DataverseError(`Unrecognized literal in $filter: '${text}'.`, ERROR_CODES.badQuery);
}

function comparable(v: unknown): string | number | boolean | null {
    if (v === null || v === undefined) return null;
    if (typeof v === 'string') {
        if (GUID.test(v)) return v.toLowerCase();
        if (/^\d{4}-\d{2}-\d{2}T/.test(v)) return Date.parse(v);
        return v;
    }
    return v as number | boolean;
}

function test(e: Entity, clause: Clause): boolean {
    const a = comparable(e[clause.name]);
    const b = typeof clause.value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(clause.value) ? Date.parse(clause.value) : clause.value;
    switch (clause.op) {
        case 'eq':
            return a === b;
        case 'ne':
            return a !== b;
        default:
            if (a === null || b === null) return false;
            if (clause.op === 'gt') return a > b;
            if (clause.op === 'ge') return a >= b;
            if (clause.op === 'lt') return a < b;
            return a <= b;
    }
}

function stableSort(entities: Entity[], name: string, desc: boolean): Entity[] {
    return entities
        .map((e, i) => ({ e, i, k: comparable(e[name]) }))
        .sort((x, y) => {
            if (x.k === y.k) return x.i - y.i;
            if (x.k === null) return desc ? 1 : -1;
            if (y.k === null) return desc ? -1 : 1;
            const c = x.k < y.k ? -1 : 1;
            return desc ? -c : c;
        })
        .map((x) => x.e);
}

function select(e: Entity, columns: readonly string[] | null, key: string): Entity {
    if (columns === null) return { ...e };
    const out: Entity = { '@odata.etag': e['@odata.etag'], [key]: e[key] };
    for (const c of columns) {
        out[c] = e[c];
        for (const suffix of [FORMATTED, LOGICAL_NAME]) if (e[c + suffix] !== undefined) out[c + suffix] = e[c + suffix];
    }
    return out;
}
