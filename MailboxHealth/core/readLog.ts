/**
 * Reads the text of a "Download Mailbox Details" .log file into the same shapes the Web API gives: a mailbox row, the
 * email server profile's settings and the recent trace-log entries (mailbox-reference.md §2.6; seed 000 is a full
 * real example, annotated by its blog author).
 *
 * What the file looks like (seed 000): section headers ("Mailbox Backoff Parameters"), `key : value` or `key: value`
 * lines, `Null` for empty, `True`/`False`, US dates in UTC (`12/3/2018 3:23:36 PM`), enum names (`EmailRouter`,
 * `AutoDetect`, `S2S`), and "Recent Trace Log details" entries whose errordetails run over several lines. The blog's
 * copy adds prose and parenthetical comment lines; a real file lacks them; both read.
 *
 * Never throws. Linear in the length of the text. Unknown keys are kept verbatim and listed; a value that cannot be
 * read leaves its column absent (unknown, never guessed) with a warning; lines that are not understood are warned
 * about, not dropped silently.
 */
import {
    MAILBOX_COLUMNS,
    PROFILE_COLUMNS,
    type ColumnValue,
    type LogWarning,
    type MailboxColumn,
    type MailboxLog,
    type ProfileColumn,
    type TraceEntry,
} from './types';
import { hexToHresult } from './errors/hresult';

// ---------------------------------------------------------------------------------------------------------------
// Column kinds
// ---------------------------------------------------------------------------------------------------------------

type Kind = 'string' | 'text' | 'int' | 'hresult' | 'bool' | 'date' | { readonly [name: string]: number };

/** Normalises an enum name for lookup: `Server-Side Synchronization` → `serversidesynchronization`. */
const norm = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]/g, '');

const OUTLOOK = ['outlook', 'microsoftdynamicscrmforoutlook', 'microsoftdynamics365foroutlook', 'dynamics365foroutlook', 'crmforoutlook'];
const SSS = ['emailrouter', 'serversidesynchronization', 'serversidesync', 'serversidesynchronizationoremailrouter'];
const options = (pairs: readonly (readonly [number, readonly string[]])[]): Kind => {
    // No prototype: "constructor" or "valueof" in a log is no option name.
    const o: Record<string, number> = Object.create(null);
    for (const [value, names] of pairs) for (const n of names) o[norm(n)] = value;
    return o;
};

// §2.1 b: incoming/outgoing SSS = 2, ACT SSS = 1 (trap T1); the log prints `EmailRouter` for SSS in all three (C10).
const INCOMING_METHOD = options([[0, ['none']], [1, OUTLOOK], [2, SSS], [3, ['forwardmailbox']]]);
const OUTGOING_METHOD = options([[0, ['none']], [1, OUTLOOK], [2, SSS]]);
const ACT_METHOD = options([[0, OUTLOOK], [1, SSS], [2, ['none']]]);
// §2.1 c: 0 Not Run, 1 Success, 2 Failure
const STATUS = options([[0, ['notrun']], [1, ['success']], [2, ['failure']]]);
// §2.1 c: 0 Empty, 1 Approved, 2 Pending Approval, 3 Rejected
const APPROVAL = options([[0, ['empty']], [1, ['approved']], [2, ['pendingapproval', 'pending']], [3, ['rejected']]]);
// §2.1 a, §2.2: statecode 0 Active / 1 Inactive; statuscode 1 Active / 2 Inactive
const STATE = options([[0, ['active']], [1, ['inactive']]]);
const STATUS_REASON = options([[1, ['active']], [2, ['inactive']]]);
// §2.2: 0 Exchange Server, 1 Other (POP3/SMTP), 2 Exchange Server (Hybrid), 3 Exchange Online (Hybrid), 4 IMAP/SMTP
const SERVER_TYPE = options([[0, ['exchange', 'exchangeserver']], [1, ['other', 'pop3smtp', 'pop3']], [2, ['exchangeserverhybrid', 'exchangehybrid']], [3, ['exchangeonlinehybrid']], [4, ['imapsmtp', 'imap']]]);
// §2.2: 0 Auto Detect, 1 Negotiate, 2 NTLM, 3 Basic, 4 OAuth (the log prints `AutoDetect`)
const AUTH_PROTOCOL = options([[0, ['autodetect']], [1, ['negotiate']], [2, ['ntlm']], [3, ['basic']], [4, ['oauth']]]);
// §2.2: credential retrieval (the log prints `S2S` for 2); labels and plausible enum names, matched on values after
const CREDENTIALS = options([
    [0, ['credentialsspecifiedbyauserorqueue', 'credentialsspecifiedbyuserorqueue', 'userorqueue']],
    [1, ['credentialsspecifiedinemailserverprofile', 'emailserverprofile']],
    [2, ['s2s', 'servertoserver', 'servertoserverauthentication']],
    [3, ['windowsintegratedauthentication', 'windowsintegrated']],
    [4, ['withoutcredentialsanonymous', 'withoutcredentials', 'anonymous']],
    [5, ['gmailoauth']],
    [6, ['exchangehybridmodernauthhma', 'exchangehybridmodernauth', 'hma']],
    [7, ['azureactivedirectoryoauth', 'microsoftentraidoauth', 'entraidoauth']],
]);
// §2.3: 1 Information, 2 Warning, 3 Error
const LEVEL = options([[1, ['information', 'info']], [2, ['warning']], [3, ['error']]]);

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
    emailrouteraccessapproval: APPROVAL,
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
};

/** How each profile column is written in the log (§2.2). */
const PROFILE_KINDS: { readonly [K in ProfileColumn]: Kind } = {
    emailserverprofileid: 'string',
    name: 'string',
    statecode: STATE,
    servertype: SERVER_TYPE,
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
interface KeyInfo {
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

// ---------------------------------------------------------------------------------------------------------------
// Scanning by offsets
// ---------------------------------------------------------------------------------------------------------------
// The reader walks the text once, finding line ends and colons with indexOf and looking at characters with charCodeAt,
// and keeps (start, end) offsets; it builds a string only for what it keeps (a key, a value, a warning). Splitting into
// lines, trimming each and slicing key and value cost most of the time and garbage before (issue 6: ≥ 50 MB/s).

/** The characters String.prototype.trim removes (ECMAScript WhiteSpace and LineTerminator), so offsets trim alike. */
function isSpace(c: number): boolean {
    if (c === 32) return true;
    if (c < 0xa0) return c >= 9 && c <= 13;
    return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * [s, e) equals `lower` (ASCII, lower case) once its ASCII letters are lower-cased: `v.toLowerCase() === lower` without
 * the copy. Sound for the words compared here (null, true, false, yes, no, 1, 0): of all characters only U+0130 and
 * U+212A (Kelvin) lower-case to ASCII, to "i̇" and "k", and neither letter occurs in them.
 */
function equalsIgnoreCase(text: string, s: number, e: number, lower: string): boolean {
    if (e - s !== lower.length) return false;
    for (let i = 0; i < lower.length; i++) {
        const c = text.charCodeAt(s + i);
        if ((c >= 65 && c <= 90 ? c | 0x20 : c) !== lower.charCodeAt(i)) return false;
    }
    return true;
}

/** Digits 0–9 from s while fewer than max; returns the end offset. */
function digitsEnd(text: string, s: number, e: number, max: number): number {
    let i = s;
    while (i < e && i - s < max) {
        const c = text.charCodeAt(i);
        if (c < 48 || c > 57) break;
        i++;
    }
    return i;
}

/** The value of the decimal digits in [s, e); exact up to 15 digits, as Number() would give. */
function digitsValue(text: string, s: number, e: number): number {
    let n = 0;
    for (let i = s; i < e; i++) n = n * 10 + (text.charCodeAt(i) - 48);
    return n;
}

/** `[+-]?\d{1,max}` spanning [s, e) → its number (`-0` stays -0, as Number('-0')); NaN when it is not one. */
function integerAt(text: string, s: number, e: number, max: number): number {
    const c = text.charCodeAt(s);
    const sign = c === 45 ? -1 : 1;
    const d = c === 43 || c === 45 ? s + 1 : s;
    if (d === e || e - d > max || digitsEnd(text, d, e, max) !== e) return NaN;
    return sign * digitsValue(text, d, e);
}

// ---------------------------------------------------------------------------------------------------------------
// Sections (§2.6)
// ---------------------------------------------------------------------------------------------------------------

type Context = 'mailbox' | 'profile' | 'trace';

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
const TRACE_SECTION = SECTIONS.length - 1;

/**
 * A section header in the trimmed line [s, e): a standard one (index), another "Mailbox …"/"Email Server Profile …"
 * title (-1), or none.
 */
function sectionAt(text: string, s: number, e: number): { index: number; context: Context } | null {
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

// ---------------------------------------------------------------------------------------------------------------
// Values
// ---------------------------------------------------------------------------------------------------------------

const NO_VALUE = Symbol('bad value');
type Parsed = ColumnValue | typeof NO_VALUE;

/** `Null`, `null` or nothing. */
const isNullAt = (text: string, s: number, e: number): boolean => s === e || equalsIgnoreCase(text, s, e, 'null');

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const daysIn = (y: number, m: number): number => (m === 2 && (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)) ? 29 : DAYS[m - 1]);

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?)?[ \t]*(Z|[+-]\d{2}:?\d{2})?$/i;

const pad2 = (n: number): string => (n < 10 ? '0' + n : '' + n);
const pad3 = (n: number): string => (n < 10 ? '00' + n : n < 100 ? '0' + n : '' + n);

/**
 * A valid UTC date and time as toISOString prints it, without `.000` (`2018-12-03T15:23:36Z`); null when a field is
 * out of range. Formatted directly: the fields are already checked, and Date + toISOString cost a third of the reader.
 */
function isoOf(y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number): string | null {
    if (mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo) || h > 23 || mi > 59 || s > 59 || y < 1) return null;
    // Years 1–99 print as such (Date.UTC would have read them as 19xx); the readers' grammars stop at 9999.
    const year = y < 10 ? '000' + y : y < 100 ? '00' + y : y < 1000 ? '0' + y : '' + y;
    return year + '-' + pad2(mo) + '-' + pad2(d) + 'T' + pad2(h) + ':' + pad2(mi) + ':' + pad2(s) + (ms === 0 ? 'Z' : '.' + pad3(ms) + 'Z');
}

/** A fraction of a second, `997` for `.997`, truncated to milliseconds as before (`.9999999` → 999). */
const msOf = (frac: string): number => Math.floor(Number('0.' + frac) * 1000);

/** Not a US date: let the ISO grammar try. */
const NOT_US = undefined;

/**
 * The US date of seed 000 in [s, e), scanned by hand; it accepts exactly what this expression does:
 * `^(\d{1,2})/(\d{1,2})/(\d{4})(?:[ \t]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?(?:[ \t]*([AaPp])\.?[Mm]\.?)?)?$`
 * (no backtracking can make it match otherwise: each part is followed by a character it cannot contain).
 * @returns the ISO string, null for an impossible date, NOT_US when the text is not in that form.
 */
function usDateAt(text: string, s0: number, e: number): string | null | typeof NOT_US {
    let i = digitsEnd(text, s0, e, 2);
    if (i === s0 || text.charCodeAt(i) !== 47 || i >= e) return NOT_US;
    const mo = digitsValue(text, s0, i);
    let j = digitsEnd(text, ++i, e, 2);
    if (j === i || text.charCodeAt(j) !== 47 || j >= e) return NOT_US;
    const d = digitsValue(text, i, j);
    i = j + 1;
    j = digitsEnd(text, i, e, 4);
    if (j - i !== 4) return NOT_US;
    const y = digitsValue(text, i, j);
    if (j === e) return isoOf(y, mo, d, 0, 0, 0, 0);

    // [ \t]+ hours : minutes
    i = j;
    while (i < e && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
    if (i === j) return NOT_US;
    j = digitsEnd(text, i, e, 2);
    if (j === i || j >= e || text.charCodeAt(j) !== 58) return NOT_US;
    let h = digitsValue(text, i, j);
    i = j + 1;
    j = digitsEnd(text, i, e, 2);
    if (j - i !== 2) return NOT_US;
    const mi = digitsValue(text, i, j);
    // (:seconds(.fraction)?)?
    let sec = 0;
    let ms = 0;
    if (j < e && text.charCodeAt(j) === 58) {
        i = j + 1;
        j = digitsEnd(text, i, e, 2);
        if (j - i !== 2) return NOT_US;
        sec = digitsValue(text, i, j);
        if (j < e && text.charCodeAt(j) === 46) {
            i = j + 1;
            j = digitsEnd(text, i, e, 7);
            if (j === i) return NOT_US;
            ms = msOf(text.slice(i, j));
        }
    }
    if (j === e) return isoOf(y, mo, d, h, mi, sec, ms);

    // [ \t]* [AaPp] \.? [Mm] \.?
    while (j < e && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j++;
    const ap = text.charCodeAt(j) | 0x20;
    if (j >= e || (ap !== 0x61 && ap !== 0x70)) return NOT_US;
    j++;
    if (j < e && text.charCodeAt(j) === 46) j++;
    if (j >= e || (text.charCodeAt(j) | 0x20) !== 0x6d) return NOT_US;
    j++;
    if (j < e && text.charCodeAt(j) === 46) j++;
    if (j !== e) return NOT_US;
    if (h < 1 || h > 12) return null;
    h = (h % 12) + (ap === 0x70 ? 12 : 0);
    return isoOf(y, mo, d, h, mi, sec, ms);
}

/**
 * `12/3/2018 3:23:36 PM` (US order, UTC for Online: seed 000) or ISO-8601 → `2018-12-03T15:23:36Z`; null when not a
 * valid date. A time without a zone is UTC, as the file prints (§2.6, trap T6).
 */
export function parseLogDate(v: string): string | null {
    if (v.length > 40) return null;
    const us = usDateAt(v, 0, v.length);
    if (us !== NOT_US) return us;
    const m = ISO_DATE.exec(v);
    if (!m) return null;
    let offsetMin = 0;
    const z = m[8];
    if (z !== undefined && z.toUpperCase() !== 'Z') {
        const sign = z[0] === '-' ? -1 : 1;
        const digits = z.slice(1).replace(':', '');
        const oh = Number(digits.slice(0, 2));
        const om = Number(digits.slice(2));
        if (oh > 14 || om > 59) return null;
        offsetMin = sign * (oh * 60 + om);
    }
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const h = m[4] === undefined ? 0 : Number(m[4]);
    const mi = m[5] === undefined ? 0 : Number(m[5]);
    const s = m[6] === undefined ? 0 : Number(m[6]);
    const ms = m[7] === undefined ? 0 : msOf(m[7]);
    if (offsetMin === 0) return isoOf(y, mo, d, h, mi, s, ms);
    // An offset can move the date across a day, month or year: let Date do the arithmetic on the checked fields.
    if (isoOf(y, mo, d, h, mi, s, ms) === null) return null;
    const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s, ms) - offsetMin * 60_000);
    // Date.UTC maps years 0–99 to 1900–1999; a log never has them, but a wrong date must not come out of a garbled one.
    if (y < 100) date.setUTCFullYear(y);
    const iso = date.toISOString();
    return iso.endsWith('.000Z') ? iso.slice(0, -5) + 'Z' : iso;
}

/** The value in [s, e) (trimmed, not empty unless null) read as `kind`; NO_VALUE when it cannot be read. */
function valueAt(kind: Kind, text: string, s: number, e: number): Parsed {
    if (isNullAt(text, s, e)) return null;
    switch (kind) {
        case 'text':
        case 'string':
            return text.slice(s, e);
        case 'int': {
            const n = integerAt(text, s, e, 15);
            return n === n ? n : NO_VALUE;
        }
        case 'hresult': {
            // lastsyncerrorcode: signed HRESULT (−2147220891) or its hex form (0x80040265), §2.1 f
            const n = integerAt(text, s, e, 15);
            if (n === n) return n;
            const v = text.slice(s, e);
            return /^0[xX][0-9A-Fa-f]{1,8}$/.test(v) ? hexToHresult(v) : NO_VALUE;
        }
        case 'bool':
            if (equalsIgnoreCase(text, s, e, 'true') || equalsIgnoreCase(text, s, e, 'yes') || equalsIgnoreCase(text, s, e, '1')) return true;
            if (equalsIgnoreCase(text, s, e, 'false') || equalsIgnoreCase(text, s, e, 'no') || equalsIgnoreCase(text, s, e, '0')) return false;
            return NO_VALUE;
        case 'date': {
            if (e - s > 40) return NO_VALUE;
            const us = usDateAt(text, s, e);
            return (us === NOT_US ? parseLogDate(text.slice(s, e)) : us) ?? NO_VALUE;
        }
        default: {
            // a choice: the number itself (an unknown option value is passed on for the core to report), or an enum name
            const n = integerAt(text, s, e, 10);
            if (n === n) return n;
            if (e - s > 80) return NO_VALUE;
            const option = kind[norm(text.slice(s, e))];
            return option === undefined ? NO_VALUE : option;
        }
    }
}

// ---------------------------------------------------------------------------------------------------------------
// Lines
// ---------------------------------------------------------------------------------------------------------------

const MAX_RAW = 200;
/** A warning shows at most 200 characters of a line or value; only those are copied out of the text. */
const clipAt = (text: string, s: number, e: number): string => (e - s > MAX_RAW ? text.slice(s, s + MAX_RAW) + '…' : text.slice(s, e));

/**
 * The colon of a `key : value` / `key: value` / `key :` line in the trimmed line [s, e), or -1 when there is none
 * within 110 characters (a longer line is prose). `colon` is the first colon at or after s anywhere in the text.
 */
const colonIn = (s: number, e: number, colon: number): number => (colon === s || colon >= e || colon > s + 110 ? -1 : colon);

/** The end of [s, e) without trailing white space. */
function trimEndAt(text: string, s: number, e: number): number {
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    return e;
}

/**
 * The known key spelt exactly (in lower case) as [s, keyEnd), or undefined. Slicing the few characters and comparing
 * with === measured faster than startsWith, a charCodeAt loop or a Map probe; most lines that are no key are ruled out
 * by their length and first character before any string is made.
 */
function knownKeyAt(text: string, s: number, keyEnd: number): KeyInfo | undefined {
    const candidates = KEYS_BY_LENGTH[keyEnd - s];
    if (candidates === undefined) return undefined;
    const first = text.charCodeAt(s);
    let key: string | undefined;
    for (const info of candidates) {
        if (info.name.charCodeAt(0) !== first) continue;
        key ??= text.slice(s, keyEnd);
        if (key === info.name) return info;
    }
    return undefined;
}

/** [s, keyEnd) is a key: one word, `[A-Za-z_][A-Za-z0-9_]{0,99}`. */
function isKeyAt(text: string, s: number, keyEnd: number): boolean {
    if (keyEnd - s > 100) return false;
    for (let i = s; i < keyEnd; i++) {
        const c = text.charCodeAt(i);
        const letter = (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
        if (!(letter || c === 95 || (i > s && c >= 48 && c <= 57))) return false;
    }
    return true;
}

/** The blog's annotation lines are wholly in parentheses; a real file has none. */
const isCommentAt = (text: string, s: number, e: number): boolean => e - s > 1 && text.charCodeAt(s) === 40 && text.charCodeAt(e - 1) === 41;

/**
 * Which table a known key's value goes to in the current section: a trace key in the trace section (tracecode starts
 * one anywhere), a profile key in a profile section or when the mailbox has no such column, else a mailbox column; a
 * trace key elsewhere is unknown there (undefined).
 */
function tableOf(info: KeyInfo, context: Context | null): Context | undefined {
    if (info.trace !== undefined && (context === 'trace' || info.name === 'tracecode')) return 'trace';
    if (info.profile !== undefined && (context === 'profile' || info.mailbox === undefined)) return 'profile';
    return info.mailbox !== undefined ? 'mailbox' : undefined;
}

interface Continuation {
    readonly target: 'mailbox' | 'trace';
    readonly key: 'lastsyncerror' | 'errordetails' | 'text';
    readonly lines: string[];
}

/**
 * @summary Reads a Download Mailbox Details .log text.
 * @returns the mailbox row, the profile (null when the file has no profile values), the trace entries, unknown keys
 * and warnings. Never throws.
 * @example
 * readMailboxLog('mailboxid : 9fb6…\nprocessingstatecode : 0\npostponemailboxprocessinguntil : 12/3/2018 3:28:37 PM').row
 * // { mailboxid: '9fb6…', processingstatecode: 0, postponemailboxprocessinguntil: '2018-12-03T15:28:37Z' }
 */
export function readMailboxLog(text: string): MailboxLog {
    const row: { [K in MailboxColumn]?: ColumnValue } = {};
    const profile: { [K in ProfileColumn]?: ColumnValue } = {};
    const traces: TraceEntry[] = [];
    const unknownKeys: { key: string; value: string; line: number }[] = [];
    const warnings: LogWarning[] = [];
    const empty = (): MailboxLog => ({ row, profile: null, traces, unknownKeys, warnings: [{ line: 0, code: 'empty' }] });

    if (typeof text !== 'string') return empty();

    let context: Context | null = null;
    let trace: Record<string, ColumnValue> | null = null;
    let cont: Continuation | null = null;
    let blankRun = 0;
    let lastSection = -1;
    let sawSection = false;
    let sawText = false;
    let mailboxValues = 0;
    let profileValues = 0;

    const closeTrace = (): void => {
        if (trace !== null) traces.push(trace as TraceEntry);
        trace = null;
    };
    const endContinuation = (): void => {
        if (cont === null) return;
        // "errordetails :" with the text on the following lines: the empty first line is not part of the text.
        const parts = cont.lines[0] === '' ? cont.lines.slice(1) : cont.lines;
        const value = parts.length === 0 || (parts.length === 1 && (parts[0] === '' || (parts[0].length === 4 && parts[0].toLowerCase() === 'null'))) ? null : parts.join('\n');
        if (cont.target === 'mailbox') row.lastsyncerror = value;
        else if (trace !== null) trace[cont.key] = value;
        cont = null;
    };

    const n = text.length;
    let lineNo = 0;
    // The next \n, \r and ':' at or after the line being read, or n when there is none. Each is searched for again (by
    // the native indexOf, ten times faster here than a charCodeAt loop) only once the reader has passed it, so the text
    // is scanned about once whatever the lines look like: no search runs ahead to the end of the text on every line.
    // (Not `indexOf(…) >>> 0` for "none": V8's optimised code went quadratic on that.)
    let lf = -1;
    let cr = -1;
    let nextColon = -1;
    const after = (c: string, from: number): number => {
        const i = text.indexOf(c, from);
        return i < 0 ? n : i;
    };
    // Lines end at \r\n, \r or \n, as split(/\r\n|\r|\n/) would cut them; a byte-order mark before line 1 is skipped.
    for (let next = text.charCodeAt(0) === 0xfeff ? 1 : 0; next <= n; ) {
        lineNo++;
        const start = next;
        if (lf < start) lf = after('\n', start);
        if (cr < start) cr = after('\r', start);
        const end = lf < cr ? lf : cr;
        next = end === n ? n + 1 : end === cr && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;

        // The line trimmed (as String.prototype.trim would) is [s, e).
        let s = start;
        while (s < end && isSpace(text.charCodeAt(s))) s++;
        if (s === end) {
            // Two blank lines end a multi-line value (seed 000 separates entries so, and ends the post so).
            if (cont !== null && ++blankRun >= 2) endContinuation();
            continue;
        }
        sawText = true;
        const e = trimEndAt(text, s, end);
        const section = sectionAt(text, s, e);
        if (nextColon < s) nextColon = after(':', s);
        const colon = colonIn(s, e, nextColon);
        const keyEnd = colon < 0 ? -1 : trimEndAt(text, s, colon);
        const known = keyEnd < 0 ? undefined : knownKeyAt(text, s, keyEnd);

        if (cont !== null) {
            // Only a section or a key as the tables spell it ends the text: "Message: …" inside it does not.
            const ends = section !== null || (known !== undefined && (cont.target === 'trace' ? known.trace !== undefined : known.mailbox !== undefined || known.profile !== undefined));
            if (!ends) {
                blankRun = 0;
                // Comment lines belong to the annotated copy, except inside exception text, which is kept whole.
                if (cont.target === 'trace' || !isCommentAt(text, s, e)) cont.lines.push(text.slice(start, e));
                continue;
            }
            endContinuation();
        }
        blankRun = 0;
        if (isCommentAt(text, s, e)) continue;

        if (section !== null) {
            if (context === 'trace' && section.context !== 'trace') closeTrace();
            context = section.context;
            sawSection = true;
            if (section.index > lastSection) lastSection = section.index;
            continue;
        }
        if (keyEnd < 0 || (known === undefined && !isKeyAt(text, s, keyEnd))) {
            warnings.push({ line: lineNo, code: 'garbled-line', raw: clipAt(text, s, e) });
            continue;
        }
        // The value is [vs, e): the rest of the line after the colon, trimmed.
        let vs = colon + 1;
        while (vs < e && isSpace(text.charCodeAt(vs))) vs++;
        // Keys are read in any case (`MailboxId`); the usual lower-case spelling was found by knownKeyAt already.
        let info = known;
        let key: string | undefined;
        if (info === undefined) {
            key = text.slice(s, keyEnd);
            const lower = key.toLowerCase();
            if (lower !== key) info = KEY_INFO.get(lower);
        }
        const kind = info === undefined ? undefined : tableOf(info, context);
        if (info === undefined || kind === undefined) {
            key ??= text.slice(s, keyEnd);
            unknownKeys.push({ key, value: text.slice(vs, e), line: lineNo });
            warnings.push({ line: lineNo, code: 'unknown-key', key, raw: clipAt(text, vs, e) });
            continue;
        }
        const name = info.name;
        if (kind === 'trace') {
            context = 'trace';
            if (name === 'tracecode' || trace === null) {
                closeTrace();
                trace = {};
            }
            if (info.trace === 'text') {
                cont = { target: 'trace', key: name as Continuation['key'], lines: [text.slice(vs, e)] };
                continue;
            }
            const v = valueAt(info.trace as Kind, text, vs, e);
            if (v === NO_VALUE) warnings.push({ line: lineNo, code: 'bad-value', key: name, raw: clipAt(text, vs, e) });
            else trace[name] = v;
            continue;
        }
        const columnKind = (kind === 'profile' ? info.profile : info.mailbox) as Kind;
        if (columnKind === 'text') {
            cont = { target: 'mailbox', key: 'lastsyncerror', lines: [text.slice(vs, e)] };
            mailboxValues++;
            continue;
        }
        const v = valueAt(columnKind, text, vs, e);
        if (v === NO_VALUE) {
            warnings.push({ line: lineNo, code: 'bad-value', key: name, raw: clipAt(text, vs, e) });
        } else if (kind === 'profile') {
            profile[name as ProfileColumn] = v;
            profileValues++;
        } else {
            row[name as MailboxColumn] = v;
            mailboxValues++;
        }
    }
    // Nothing but white space (checked here, not by text.trim() first, which would scan a long blank run twice).
    if (!sawText) return empty();
    endContinuation();
    closeTrace();

    // The sections come in a fixed order and the trace section is last: a file that stops before it was cut off.
    if (sawSection && lastSection >= 0 && lastSection < TRACE_SECTION) {
        warnings.push({ line: lineNo, code: 'truncated' });
    }
    if (mailboxValues === 0) warnings.push({ line: 0, code: 'no-mailbox-section' });

    return { row, profile: profileValues > 0 ? profile : null, traces, unknownKeys, warnings };
}
