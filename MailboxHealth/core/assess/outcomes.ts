/**
 * "Possible worlds": how the rule engine stays right when a column is unknown (health-model "Inputs": "no rule may
 * treat unknown as a bad value"; never a wrong healthy for lack of a column).
 *
 * The rules fall into groups by the columns they read (mailbox state; workloads; server profile; approval; Test &
 * Enable; lock and schedule; last error and success). Each group answers with the set of rule outcomes its columns
 * allow, as bits in rule order (bit i = HEALTH_STATES[i], the one home of the order): one bit when every column is
 * known, several when one is not; `NO_MATCH` (the `healthy` bit) when none of its rules matches. In each possible
 * world the state is the first rule that matches, i.e. the smallest outcome over the groups. The verdict is the
 * latest state any world allows (the minimum over the groups of each group's latest outcome), so an unknown column
 * never makes a state worse than the data shows; `undetermined` lists every earlier state some world allows.
 */
import { FLAGS, HEALTH_STATES } from '../types';
import type { Flag, HealthState } from '../types';

/** One bit per health state, in rule order. */
export const OUTCOME: Readonly<Record<HealthState, number>> = Object.freeze(
    Object.fromEntries(HEALTH_STATES.map((s, i) => [s, 1 << i])) as Record<HealthState, number>,
);

/** A group none of whose rules matches: "otherwise" → healthy. */
export const NO_MATCH = OUTCOME.healthy;

/** One bit per flag, in FLAGS order. */
export const FLAG_BIT: Readonly<Record<Flag, number>> = Object.freeze(Object.fromEntries(FLAGS.map((f, i) => [f, 1 << i])) as Record<Flag, number>);

/** The index (in HEALTH_STATES) of the latest outcome of a group. */
export const latest = (outcomes: number): number => 31 - Math.clz32(outcomes);

/** Whether a group allows more than one outcome. */
export const isOpen = (outcomes: number): boolean => (outcomes & (outcomes - 1)) !== 0;

/**
 * States earlier than `health` that some possible world allows: a state r of group g is possible when every other
 * group can avoid matching anything earlier than r (its latest outcome is r or later).
 */
export function undeterminedOutcomes(groups: readonly number[], health: number): number {
    let bits = 0;
    for (let g = 0; g < groups.length; g++) {
        let minOther = 31;
        for (let k = 0; k < groups.length; k++) {
            if (k === g) continue;
            const m = latest(groups[k]);
            if (m < minOther) minOther = m;
        }
        const limit = Math.min(health, minOther + 1); // r < health and r ≤ every other group's latest outcome
        bits |= groups[g] & ((1 << limit) - 1);
    }
    return bits;
}

const EMPTY: readonly never[] = Object.freeze([]);

/**
 * Frozen lists shared by every assessment with the same set of flags or undetermined states: a memo of immutable
 * values (the same input always gives the same list), so sharing it between calls is safe and re-entrant.
 */
const FLAG_LISTS = new Map<number, readonly Flag[]>();
const STATE_LISTS = new Map<number, readonly HealthState[]>();

export function flagsOf(bits: number): readonly Flag[] {
    if (bits === 0) return EMPTY;
    let a = FLAG_LISTS.get(bits);
    if (a === undefined) {
        a = Object.freeze(FLAGS.filter((_, i) => bits & (1 << i)));
        FLAG_LISTS.set(bits, a);
    }
    return a;
}

export function statesOf(bits: number): readonly HealthState[] {
    if (bits === 0) return EMPTY;
    let a = STATE_LISTS.get(bits);
    if (a === undefined) {
        a = Object.freeze(HEALTH_STATES.filter((_, i) => bits & (1 << i)));
        STATE_LISTS.set(bits, a);
    }
    return a;
}
