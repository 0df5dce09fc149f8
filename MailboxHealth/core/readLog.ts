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
    const o: Record<string, number> = {};
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

const MAILBOX_KEYS = new Set<string>(MAILBOX_COLUMNS);
const PROFILE_KEYS = new Set<string>(PROFILE_COLUMNS);
const TRACE_KEYS = new Set<string>(Object.keys(TRACE_KINDS));

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

/** A section header: a standard one (index), another "Mailbox …"/"Email Server Profile …" title (-1), or none. */
function sectionOf(t: string): { index: number; context: Context } | null {
    // Every header starts with "Mailbox", "Email Server Profile" or "Recent": one character rules most lines out.
    const c = t.charCodeAt(0) | 0x20;
    if (t.length > 120 || (c !== 0x6d && c !== 0x65 && c !== 0x72)) return null;
    const lower = t.toLowerCase();
    for (let i = 0; i < SECTIONS.length; i++) {
        if (lower.startsWith(SECTIONS[i][0])) return { index: i, context: SECTIONS[i][1] };
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

const isNull = (v: string): boolean => v === '' || v.toLowerCase() === 'null';

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const daysIn = (y: number, m: number): number => (m === 2 && (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)) ? 29 : DAYS[m - 1]);

const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:[ \t]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?(?:[ \t]*([AaPp])\.?[Mm]\.?)?)?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?)?[ \t]*(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * `12/3/2018 3:23:36 PM` (US order, UTC for Online: seed 000) or ISO-8601 → `2018-12-03T15:23:36Z`; null when not a
 * valid date. A time without a zone is UTC, as the file prints (§2.6, trap T6).
 */
export function parseLogDate(v: string): string | null {
    if (v.length > 40) return null;
    let y: number, mo: number, d: number, h: number, mi: number, s: number, frac: string | undefined, offsetMin = 0;
    let m = US_DATE.exec(v);
    if (m) {
        mo = Number(m[1]);
        d = Number(m[2]);
        y = Number(m[3]);
        h = m[4] === undefined ? 0 : Number(m[4]);
        mi = m[5] === undefined ? 0 : Number(m[5]);
        s = m[6] === undefined ? 0 : Number(m[6]);
        frac = m[7];
        if (m[8] !== undefined) {
            if (m[4] === undefined || h < 1 || h > 12) return null;
            const pm = m[8].toLowerCase() === 'p';
            h = (h % 12) + (pm ? 12 : 0);
        }
    } else if ((m = ISO_DATE.exec(v))) {
        y = Number(m[1]);
        mo = Number(m[2]);
        d = Number(m[3]);
        h = m[4] === undefined ? 0 : Number(m[4]);
        mi = m[5] === undefined ? 0 : Number(m[5]);
        s = m[6] === undefined ? 0 : Number(m[6]);
        frac = m[7];
        const z = m[8];
        if (z !== undefined && z.toUpperCase() !== 'Z') {
            const sign = z[0] === '-' ? -1 : 1;
            const digits = z.slice(1).replace(':', '');
            const oh = Number(digits.slice(0, 2));
            const om = Number(digits.slice(2));
            if (oh > 14 || om > 59) return null;
            offsetMin = sign * (oh * 60 + om);
        }
    } else {
        return null;
    }
    if (mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo) || h > 23 || mi > 59 || s > 59 || y < 1) return null;
    const ms = frac === undefined ? 0 : Math.floor(Number('0.' + frac) * 1000);
    const t = Date.UTC(y, mo - 1, d, h, mi, s, ms) - offsetMin * 60_000;
    const date = new Date(t);
    // Date.UTC maps years 0–99 to 1900–1999; a log never has them, but a wrong date must not come out of a garbled one.
    if (y < 100) date.setUTCFullYear(y);
    const iso = date.toISOString();
    return iso.endsWith('.000Z') ? iso.slice(0, -5) + 'Z' : iso;
}

function parseValue(kind: Kind, v: string): Parsed {
    if (kind === 'text' || kind === 'string') return isNull(v) ? null : v;
    if (isNull(v)) return null;
    switch (kind) {
        case 'int':
            return /^[+-]?\d{1,15}$/.test(v) ? Number(v) : NO_VALUE;
        case 'hresult':
            // lastsyncerrorcode: signed HRESULT (−2147220891) or its hex form (0x80040265), §2.1 f
            if (/^[+-]?\d{1,15}$/.test(v)) return Number(v);
            return /^0[xX][0-9A-Fa-f]{1,8}$/.test(v) ? hexToHresult(v) : NO_VALUE;
        case 'bool': {
            const b = v.toLowerCase();
            if (b === 'true' || b === 'yes' || b === '1') return true;
            if (b === 'false' || b === 'no' || b === '0') return false;
            return NO_VALUE;
        }
        case 'date':
            return parseLogDate(v) ?? NO_VALUE;
        default: {
            // a choice: the number itself (an unknown option value is passed on for the core to report), or an enum name
            if (/^[+-]?\d{1,10}$/.test(v)) return Number(v);
            if (v.length > 80) return NO_VALUE;
            const n = kind[norm(v)];
            return n === undefined ? NO_VALUE : n;
        }
    }
}

// ---------------------------------------------------------------------------------------------------------------
// Lines
// ---------------------------------------------------------------------------------------------------------------

const KEY = /^[A-Za-z_][A-Za-z0-9_]{0,99}$/;
const MAX_RAW = 200;
const clip = (s: string): string => (s.length > MAX_RAW ? s.slice(0, MAX_RAW) + '…' : s);

/** `key : value` / `key: value` / `key :` → [key, value]; null when the line is not one (keys are single words). */
function keyValue(t: string): [string, string] | null {
    const colon = t.indexOf(':');
    if (colon < 1 || colon > 110) return null;
    const key = t.slice(0, colon).trimEnd();
    if (!KEY.test(key)) return null;
    return [key, t.slice(colon + 1).trim()];
}

/** The blog's annotation lines are wholly in parentheses; a real file has none. */
const isComment = (t: string): boolean => t.length > 1 && t[0] === '(' && t[t.length - 1] === ')';

interface Continuation {
    readonly target: 'mailbox' | 'trace';
    readonly key: 'lastsyncerror' | 'errordetails' | 'text';
    readonly lines: string[];
    readonly line: number;
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

    if (typeof text !== 'string' || text.trim() === '') {
        warnings.push({ line: 0, code: 'empty' });
        return { row, profile: null, traces, unknownKeys, warnings };
    }

    let context: Context | null = null;
    let trace: Record<string, ColumnValue> | null = null;
    let cont: Continuation | null = null;
    let blankRun = 0;
    let lastSection = -1;
    let sawSection = false;
    let mailboxValues = 0;
    let profileValues = 0;

    const badValue = (line: number, key: string, raw: string): void => {
        warnings.push({ line, code: 'bad-value', key, raw: clip(raw) });
    };
    const closeTrace = (): void => {
        if (trace !== null) traces.push(trace as TraceEntry);
        trace = null;
    };
    const endContinuation = (): void => {
        if (cont === null) return;
        // "errordetails :" with the text on the following lines: the empty first line is not part of the text.
        const parts = cont.lines[0] === '' ? cont.lines.slice(1) : cont.lines;
        const value = parts.length === 0 || (parts.length === 1 && isNull(parts[0])) ? null : parts.join('\n');
        if (cont.target === 'mailbox') row.lastsyncerror = value;
        else if (trace !== null) trace[cont.key] = value;
        cont = null;
    };
    const setTrace = (key: TraceKey, value: string, line: number): void => {
        if (key === 'tracecode' || trace === null) {
            closeTrace();
            trace = {};
        }
        if (key === 'errordetails' || key === 'text') {
            cont = { target: 'trace', key, lines: [value], line };
            return;
        }
        const v = parseValue(TRACE_KINDS[key], value);
        if (v === NO_VALUE) badValue(line, key, value);
        else trace[key] = v;
    };

    const lines = text.split(/\r\n|\r|\n/);
    if (lines[0].charCodeAt(0) === 0xfeff) lines[0] = lines[0].slice(1);

    for (let i = 0; i < lines.length; i++) {
        const lineNo = i + 1;
        const t = lines[i].trim();

        if (cont !== null) {
            if (t === '') {
                // Two blank lines end a multi-line value (seed 000 separates entries so, and ends the post so).
                if (++blankRun >= 2) endContinuation();
                continue;
            }
            const kv = keyValue(t);
            const ends =
                sectionOf(t) !== null ||
                (kv !== null && (cont.target === 'trace' ? TRACE_KEYS.has(kv[0]) : MAILBOX_KEYS.has(kv[0]) || PROFILE_KEYS.has(kv[0])));
            if (!ends) {
                blankRun = 0;
                // Comment lines belong to the annotated copy, except inside exception text, which is kept whole.
                if (cont.target === 'trace' || !isComment(t)) cont.lines.push(lines[i].trimEnd());
                continue;
            }
            endContinuation();
        }
        blankRun = 0;
        if (t === '' || isComment(t)) continue;

        const section = sectionOf(t);
        if (section !== null) {
            if (context === 'trace' && section.context !== 'trace') closeTrace();
            context = section.context;
            sawSection = true;
            if (section.index > lastSection) lastSection = section.index;
            continue;
        }

        const kv = keyValue(t);
        if (kv === null) {
            warnings.push({ line: lineNo, code: 'garbled-line', raw: clip(t) });
            continue;
        }
        const [key, value] = kv;
        const lk = key.toLowerCase();

        if (TRACE_KEYS.has(lk) && (context === 'trace' || lk === 'tracecode')) {
            context = 'trace';
            setTrace(lk as TraceKey, value, lineNo);
            continue;
        }
        const inProfile = PROFILE_KEYS.has(lk) && (context === 'profile' || !MAILBOX_KEYS.has(lk));
        if (inProfile || MAILBOX_KEYS.has(lk)) {
            const kind = inProfile ? PROFILE_KINDS[lk as ProfileColumn] : MAILBOX_KINDS[lk as MailboxColumn];
            if (kind === 'text') {
                cont = { target: 'mailbox', key: 'lastsyncerror', lines: [value], line: lineNo };
                mailboxValues++;
                continue;
            }
            const v = parseValue(kind, value);
            if (v === NO_VALUE) {
                badValue(lineNo, lk, value);
            } else if (inProfile) {
                profile[lk as ProfileColumn] = v;
                profileValues++;
            } else {
                row[lk as MailboxColumn] = v;
                mailboxValues++;
            }
            continue;
        }
        unknownKeys.push({ key, value, line: lineNo });
        warnings.push({ line: lineNo, code: 'unknown-key', key, raw: clip(value) });
    }
    endContinuation();
    closeTrace();

    // The sections come in a fixed order and the trace section is last: a file that stops before it was cut off.
    if (sawSection && lastSection >= 0 && lastSection < TRACE_SECTION) {
        warnings.push({ line: lines.length, code: 'truncated' });
    }
    if (mailboxValues === 0) warnings.push({ line: 0, code: 'no-mailbox-section' });

    return { row, profile: profileValues > 0 ? profile : null, traces, unknownKeys, warnings };
}
