/**
 * Matches error texts against the error catalogue (docs/evidence.md §6, and every alert of Microsoft's server-side
 * synchronization support articles, health-model §Errors and backoff v2): a tracelog row's errortypedisplay, errordetails
 * and alert text, or a mailbox's lastsyncerror and lastsyncerrorcode, become one ErrorMatch with a code, a class
 * (transient | permanent | item | config | unknown), the workload where it can be told, an action code and the facts
 * worth keeping for support (ActivityId, HRESULT in both forms, HTTP status, Exchange error name).
 *
 * The entries are data (./errors/entries.ts, grouped in ./errors/data/); words come from the resx
 * (Error_<code>_Meaning, Error_<code>_Action, ErrorClass_<class>). Precedence: a specific entry beats a generic one,
 * then an explicit code beats an HTTP status, which beats a phrase.
 */
import { instantOf } from './dates';
import type { ErrorClass, ErrorMatch, ErrorSource, TraceEntry, Workload } from './types';
import { ERROR_ACTIONS, ERROR_CATALOGUE, ERROR_CODES, SENTENCE_HINTS } from './errors/entries';
import { asHresult, hresultToHex } from './errors/hresult';
import { entryForErrorType, entryForHresult, scanText, SignalKind, type Candidate } from './errors/scan';

export { ERROR_ACTIONS, ERROR_CATALOGUE, ERROR_CODES, SENTENCE_HINTS };
export type { CatalogueEntry, CatalogueCode, ErrorAction, ErrorCode, SentenceHint, Specificity } from './errors/entries';
export { hexToHresult, hresultToHex } from './errors/hresult';

export interface ErrorTextInput {
    /** lastsyncerror, or a trace entry's errordetails (+ alert text). */
    readonly text: string | null | undefined;
    /** tracelog.errortypedisplay. */
    readonly errorType?: string | null;
    /** lastsyncerrorcode (an HRESULT, signed or unsigned). */
    readonly code?: number | null;
    /** tracelog.level: 1 Information, 2 Warning, 3 Error. */
    readonly level?: number | null;
    readonly source: ErrorSource;
    /** When it happened (epoch ms). */
    readonly at?: number | null;
}

/**
 * The workload a symbolic error name belongs to by its prefix (§6.1, [I] consistent across every example):
 * `Incoming…` → incoming, `Outgoing…` → outgoing, `ExchangeSync…` → act; the `Unknown…IntegrationError` wrappers
 * carry the same prefix after `Unknown`. Other names are mailbox or profile level (null).
 *
 * @example workloadOfErrorType('IncomingEmailServerServiceError') // 'incoming'
 */
export function workloadOfErrorType(name: string): Workload | null {
    const n = name.startsWith('Unknown') ? name.slice('Unknown'.length) : name;
    if (n.startsWith('Incoming')) return 'incoming';
    if (n.startsWith('Outgoing')) return 'outgoing';
    if (n.startsWith('ExchangeSync')) return 'act';
    return null;
}

/**
 * How strong a kind of evidence is (health-model §Errors and backoff, v2: an explicit code beats an HTTP status, which
 * beats a phrase of the sentence): 3 a code or name, 2 an HTTP status, 1 a phrase.
 */
function strength(kind: SignalKind): number {
    if (kind === SignalKind.Sentence) return 1;
    if (kind === SignalKind.HttpStatus) return 2;
    return 3;
}

/** 2 a specific entry, 1 a generic one (a bare 503, "an unexpected error occurred", an item sentence), 0 a wrapper. */
function tier(entry: Candidate['entry']): number {
    if (entry.rank >= 3) return 2;
    return entry.rank === 2 ? 1 : 0;
}

/**
 * Whether candidate a beats b: a specific entry beats a generic one, which beats a wrapper ("Unknown…IntegrationError"),
 * whatever the evidence; then the stronger evidence; then the more specific entry; then the stronger kind of signal;
 * then the earlier position.
 */
function better(a: Candidate, b: Candidate | undefined): boolean {
    if (b === undefined) return true;
    const ta = tier(a.entry);
    const tb = tier(b.entry);
    if (ta !== tb) return ta > tb;
    const sa = strength(a.kind);
    const sb = strength(b.kind);
    if (sa !== sb) return sa > sb;
    if (a.entry.rank !== b.entry.rank) return a.entry.rank > b.entry.rank;
    if (a.kind !== b.kind) return a.kind < b.kind;
    return a.pos < b.pos;
}

function asText(v: unknown): string {
    if (typeof v === 'string') return v;
    if (typeof v === 'number' || typeof v === 'boolean') return String(v);
    return '';
}

function asLevel(v: unknown): number | undefined {
    return typeof v === 'number' && Number.isInteger(v) ? v : undefined;
}

/**
 * @summary Matches one error text against the catalogue.
 * @returns the most specific entry's match (a wrapper type whose detail names a specific error becomes that error,
 * with the wrapper kept as errorType); code 'unknown' when nothing is recognised, with the text kept verbatim;
 * null only when there is neither text, nor errorType, nor code.
 * @example
 * matchErrorText({ text: 'ActivityId: 0865…\n>Error : Mailbox move in progress. Try again later., Cannot open mailbox.ErrorMailboxMoveInProgress0',
 *                  errorType: 'UnknownIncomingEmailIntegrationError', level: 2, source: 'tracelog' })
 * // { code: 'ErrorMailboxMoveInProgress', class: 'transient', workload: 'incoming', action: 'wait', … }
 */
export function matchErrorText(input: ErrorTextInput): ErrorMatch | null {
    const text = asText(input.text);
    const errorTypeIn = asText(input.errorType).trim();
    const code = typeof input.code === 'number' && Number.isFinite(input.code) ? input.code : null;
    if (text.trim() === '' && errorTypeIn === '' && code === null) return null;

    const signals = scanText(text);
    const candidates: Candidate[] = signals.candidates;
    const codeHresult = asHresult(code);
    const codeEntry = codeHresult === null ? undefined : entryForHresult(codeHresult);
    if (codeEntry) candidates.push({ entry: codeEntry, kind: SignalKind.Hresult, pos: -1 });
    const typeEntry = errorTypeIn === '' ? undefined : entryForErrorType(errorTypeIn);
    if (typeEntry) candidates.push({ entry: typeEntry, kind: SignalKind.ErrorType, pos: -1 });

    let best: Candidate | undefined;
    for (const c of candidates) if (better(c, best)) best = c;
    const entry = best?.entry;

    const errorType = errorTypeIn !== '' ? errorTypeIn : signals.errorType;
    const namedEntry = errorType === undefined ? undefined : entryForErrorType(errorType);
    // The error type names the workload that hit the error (§6.1 prefix rule); then the winning entry; then the sentence.
    const workload =
        namedEntry?.workload ?? (errorType === undefined ? null : workloadOfErrorType(errorType)) ?? entry?.workload ?? signals.workloadHint ?? null;

    const level = asLevel(input.level);
    const hresult = codeHresult ?? signals.hresult;
    const match: {
        -readonly [K in keyof ErrorMatch]: ErrorMatch[K];
    } = {
        code: entry?.code ?? 'unknown',
        class: classOf(entry?.class ?? 'unknown', level, signals.classHint),
        workload,
        action: entry?.action ?? 'report-to-support',
        source: input.source,
        text,
        at: typeof input.at === 'number' && Number.isFinite(input.at) ? input.at : null,
    };
    if (hresult !== undefined) {
        match.hresult = hresult;
        match.hresultHex = hresultToHex(hresult);
    }
    if (signals.httpStatus !== undefined) match.httpStatus = signals.httpStatus;
    if (signals.exchangeError !== undefined) match.exchangeError = signals.exchangeError;
    if (errorType !== undefined) match.errorType = errorType;
    if (signals.activityId !== undefined) match.activityId = signals.activityId;
    if (level !== undefined) match.level = level;
    return match;
}

/**
 * Transient vs permanent. Item-level and configuration errors keep their class: they do not disable a workload. A
 * tracelog level 3 (Error) is permanent: retries are exhausted or the workload is disabled (docs/evidence.md §2.3,
 * §3.2 E4). A known permanent error stays permanent even when the alert ends "…will try again later" or is logged as
 * a Warning (level 2): retrying never heals a missing role, licence or privilege (health-model §Errors and backoff,
 * v2). Otherwise a Warning is transient, then the sentence's ending decides (§6.1), then the entry.
 */
function classOf(base: ErrorClass, level: number | undefined, hint: 'transient' | 'permanent' | undefined): ErrorClass {
    if (base === 'item' || base === 'config') return base;
    if (level === 3 || base === 'permanent') return 'permanent';
    if (level === 2) return 'transient';
    return hint ?? base;
}

/**
 * @summary Whether a tracelog row is information, not an error: level 1 (Information), or, when the row carries no
 * Warning or Error level, tracestatus true (Success, e.g. the "tested and enabled successfully" entry). Such rows are
 * shown as information and are neither errors nor counted as errors (docs/evidence.md §2.3: level 1 Information,
 * 2 Warning, 3 Error; tracestatus 1 Success, 0 Failure). A Warning or Error level always stays an error.
 * @example isInformationTrace({ level: 1, text: 'The mailbox … was tested and enabled successfully …', tracestatus: true }) // true
 */
export function isInformationTrace(entry: TraceEntry | null | undefined): boolean {
    if (entry === null || typeof entry !== 'object') return false;
    const level = asLevel(entry.level);
    if (level === 1) return true;
    if (level === 2 || level === 3) return false;
    return entry.tracestatus === true;
}

/**
 * @summary Matches one tracelog row (docs/evidence.md §2.3): errortypedisplay is the primary key, errordetails and
 * the alert text the detail, level the class, modifiedon (else createdon) the time (trap T7: rows are reused).
 * @returns null when the row has no error type, details or text.
 */
export function matchTraceEntry(entry: TraceEntry): ErrorMatch | null {
    if (entry === null || typeof entry !== 'object') return null;
    const parts: string[] = [];
    for (const p of [entry.errordetails, entry.text]) {
        const t = asText(p);
        if (t.trim() !== '') parts.push(t);
    }
    return matchErrorText({
        text: parts.join('\n'),
        errorType: entry.errortypedisplay,
        level: entry.level,
        source: 'tracelog',
        at: instantOf(entry.modifiedon) ?? instantOf(entry.createdon),
    });
}
