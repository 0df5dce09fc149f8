/**
 * Reads the signals out of an error text in two linear passes (one case-sensitive scan for codes and names, one
 * case-insensitive scan for sentences), with precompiled regular expressions whose alternatives have only bounded
 * repetition, so a hostile or megabyte-long text costs time proportional to its length (docs/evidence.md §6.1
 * lists the forms: symbolic names, "Exchange server returned <type> <HRESULT> exception.", "Web server returned
 * <status> exception.", "Http server returned 401 Unauthorized exception.", "Crm.<hex>. …", ActivityId; and from
 * Microsoft's articles "Exchange.server returned 403 error.", "Socket returned exception [<type>] <status>.",
 * "Http server returned ServiceUnavailable exception", "error code 8005E259").
 */
import type { Workload } from '../types';
import { ERROR_CATALOGUE, SENTENCE_HINTS, type CatalogueEntry } from './entries';
import { asHresult, hexToHresult } from './hresult';

/** Where a signal came from; lower is stronger when two entries of the same rank compete. */
export const SignalKind = {
    ExchangeError: 0,
    Hresult: 1,
    AuthError: 2,
    WebStatus: 3,
    SocketError: 4,
    ExchangeNumber: 5,
    ErrorType: 6,
    NameInText: 7,
    HttpStatus: 8,
    Sentence: 9,
} as const;
export type SignalKind = (typeof SignalKind)[keyof typeof SignalKind];

export interface Candidate {
    readonly entry: CatalogueEntry;
    readonly kind: SignalKind;
    readonly pos: number;
}

export interface TextSignals {
    activityId?: string;
    hresult?: number;
    httpStatus?: number;
    exchangeError?: string;
    /** The symbolic name from "Email Server Error Code: <name>" or "Exchange server returned <name> …". */
    errorType?: string;
    classHint?: 'transient' | 'permanent';
    workloadHint?: Workload;
    readonly candidates: Candidate[];
}

// ---------------------------------------------------------------------------------------------------------------
// Indexes, built once
// ---------------------------------------------------------------------------------------------------------------

const byErrorType = new Map<string, CatalogueEntry>();
const byExchangeError = new Map<string, CatalogueEntry>();
const byHresult = new Map<number, CatalogueEntry>();
const byHttpStatus = new Map<number, CatalogueEntry>();
const byWebStatus = new Map<string, CatalogueEntry>();
const bySocketError = new Map<string, CatalogueEntry>();
const byExchangeNumber = new Map<number, CatalogueEntry>();
const byOauthError = new Map<string, CatalogueEntry>();
let aadstsEntry: CatalogueEntry | undefined;
for (const e of ERROR_CATALOGUE) {
    for (const n of e.socketErrors ?? []) bySocketError.set(n, e);
    for (const n of e.exchangeNumbers ?? []) byExchangeNumber.set(n, e);
    for (const n of e.oauthErrors ?? []) byOauthError.set(n, e);
    if (e.aadsts === true) aadstsEntry ??= e;
    for (const n of e.errorTypes ?? []) byErrorType.set(n, e);
    for (const n of e.exchangeErrors ?? []) byExchangeError.set(n, e);
    for (const n of e.hresults ?? []) byHresult.set(n, e);
    for (const n of e.httpStatuses ?? []) byHttpStatus.set(n, e);
    for (const n of e.webStatuses ?? []) byWebStatus.set(n, e);
}

export function entryForErrorType(name: string): CatalogueEntry | undefined {
    return byErrorType.get(name);
}
export function entryForHresult(n: number): CatalogueEntry | undefined {
    return byHresult.get(n);
}

/**
 * HTTP statuses written as words, as .NET's HttpStatusCode names them ("Http server returned Forbidden exception.",
 * "Http server returned ServiceUnavailable exception"): the word is the status (health-model §Errors and backoff, v2).
 */
const HTTP_STATUS_WORDS: ReadonlyMap<string, number> = new Map([
    ['BadRequest', 400],
    ['Unauthorized', 401],
    ['Forbidden', 403],
    ['NotFound', 404],
    ['RequestTimeout', 408],
    ['TooManyRequests', 429],
    ['InternalServerError', 500],
    ['BadGateway', 502],
    ['ServiceUnavailable', 503],
    ['GatewayTimeout', 504],
]);

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const longestFirst = (a: string, b: string): number => b.length - a.length;
const knownNames = [...byErrorType.keys(), ...byWebStatus.keys()].sort(longestFirst).map(escapeRe);

// Group numbers of SCAN, in order.
const G = {
    activityId: 1,
    negative: 2,
    hex: 3,
    crm: 4,
    codeHex: 5,
    paren: 6,
    statusWord: 7,
    statusReason: 8,
    bareReason: 9,
    exchangeNumber: 10,
    exchangeReturned: 11,
    exchange: 12,
    web: 13,
    socketType: 14,
    socketStatus: 15,
    aadsts: 16,
    oauth: 17,
    codeLine: 18,
    name: 19,
} as const;

const SCAN = new RegExp(
    [
        // ActivityId: 08657d6f-… (kept for Microsoft support; seed 000 shows one with a typo, so any token is kept)
        'ActivityId[ \\t]{0,5}[:=]?[ \\t]{0,5}([0-9A-Za-z][0-9A-Za-z-]{7,63})',
        // signed HRESULT: -2147220891 (not part of a longer number, a version or a word)
        '(?:^|[^\\w.-])-(2\\d{9})(?!\\d)',
        // hex HRESULT: 0x80040265
        '\\b0[xX]([0-9A-Fa-f]{8})(?![0-9A-Za-z])',
        // Crm.80040216. An unexpected error occurred.
        '\\bCrm\\.([0-9A-Fa-f]{8})(?![0-9A-Za-z])',
        // error code 8005E259 (the error-code-8005e2xx articles write the hex without 0x)
        '\\b[Ee]rror [Cc]ode:? (8[0-9A-Fa-f]{7})(?![0-9A-Za-z])',
        // (503) Server Unavailable
        '\\(([45]\\d\\d)\\)',
        // HTTP status 503: Service Unavailable
        '\\b[Hh][Tt][Tt][Pp] status ([45]\\d\\d)\\b',
        // 401 Unauthorized, 503: Service Unavailable
        '\\b([45]\\d\\d):? (?:Unauthorized|Forbidden|Service Unavailable|Server Unavailable|Bad Request|Not Found|Too Many Requests|Internal Server Error|Bad Gateway|Gateway Timeout)\\b',
        // Http server returned Forbidden / ServiceUnavailable exception
        `\\breturned (${[...HTTP_STATUS_WORDS.keys()].join('|')})\\b`,
        // Exchange.server returned 403 error. / Exchange server returned ErrorMailboxStoreUnavailable exception.
        '\\bExchange[. ]server returned (?:(\\d{3})(?!\\d)|([A-Za-z][A-Za-z0-9]{2,100}))',
        // Exchange error names: ErrorMailboxMoveInProgress (seed 000 prints it glued to a trailing 0)
        '\\b(Error[A-Z][A-Za-z]{2,80})',
        // Web server returned SecureChannelFailure exception.
        'Web server returned ([A-Za-z]{2,60}) exception',
        // Socket returned exception InvalidIncomingEmailServerProfileConfiguration HostNotFound. / … exception TimedOut.
        'Socket returned exception (?:([A-Za-z][A-Za-z0-9]{2,100}) )?([A-Za-z]{2,60})(?![A-Za-z0-9])',
        // Microsoft Entra: AADSTS50020
        '\\b(AADSTS\\d{5,7})(?!\\d)',
        // OAuth 2.0 error values: invalid_grant
        `\\b(${[...byOauthError.keys()].map(escapeRe).join('|') || '(?!)'})(?![A-Za-z0-9_])`,
        // Email Server Error Code: OutgoingEmailS2SApprovalNeeded (the other forms of that line are read by their own alternatives)
        'Email Server Error Code[ \\t]{0,5}:[ \\t]{0,5}(?!(?:Exchange[. ]|Web |Http |Socket )server returned|Socket returned|Crm\\.)([A-Za-z][A-Za-z0-9]{2,100})(?![A-Za-z0-9])',
        // a known symbolic name anywhere
        `\\b(${knownNames.join('|')})(?![A-Za-z0-9])`,
    ].join('|'),
    'g',
);

interface PhraseTarget {
    readonly entry?: CatalogueEntry;
    readonly class?: 'transient' | 'permanent';
    readonly workload?: Workload;
}
const phraseTargets: PhraseTarget[] = [];
const phraseSources: string[] = [];
for (const e of ERROR_CATALOGUE) {
    for (const p of e.phrases ?? []) {
        phraseTargets.push({ entry: e });
        phraseSources.push(p);
    }
}
for (const h of SENTENCE_HINTS) {
    phraseTargets.push({ class: h.class, workload: h.workload });
    phraseSources.push(h.pattern);
}
// Matched case-sensitively against the lower-cased text: the same result as the 'i' flag (no pattern uses an upper-case
// escape such as \\S, the catalogue test checks it), at a fraction of the cost on the hot path. One pattern without
// groups finds where a phrase starts; a sticky pattern per phrase, tried in order only there, tells which one (the
// first alternative that matches, as the alternation itself would choose).
const lowered = phraseSources.map((p) => p.toLowerCase());
const PHRASES = new RegExp(lowered.map((p) => `(?:${p})`).join('|'), 'g');
const PHRASE_AT = lowered.map((p) => new RegExp(p, 'y'));

/** How many of each kind of signal are kept; a text with thousands of codes is hostile or broken, not more informative. */
const MAX_CANDIDATES = 64;

// ---------------------------------------------------------------------------------------------------------------
// Scanning
// ---------------------------------------------------------------------------------------------------------------

/** @summary Reads every catalogue signal out of `text` in linear time. */
export function scanText(text: string): TextSignals {
    const s: TextSignals = { candidates: [] };
    if (text.length === 0) return s;
    const add = (entry: CatalogueEntry | undefined, kind: SignalKind, pos: number): void => {
        if (entry && s.candidates.length < MAX_CANDIDATES) s.candidates.push({ entry, kind, pos });
    };
    const http = (status: number, pos: number): void => {
        if (s.httpStatus === undefined) s.httpStatus = status;
        add(byHttpStatus.get(status), SignalKind.HttpStatus, pos);
    };
    const hresult = (n: number | null, pos: number): void => {
        if (n === null) return;
        const entry = byHresult.get(n);
        // The first HRESULT the catalogue knows wins the field; otherwise the first seen.
        if (s.hresult === undefined || (entry && !byHresult.has(s.hresult))) s.hresult = n;
        add(entry, SignalKind.Hresult, pos);
    };
    const exchange = (name: string, pos: number): void => {
        const entry = byExchangeError.get(name);
        if (s.exchangeError === undefined || (entry && !byExchangeError.has(s.exchangeError))) s.exchangeError = name;
        add(entry, SignalKind.ExchangeError, pos);
    };
    // A name after "Email Server Error Code:" or "Exchange server returned": an Exchange error name (ErrorQuotaExceeded)
    // is Exchange's own code, any other name is the alert's symbolic error type (health-model §Errors and backoff, v2).
    const named = (name: string, pos: number): void => {
        if (/^Error[A-Z]/.test(name)) {
            exchange(name, pos);
            return;
        }
        s.errorType ??= name;
        add(byErrorType.get(name), SignalKind.ErrorType, pos);
    };

    SCAN.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = SCAN.exec(text)) !== null) {
        const pos = m.index;
        if (m[G.activityId] !== undefined) {
            s.activityId ??= m[G.activityId];
        } else if (m[G.negative] !== undefined) {
            const n = -Number(m[G.negative]);
            hresult(n >= -0x8000_0000 ? asHresult(n) : null, pos);
        } else if (m[G.hex] !== undefined || m[G.crm] !== undefined || m[G.codeHex] !== undefined) {
            hresult(asHresult(hexToHresult(m[G.hex] ?? m[G.crm] ?? m[G.codeHex])), pos);
        } else if (m[G.paren] !== undefined) {
            http(Number(m[G.paren]), pos);
        } else if (m[G.statusWord] !== undefined) {
            http(Number(m[G.statusWord]), pos);
        } else if (m[G.statusReason] !== undefined) {
            http(Number(m[G.statusReason]), pos);
        } else if (m[G.bareReason] !== undefined) {
            const status = HTTP_STATUS_WORDS.get(m[G.bareReason]);
            if (status !== undefined) http(status, pos);
        } else if (m[G.exchangeNumber] !== undefined) {
            // "Exchange.server returned 403 error." is an HTTP status; another number is Exchange's own response code
            const n = Number(m[G.exchangeNumber]);
            if (n >= 400 && n <= 599) http(n, pos);
            else add(byExchangeNumber.get(n), SignalKind.ExchangeNumber, pos);
        } else if (m[G.exchange] !== undefined) {
            exchange(m[G.exchange], pos);
        } else if (m[G.web] !== undefined) {
            add(byWebStatus.get(m[G.web]), SignalKind.WebStatus, pos);
        } else if (m[G.socketStatus] !== undefined) {
            if (m[G.socketType] !== undefined) named(m[G.socketType], pos);
            add(bySocketError.get(m[G.socketStatus]), SignalKind.SocketError, pos);
        } else if (m[G.aadsts] !== undefined) {
            add(aadstsEntry, SignalKind.AuthError, pos);
        } else if (m[G.oauth] !== undefined) {
            add(byOauthError.get(m[G.oauth]), SignalKind.AuthError, pos);
        } else if (m[G.codeLine] !== undefined || m[G.exchangeReturned] !== undefined) {
            named(m[G.codeLine] ?? m[G.exchangeReturned], pos);
        } else if (m[G.name] !== undefined) {
            const name = m[G.name];
            add(byErrorType.get(name), SignalKind.NameInText, pos);
            add(byWebStatus.get(name), SignalKind.WebStatus, pos);
        }
    }

    const lower = text.toLowerCase();
    PHRASES.lastIndex = 0;
    while ((m = PHRASES.exec(lower)) !== null) {
        let i = 0;
        for (; i < PHRASE_AT.length; i++) {
            PHRASE_AT[i].lastIndex = m.index;
            if (PHRASE_AT[i].test(lower)) break;
        }
        const target = phraseTargets[i];
        if (target === undefined) continue;
        if (target.entry) add(target.entry, SignalKind.Sentence, m.index);
        // A "disabled" sentence outweighs a "try again later" one in the same text: the later state is the worse one.
        if (target.class === 'permanent' || (target.class === 'transient' && s.classHint === undefined)) s.classHint = target.class;
        if (target.workload) s.workloadHint ??= target.workload;
    }
    return s;
}
