/** Rule group "mailbox state" (rule 1, `inactive`; health-model "Health states", KB 4481318). */
import { reason } from '../reasons';
import type { MailboxRow, Reason } from '../types';
import type { ValueReader } from '../values';
import { MAILBOX_STATUS_REASON, RECORD_STATE, RECORD_STATE_MAX } from '../vocabulary';
import { NO_MATCH, OUTCOME } from './outcomes';

const R_INACTIVE = reason('mailbox-inactive', ['statecode']); // KB 4481318
const R_INACTIVE_BY_STATUS = reason('mailbox-inactive', ['statuscode']); // health-model rule 1 (v2)

/** What the state columns say: the outcomes of rule 1 and the reason it gives when it matches. */
export interface MailboxStateReading {
    readonly outcomes: number;
    readonly reason: Reason;
}

const ACTIVE: MailboxStateReading = Object.freeze({ outcomes: NO_MATCH, reason: R_INACTIVE });
const INACTIVE: MailboxStateReading = Object.freeze({ outcomes: OUTCOME.inactive, reason: R_INACTIVE });
const INACTIVE_BY_STATUS: MailboxStateReading = Object.freeze({ outcomes: OUTCOME.inactive, reason: R_INACTIVE_BY_STATUS });
const UNKNOWN: MailboxStateReading = Object.freeze({ outcomes: OUTCOME.inactive | NO_MATCH, reason: R_INACTIVE });

/**
 * Rule 1: `statecode = 1`, or `statuscode = 2` when `statecode` is unknown (health-model v2: the status reason
 * belongs to one state only). statuscode is read as a number: an organisation may add status reasons of its own.
 */
export function readMailboxState(r: ValueReader, row: MailboxRow): MailboxStateReading {
    const statecode = r.option(row.statecode, 'statecode', RECORD_STATE_MAX);
    const statuscode = r.num(row.statuscode, 'statuscode');
    if (statecode === RECORD_STATE.Inactive) return INACTIVE;
    if (statecode !== undefined) return ACTIVE;
    return statuscode === MAILBOX_STATUS_REASON.Inactive ? INACTIVE_BY_STATUS : UNKNOWN;
}

