/**
 * Rule group "last error and success" (rules 11 `failing` and 13 `awaiting-first-sync`; health-model "Health
 * states" and "Errors and backoff", seed 000, docs/evidence.md §1.2 C7, §3.2 E3) and the catalogue's reading of
 * the errors (§6).
 */
import { isInformationTrace, matchErrorText, matchTraceEntry } from '../errorCatalogue';
import { RULE_COLUMNS } from '../columns';
import { reason } from '../reasons';
import { instantOf } from '../dates';
import type { ErrorMatch, ErrorSource, MailboxRow, Reason, TraceEntry } from '../types';
import type { ValueReader } from '../values';
import { MAILBOX_STATUS, WORKLOAD_STATUS_MAX } from '../vocabulary';
import { NO_MATCH, OUTCOME } from './outcomes';
import { ValuedReason } from './reasonList';

const R_NEVER_SYNCED = reason('never-synced', RULE_COLUMNS['awaiting-first-sync']);
const R_LAST_ERROR_OLD = reason('last-error-not-current', ['lastsyncerroroccurredon', 'lastsuccessfulsynccompletedon']);
const COLS_COUNT: readonly string[] = Object.freeze(['lastsyncerrorcount']);
const EMPTY: readonly never[] = Object.freeze([]);
const V_CONSECUTIVE = new ValuedReason('consecutive-errors', RULE_COLUMNS.failing);
const V_RETRIES_ESTIMATED = new ValuedReason('retries-left-estimated', COLS_COUNT);

/** The error and success columns of one row. Reused row after row by its assessor. */
export class LastErrorReading {
    count: number | null | undefined = undefined;
    errorAt: number | null | undefined = undefined;
    successAt: number | null | undefined = undefined;
    /**
     * Whether the last error is current (health-model rule 11, v2): `lastsyncerrorcount > 0` and
     * (`lastsyncerroroccurredon` is null, or later than or equal to the last success, or there was never a success).
     * undefined when a column it needs is unknown. One condition for `failing`, `consecutiveErrors` and
     * `lastErrorIsCurrent`, so they never contradict each other.
     */
    current: boolean | undefined = false;

    /** mailboxstatus = 2: the last cycle as a whole failed (health-model "Platform facts"), which corroborates rule 11. */
    cycleFailed = false;

    read(r: ValueReader, row: MailboxRow): void {
        const count = r.num(row.lastsyncerrorcount, 'lastsyncerrorcount');
        const errorAt = r.date(row.lastsyncerroroccurredon, 'lastsyncerroroccurredon');
        const successAt = r.date(row.lastsuccessfulsynccompletedon, 'lastsuccessfulsynccompletedon');
        this.cycleFailed = r.option(row.mailboxstatus, 'mailboxstatus', WORKLOAD_STATUS_MAX) === MAILBOX_STATUS.Failure;
        this.count = count;
        this.errorAt = errorAt;
        this.successAt = successAt;
        if (count === undefined) this.current = undefined;
        else if (typeof count !== 'number' || count <= 0) this.current = false;
        else this.current = this.counted();
    }

    /** Rule 11's condition for a positive count: the platform clears the error columns on success (v2). */
    private counted(): boolean | undefined {
        const errorAt = this.errorAt;
        const successAt = this.successAt;
        if (errorAt === null || successAt === null) return true;
        if (typeof errorAt === 'number' && typeof successAt === 'number') return errorAt >= successAt;
        return this.cycleFailed ? true : undefined;
    }

    /**
     * Rules 11 and 13 as the outcomes every value of an unknown column allows. Rule 13 only when incoming email or
     * ACT is enabled: only their cycles set the last-success time (v2).
     */
    outcomes(incomingOrActEnabled: boolean | undefined): number {
        const count = this.count;
        const counted = typeof count === 'number' && count > 0;
        const maybeCounted = count === undefined || counted;
        const maybeNone = count === undefined || !counted;
        let g = 0;
        if (this.successAt === null || this.successAt === undefined) {
            // never a success (or maybe): a counted error is current; otherwise the first sync is awaited
            if (maybeCounted) g |= OUTCOME.failing;
            if (maybeNone) g |= incomingOrActEnabled === true ? OUTCOME['awaiting-first-sync'] : incomingOrActEnabled === false ? NO_MATCH : OUTCOME['awaiting-first-sync'] | NO_MATCH;
        }
        if (this.successAt !== null) {
            if (maybeNone) g |= NO_MATCH;
            if (maybeCounted) {
                const errorAt = this.errorAt;
                const successAt = this.successAt;
                if (errorAt === null) g |= OUTCOME.failing;
                else if (typeof errorAt === 'number' && typeof successAt === 'number') g |= errorAt >= successAt ? OUTCOME.failing : NO_MATCH;
                else g |= this.cycleFailed ? OUTCOME.failing : OUTCOME.failing | NO_MATCH;
            }
        }
        return g;
    }

    get consecutiveErrors(): number {
        return this.current === true ? (this.count as number) : 0;
    }

    /** The reason for an error older than the last success (seed 000, C7), or null. */
    historyReason(): Reason | null {
        return typeof this.errorAt === 'number' && typeof this.successAt === 'number' && this.errorAt < this.successAt ? R_LAST_ERROR_OLD : null;
    }
}

/** Rule 11's reason ({0} = consecutive errors; §3.2 E3, seed 000's rule for lastsyncerroroccurredon). */
export function failingReason(consecutiveErrors: number): Reason {
    return V_CONSECUTIVE.of(consecutiveErrors);
}

export function neverSyncedReason(): Reason {
    return R_NEVER_SYNCED;
}

/**
 * The version-1 estimate of retries left, used only when `transientfailurecount` is unknown and the state is
 * `failing` (health-model "Errors and backoff", v2): max(0, limit − consecutive errors); 0 for a permanent error
 * (not retried); none for a configuration error (no retry heals it, and nothing counts down).
 */
export function estimatedRetriesLeft(consecutiveErrors: number, limit: number, errors: readonly ErrorMatch[]): number | null {
    const current = errors.length > 0 && errors[0].source === 'lastsyncerror' ? errors[0].class : null;
    if (current === 'permanent') return 0;
    if (current === 'config') return null;
    return Math.max(0, limit - consecutiveErrors);
}

export function estimatedRetriesReason(retriesLeft: number): Reason {
    return V_RETRIES_ESTIMATED.of(retriesLeft);
}

// ---------------------------------------------------------------------------------------------------------------
// The catalogue (§6)
// ---------------------------------------------------------------------------------------------------------------

/** The catalogue's answer for one text; a throwing matcher must not break the assessment, so the text stays visible. */
function safely(match: () => ErrorMatch | null, text: string | null | undefined, source: ErrorSource, at: number | null): ErrorMatch | null {
    try {
        return match();
    } catch {
        return { code: 'unknown', class: 'unknown', workload: null, action: 'report-to-support', source, at, text: typeof text === 'string' ? text : '' };
    }
}

function traceTime(t: TraceEntry): number | null {
    return instantOf(t.modifiedon ?? t.createdon); // trap T7: modifiedon is the last occurrence
}

/** The last sync error, then the trace-log entries in order, each matched against the catalogue. */
export function matchErrors(r: ValueReader, row: MailboxRow, errorAt: number | null | undefined, traces: readonly TraceEntry[] | null | undefined): readonly ErrorMatch[] {
    const text = r.str(row.lastsyncerror, 'lastsyncerror');
    const code = r.num(row.lastsyncerrorcode, 'lastsyncerrorcode');
    let out: ErrorMatch[] | null = null;
    if ((typeof text === 'string' && text.trim() !== '') || typeof code === 'number') {
        const at = typeof errorAt === 'number' ? errorAt : null;
        const m = safely(
            () => matchErrorText({ text: text ?? null, code: typeof code === 'number' ? code : null, source: 'lastsyncerror', at }),
            text,
            'lastsyncerror',
            at,
        );
        if (m !== null) out = [m];
    }
    if (Array.isArray(traces)) {
        for (const t of traces as readonly TraceEntry[]) {
            if (t === null || typeof t !== 'object') continue;
            // A level-1 or success entry (e.g. Test & Enable succeeded) is information, not an error (§2.3 level/tracestatus).
            if (isInformationTrace(t)) continue;
            const m = safely(() => matchTraceEntry(t), typeof t.errordetails === 'string' ? t.errordetails : null, 'tracelog', traceTime(t));
            if (m !== null) (out ??= []).push(m);
        }
    }
    return out ?? EMPTY;
}
