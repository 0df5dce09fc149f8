/** The mailbox's own schedule: next processing and how due it is (health-model "Schedule", docs/evidence.md §4.4). */
import { RULE_COLUMNS } from '../columns';
import { reason } from '../reasons';
import { dueState, isDueImmediately, minutesBetween, nextProcessing } from '../schedule';
import type { DueState, Reason } from '../types';
import { ValuedReason } from './reasonList';
import type { ReasonList } from './reasonList';

const COLS_P: readonly string[] = Object.freeze(['postponemailboxprocessinguntil']);
const R_NOT_APPLICABLE = reason('schedule-not-applicable', ['statecode', 'incomingemaildeliverymethod', 'outgoingemaildeliverymethod', 'actdeliverymethod']);
const R_NEXT_SCHEDULED = reason('next-processing-scheduled', COLS_P);
const R_NOT_SCHEDULED = reason('processing-not-scheduled', COLS_P);
const R_SCHEDULE_UNKNOWN = reason('processing-schedule-unknown', COLS_P);
const R_DUE_IMMEDIATELY = reason('processing-due-immediately', COLS_P); // health-model "Schedule" (v2): the 1900 default
const V_DUE = new ValuedReason('processing-due', COLS_P);
const V_OVERDUE = new ValuedReason('processing-overdue', RULE_COLUMNS.overdue);

/** The schedule of one mailbox. Reused row after row by its assessor. */
export class MailboxSchedule {
    /** postponemailboxprocessinguntil as read (undefined = unknown). */
    column: number | null | undefined = undefined;
    /** Next processing from the column alone: null for empty, the year-9999 sentinel, the 1900 default or unknown. */
    scheduledAt: number | null = null;
    /** The column holds the 1900 default: due now, never postponed (v2). */
    dueNow = false;
    nextProcessingAt: number | null = null;
    due: DueState = 'not-scheduled';
    overdueMinutes: number | null = null;
    /** What the workloads run against: next processing, `now` when due now, null when not scheduled, undefined when unknown. */
    anchor: number | null | undefined = undefined;
    applicable = true;

    read(column: number | null | undefined): void {
        this.column = column;
        this.scheduledAt = nextProcessing(column);
        this.dueNow = isDueImmediately(column);
    }

    /**
     * Settles the schedule once the state is known. §4.4: an inactive mailbox, or one not using server-side sync,
     * has no next sync ("—").
     */
    settle(applicable: boolean, psc: number | null | undefined, now: number, graceMs: number): void {
        this.applicable = applicable;
        const dueNow = applicable && this.dueNow;
        this.nextProcessingAt = applicable ? this.scheduledAt : null;
        this.anchor = !applicable ? null : this.column === undefined ? undefined : dueNow ? now : this.scheduledAt;
        this.due = dueState(psc, this.nextProcessingAt, now, graceMs, dueNow);
        this.overdueMinutes = (this.due === 'due' || this.due === 'overdue') && this.nextProcessingAt !== null ? minutesBetween(this.nextProcessingAt, now) : null;
    }

    /** The mailbox's schedule reason; none when rule 12 (`overdue`) already says it. */
    addReason(reasons: ReasonList, overdueIsTheState: boolean): void {
        if (!this.applicable) reasons.add(R_NOT_APPLICABLE);
        else if (this.due === 'due' && this.dueNow) reasons.add(R_DUE_IMMEDIATELY);
        else if (this.due === 'not-scheduled') reasons.add(this.column === undefined ? R_SCHEDULE_UNKNOWN : R_NOT_SCHEDULED);
        else if (this.due === 'scheduled') reasons.add(R_NEXT_SCHEDULED);
        else if (this.due === 'due') reasons.add(V_DUE.of(this.overdueMinutes as number));
        else if (this.due === 'overdue' && !overdueIsTheState) reasons.add(V_OVERDUE.of(this.overdueMinutes as number));
    }
}

/** Rule 12's reason ({0} = minutes past next processing; seed 003, §3.1 R4–R6). */
export function overdueReason(nextProcessingAt: number, now: number): Reason {
    return V_OVERDUE.of(minutesBetween(nextProcessingAt, now));
}
