/**
 * The health of one mailbox and of a fleet (health-model, normative; evidence in docs/evidence.md). The rule
 * groups live beside this file, one module each; `assessor.ts` puts them together and `outcomes.ts` explains how
 * unknown columns are handled ("never a wrong healthy for lack of a column").
 */
import { resolveOptions } from '../thresholds';
import type { AssessOptions, MailboxAssessment, MailboxContext, MailboxRow, ProfileRow, TraceEntry } from '../types';
import { rawText } from '../values';
import { MailboxAssessor } from './assessor';

const EMPTY: readonly never[] = Object.freeze([]);

/**
 * @summary Assesses one mailbox: health state, severity, flags, per-workload states, schedule, errors and reasons.
 * @param row the mailbox columns by logical name (absent = unknown, null = empty); never throws on bad values
 * @param now the instant to judge at (epoch ms or Date); the core never reads the clock
 * @param options thresholds and the approval setting, over DEFAULT_OPTIONS
 * @param context the mailbox's server profile and recent trace-log entries, when known
 * @throws RangeError when `now` is not a valid instant (a caller's bug, not a data problem)
 * @example
 * assessMailbox({ statecode: 1 }, Date.parse('2024-05-01T09:00:00Z')).health // 'inactive'
 */
export function assessMailbox(row: MailboxRow, now: number | Date, options?: Partial<AssessOptions>, context?: MailboxContext): MailboxAssessment {
    const ctx: MailboxContext | null = context !== null && typeof context === 'object' ? context : null;
    return new MailboxAssessor(instant(now), resolveOptions(options)).assess(row, ctx?.profile, ctx?.traces);
}

/**
 * @summary Assesses many mailboxes at one instant, with their profiles and traces looked up by id.
 * @param lookup `profiles` by emailserverprofile id, `traces` by mailboxid
 * @example assessFleet(rows, now).filter((a) => a.health === 'failing')
 */
export function assessFleet(
    rows: readonly MailboxRow[],
    now: number | Date,
    options?: Partial<AssessOptions>,
    lookup?: { profiles?: ReadonlyMap<string, ProfileRow>; traces?: ReadonlyMap<string, readonly TraceEntry[]> },
): MailboxAssessment[] {
    const assessor = new MailboxAssessor(instant(now), resolveOptions(options));
    const list: readonly MailboxRow[] = Array.isArray(rows) ? rows : EMPTY;
    const profiles = usableMap(lookup?.profiles);
    const traces = usableMap(lookup?.traces);
    const out: MailboxAssessment[] = new Array(list.length);
    for (let i = 0; i < list.length; i++) {
        const row = list[i];
        let profile: ProfileRow | undefined;
        let trace: readonly TraceEntry[] | undefined;
        if (row !== null && typeof row === 'object') {
            if (profiles !== null && typeof row.emailserverprofile === 'string') profile = lookupId(profiles, row.emailserverprofile);
            if (traces !== null && typeof row.mailboxid === 'string') trace = lookupId(traces, row.mailboxid);
        }
        out[i] = assessor.assess(row, profile, trace);
    }
    return out;
}

/** A non-empty map (any ReadonlyMap: only `get` and `size` are used), or null. */
function usableMap<T>(m: ReadonlyMap<string, T> | null | undefined): ReadonlyMap<string, T> | null {
    return m !== null && typeof m === 'object' && typeof m.get === 'function' && m.size > 0 ? m : null;
}

/** GUIDs come in lower case from the Web API and in any case from elsewhere. */
function lookupId<T>(map: ReadonlyMap<string, T>, id: string): T | undefined {
    return map.get(id) ?? map.get(id.toLowerCase());
}

function instant(now: number | Date): number {
    const t = typeof now === 'number' ? now : now instanceof Date ? now.getTime() : NaN;
    if (!Number.isFinite(t)) throw new RangeError('now must be a valid instant (epoch milliseconds or a Date), got ' + rawText(now));
    return t;
}
