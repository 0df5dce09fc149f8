/**
 * Maps Dataverse Web API JSON (what `GET /api/data/v9.2/mailboxes?$select=…` returns) to the core's input rows.
 *
 * - Columns keep their logical names (docs/evidence.md §2). Values are passed through untouched: ISO-8601 date
 *   strings stay strings and a value of the wrong type stays as it came, so the core can report it rather than
 *   this layer guessing.
 * - Lookups arrive as `_<name>_value` with optional annotations (`@OData.Community.Display.V1.FormattedValue` = display
 *   name, `@Microsoft.Dynamics.CRM.lookuplogicalname` = target table).
 * - A property that is absent stays absent (unknown); a property present with null stays null. The difference
 *   matters: a null `_emailserverprofile_value` is a misconfigured mailbox (KB 4484702), an absent one is unknown.
 * - Unknown properties (`@odata.etag`, columns the core does not read) are ignored.
 */
import {
    MAILBOX_COLUMNS,
    PROFILE_COLUMNS,
    type ColumnValue,
    type MailboxColumn,
    type MailboxRow,
    type ProfileColumn,
    type ProfileRow,
    type TraceEntry,
} from './types';

const FORMATTED = '@OData.Community.Display.V1.FormattedValue';
const LOOKUP_TABLE = '@Microsoft.Dynamics.CRM.lookuplogicalname';

const has = (o: object, key: string): boolean => Object.prototype.hasOwnProperty.call(o, key);

function isRecord(o: unknown): o is Record<string, unknown> {
    return typeof o === 'object' && o !== null && !Array.isArray(o);
}

/** A value as the row carries it: passed through, including a wrong type (the core reports it as wrong-type). */
const pass = (v: unknown): ColumnValue => v as ColumnValue;

/** Columns that are lookups on mailbox: the id column, its name column, and the Web API property. */
const MAILBOX_LOOKUPS: readonly { readonly id: MailboxColumn; readonly name: MailboxColumn; readonly table?: MailboxColumn }[] = [
    { id: 'emailserverprofile', name: 'emailserverprofilename' },
    { id: 'regardingobjectid', name: 'regardingobjectidname', table: 'regardingobjecttypecode' },
];
const LOOKUP_COLUMNS = new Set<string>(MAILBOX_LOOKUPS.flatMap((l) => [l.id, l.name, l.table ?? l.id]));

/**
 * @summary One mailbox record from the Web API → MailboxRow (only the columns the core reads).
 * @example
 * rowFromWebApi({ mailboxid: 'a1', '_emailserverprofile_value': 'p1',
 *                 '_emailserverprofile_value@OData.Community.Display.V1.FormattedValue': 'Microsoft Exchange Online' })
 * // { mailboxid: 'a1', emailserverprofile: 'p1', emailserverprofilename: 'Microsoft Exchange Online' }
 */
export function rowFromWebApi(o: Record<string, unknown>): MailboxRow {
    const row: { [K in MailboxColumn]?: ColumnValue } = {};
    if (!isRecord(o)) return row;
    for (const col of MAILBOX_COLUMNS) {
        if (!LOOKUP_COLUMNS.has(col) && has(o, col)) row[col] = pass(o[col]);
    }
    for (const l of MAILBOX_LOOKUPS) {
        const prop = `_${l.id}_value`;
        if (has(o, prop)) {
            const id = o[prop];
            row[l.id] = pass(id);
            if (has(o, prop + FORMATTED)) row[l.name] = pass(o[prop + FORMATTED]);
            else if (id === null) row[l.name] = null;
            if (l.table) {
                if (has(o, prop + LOOKUP_TABLE)) row[l.table] = pass(o[prop + LOOKUP_TABLE]);
                else if (id === null) row[l.table] = null;
            }
        } else {
            // Not the Web API shape: a row already keyed by logical names (e.g. a saved CLI export) or an expanded
            // navigation property ($expand=emailserverprofile(...)), whose id is inside the object.
            const v = o[l.id];
            if (isRecord(v)) {
                const idKey = l.id === 'emailserverprofile' ? 'emailserverprofileid' : undefined;
                if (idKey !== undefined && has(v, idKey)) row[l.id] = pass(v[idKey]);
                if (has(v, 'name')) row[l.name] = pass(v.name);
            } else if (has(o, l.id)) {
                row[l.id] = pass(v);
            }
        }
        if (!(l.name in row) && has(o, l.name)) row[l.name] = pass(o[l.name]);
        if (l.table && !(l.table in row) && has(o, l.table)) row[l.table] = pass(o[l.table]);
    }
    return row;
}

/**
 * @summary One emailserverprofile record (or an expanded `emailserverprofile` object) → ProfileRow.
 * @example profileFromWebApi({ emailserverprofileid: 'p1', servertype: 0, useautodiscover: true }) // same keys
 */
export function profileFromWebApi(o: Record<string, unknown>): ProfileRow {
    const row: { [K in ProfileColumn]?: ColumnValue } = {};
    if (!isRecord(o)) return row;
    for (const col of PROFILE_COLUMNS) if (has(o, col)) row[col] = pass(o[col]);
    return row;
}

const TRACE_KEYS = ['tracelogid', 'tracecode', 'level', 'errortypedisplay', 'errordetails', 'text', 'tracestatus', 'machinename', 'createdon', 'modifiedon'] as const;

/**
 * @summary One tracelog record → TraceEntry (values passed through; the catalogue reads what it can).
 * @example traceFromWebApi({ tracecode: 52, level: 2, errortypedisplay: 'IncomingEmailServerServiceError' })
 */
export function traceFromWebApi(o: Record<string, unknown>): TraceEntry {
    const entry: Record<string, unknown> = {};
    if (!isRecord(o)) return entry as TraceEntry;
    for (const k of TRACE_KEYS) if (has(o, k)) entry[k] = o[k];
    return entry as TraceEntry;
}

/**
 * @summary The records of a Web API response: its `value` array, or a bare array.
 * @returns the records that are objects, and how many items were not; null when the JSON is neither shape.
 */
export function recordsFromWebApi(json: unknown): { readonly records: Record<string, unknown>[]; readonly skipped: number } | null {
    const list = Array.isArray(json) ? json : isRecord(json) && Array.isArray(json.value) ? json.value : null;
    if (list === null) return null;
    const records: Record<string, unknown>[] = [];
    let skipped = 0;
    for (const item of list as unknown[]) {
        if (isRecord(item)) records.push(item);
        else skipped++;
    }
    return { records, skipped };
}

/**
 * @summary The email server profile expanded inside a mailbox record (`$expand=emailserverprofile($select=…)`), if any.
 */
export function expandedProfile(o: Record<string, unknown>): ProfileRow | null {
    if (!isRecord(o)) return null;
    const v = o.emailserverprofile;
    return isRecord(v) ? profileFromWebApi(v) : null;
}
