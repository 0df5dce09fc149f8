/**
 * "When will it sync next" as one tagged value, for the mailbox and for each workload (health-model §Schedule), so
 * the control and the command-line tool say the same thing and neither reads the schedule columns itself.
 */
import { isNotScheduled } from '../schedule';
import type { MailboxAssessment, Workload } from '../types';

/** The mailbox's next processing cycle. Instants are epoch ms. */
export type NextProcessing =
    /** An async host holds the mailbox now (processingstatecode = 1). */
    | { readonly kind: 'in-progress'; readonly since: number | null; readonly hostId: string | null }
    | { readonly kind: 'scheduled'; readonly at: number }
    /** Due within the grace period; `at` null for the 1900 column default ("due immediately, never postponed"). */
    | { readonly kind: 'due'; readonly at: number | null; readonly minutesLate: number | null }
    | { readonly kind: 'overdue'; readonly at: number; readonly minutesLate: number }
    /** Empty, or the year-9999 sentinel; `applicable` false for an inactive mailbox or one not using server-side sync. */
    | { readonly kind: 'not-scheduled'; readonly applicable: boolean }
    /** postponemailboxprocessinguntil is absent or unreadable: nothing can be said. */
    | { readonly kind: 'unknown' };

const MINUTE_MS = 60_000;

function minutesLate(a: MailboxAssessment, at: number | null, now: number | undefined): number | null {
    if (a.overdueMinutes !== null) return a.overdueMinutes;
    return at !== null && now !== undefined ? Math.max(0, Math.floor((now - at) / MINUTE_MS)) : null;
}

/**
 * @summary The mailbox's next processing as a tagged value (health-model §Schedule: in-progress, not-scheduled,
 * scheduled, due within grace, overdue after it), with "unknown" kept apart from "not scheduled".
 * @param now only used when the assessment carries no `overdueMinutes` for a due or overdue mailbox
 * @example nextProcessingOf(assessMailbox({ ...row, postponemailboxprocessinguntil: '9999-12-31T23:59:59Z' }, now))
 *   // { kind: 'not-scheduled', applicable: true }
 */
export function nextProcessingOf(a: MailboxAssessment, now?: number): NextProcessing {
    const codes = new Set(a.reasons.map((r) => r.code));
    switch (a.due) {
        case 'in-progress':
            return { kind: 'in-progress', since: a.processingSince, hostId: a.hostId };
        case 'scheduled':
            return a.nextProcessingAt === null ? { kind: 'unknown' } : { kind: 'scheduled', at: a.nextProcessingAt };
        case 'due':
            // health-model §Schedule (v2): a value before 1901 is "due immediately", not an instant to measure from.
            return { kind: 'due', at: a.nextProcessingAt, minutesLate: minutesLate(a, a.nextProcessingAt, now) };
        case 'overdue':
            return a.nextProcessingAt === null ? { kind: 'unknown' } : { kind: 'overdue', at: a.nextProcessingAt, minutesLate: minutesLate(a, a.nextProcessingAt, now) ?? 0 };
        case 'not-scheduled':
            // health-model §Schedule: an inactive mailbox or one not using server-side sync has no next sync.
            if (codes.has('schedule-not-applicable')) return { kind: 'not-scheduled', applicable: false };
            // health-model §Inputs: an absent column is unknown, never "not scheduled".
            if (codes.has('processing-schedule-unknown') || a.unknownColumns.includes('postponemailboxprocessinguntil')) return { kind: 'unknown' };
            return { kind: 'not-scheduled', applicable: true };
    }
    return { kind: 'unknown' };
}

/** When one workload runs next (health-model §Schedule, per configured enabled workload). */
export type WorkloadNext =
    /** The delivery method is not server-side sync: no schedule. */
    | { readonly kind: 'not-server-side-sync' }
    /** The delivery method column is unknown. */
    | { readonly kind: 'unknown-method' }
    | { readonly kind: 'disabled' }
    /** Not enabled or never tested: it runs only after Test & Enable. */
    | { readonly kind: 'not-enabled' }
    /** Runs in the next cycle: postponed-until empty, or at or before next processing (seed 000). */
    | { readonly kind: 'next-cycle'; readonly at: number }
    /** Postponed a little (at most 5 minutes past next processing). */
    | { readonly kind: 'postponed'; readonly at: number }
    /** Postponed beyond next processing + 5 minutes: the platform is backing off (flag `backoff`). */
    | { readonly kind: 'backoff'; readonly at: number }
    /** Its own postponed-until is the year-9999 sentinel: stopped until something resets it. */
    | { readonly kind: 'postponed-indefinitely' }
    /** The mailbox has no next processing, or the workload's schedule cannot be told. */
    | { readonly kind: 'not-scheduled' };

/** One workload's times (epoch ms or null), from the mailbox's own fields (WorkloadAssessment says why they live there). */
export interface WorkloadTimes {
    /** Its postponed-until column (may be the year-9999 sentinel: read it with postponedUntilOf). */
    readonly postponedUntil: number | null;
    /** When it runs next (MailboxAssessment.incomingNextRunAt …). */
    readonly nextRunAt: number | null;
}

/**
 * @summary One workload's postponed-until and next run.
 * @example workloadTimesOf(a, 'outgoing').nextRunAt // 1543851517000
 */
export function workloadTimesOf(a: MailboxAssessment, w: Workload): WorkloadTimes {
    switch (w) {
        case 'incoming':
            return { postponedUntil: a.incomingPostponedUntil, nextRunAt: a.incomingNextRunAt };
        case 'outgoing':
            return { postponedUntil: a.outgoingPostponedUntil, nextRunAt: a.outgoingNextRunAt };
        default:
            return { postponedUntil: a.actPostponedUntil, nextRunAt: a.actNextRunAt };
    }
}

/**
 * @summary When one workload runs next (health-model §Schedule): later of next processing and its postponed-until;
 * none when disabled, not enabled, or its own column is in year 9999.
 * @example workloadNextOf(a, 'incoming') // { kind: 'backoff', at: 1543852800000 }
 */
export function workloadNextOf(a: MailboxAssessment, workload: Workload): WorkloadNext {
    const w = a.workloads[workload];
    if (w.configured === false) return { kind: 'not-server-side-sync' };
    if (w.configured === null) return { kind: 'unknown-method' };
    if (w.state === 'disabled') return { kind: 'disabled' };
    if (w.state === 'not-enabled' || w.state === 'not-tested') return { kind: 'not-enabled' };
    const { postponedUntil, nextRunAt } = workloadTimesOf(a, workload);
    if (nextRunAt !== null) {
        if (w.inNextCycle) return { kind: 'next-cycle', at: nextRunAt };
        return w.backoff ? { kind: 'backoff', at: nextRunAt } : { kind: 'postponed', at: nextRunAt };
    }
    // health-model §Schedule (v2): a workload whose own column is in year 9999 has no nextRunAt.
    if (w.state === 'enabled' && postponedUntil !== null && isNotScheduled(postponedUntil)) return { kind: 'postponed-indefinitely' };
    return { kind: 'not-scheduled' };
}

/**
 * @summary A workload's postponed-until column as a value to show: an instant, "not scheduled" (year 9999), or none.
 * @example postponedUntilOf(a, 'outgoing') // { kind: 'not-scheduled' } for 9999-12-31
 */
export function postponedUntilOf(a: MailboxAssessment, workload: Workload): { readonly kind: 'at'; readonly at: number } | { readonly kind: 'not-scheduled' } | { readonly kind: 'none' } {
    const { postponedUntil } = workloadTimesOf(a, workload);
    if (postponedUntil === null) return { kind: 'none' };
    // health-model §Schedule: year 9999 is the "not scheduled" sentinel, not an instant.
    return isNotScheduled(postponedUntil) ? { kind: 'not-scheduled' } : { kind: 'at', at: postponedUntil };
}
