/** @jest-environment node */
import * as fs from 'fs';
import * as path from 'path';
import { expandedProfile, profileFromWebApi, recordsFromWebApi, rowFromWebApi, traceFromWebApi } from '../../MailboxHealth/core/webApi';
import { MAILBOX_COLUMNS } from '../../MailboxHealth/core/types';

const FORMATTED = '@OData.Community.Display.V1.FormattedValue';
const LOOKUP_TABLE = '@Microsoft.Dynamics.CRM.lookuplogicalname';

describe('rowFromWebApi', () => {
    it('maps _emailserverprofile_value and its formatted value to emailserverprofile and emailserverprofilename', () => {
        expect(
            rowFromWebApi({
                mailboxid: 'a1',
                _emailserverprofile_value: 'p1',
                [`_emailserverprofile_value${FORMATTED}`]: 'Microsoft Exchange Online',
            }),
        ).toEqual({ mailboxid: 'a1', emailserverprofile: 'p1', emailserverprofilename: 'Microsoft Exchange Online' });
    });

    it('maps _regardingobjectid_value with its name and target table (user or queue)', () => {
        expect(
            rowFromWebApi({
                _regardingobjectid_value: 'q1',
                [`_regardingobjectid_value${FORMATTED}`]: 'Support',
                [`_regardingobjectid_value${LOOKUP_TABLE}`]: 'queue',
            }),
        ).toEqual({ regardingobjectid: 'q1', regardingobjectidname: 'Support', regardingobjecttypecode: 'queue' });
    });

    it('keeps a null lookup null, with a null name (a mailbox without profile is misconfigured, KB 4484702)', () => {
        expect(rowFromWebApi({ _emailserverprofile_value: null })).toEqual({ emailserverprofile: null, emailserverprofilename: null });
    });

    it('leaves an absent lookup absent (unknown is not null)', () => {
        expect(rowFromWebApi({ mailboxid: 'a1' })).toEqual({ mailboxid: 'a1' });
        expect('emailserverprofile' in rowFromWebApi({ mailboxid: 'a1' })).toBe(false);
    });

    it('keeps ISO date strings as strings and passes values of the wrong type through for the core to report', () => {
        expect(rowFromWebApi({ postponemailboxprocessinguntil: '2018-12-03T15:28:37Z', lastsyncerrorcount: '3', enabledforact: 'yes', noemailcount: { n: 1 } })).toEqual({
            postponemailboxprocessinguntil: '2018-12-03T15:28:37Z',
            lastsyncerrorcount: '3',
            enabledforact: 'yes',
            noemailcount: { n: 1 },
        });
    });

    it('ignores annotations, etags and columns the core does not read', () => {
        expect(rowFromWebApi({ '@odata.etag': 'W/"1"', [`statecode${FORMATTED}`]: 'Active', statecode: 0, ewsurl: 'https://x', _ownerid_value: 'o1' })).toEqual({ statecode: 0 });
    });

    it('keeps transientfailurecount and modifiedon, which the v2 rules read', () => {
        expect(rowFromWebApi({ transientfailurecount: 5 << 20, modifiedon: '2018-12-03T15:20:00Z' })).toEqual({ transientfailurecount: 5 << 20, modifiedon: '2018-12-03T15:20:00Z' });
    });

    it('accepts a row already keyed by logical names (a saved export)', () => {
        expect(rowFromWebApi({ emailserverprofile: 'p1', emailserverprofilename: 'EXO', regardingobjectid: 'u1', regardingobjecttypecode: 'systemuser' })).toEqual({
            emailserverprofile: 'p1',
            emailserverprofilename: 'EXO',
            regardingobjectid: 'u1',
            regardingobjecttypecode: 'systemuser',
        });
    });

    it('takes the profile id and name from an expanded emailserverprofile navigation property', () => {
        expect(rowFromWebApi({ emailserverprofile: { emailserverprofileid: 'p1', name: 'EXO', servertype: 0 } })).toEqual({ emailserverprofile: 'p1', emailserverprofilename: 'EXO' });
    });

    it('takes only the name from an expanded regarding object, whose id property depends on its table', () => {
        expect(rowFromWebApi({ regardingobjectid: { fullname: 'x', name: 'Support' } })).toEqual({ regardingobjectidname: 'Support' });
    });

    it('returns an empty row for something that is not an object', () => {
        for (const v of [null, 3, 'x', [1, 2]]) expect(rowFromWebApi(v as unknown as Record<string, unknown>)).toEqual({});
    });

    it('keeps only known columns for every mailbox of the fixture page, with the profile name from the annotation', () => {
        const page = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'webapi', 'mailboxes.json'), 'utf8')) as { value: Record<string, unknown>[] };
        const rows = page.value.map(rowFromWebApi);
        expect(rows.length).toBe(16);
        for (const r of rows) for (const k of Object.keys(r)) expect(MAILBOX_COLUMNS).toContain(k);
        expect(rows[0]).toMatchObject({ name: 'Adele Vance', emailserverprofilename: 'Microsoft Exchange Online', regardingobjecttypecode: 'systemuser', postponemailboxprocessinguntil: '2018-12-03T15:28:00Z' });
        expect(rows[11]).toMatchObject({ name: 'Miriam Graham', emailserverprofile: null, emailserverprofilename: null });
    });
});

describe('profileFromWebApi', () => {
    it('keeps the profile columns and ignores the rest', () => {
        expect(profileFromWebApi({ emailserverprofileid: 'p1', servertype: 0, incomingcredentialretrieval: 2, useautodiscover: true, [`servertype${FORMATTED}`]: 'Exchange Server', ownerid: 'x' })).toEqual({
            emailserverprofileid: 'p1',
            servertype: 0,
            incomingcredentialretrieval: 2,
            useautodiscover: true,
        });
    });
});

describe('expandedProfile', () => {
    it('returns the expanded profile of a mailbox record, or null when it is not expanded', () => {
        expect(expandedProfile({ emailserverprofile: { emailserverprofileid: 'p1', servertype: 0 } })).toEqual({ emailserverprofileid: 'p1', servertype: 0 });
        expect(expandedProfile({ _emailserverprofile_value: 'p1' })).toBeNull();
    });
});

describe('traceFromWebApi', () => {
    it('keeps the tracelog columns as they come', () => {
        expect(
            traceFromWebApi({
                tracelogid: 't1',
                tracecode: 52,
                level: 2,
                [`level${FORMATTED}`]: 'Warning',
                errortypedisplay: 'IncomingEmailServerServiceError',
                errordetails: 'ActivityId: x',
                text: 'Email cannot be received…',
                tracestatus: false,
                machinename: 'host1',
                createdon: '2018-12-01T10:00:00Z',
                modifiedon: '2018-12-03T15:20:00Z',
                _regardingobjectid_value: 'm1',
            }),
        ).toEqual({
            tracelogid: 't1',
            tracecode: 52,
            level: 2,
            errortypedisplay: 'IncomingEmailServerServiceError',
            errordetails: 'ActivityId: x',
            text: 'Email cannot be received…',
            tracestatus: false,
            machinename: 'host1',
            createdon: '2018-12-01T10:00:00Z',
            modifiedon: '2018-12-03T15:20:00Z',
        });
    });
});

describe('recordsFromWebApi', () => {
    it('returns the value array of a Web API page', () => {
        expect(recordsFromWebApi({ '@odata.context': 'x', value: [{ a: 1 }] })).toEqual({ records: [{ a: 1 }], skipped: 0 });
    });

    it('returns a bare array, counting items that are not records', () => {
        expect(recordsFromWebApi([{ a: 1 }, 2, null, [3]])).toEqual({ records: [{ a: 1 }], skipped: 3 });
    });

    it('returns null for JSON of another shape', () => {
        for (const v of [null, 1, 'x', { value: 'no' }, { items: [] }]) expect(recordsFromWebApi(v)).toBeNull();
    });
});
