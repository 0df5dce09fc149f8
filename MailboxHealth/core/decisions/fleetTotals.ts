/**
 * The fleet's totals as the control's header and the command-line tool both show them: settled verdicts per state,
 * the verdicts that are not settled and may be in each state, and the headline totals (failing, disabled, overdue,
 * syncing now) as "certain, plus how many more may be".
 */
import { HEALTH_STATES } from '../types';
import type { HealthState, MailboxAssessment, MailboxRow, Severity } from '../types';

/** A total that may not be exact: `certain` mailboxes are in it, up to `open` more may be. */
export interface OpenCount {
    readonly certain: number;
    readonly open: number;
}

export interface FleetTotals {
    readonly total: number;
    /** Settled verdicts per state. */
    readonly settled: { readonly [S in HealthState]: number };
    /**
     * Per state, the verdicts that are not settled and may be in it: the state the data allows at best, or one it
     * cannot rule out.
     */
    readonly open: { readonly [S in HealthState]: number };
    /** Verdicts that are not settled (unknown columns). */
    readonly uncertain: number;
    /** Critical, error or warning, or not settled. */
    readonly attention: number;
    readonly failing: OpenCount;
    readonly disabled: OpenCount;
    readonly overdue: OpenCount;
    /** `open`: rows without processingstatecode, of which it cannot be told whether a host holds them now. */
    readonly syncingNow: OpenCount;
}

const ATTENTION: ReadonlySet<Severity> = new Set<Severity>(['critical', 'error', 'warning']);

/**
 * @summary Whether a mailbox needs the admin: a critical, error or warning verdict, or one that is not settled
 * (health-model §Health states; "never a wrong healthy for lack of a column").
 * @example needsAttention(assessMailbox({ statecode: 0 }, now)) // true (not settled)
 */
export function needsAttention(a: MailboxAssessment): boolean {
    return a.undetermined.length > 0 || ATTENTION.has(a.severity);
}

function zeroes(): Record<HealthState, number> {
    const o = {} as Record<HealthState, number>;
    for (const s of HEALTH_STATES) o[s] = 0;
    return o;
}

/**
 * @summary Counts a fleet's verdicts: a verdict that is not settled counts under `open` for its tentative state and
 * every state it leaves open, never under `settled` (health-model §Inputs: unknown is not a bad value, nor a good one).
 * @param rows the assessed rows, same order, when known: a row without processingstatecode leaves "syncing now" open
 * @example fleetTotals(assessFleet(rows, now), rows).failing // { certain: 3, open: 1 }
 */
export function fleetTotals(assessments: readonly MailboxAssessment[], rows?: readonly MailboxRow[]): FleetTotals {
    const settled = zeroes();
    const open = zeroes();
    let uncertain = 0;
    let attention = 0;
    let syncingNow = 0;
    let syncingUnknown = 0;
    for (let i = 0; i < assessments.length; i++) {
        const a = assessments[i];
        if (a.undetermined.length > 0) {
            uncertain++;
            open[a.health]++;
            for (const s of a.undetermined) open[s]++;
        } else settled[a.health]++;
        if (needsAttention(a)) attention++;
        if (a.syncingNow) syncingNow++;
        // health-model §Flags: syncing-now needs processingstatecode; an absent column leaves it open.
        else if (rows !== undefined && rows[i] !== undefined && rows[i] !== null && rows[i].processingstatecode === undefined) syncingUnknown++;
    }
    return {
        total: assessments.length,
        settled,
        open,
        uncertain,
        attention,
        failing: { certain: settled.failing, open: open.failing },
        disabled: { certain: settled.disabled, open: open.disabled },
        overdue: { certain: settled.overdue, open: open.overdue },
        syncingNow: { certain: syncingNow, open: syncingUnknown },
    };
}

/**
 * @summary How a possibly open total reads: exact ("12"), at least ("12+") or not countable ("?", none certain).
 * @example openCountShape({ certain: 3, open: 2 }) // 'at-least'
 */
export function openCountShape(c: OpenCount): 'exact' | 'at-least' | 'unknown' {
    if (c.open === 0) return 'exact';
    return c.certain === 0 ? 'unknown' : 'at-least';
}
