import { profileFromWebApi, traceFromWebApi } from '../core';
import { PROFILE_COLUMNS } from '../core/types';
import type { MailboxColumn, MailboxRow, TraceEntry } from '../core/types';
import { TABLES, TRACE_SELECT, TRACE_TOP } from '../manifest';
import type { FetchStatus, MailboxExtras } from '../contract/model';
import { readContextInfo } from './ContextExtended';
import { mappingPlan, mapRecord, normalizeGuid } from './mapDataset';
import type { DatasetRequests } from './requests';

type DataSet = ComponentFramework.PropertyTypes.DataSet;
type EntityRecord = ComponentFramework.PropertyHelper.DataSetApi.EntityRecord;
type WebApi = Pick<ComponentFramework.WebApi, 'retrieveRecord' | 'retrieveMultipleRecords'>;

/** The mailbox whose form hosts the control (normalized id), or null on a dashboard or a view. */
export function formMailboxId(mode: ComponentFramework.Mode | undefined): string | null {
    const info = readContextInfo(mode);
    if (!info || info.entityTypeName !== TABLES.mailbox || !info.entityId) return null;
    const id = normalizeGuid(info.entityId);
    return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(id) ? id : null;
}

/**
 * Narrows the dataset to the form's mailbox: when its record is already loaded nothing happens; otherwise the
 * dataset is filtered on mailboxid and refreshed (through the one request queue), once: a second miss means the
 * record is not visible to the user.
 */
export class FormNarrower {
    private filtered = false;

    /** `found`: the record is in the dataset; `narrowing`: filter set, reloading; `not-found`: not there after filtering. */
    public narrow(dataset: DataSet, mailboxId: string, requests: DatasetRequests, now: number): 'found' | 'narrowing' | 'not-found' {
        if (this.findRecordId(dataset, mailboxId) !== null) return 'found';
        if (!requests.idle(dataset)) return 'narrowing';
        if (this.filtered || !dataset.filtering) return 'not-found';
        this.filtered = true;
        try {
            dataset.filtering.setFilter({ filterOperator: 0, conditions: [{ attributeName: 'mailboxid', conditionOperator: 0, value: mailboxId }] });
        } catch {
            return 'not-found';
        }
        return requests.issue('refresh', dataset, now, () => dataset.refresh()) ? 'narrowing' : 'not-found';
    }

    /** The host's record id for the mailbox, or null. */
    public findRecordId(dataset: DataSet, mailboxId: string): string | null {
        for (const id of dataset.sortedRecordIds ?? []) if (normalizeGuid(id) === mailboxId) return id;
        return null;
    }
}

/**
 * The form's one mailbox as a row, mapped again only when the host hands over another record object (a refresh) or
 * other columns: the fleet's snapshot is not made on the form, so the row is assessed once, by the view, with its
 * profile and alerts. `readAt` is when this record was first read: the instant the view assesses it at.
 */
export class FormRow {
    private record: EntityRecord | null = null;
    private columns = '';
    private last: { readonly row: MailboxRow; readonly readAt: number } | null = null;

    public read(dataset: DataSet, key: string, now: number): { readonly row: MailboxRow; readonly readAt: number } | null {
        const record = dataset.records?.[key];
        if (!record) return null;
        const plan: MailboxColumn[] = mappingPlan(dataset);
        const columns = plan.join(',');
        if (this.last === null || record !== this.record || columns !== this.columns) {
            this.record = record;
            this.columns = columns;
            this.last = { row: mapRecord(record, plan), readAt: now };
        }
        return this.last;
    }

    /** Forget the row (the user asked to refresh: read and assess it again at the current time). */
    public invalidate(): void {
        this.last = null;
    }
}

/** Dataverse's "missing privilege" errors (0x80040220 no prvRead…, 0x80048306 SecLib::CheckPrivilege), or HTTP 403. */
const PRIVILEGE_ERROR_CODES: ReadonlySet<number> = new Set([-2147220960, -2147187962]);

export function isPrivilegeError(error: unknown): boolean {
    if (typeof error !== 'object' || error === null) return false;
    const e = error as { errorCode?: unknown; code?: unknown; status?: unknown; message?: unknown };
    if (typeof e.errorCode === 'number' && PRIVILEGE_ERROR_CODES.has(e.errorCode)) return true;
    if (typeof e.code === 'number' && PRIVILEGE_ERROR_CODES.has(e.code)) return true;
    if (e.status === 403 || e.code === 403) return true;
    return typeof e.message === 'string' && /\bprv[A-Z]\w*|missing .*privilege|SecLib::/i.test(e.message);
}

function failureStatus(error: unknown): FetchStatus {
    return isPrivilegeError(error) ? 'no-privilege' : 'failed';
}

/** `?$select=…&$filter=_regardingobjectid_value eq <id>&$orderby=modifiedon desc&$top=10` (newest first: trap T7). */
export function traceQuery(mailboxId: string): string {
    return `?$select=${TRACE_SELECT.join(',')}&$filter=_regardingobjectid_value eq ${mailboxId}&$orderby=modifiedon desc&$top=${TRACE_TOP}`;
}

export function profileQuery(): string {
    return `?$select=${PROFILE_COLUMNS.join(',')}`;
}

/**
 * Reads the mailbox's server profile and its latest alerts with the Web API. Never rejects: a missing privilege
 * (tracelog is organization-owned and needs prvReadTraceLog, docs/evidence.md §2.7 T10) or any other failure
 * is reported in the status and the rest carries on.
 */
export async function loadMailboxExtras(webAPI: WebApi | undefined, mailboxId: string, profileId: string | null): Promise<MailboxExtras> {
    const [profile, traces] = await Promise.all([loadProfile(webAPI, profileId), loadTraces(webAPI, mailboxId)]);
    return { ...profile, ...traces };
}

async function loadProfile(webAPI: WebApi | undefined, profileId: string | null): Promise<Pick<MailboxExtras, 'profile' | 'profileStatus'>> {
    if (!profileId) return { profile: null, profileStatus: 'not-applicable' };
    if (!webAPI) return { profile: null, profileStatus: 'failed' };
    try {
        const o = await webAPI.retrieveRecord(TABLES.emailServerProfile, normalizeGuid(profileId), profileQuery());
        return { profile: profileFromWebApi(o as Record<string, unknown>), profileStatus: 'loaded' };
    } catch (e) {
        return { profile: null, profileStatus: failureStatus(e) };
    }
}

async function loadTraces(webAPI: WebApi | undefined, mailboxId: string): Promise<Pick<MailboxExtras, 'traces' | 'tracesStatus'>> {
    if (!webAPI) return { traces: null, tracesStatus: 'failed' };
    try {
        const result = await webAPI.retrieveMultipleRecords(TABLES.traceLog, traceQuery(normalizeGuid(mailboxId)));
        const entities: unknown[] = Array.isArray(result?.entities) ? result.entities : [];
        const traces: TraceEntry[] = entities.filter((o): o is Record<string, unknown> => typeof o === 'object' && o !== null).map((o) => traceFromWebApi(o));
        return { traces, tracesStatus: 'loaded' };
    } catch (e) {
        return { traces: null, tracesStatus: failureStatus(e) };
    }
}
