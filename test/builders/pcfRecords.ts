/**
 * Mailbox records as the PCF dataset hands them over (raw values: Dates, numbers, booleans, EntityReferences), for
 * the mapping, lifecycle and view tests. Defaults describe a healthy, recently synchronized mailbox at NOW.
 */
import { MAILBOX_COLUMNS } from '../../MailboxHealth/core/types';
import { DERIVED_COLUMNS } from '../../MailboxHealth/manifest';
import { MockDataSet, MockEntityRecord } from '../mocks/pcf';
import type { MockDataSetInit } from '../mocks/pcf';

export const NOW = Date.parse('2024-05-01T09:00:00Z');
const MINUTE = 60_000;

export function at(minutesFromNow: number): Date {
    return new Date(NOW + minutesFromNow * MINUTE);
}

/** A stable GUID per number: guid(1) = "00000000-0000-0000-0000-000000000001". */
export function guid(n: number): string {
    return `00000000-0000-0000-0000-${String(n).padStart(12, '0')}`;
}

export const PROFILE_ID = 'a1b2c3d4-0000-0000-0000-00000000e0e0';

/** Every mailbox column a dataset can carry (the record id and the lookups' names come with the record). */
export const DATASET_COLUMNS: readonly string[] = MAILBOX_COLUMNS.filter((c) => !(DERIVED_COLUMNS as readonly string[]).includes(c));

/** The columns of the stock "Active Mailboxes" view: the health rules can judge little from these. */
export const STOCK_VIEW_COLUMNS: readonly string[] = ['name', 'emailaddress', 'regardingobjectid', 'emailserverprofile', 'statecode'];

export function healthyValues(n: number): Record<string, unknown> {
    return {
        name: `Mailbox ${n}`,
        emailaddress: `user${n}@contoso.com`,
        statecode: 0,
        statuscode: 1,
        emailserverprofile: { id: { guid: PROFILE_ID }, name: 'Microsoft Exchange Online', etn: 'emailserverprofile' },
        regardingobjectid: { id: { guid: guid(10_000 + n) }, name: `User ${n}`, etn: 'systemuser' },
        regardingobjecttypecode: 'systemuser',
        isforwardmailbox: false,
        incomingemaildeliverymethod: 2,
        outgoingemaildeliverymethod: 2,
        actdeliverymethod: 1,
        enabledforincomingemail: true,
        enabledforoutgoingemail: true,
        enabledforact: true,
        incomingemailstatus: 1,
        outgoingemailstatus: 1,
        actstatus: 1,
        mailboxstatus: 1,
        emailrouteraccessapproval: 1,
        isemailaddressapprovedbyo365admin: true,
        testemailconfigurationscheduled: false,
        testemailconfigurationretrycount: 0,
        testmailboxaccesscompletedon: at(-30 * 24 * 60),
        postponetestemailconfigurationuntil: null,
        testandenablelastattemptedon: null,
        processingstatecode: 0,
        hostid: null,
        processinglastattemptedon: at(-3),
        lastsyncstartedon: at(-3),
        forcedunlockcount: 0,
        lastmailboxforcedunlockoccurredon: null,
        postponemailboxprocessinguntil: at(2),
        receivingpostponeduntil: at(2),
        receivingpostponeduntilforact: at(2),
        postponesendinguntil: at(2),
        nextscheduledactsyncinseconds: 900,
        noemailcount: 0,
        noactcount: 0,
        lastsuccessfulsynccompletedon: at(-3),
        lastsyncerror: null,
        lastsyncerrorcode: null,
        lastsyncerrorcount: 0,
        lastsyncerroroccurredon: null,
        lastsyncerrormachinename: null,
        itemsprocessedforlastsync: 3,
        itemsfailedforlastsync: 0,
        processemailreceivedafter: at(-10),
    };
}

/** Failing: the last three cycles ended in a transient EWS error after the last success. */
export function failingValues(n: number): Record<string, unknown> {
    return {
        ...healthyValues(n),
        lastsuccessfulsynccompletedon: at(-120),
        lastsyncerror: 'Mailbox sync failed: Microsoft.Exchange.WebServices.Data.ServiceResponseException: The server cannot service this request right now. Try again later.',
        lastsyncerrorcode: -2147220891,
        lastsyncerrorcount: 3,
        lastsyncerroroccurredon: at(-4),
        mailboxstatus: 2,
    };
}

export function aMailboxRecord(n: number, overrides: Record<string, unknown> = {}, formatted: Record<string, string> = {}): MockEntityRecord {
    return new MockEntityRecord(guid(n), { ...healthyValues(n), ...overrides }, formatted);
}

/** A dataset with every column and `count` records built by `values(n)` (healthy by default). */
export function aFleetDataSet(count: number, init: Partial<MockDataSetInit> = {}, values: (n: number) => Record<string, unknown> = healthyValues): MockDataSet {
    const records: MockEntityRecord[] = [];
    for (let n = 1; n <= count; n++) records.push(new MockEntityRecord(guid(n), values(n)));
    return new MockDataSet({ columns: DATASET_COLUMNS, records, ...init });
}
