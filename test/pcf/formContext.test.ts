import { formMailboxId, FormNarrower, isPrivilegeError, loadMailboxExtras, traceQuery } from '../../MailboxHealth/pcf/formContext';
import { aFleetDataSet, guid, PROFILE_ID } from '../builders/pcfRecords';
import { MockMode, MockWebApi } from '../mocks/pcf';
import { DatasetRequests } from '../../MailboxHealth/pcf/requests';

function modeOn(entityTypeName: string, entityId: string): MockMode {
    const mode = new MockMode();
    mode.contextInfo = { entityTypeName, entityId };
    return mode;
}

describe('formMailboxId', () => {
    it('reads the mailbox id from the mailbox form, normalized', () => {
        expect(formMailboxId(modeOn('mailbox', `{${guid(7).toUpperCase()}}`))).toBe(guid(7));
    });

    it('is null on another table, on a dashboard (no contextInfo) and for a malformed id', () => {
        expect(formMailboxId(modeOn('systemuser', guid(7)))).toBeNull();
        expect(formMailboxId(new MockMode())).toBeNull();
        expect(formMailboxId(modeOn('mailbox', 'not-a-guid'))).toBeNull();
        expect(formMailboxId(modeOn('mailbox', ''))).toBeNull();
        expect(formMailboxId(undefined)).toBeNull();
    });
});

describe('FormNarrower', () => {
    it('finds the form mailbox among the loaded records without touching the dataset', () => {
        const dataset = aFleetDataSet(3);
        const narrower = new FormNarrower();
        expect(narrower.narrow(dataset, guid(2), new DatasetRequests(), 0)).toBe('found');
        expect(narrower.findRecordId(dataset, guid(2))).toBe(guid(2));
        expect(dataset.refreshCalls).toBe(0);
    });

    it('filters the dataset on mailboxid and refreshes once, through the request queue, when the record is not loaded', () => {
        const dataset = aFleetDataSet(3);
        const narrower = new FormNarrower();
        const requests = new DatasetRequests();
        requests.settle(dataset, 0);
        expect(narrower.narrow(dataset, guid(9), requests, 0)).toBe('narrowing');
        expect(dataset.filtering.filter).toEqual({ filterOperator: 0, conditions: [{ attributeName: 'mailboxid', conditionOperator: 0, value: guid(9) }] });
        expect(dataset.refreshCalls).toBe(1);
        expect(requests.pending).toBe('refresh');
        dataset.completeRefresh();
        requests.settle(dataset, 1);
        expect(narrower.narrow(dataset, guid(9), requests, 1)).toBe('not-found');
        expect(dataset.refreshCalls).toBe(1);
    });

    it('waits while another request is in flight instead of refreshing in parallel', () => {
        const dataset = aFleetDataSet(30, { firstPage: 25 });
        const requests = new DatasetRequests();
        requests.settle(dataset, 0);
        requests.issue('loadNextPage', dataset, 0, () => dataset.paging.loadNextPage());
        expect(new FormNarrower().narrow(dataset, guid(99), requests, 0)).toBe('narrowing');
        expect(dataset.refreshCalls).toBe(0);
    });
});

describe('isPrivilegeError', () => {
    it('recognizes Dataverse privilege errors by code, status and message', () => {
        expect(isPrivilegeError({ errorCode: -2147220960, message: 'Principal user is missing prvReadTraceLog privilege' })).toBe(true);
        expect(isPrivilegeError({ errorCode: -2147187962 })).toBe(true);
        expect(isPrivilegeError({ status: 403 })).toBe(true);
        expect(isPrivilegeError({ message: 'SecLib::AccessCheckEx failed' })).toBe(true);
    });

    it('does not take other failures for privilege errors', () => {
        expect(isPrivilegeError({ errorCode: -2147204784, message: 'Network error' })).toBe(false);
        expect(isPrivilegeError('boom')).toBe(false);
        expect(isPrivilegeError(null)).toBe(false);
    });
});

describe('loadMailboxExtras', () => {
    it('asks for the latest 10 alerts of the mailbox, newest first', () => {
        expect(traceQuery(guid(1))).toBe(
            `?$select=tracelogid,tracecode,level,errortypedisplay,errordetails,text,tracestatus,machinename,createdon,modifiedon&$filter=_regardingobjectid_value eq ${guid(1)}&$orderby=modifiedon desc&$top=10`,
        );
    });

    it('fetches the server profile and the alerts and maps them with the core', async () => {
        const webAPI = new MockWebApi();
        webAPI.retrieveRecord.mockResolvedValue({ emailserverprofileid: PROFILE_ID, name: 'EXO', servertype: 0, useautodiscover: true });
        webAPI.retrieveMultipleRecords.mockResolvedValue({
            entities: [{ tracelogid: 't1', tracecode: 126, level: 2, errortypedisplay: 'ExchangeSyncServerServiceError', modifiedon: '2024-05-01T08:55:00Z' }],
            nextLink: '',
        });
        const extras = await loadMailboxExtras(webAPI, guid(1), PROFILE_ID);
        expect(webAPI.retrieveRecord).toHaveBeenCalledWith('emailserverprofile', PROFILE_ID, expect.stringMatching(/^\?\$select=emailserverprofileid,name,statecode,servertype,/));
        expect(webAPI.retrieveMultipleRecords).toHaveBeenCalledWith('tracelog', traceQuery(guid(1)));
        expect(extras.profileStatus).toBe('loaded');
        expect(extras.profile?.name).toBe('EXO');
        expect(extras.profile?.servertype).toBe(0);
        expect(extras.tracesStatus).toBe('loaded');
        expect(extras.traces?.length).toBe(1);
        expect(extras.traces?.[0].tracecode).toBe(126);
        expect(extras.traces?.[0].errortypedisplay).toBe('ExchangeSyncServerServiceError');
    });

    it('says "no privilege" for the alerts and still returns the profile when tracelog cannot be read', async () => {
        const webAPI = new MockWebApi();
        webAPI.retrieveRecord.mockResolvedValue({ emailserverprofileid: PROFILE_ID, name: 'EXO' });
        webAPI.retrieveMultipleRecords.mockRejectedValue({ errorCode: -2147220960, message: 'Principal user is missing prvReadTraceLog privilege' });
        const extras = await loadMailboxExtras(webAPI, guid(1), PROFILE_ID);
        expect(extras).toEqual({ profile: expect.objectContaining({ name: 'EXO' }), profileStatus: 'loaded', traces: null, tracesStatus: 'no-privilege' });
    });

    it('reports a failed profile read and carries on with the alerts', async () => {
        const webAPI = new MockWebApi();
        webAPI.retrieveRecord.mockRejectedValue(new Error('Network error'));
        webAPI.retrieveMultipleRecords.mockResolvedValue({ entities: [], nextLink: '' });
        const extras = await loadMailboxExtras(webAPI, guid(1), PROFILE_ID);
        expect(extras).toEqual({ profile: null, profileStatus: 'failed', traces: [], tracesStatus: 'loaded' });
    });

    it('does not ask for a profile when the mailbox has none', async () => {
        const webAPI = new MockWebApi();
        webAPI.retrieveMultipleRecords.mockResolvedValue({ entities: [], nextLink: '' });
        const extras = await loadMailboxExtras(webAPI, guid(1), null);
        expect(extras.profileStatus).toBe('not-applicable');
        expect(webAPI.retrieveRecord).not.toHaveBeenCalled();
    });

    it('never rejects, even when the Web API answers nonsense', async () => {
        const webAPI = new MockWebApi();
        webAPI.retrieveRecord.mockResolvedValue(null as unknown as ComponentFramework.WebApi.Entity);
        webAPI.retrieveMultipleRecords.mockResolvedValue({ entities: [null, 'x'] } as unknown as ComponentFramework.WebApi.RetrieveMultipleResponse);
        const extras = await loadMailboxExtras(webAPI, guid(1), PROFILE_ID);
        expect(extras.tracesStatus).toBe('loaded');
        expect(extras.traces).toEqual([]);
        expect(['loaded', 'failed']).toContain(extras.profileStatus);
    });

    it('reports failure without a Web API (a host without the feature)', async () => {
        expect(await loadMailboxExtras(undefined, guid(1), PROFILE_ID)).toEqual({ profile: null, profileStatus: 'failed', traces: null, tracesStatus: 'failed' });
    });
});
