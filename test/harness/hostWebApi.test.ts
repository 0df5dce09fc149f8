import { ERROR_CODES, HostWebApi, type WebApiCall } from '../../harness/src/hostWebApi';
import { assessFleet, rowFromWebApi } from '../../MailboxHealth/core';
import { generateFleet, PROFILE_IDS } from '../../sample/generateFleet';
import { manualClock } from './clock';

const NOW = Date.parse('2026-11-26T09:00:00Z');
const FLEET = generateFleet({ size: 1000, seed: 1, now: NOW });
const USER = '{8F2A61C4-3B7E-4D09-A5C2-91E0D7B4F3A6}';

function api(noPrivilege = false) {
    const clock = manualClock();
    const calls: WebApiCall[] = [];
    const webAPI = new HostWebApi({
        rows: FLEET.rows,
        profiles: FLEET.profiles,
        traces: FLEET.traces,
        noPrivilege,
        latencyMs: 120,
        userId: USER,
        offset: () => 0,
        onCall: (c) => calls.push(c),
        schedule: clock.schedule,
    });
    /** Settles one call: runs the scheduled answer and awaits the promise. */
    const settle = async <T>(promise: Promise<T>): Promise<T> => {
        clock.flush();
        return promise;
    };
    return { webAPI, calls, settle, clock };
}

/** The mailbox with the most alerts. */
function busiestMailbox(): string {
    let best = '';
    let count = -1;
    for (const [id, list] of FLEET.traces) {
        if (list.length > count) {
            best = id;
            count = list.length;
        }
    }
    return best;
}

const TRACE_QUERY = (id: string) =>
    `?$select=tracelogid,tracecode,level,errortypedisplay,errordetails,text,tracestatus,machinename,createdon,modifiedon&$filter=_regardingobjectid_value eq ${id}&$orderby=modifiedon desc&$top=10`;

describe('HostWebApi.retrieveMultipleRecords', () => {
    it('answers the control’s tracelog query newest first, in the Web API shape, after the latency', async () => {
        const { webAPI, settle, clock, calls } = api();
        const id = busiestMailbox();
        const promise = webAPI.retrieveMultipleRecords('tracelog', TRACE_QUERY(id));
        expect(clock.delays).toEqual([120]);
        const result = await settle(promise);
        const expected = FLEET.traces.get(id) ?? [];
        expect(result.entities.length).toBe(Math.min(10, expected.length));
        expect(result.entities.map((e) => e.tracelogid)).toEqual(expected.slice(0, 10).map((t) => t.tracelogid));
        const first = result.entities[0];
        expect(first.modifiedon).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
        expect(first['@odata.etag']).toMatch(/^W\/"\d+"$/);
        expect(first['level@OData.Community.Display.V1.FormattedValue']).toBe({ 1: 'Information', 2: 'Warning', 3: 'Error' }[first.level as number]);
        expect(calls).toEqual([{ method: 'retrieveMultipleRecords', entity: 'tracelog', id: undefined, options: TRACE_QUERY(id), outcome: 'resolved', detail: `${result.entities.length} records` }]);
    });

    it('returns nothing for a mailbox without alerts', async () => {
        const { webAPI, settle } = api();
        const quiet = FLEET.rows.find((r) => !FLEET.traces.has(r.mailboxid as string))?.mailboxid as string;
        const result = await settle(webAPI.retrieveMultipleRecords('tracelog', TRACE_QUERY(quiet)));
        expect(result.entities).toEqual([]);
    });

    it('gives mailboxes with _x_value lookups, annotations and whole-second UTC times', async () => {
        const { webAPI, settle } = api();
        const row = FLEET.rows.find((r) => r.emailserverprofile !== null && r.lastsuccessfulsynccompletedon !== null) as (typeof FLEET.rows)[number];
        const result = await settle(webAPI.retrieveMultipleRecords('mailbox', `?$filter=mailboxid eq ${String(row.mailboxid)}`));
        const e = result.entities[0];
        expect(e._emailserverprofile_value).toBe(row.emailserverprofile);
        expect(e['_emailserverprofile_value@OData.Community.Display.V1.FormattedValue']).toBe(row.emailserverprofilename);
        expect(e['_emailserverprofile_value@Microsoft.Dynamics.CRM.lookuplogicalname']).toBe('emailserverprofile');
        expect(e['_regardingobjectid_value@Microsoft.Dynamics.CRM.lookuplogicalname']).toBe(row.regardingobjecttypecode);
        expect(e.lastsuccessfulsynccompletedon).toBe((row.lastsuccessfulsynccompletedon as Date).toISOString().replace('.000Z', 'Z'));
        expect(e['incomingemaildeliverymethod@OData.Community.Display.V1.FormattedValue']).toBe('Server-Side Synchronization');
        expect('emailserverprofilename' in e).toBe(false);
    });

    it('gives rows that the core judges exactly like the dataset rows', async () => {
        const { webAPI, settle } = api();
        const result = await settle(webAPI.retrieveMultipleRecords('mailbox'));
        const fromWebApi = result.entities.map((e) => rowFromWebApi(e as Record<string, unknown>));
        const profiles = new Map(FLEET.profiles.map((p) => [String(p.emailserverprofileid), p]));
        const direct = assessFleet(FLEET.rows, NOW, {}, { profiles }).map((a) => [a.mailboxId, a.health, a.flags]);
        const viaApi = assessFleet(fromWebApi, NOW, {}, { profiles }).map((a) => [a.mailboxId, a.health, a.flags]);
        expect(viaApi).toEqual(direct);
    });

    it('rejects a column the table does not have, in Dataverse words', async () => {
        const { webAPI, settle } = api();
        await expect(settle(webAPI.retrieveMultipleRecords('tracelog', '?$select=subject'))).rejects.toMatchObject({
            message: "Could not find a property named 'subject' on type 'Microsoft.Dynamics.CRM.tracelog'.",
            errorCode: ERROR_CODES.badQuery,
        });
    });

    it('says which OData it does not understand', async () => {
        const { webAPI, settle } = api();
        await expect(settle(webAPI.retrieveMultipleRecords('tracelog', '?$expand=regardingobjectid'))).rejects.toThrow(
            "The harness Web API does not support the query option '$expand' (only $select, $filter, $orderby, $top and a next-link's $skiptoken).",
        );
        await expect(settle(webAPI.retrieveMultipleRecords('tracelog', '?$filter=contains(text,\'x\')'))).rejects.toThrow("only comparisons joined by 'and'");
    });

    it('returns a nextLink when maxPageSize cuts the result', async () => {
        const { webAPI, settle } = api();
        const result = await settle(webAPI.retrieveMultipleRecords('mailbox', '?$select=name', 5));
        expect(result.entities.length).toBe(5);
        expect(result.nextLink).toMatch(/\$skiptoken=/);
    });
});

describe('HostWebApi.retrieveRecord', () => {
    it('returns the server profile with only the selected columns, the key and the etag', async () => {
        const { webAPI, settle } = api();
        const profile = await settle(webAPI.retrieveRecord('emailserverprofile', PROFILE_IDS.exo.toUpperCase(), '?$select=servertype,incomingcredentialretrieval'));
        expect(Object.keys(profile).sort()).toEqual(
            ['@odata.etag', 'emailserverprofileid', 'incomingcredentialretrieval', 'incomingcredentialretrieval@OData.Community.Display.V1.FormattedValue', 'servertype', 'servertype@OData.Community.Display.V1.FormattedValue'].sort(),
        );
        expect(profile.servertype).toBe(0);
        expect(profile['incomingcredentialretrieval@OData.Community.Display.V1.FormattedValue']).toBe('Server to Server Authentication');
    });

    it('rejects an unknown id with ObjectDoesNotExist', async () => {
        const { webAPI, settle } = api();
        await expect(settle(webAPI.retrieveRecord('emailserverprofile', '00000000-0000-0000-0000-000000000000'))).rejects.toMatchObject({
            message: 'emailserverprofile With Id = 00000000-0000-0000-0000-000000000000 Does Not Exist',
            errorCode: -2147220969,
        });
    });
});

describe('HostWebApi without read privileges (noPrivilege=1)', () => {
    it('rejects the tracelog read like Dataverse: an Error naming prvReadTraceLog with errorCode -2147220960', async () => {
        const { webAPI, settle, calls } = api(true);
        const failure = await settle(webAPI.retrieveMultipleRecords('tracelog', TRACE_QUERY(busiestMailbox()))).catch((e: unknown) => e);
        expect(failure).toBeInstanceOf(Error);
        expect((failure as { errorCode: number }).errorCode).toBe(-2147220960);
        expect((failure as Error).message).toBe(
            `Principal user (Id=${USER}, type=8, roleCount=1, privilegeCount=412, accessMode=0), is missing prvReadTraceLog privilege (Id=1d3b4e41-7c2f-4b8e-9e1a-5c7d2f9a0b13) on OTC=8050 for entity 'tracelog'. context.Caller=${USER}. Consider assigning a role with the required privilege to the user or team.`,
        );
        expect(calls[0].outcome).toBe('rejected');
    });

    it('rejects the server profile read with prvReadEmailServerProfile', async () => {
        const { webAPI, settle } = api(true);
        await expect(settle(webAPI.retrieveRecord('emailserverprofile', PROFILE_IDS.exo))).rejects.toThrow('is missing prvReadEmailServerProfile privilege');
    });

    it('still reads mailboxes', async () => {
        const { webAPI, settle } = api(true);
        const result = await settle(webAPI.retrieveMultipleRecords('mailbox', '?$select=name&$top=3'));
        expect(result.entities.length).toBe(3);
    });
});

describe('HostWebApi writes', () => {
    it('refuses to write, saying the harness is read-only', async () => {
        const { webAPI, settle } = api();
        await expect(settle(webAPI.updateRecord('mailbox', String(FLEET.rows[0].mailboxid)))).rejects.toThrow('The harness is read-only: updateRecord on mailbox is not carried out.');
    });
});
