/**
 * Rule group "Test & Enable" (rules 6 `test-retrying` and 6b `test-pending`; health-model "Health states", seed 000,
 * docs/evidence.md §3.3 T1) and its time (health-model "Schedule").
 */
import { RULE_COLUMNS } from '../columns';
import { reason } from '../reasons';
import type { MailboxRow, Reason } from '../types';
import type { ValueReader } from '../values';
import { NO_MATCH, OUTCOME } from './outcomes';
import { ValuedReason } from './reasonList';

const R_PENDING = reason('test-enable-scheduled', RULE_COLUMNS['test-pending']); // seed 000, §3.3 T1
const R_RETRYING = reason('test-enable-retrying', RULE_COLUMNS['test-retrying']); // health-model rule 6 (v2)
const COLS_RETRYING: readonly string[] = Object.freeze([...RULE_COLUMNS['test-retrying'], 'testemailconfigurationretrycount']);
const V_RETRYING = new ValuedReason('test-enable-retrying', COLS_RETRYING);

/**
 * Rules 6 and 6b: Test & Enable is scheduled; when a configured workload's status is also 2 (Failure), the test
 * failed transiently and is being retried (v2).
 * @param scheduled testemailconfigurationscheduled as read
 * @param statusFailed whether a configured workload's status is 2: true, false, or undefined when unknown
 */
export function testEnableOutcomes(scheduled: boolean | null | undefined, statusFailed: boolean | undefined): number {
    if (scheduled === false || scheduled === null) return NO_MATCH;
    const retrying = statusFailed === true ? OUTCOME['test-retrying'] : statusFailed === undefined ? OUTCOME['test-retrying'] | OUTCOME['test-pending'] : OUTCOME['test-pending'];
    return scheduled === true ? retrying : retrying | NO_MATCH;
}

export function testPendingReason(): Reason {
    return R_PENDING;
}

/** The tries left of a scheduled Test & Enable (`testemailconfigurationretrycount`), read only while it is scheduled. */
export function testTriesLeft(r: ValueReader, row: MailboxRow, scheduled: boolean | null | undefined): number | null | undefined {
    return scheduled === true ? r.num(row.testemailconfigurationretrycount, 'testemailconfigurationretrycount') : undefined;
}

/** Rule 6's reason, with the tries left when the row has them. */
export function testRetryingReason(triesLeft: number | null | undefined): Reason {
    return typeof triesLeft === 'number' ? V_RETRYING.of(triesLeft) : R_RETRYING;
}

/**
 * When Test & Enable runs, while it is scheduled: the later of next processing and
 * postponetestemailconfigurationuntil (seed 000, §3.1 R4); null when it is not scheduled.
 */
export function testEnableAt(r: ValueReader, row: MailboxRow, scheduled: boolean | null | undefined, nextProcessingAt: number | null): number | null {
    if (scheduled !== true) return null;
    const testAt = r.date(row.postponetestemailconfigurationuntil, 'postponetestemailconfigurationuntil');
    if (typeof testAt === 'number') return nextProcessingAt !== null && nextProcessingAt > testAt ? nextProcessingAt : testAt;
    return nextProcessingAt;
}
