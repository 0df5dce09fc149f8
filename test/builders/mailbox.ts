/**
 * Test data: a fully populated, healthy mailbox row (every column of MAILBOX_COLUMNS), modelled on seed 000's
 * Exchange Online mailbox, with dates relative to NOW. Date columns are `Date` objects, as the PCF dataset gives
 * them; `aMailboxJson` gives the Web API form (ISO-8601 strings).
 *
 *   aMailbox()                                   healthy
 *   aMailbox({ lastsyncerrorcount: 3, lastsyncerroroccurredon: minutesFromNow(-1) })
 *   aMailbox({ statecode: undefined })           the column is absent (unknown), not null
 */
import type { ColumnValue, MailboxColumn, MailboxRow, ProfileRow } from '../../MailboxHealth/core/types';

/** The instant every suite judges at. */
export const NOW = new Date('2018-12-03T15:25:00Z');
export const NOW_MS = NOW.getTime();

/** NOW plus (or minus) some minutes, as a Date. */
export function minutesFromNow(minutes: number): Date {
    return new Date(NOW_MS + minutes * 60_000);
}

/** NOW plus (or minus) some minutes, as epoch milliseconds. */
export function msFromNow(minutes: number): number {
    return NOW_MS + minutes * 60_000;
}

export const MAILBOX_ID = '9fb6600b-0965-e811-a97f-000d4a161089';
export const PROFILE_ID = '1c0f6a3e-6a2e-e811-a95c-000d3a1a7f3c';

/** The row without dates made yet: a function so that every call gets fresh Date objects. */
function healthy(): { [K in MailboxColumn]: ColumnValue } {
    return {
        mailboxid: MAILBOX_ID,
        name: 'Alex Wilber',
        emailaddress: 'alexw@contoso.onmicrosoft.com',
        statecode: 0,
        statuscode: 1,
        emailserverprofile: PROFILE_ID,
        emailserverprofilename: 'Microsoft Exchange Online',
        regardingobjectid: '5a1b8c2d-0965-e811-a97f-000d4a161089',
        regardingobjectidname: 'Alex Wilber',
        regardingobjecttypecode: 'systemuser',
        isforwardmailbox: false,
        incomingemaildeliverymethod: 2,
        outgoingemaildeliverymethod: 2,
        actdeliverymethod: 1, // trap T1: server-side sync is 1 for ACT
        enabledforincomingemail: true,
        enabledforoutgoingemail: true,
        enabledforact: true,
        incomingemailstatus: 1,
        outgoingemailstatus: 1,
        actstatus: 1,
        mailboxstatus: 1,
        transientfailurecount: 0, // every workload's retry counter at 0: the last cycles succeeded
        emailrouteraccessapproval: 1,
        isemailaddressapprovedbyo365admin: true,
        testemailconfigurationscheduled: false,
        testemailconfigurationretrycount: 0,
        testmailboxaccesscompletedon: minutesFromNow(-4 * 24 * 60),
        postponetestemailconfigurationuntil: minutesFromNow(-4 * 24 * 60 + 5),
        testandenablelastattemptedon: minutesFromNow(-4 * 24 * 60 - 1),
        processingstatecode: 0,
        hostid: null,
        processinglastattemptedon: minutesFromNow(-2),
        lastsyncstartedon: minutesFromNow(-2),
        forcedunlockcount: 0,
        lastmailboxforcedunlockoccurredon: null,
        postponemailboxprocessinguntil: minutesFromNow(3),
        receivingpostponeduntil: minutesFromNow(3), // equal to next processing: runs in the next cycle
        receivingpostponeduntilforact: minutesFromNow(1),
        postponesendinguntil: minutesFromNow(-4 * 24 * 60),
        nextscheduledactsyncinseconds: 900,
        noemailcount: 3,
        noactcount: 2,
        lastsuccessfulsynccompletedon: minutesFromNow(-1.5),
        lastsyncerror: null,
        lastsyncerrorcode: null,
        lastsyncerrorcount: 0,
        lastsyncerroroccurredon: minutesFromNow(-47 * 24 * 60), // older than the last success (seed 000)
        lastsyncerrormachinename: null,
        itemsprocessedforlastsync: 2,
        itemsfailedforlastsync: 0,
        processemailreceivedafter: minutesFromNow(-120),
        modifiedon: minutesFromNow(-1.5), // written with the last success
    };
}

export type MailboxOverrides = { readonly [K in MailboxColumn]?: ColumnValue | undefined };

/**
 * A healthy mailbox row with overrides. An override of `undefined` removes the column (unknown, not null).
 * @example aMailbox({ statecode: 1 }) // an inactive mailbox
 */
export function aMailbox(overrides: MailboxOverrides = {}): MailboxRow {
    const row: Record<string, ColumnValue> = healthy();
    for (const key of Object.keys(overrides) as MailboxColumn[]) {
        const v = overrides[key];
        if (v === undefined) delete row[key];
        else row[key] = v;
    }
    return row;
}

/** The same row as the Web API would give it: dates as ISO-8601 'Z' strings. */
export function aMailboxJson(overrides: MailboxOverrides = {}): MailboxRow {
    const row: Record<string, ColumnValue> = {};
    for (const [k, v] of Object.entries(aMailbox(overrides))) row[k] = v instanceof Date ? v.toISOString() : (v as ColumnValue);
    return row;
}

/** A row with only the given columns (everything else unknown). */
export function aPartialMailbox(columns: readonly MailboxColumn[], overrides: MailboxOverrides = {}): MailboxRow {
    const full = aMailbox(overrides);
    const row: Record<string, ColumnValue> = {};
    for (const c of columns) if (c in full) row[c] = full[c] as ColumnValue;
    return row;
}

/**
 * A transientfailurecount value from per-workload counters (health-model "Errors and backoff": outgoing bits 24–27,
 * incoming 20–23, ACT 16–19; 15 = permanent).
 * @example transientCounters({ incoming: 3 }) // 3 << 20
 */
export function transientCounters(counters: { readonly incoming?: number; readonly outgoing?: number; readonly act?: number }): number {
    return (counters.outgoing ?? 0) * 2 ** 24 + (counters.incoming ?? 0) * 2 ** 20 + (counters.act ?? 0) * 2 ** 16;
}

/** Seed 000's server profile: the default Exchange Online profile (servertype 0, server-to-server). */
export function anExchangeOnlineProfile(overrides: Partial<Record<keyof ProfileRow, ColumnValue>> = {}): ProfileRow {
    return {
        emailserverprofileid: PROFILE_ID,
        name: 'Microsoft Exchange Online',
        statecode: 0,
        servertype: 0,
        useautodiscover: true,
        maxconcurrentconnections: 108,
        minpollingintervalinminutes: 0,
        incomingauthenticationprotocol: 0,
        outgoingauthenticationprotocol: 0,
        incomingcredentialretrieval: 2,
        outgoingcredentialretrieval: 2,
        incominguseimpersonation: false,
        outgoinguseimpersonation: false,
        incomingusessl: true,
        outgoingusessl: true,
        incomingportnumber: 443,
        outgoingportnumber: 443,
        incomingserverlocation: null,
        outgoingserverlocation: null,
        sendemailalert: false,
        ...overrides,
    };
}
