/**
 * The three workloads (health-model "Workloads", docs/evidence.md §4.2) and the roll-up of their states into
 * the health rules 2 and 7–9.
 *
 * A workload's state is kept as a 5-bit set (bit i = WORKLOAD_STATES[i]) so that an unknown column can stand for
 * every state it allows; a mailbox's configured workloads are summarised as the set of states present (a 5-bit
 * "mask"), and the rules 2 and 7–9 are a fixed classification of the 32 masks.
 */
import { HEALTH_STATES, WORKLOAD_STATES } from './types';
import type { MailboxColumn, Workload, WorkloadState } from './types';
import {
    ACT_DELIVERY,
    ACT_DELIVERY_MAX,
    INCOMING_DELIVERY,
    INCOMING_DELIVERY_MAX,
    OUTGOING_DELIVERY,
    OUTGOING_DELIVERY_MAX,
    TRANSIENT_FAILURE_SHIFT,
    WORKLOAD_STATUS_MAX,
} from './vocabulary';

export interface WorkloadSpec {
    readonly workload: Workload;
    readonly deliveryColumn: MailboxColumn;
    /** The delivery-method value that means server-side sync. */
    readonly sssValue: number;
    /** The highest documented delivery-method option value. */
    readonly deliveryMax: number;
    readonly enabledColumn: MailboxColumn;
    readonly statusColumn: MailboxColumn;
    readonly postponedColumn: MailboxColumn;
    /** Where the workload's 4-bit retry counter starts in transientfailurecount (health-model "Errors and backoff"). */
    readonly transientShift: number;
}

/** health-model "Workloads" table; option values from docs/evidence.md §2.1 b. */
export const WORKLOAD_SPECS: readonly WorkloadSpec[] = Object.freeze([
    {
        workload: 'incoming',
        deliveryColumn: 'incomingemaildeliverymethod',
        sssValue: INCOMING_DELIVERY.ServerSideSync,
        deliveryMax: INCOMING_DELIVERY_MAX,
        enabledColumn: 'enabledforincomingemail',
        statusColumn: 'incomingemailstatus',
        postponedColumn: 'receivingpostponeduntil',
        transientShift: TRANSIENT_FAILURE_SHIFT.incoming,
    },
    {
        workload: 'outgoing',
        deliveryColumn: 'outgoingemaildeliverymethod',
        sssValue: OUTGOING_DELIVERY.ServerSideSync,
        deliveryMax: OUTGOING_DELIVERY_MAX,
        enabledColumn: 'enabledforoutgoingemail',
        statusColumn: 'outgoingemailstatus',
        postponedColumn: 'postponesendinguntil',
        transientShift: TRANSIENT_FAILURE_SHIFT.outgoing,
    },
    {
        workload: 'act',
        deliveryColumn: 'actdeliverymethod',
        sssValue: ACT_DELIVERY.ServerSideSync, // trap T1: server-side sync is 1 here, not 2
        deliveryMax: ACT_DELIVERY_MAX,
        enabledColumn: 'enabledforact',
        statusColumn: 'actstatus',
        postponedColumn: 'receivingpostponeduntilforact',
        transientShift: TRANSIENT_FAILURE_SHIFT.act,
    },
]);

/** Status option values, the same for the three status columns (§2.1 c). */
export const STATUS_MAX = WORKLOAD_STATUS_MAX;

export const DIS = 1 << WORKLOAD_STATES.indexOf('disabled');
export const NE = 1 << WORKLOAD_STATES.indexOf('not-enabled');
export const NT = 1 << WORKLOAD_STATES.indexOf('not-tested');
export const TF = 1 << WORKLOAD_STATES.indexOf('test-failed');
export const EN = 1 << WORKLOAD_STATES.indexOf('enabled');
export const ALL_STATES = DIS | NE | NT | TF | EN;

/**
 * The state sets of one workload from its enabled flag and status (health-model "Workloads"):
 * - `disabled`: enabled = false and status 2 or unknown (the log file carries no status columns);
 * - `not-enabled`: enabled = false and status 0 or 1;
 * - `not-tested`: enabled = true and status 0;
 * - `test-failed`: enabled = true and status 2;
 * - `enabled`: enabled = true and status 1 or unknown.
 *
 * `definite` applies the model's reading of an unknown status; `possible` adds the states an *absent or unreadable*
 * status could also stand for, so that the verdict can say what it could not rule out. A null status is the model's
 * "unknown" too, but it is not a hidden 0, 1 or 2, so it adds nothing to `possible`. An unknown enabled flag makes
 * the state unknowable (both flag values count).
 *
 * @param enabled the enabled flag: boolean, null (empty) or undefined (unknown)
 * @param status 0, 1, 2, null (empty) or undefined (absent, unreadable or an unknown option)
 * @returns definite | possible << 5
 * @example workloadStateSets(true, undefined) // EN | (EN | NT | TF) << 5
 */
export function workloadStateSets(enabled: boolean | null | undefined, status: number | null | undefined): number {
    let d: number;
    let p: number;
    if (enabled === true) {
        d = status === 0 ? NT : status === 2 ? TF : EN;
        p = status === undefined ? EN | NT | TF : d;
    } else if (enabled === false) {
        d = status === 0 || status === 1 ? NE : DIS;
        p = status === undefined ? DIS | NE : d;
    } else {
        d = status === 0 ? NE | NT : status === 1 ? NE | EN : status === 2 ? DIS | TF : DIS | EN;
        p = status === undefined ? ALL_STATES : d;
    }
    return d | (p << 5);
}

/** The state a set stands for when it holds exactly one; null otherwise. */
export function singleState(set: number): WorkloadState | null {
    return set !== 0 && (set & (set - 1)) === 0 ? WORKLOAD_STATES[31 - Math.clz32(set)] : null;
}

const RULE_NOT_CONFIGURED = HEALTH_STATES.indexOf('not-configured');
const RULE_DISABLED = HEALTH_STATES.indexOf('disabled');
const RULE_DEGRADED = HEALTH_STATES.indexOf('degraded');
const RULE_NOT_ENABLED = HEALTH_STATES.indexOf('not-enabled');
const RULE_NONE = HEALTH_STATES.indexOf('healthy');

/**
 * Rules 2 and 7–9 for a mask of the states present among the configured workloads (health-model "Health states",
 * v2: rules 7–9 are a partition of every mix, so that no mask without an enabled workload is healthy):
 * - 2 `not-configured`: no workload is configured (§4.2);
 * - 7 `disabled`: nothing enabled, and something disabled or test-failed (§3.2 E2–E5);
 * - 8 `degraded`: something disabled or test-failed, and something enabled (§3.2 E5);
 * - 9 `not-enabled`: nothing enabled and nothing failed (trap T4).
 * The result is an index into HEALTH_STATES (`healthy` = no workload rule matches).
 */
export function classifyMask(mask: number): number {
    if (mask === 0) return RULE_NOT_CONFIGURED;
    const failed = (mask & (DIS | TF)) !== 0;
    const enabled = (mask & EN) !== 0;
    if (failed) return enabled ? RULE_DEGRADED : RULE_DISABLED;
    return enabled ? RULE_NONE : RULE_NOT_ENABLED;
}

/** 1 << classifyMask(m) for the 32 masks. */
const CLASS_BIT: readonly number[] = Array.from({ length: 32 }, (_, m) => 1 << classifyMask(m));

/**
 * @summary The rule outcomes (a set of HEALTH_STATES indexes as bits) that the workloads can produce.
 * @param configured per workload: true, false or undefined (unknown delivery method)
 * @param sets per workload: a 5-bit state set (used when the workload is or may be configured)
 * @example workloadOutcomes([true, true, false], [EN, DIS, 0]) // 1 << HEALTH_STATES.indexOf('degraded')
 */
export function workloadOutcomes(configured: readonly (boolean | undefined)[], sets: readonly number[]): number {
    // Fast path: every workload's configuration and state is known.
    let mask = 0;
    let exact = true;
    for (let w = 0; w < 3; w++) {
        const c = configured[w];
        if (c === false) continue;
        const s = sets[w];
        if (c === undefined || (s & (s - 1)) !== 0) {
            exact = false;
            break;
        }
        mask |= s;
    }
    if (exact) return CLASS_BIT[mask];
    // Otherwise: the set of reachable masks, as a 32-bit set (bit m = mask m is reachable).
    let reach = 1; // {0}
    for (let w = 0; w < 3; w++) {
        const c = configured[w];
        if (c === false) continue;
        const s = sets[w];
        let next = c === undefined ? reach : 0; // unknown: may also be not configured
        for (let m = 0; m < 32; m++) {
            if (!(reach & (1 << m))) continue;
            for (let b = 0; b < 5; b++) if (s & (1 << b)) next |= 1 << (m | (1 << b));
        }
        reach = next;
    }
    let out = 0;
    for (let m = 0; m < 32; m++) if (reach & (1 << m)) out |= CLASS_BIT[m];
    return out;
}
