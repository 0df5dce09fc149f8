/**
 * How a Download Mailbox Details log spells things (docs/evidence.md §2.6; seed 000 is a full real file): its
 * section titles, its keys (the Dataverse logical names, read in any letter case: health-model §"The Download Mailbox
 * Details log"), how each key's value is written, and the enum names it prints for choice values (`EmailRouter`,
 * `AutoDetect`, `S2S`). The choice *values* are the platform's (docs/evidence.md §2.1–2.3); only the log's names for
 * them live here.
 */
import { MAILBOX_COLUMNS, PROFILE_COLUMNS, type MailboxColumn, type ProfileColumn, type TraceEntry } from '../types';
import {
    ACT_DELIVERY,
    ACT_DELIVERY_LABELS,
    APPROVAL,
    APPROVAL_LABELS,
    AUTHENTICATION_PROTOCOL,
    AUTHENTICATION_PROTOCOL_LABELS,
    CREDENTIAL_RETRIEVAL,
    CREDENTIAL_RETRIEVAL_LABELS,
    INCOMING_DELIVERY,
    INCOMING_DELIVERY_LABELS,
    MAILBOX_STATUS_REASON,
    MAILBOX_STATUS_REASON_LABELS,
    OUTGOING_DELIVERY,
    OUTGOING_DELIVERY_LABELS,
    RECORD_STATE,
    RECORD_STATE_LABELS,
    SERVER_TYPE,
    SERVER_TYPE_LABELS,
    TRACE_LEVEL,
    TRACE_LEVEL_LABELS,
    WORKLOAD_STATUS,
    WORKLOAD_STATUS_LABELS,
    type ChoiceLabels,
} from '../vocabulary';

export type Kind = 'string' | 'text' | 'int' | 'hresult' | 'bool' | 'date' | { readonly [name: string]: number };

/** Normalises an enum name for lookup: `Server-Side Synchronization` → `serversidesynchronization`. */
export const norm = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * The names a log may print for an option set's values: the platform's label, the option's name in the vocabulary
 * (`PendingApproval`, `AutoDetect`), and the log's own names for it (`extra`). Values and labels come from the one
 * vocabulary (docs/evidence.md §2.1–2.3); only the log's own names live here.
 */
function names<T extends Readonly<Record<string, number>>>(values: T, labels: ChoiceLabels<T>, extra: { readonly [K in keyof T]?: readonly string[] } = {}): Kind {
    // No prototype: "constructor" or "valueof" in a log is no option name.
    const o: Record<string, number> = Object.create(null);
    for (const name of Object.keys(values) as (keyof T & string)[]) {
        for (const n of [labels[name], name, ...(extra[name] ?? [])]) o[norm(n)] = values[name];
    }
    return o;
}

// docs/evidence.md §2.1 b: incoming/outgoing SSS = 2, ACT SSS = 1 (trap T1); the log prints `EmailRouter` for SSS in
// all three (§1.2 C10), older metadata labelled it "Server-Side Synchronization or Email Router".
const OUTLOOK = ['outlook', 'microsoftdynamicscrmforoutlook', 'dynamics365foroutlook', 'crmforoutlook'];
const SSS = ['emailrouter', 'serversidesynchronizationoremailrouter'];
const INCOMING_METHOD = names(INCOMING_DELIVERY, INCOMING_DELIVERY_LABELS, { Outlook: OUTLOOK, ServerSideSync: SSS });
const OUTGOING_METHOD = names(OUTGOING_DELIVERY, OUTGOING_DELIVERY_LABELS, { Outlook: OUTLOOK, ServerSideSync: SSS });
const ACT_METHOD = names(ACT_DELIVERY, ACT_DELIVERY_LABELS, { Outlook: OUTLOOK, ServerSideSync: SSS });
const STATUS = names(WORKLOAD_STATUS, WORKLOAD_STATUS_LABELS);
const APPROVAL_NAMES = names(APPROVAL, APPROVAL_LABELS, { PendingApproval: ['pending'] });
const STATE = names(RECORD_STATE, RECORD_STATE_LABELS);
const STATUS_REASON = names(MAILBOX_STATUS_REASON, MAILBOX_STATUS_REASON_LABELS);
// docs/evidence.md §2.2: the short names a profile section may print.
const SERVER_TYPE_NAMES = names(SERVER_TYPE, SERVER_TYPE_LABELS, { ExchangeServer: ['exchange'], Pop3Smtp: ['other', 'pop3'], ExchangeServerHybrid: ['exchangehybrid'], ImapSmtp: ['imap'] });
// docs/evidence.md §2.2: the log prints `AutoDetect` (the option's name).
const AUTH_PROTOCOL = names(AUTHENTICATION_PROTOCOL, AUTHENTICATION_PROTOCOL_LABELS);
// docs/evidence.md §2.2: the log prints `S2S`; current docs name 7 "Microsoft Entra ID OAuth".
const CREDENTIALS = names(CREDENTIAL_RETRIEVAL, CREDENTIAL_RETRIEVAL_LABELS, {
    UserOrQueue: ['credentialsspecifiedbyuserorqueue'],
    ServerToServer: ['s2s'],
    Anonymous: ['withoutcredentials'],
    ExchangeHybridModernAuth: ['hma'],
    EntraIdOAuth: ['microsoftentraidoauth'],
});
// docs/evidence.md §2.3: trace level
const LEVEL = names(TRACE_LEVEL, TRACE_LEVEL_LABELS, { Information: ['info'] });

/** How each mailbox column the core reads is written in the log (§2.1). */
const MAILBOX_KINDS: { readonly [K in MailboxColumn]: Kind } = {
    mailboxid: 'string',
    name: 'string',
    emailaddress: 'string',
    statecode: STATE,
    statuscode: STATUS_REASON,
    emailserverprofile: 'string',
    emailserverprofilename: 'string',
    regardingobjectid: 'string',
    regardingobjectidname: 'string',
    regardingobjecttypecode: 'string',
    isforwardmailbox: 'bool',
    incomingemaildeliverymethod: INCOMING_METHOD,
    outgoingemaildeliverymethod: OUTGOING_METHOD,
    actdeliverymethod: ACT_METHOD,
    enabledforincomingemail: 'bool',
    enabledforoutgoingemail: 'bool',
    enabledforact: 'bool',
    incomingemailstatus: STATUS,
    outgoingemailstatus: STATUS,
    actstatus: STATUS,
    mailboxstatus: STATUS,
    transientfailurecount: 'int',
    emailrouteraccessapproval: APPROVAL_NAMES,
    isemailaddressapprovedbyo365admin: 'bool',
    testemailconfigurationscheduled: 'bool',
    testemailconfigurationretrycount: 'int',
    testmailboxaccesscompletedon: 'date',
    postponetestemailconfigurationuntil: 'date',
    testandenablelastattemptedon: 'date',
    processingstatecode: 'int',
    hostid: 'string',
    processinglastattemptedon: 'date',
    lastsyncstartedon: 'date',
    forcedunlockcount: 'int',
    lastmailboxforcedunlockoccurredon: 'date',
    postponemailboxprocessinguntil: 'date',
    receivingpostponeduntil: 'date',
    receivingpostponeduntilforact: 'date',
    postponesendinguntil: 'date',
    nextscheduledactsyncinseconds: 'int',
    noemailcount: 'int',
    noactcount: 'int',
    lastsuccessfulsynccompletedon: 'date',
    lastsyncerror: 'text',
    lastsyncerrorcode: 'hresult',
    lastsyncerrorcount: 'int',
    lastsyncerroroccurredon: 'date',
    lastsyncerrormachinename: 'string',
    itemsprocessedforlastsync: 'int',
    itemsfailedforlastsync: 'int',
    processemailreceivedafter: 'date',
    modifiedon: 'date',
};

/** How each profile column is written in the log (§2.2). */
const PROFILE_KINDS: { readonly [K in ProfileColumn]: Kind } = {
    emailserverprofileid: 'string',
    name: 'string',
    statecode: STATE,
    servertype: SERVER_TYPE_NAMES,
    useautodiscover: 'bool',
    maxconcurrentconnections: 'int',
    minpollingintervalinminutes: 'int',
    incomingauthenticationprotocol: AUTH_PROTOCOL,
    outgoingauthenticationprotocol: AUTH_PROTOCOL,
    incomingcredentialretrieval: CREDENTIALS,
    outgoingcredentialretrieval: CREDENTIALS,
    incominguseimpersonation: 'bool',
    outgoinguseimpersonation: 'bool',
    incomingusessl: 'bool',
    outgoingusessl: 'bool',
    incomingportnumber: 'int',
    outgoingportnumber: 'int',
    incomingserverlocation: 'string',
    outgoingserverlocation: 'string',
    sendemailalert: 'bool',
};

type TraceKey = keyof TraceEntry;
/** The tracelog columns the trace section may print (seed 000 prints the first three). */
const TRACE_KINDS: { readonly [K in TraceKey]-?: Kind } = {
    tracecode: 'int',
    errortypedisplay: 'string',
    errordetails: 'text',
    level: LEVEL,
    text: 'text',
    tracestatus: 'bool',
    machinename: 'string',
    createdon: 'date',
    modifiedon: 'date',
    tracelogid: 'string',
};

/** What a lower-case key is in each table: one lookup per line instead of three Set probes and a kind lookup. */
export interface KeyInfo {
    /** The key as the tables spell it; an interned constant, so `row[name] = v` needs no string-table lookup. */
    readonly name: string;
    mailbox?: Kind;
    profile?: Kind;
    trace?: Kind;
}
const KEY_INFO = new Map<string, KeyInfo>();
const keyInfo = (name: string): KeyInfo => {
    let info = KEY_INFO.get(name);
    if (info === undefined) KEY_INFO.set(name, (info = { name }));
    return info;
};
for (const c of MAILBOX_COLUMNS) keyInfo(c).mailbox = MAILBOX_KINDS[c];
for (const c of PROFILE_COLUMNS) keyInfo(c).profile = PROFILE_KINDS[c];
for (const c of Object.keys(TRACE_KINDS) as TraceKey[]) keyInfo(c).trace = TRACE_KINDS[c];

/** The known keys by length, for knownKeyAt. */
const KEYS_BY_LENGTH: KeyInfo[][] = [];
for (const info of KEY_INFO.values()) (KEYS_BY_LENGTH[info.name.length] ??= []).push(info);

export type Context = 'mailbox' | 'profile' | 'trace';

/** The standard sections in the order the file prints them; the reader uses the order to tell a truncated file. */
const SECTIONS: readonly (readonly [string, Context])[] = [
    ['mailbox async processing state', 'mailbox'],
    ['mailbox synchronization methods', 'mailbox'],
    ['mailbox enabled state', 'mailbox'],
    ['mailbox idle state', 'mailbox'],
    ['mailbox backoff parameters', 'mailbox'],
    ['mailbox test and enable parameters', 'mailbox'],
    ['mailbox last sync cycle information', 'mailbox'],
    ['email server profile details', 'profile'],
    ['email server profile general settings', 'profile'],
    ['email server profile incoming email settings', 'profile'],
    ['email server profile outgoing email settings', 'profile'],
    ['recent trace log details', 'trace'],
];
export const TRACE_SECTION = SECTIONS.length - 1;

/**
 * A section header in the trimmed line [s, e): a standard one (index), another "Mailbox …"/"Email Server Profile …"
 * title (-1), or none.
 */
export function sectionAt(text: string, s: number, e: number): { index: number; context: Context } | null {
    // Every header starts with "Mailbox ", "Email " or "Recent ": the first letter and the space after the first word
    // rule out nearly every line before any string is made.
    const c = text.charCodeAt(s) | 0x20;
    const space = c === 0x6d ? 7 : c === 0x65 ? 5 : c === 0x72 ? 6 : -1;
    if (space < 0 || e - s > 120 || text.charCodeAt(s + space) !== 32) return null;
    const lower = text.slice(s, e).toLowerCase();
    for (let i = 0; i < SECTIONS.length; i++) {
        const title = SECTIONS[i][0];
        // Two probe characters rule out the other titles before the slower startsWith.
        const last = title.length - 1;
        if (lower.charCodeAt(last) !== title.charCodeAt(last) || lower.charCodeAt(last >> 1) !== title.charCodeAt(last >> 1)) continue;
        if (lower.startsWith(title)) return { index: i, context: SECTIONS[i][1] };
    }
    // A title the reader does not know yet (a newer file): words only, no key, no sentence.
    if (/^(?:mailbox|email server profile) [a-z /&-]{3,60}$/.test(lower)) {
        return { index: -1, context: lower.startsWith('mailbox') ? 'mailbox' : 'profile' };
    }
    return null;
}

/**
 * The known key spelt as [s, keyEnd) in any letter case (`LastSyncErrorCount` is `lastsyncerrorcount`: health-model
 * §"The Download Mailbox Details log", v2), or undefined. Most lines that are no key are ruled out by their length and
 * first letter before any string is made; the usual lower-case spelling is found with one slice and ===, which
 * measured faster than startsWith, a charCodeAt loop or a Map probe.
 */
export function knownKeyAt(text: string, s: number, keyEnd: number): KeyInfo | undefined {
    const candidates = KEYS_BY_LENGTH[keyEnd - s];
    if (candidates === undefined) return undefined;
    const c = text.charCodeAt(s);
    const first = c >= 65 && c <= 90 ? c | 0x20 : c;
    let key: string | undefined;
    let lower: string | undefined;
    for (const info of candidates) {
        if (info.name.charCodeAt(0) !== first) continue;
        key ??= text.slice(s, keyEnd);
        if (key === info.name) return info;
        lower ??= key.toLowerCase();
        if (lower === info.name) return info;
    }
    return undefined;
}

/**
 * Which table a known key's value goes to in the current section: a trace key in the trace section (tracecode starts
 * one anywhere), a profile key in a profile section or when the mailbox has no such column, else a mailbox column; a
 * trace key elsewhere is unknown there (undefined).
 */
export function tableOf(info: KeyInfo, context: Context | null): Context | undefined {
    if (info.trace !== undefined && (context === 'trace' || info.name === 'tracecode')) return 'trace';
    if (info.profile !== undefined && (context === 'profile' || info.mailbox === undefined)) return 'profile';
    return info.mailbox !== undefined ? 'mailbox' : undefined;
}
