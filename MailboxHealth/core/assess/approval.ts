/** Rule group "approval" (rules 4–5; health-model "Health states", docs/evidence.md §3.4 A1/A3). */
import { RULE_COLUMNS } from '../columns';
import { reason } from '../reasons';
import type { Reason } from '../types';
import { APPROVAL } from '../vocabulary';
import { NO_MATCH, OUTCOME } from './outcomes';
import { ValuedReason } from './reasonList';

const R_REJECTED = reason('approval-rejected', RULE_COLUMNS['approval-rejected']); // §3.4 A1/A3
const V_PENDING = new ValuedReason('approval-pending', RULE_COLUMNS['approval-pending']); // §3.4: 0 (empty) or 2 (pending)
const R_PENDING_EMPTY = V_PENDING.of(APPROVAL.Empty);
const R_PENDING = V_PENDING.of(APPROVAL.PendingApproval);

/**
 * Rules 4 and 5: with "Process emails only for approved users/queues" on, `emailrouteraccessapproval = 3` is
 * rejected and 0 (Empty) or 2 (Pending Approval) is pending.
 * @param approval the column as read: 0–3, null (empty) or undefined (unknown)
 */
export function approvalOutcomes(approvalRequired: boolean, approval: number | null | undefined): number {
    if (!approvalRequired) return NO_MATCH;
    if (approval === APPROVAL.Rejected) return OUTCOME['approval-rejected'];
    if (approval === APPROVAL.Empty || approval === APPROVAL.PendingApproval) return OUTCOME['approval-pending'];
    if (approval === undefined) return OUTCOME['approval-rejected'] | OUTCOME['approval-pending'] | NO_MATCH;
    return NO_MATCH;
}

export function approvalRejectedReason(): Reason {
    return R_REJECTED;
}

export function approvalPendingReason(approval: number | null | undefined): Reason {
    return approval === APPROVAL.Empty ? R_PENDING_EMPTY : R_PENDING;
}
