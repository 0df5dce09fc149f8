/**
 * Rule group "lock and schedule" (rules 10 `stuck` and 12 `overdue`: both read processingstatecode; health-model
 * "Health states" and "Locks", seed 000, docs/evidence.md §3.1 R2–R6, seed 003).
 */
import { RULE_COLUMNS } from '../columns';
import { minutesBetween } from '../schedule';
import type { Reason } from '../types';
import type { ValueReader } from '../values';
import { PROCESSING_STATE } from '../vocabulary';
import { NO_MATCH, OUTCOME } from './outcomes';
import { ValuedReason } from './reasonList';

const COLS_LOCK: readonly string[] = Object.freeze([...RULE_COLUMNS.stuck, 'modifiedon']);
const V_HELD = new ValuedReason('lock-held-too-long', RULE_COLUMNS.stuck);
const V_HOST_STOPPED = new ValuedReason('lock-host-stopped', COLS_LOCK);
const V_RUNNING_LONG = new ValuedReason('lock-cycle-running-long', COLS_LOCK);

/**
 * Rules 10 and 12.
 * - 10: `processingstatecode = 1` and now − `processinglastattemptedon` > stuckMinutes;
 * - 12: `processingstatecode = 0`, next processing is scheduled, and now > next processing + grace.
 * An unknown processing state allows both; an empty lock time leaves rule 10 open.
 * @param scheduleColumn postponemailboxprocessinguntil as read (undefined = unknown)
 * @param nextProcessingAt the schedule it gives (null: not scheduled, or due immediately)
 */
export function lockAndScheduleOutcomes(
    r: ValueReader,
    psc: number | null | undefined,
    lockAt: number | null | undefined,
    scheduleColumn: number | null | undefined,
    nextProcessingAt: number | null,
    now: number,
    stuckMs: number,
    graceMs: number,
): number {
    let g = 0;
    if (psc === PROCESSING_STATE.Processing || psc === undefined) {
        if (typeof lockAt === 'number') g |= now - lockAt > stuckMs ? OUTCOME.stuck : NO_MATCH;
        else {
            g |= OUTCOME.stuck | NO_MATCH;
            if (lockAt === null) r.lacking('processinglastattemptedon');
        }
    }
    if (psc === PROCESSING_STATE.Idle || psc === undefined) {
        if (scheduleColumn === undefined) g |= OUTCOME.overdue | NO_MATCH;
        else g |= nextProcessingAt !== null && now > nextProcessingAt + graceMs ? OUTCOME.overdue : NO_MATCH;
    }
    if (psc !== PROCESSING_STATE.Idle && psc !== PROCESSING_STATE.Processing) g |= NO_MATCH;
    return g;
}

/**
 * Rule 10's reason (health-model "Locks", v2): a live host refreshes `modifiedon` every few minutes while it holds
 * the lock, so `modifiedon` also older than stuckMinutes means the host stopped (the platform will time the lock
 * out), and a fresh one means a cycle running long. Without `modifiedon` the reason says only how long.
 */
export function stuckReason(lockAt: number, modifiedAt: number | null | undefined, now: number, stuckMs: number): Reason {
    const minutes = minutesBetween(lockAt, now);
    if (typeof modifiedAt !== 'number') return V_HELD.of(minutes);
    return (now - modifiedAt > stuckMs ? V_HOST_STOPPED : V_RUNNING_LONG).of(minutes);
}
