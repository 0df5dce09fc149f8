/**
 * The JSON form of an assessment (the command-line tool's `--json`): the same shape as
 * MailboxAssessment with every instant as an ISO-8601 UTC string (or null).
 */
import { workloadTimesOf } from './decisions/nextProcessing';
import type { ErrorMatch, MailboxAssessment, Workload, WorkloadAssessment } from './types';

/** A workload as the CLI prints it: its shared value with the mailbox's times for it, as before they moved off it. */
export type WorkloadJson = WorkloadAssessment & {
    readonly postponedUntil: string | null;
    readonly nextRunAt: string | null;
};

export type ErrorMatchJson = Omit<ErrorMatch, 'at'> & { readonly at: string | null };

export type AssessmentJson = Omit<
    MailboxAssessment,
    | 'workloads'
    | 'incomingPostponedUntil'
    | 'outgoingPostponedUntil'
    | 'actPostponedUntil'
    | 'incomingNextRunAt'
    | 'outgoingNextRunAt'
    | 'actNextRunAt'
    | 'nextProcessingAt' | 'processingSince' | 'lastAttemptAt' | 'lastSuccessAt' | 'lastErrorAt' | 'testEnableAt' | 'errors'
> & {
    readonly workloads: { readonly [W in Workload]: WorkloadJson };
    readonly nextProcessingAt: string | null;
    readonly processingSince: string | null;
    readonly lastAttemptAt: string | null;
    readonly lastSuccessAt: string | null;
    readonly lastErrorAt: string | null;
    readonly testEnableAt: string | null;
    readonly errors: readonly ErrorMatchJson[];
};

/**
 * @summary An instant as ISO-8601 UTC, or null.
 * @example iso(Date.UTC(2018, 11, 3, 15, 28, 37)) // '2018-12-03T15:28:37.000Z'
 */
export function iso(t: number | null | undefined): string | null {
    if (typeof t !== 'number' || !Number.isFinite(t)) return null;
    const d = new Date(t);
    return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

function workloadJson(a: MailboxAssessment, workload: Workload): WorkloadJson {
    const w = a.workloads[workload];
    const times = workloadTimesOf(a, workload);
    return {
        workload: w.workload,
        configured: w.configured,
        state: w.state,
        postponedUntil: iso(times.postponedUntil),
        nextRunAt: iso(times.nextRunAt),
        backoff: w.backoff,
        inNextCycle: w.inNextCycle,
        transientFailures: w.transientFailures,
        retriesLeft: w.retriesLeft,
        reasons: w.reasons,
    };
}

/**
 * @summary The assessment as plain JSON data, times as ISO-8601 UTC strings.
 * @example assessmentToJson(assessMailbox(row, now)).nextProcessingAt // '2018-12-03T15:28:37.000Z'
 */
export function assessmentToJson(a: MailboxAssessment): AssessmentJson {
    return {
        mailboxId: a.mailboxId,
        name: a.name,
        emailAddress: a.emailAddress,
        profileId: a.profileId,
        profileName: a.profileName,
        health: a.health,
        severity: a.severity,
        undetermined: a.undetermined,
        unknownColumns: a.unknownColumns,
        flags: a.flags,
        workloads: {
            incoming: workloadJson(a, 'incoming'),
            outgoing: workloadJson(a, 'outgoing'),
            act: workloadJson(a, 'act'),
        },
        nextProcessingAt: iso(a.nextProcessingAt),
        due: a.due,
        overdueMinutes: a.overdueMinutes,
        syncingNow: a.syncingNow,
        hostId: a.hostId,
        processingSince: iso(a.processingSince),
        lastAttemptAt: iso(a.lastAttemptAt),
        lastSuccessAt: iso(a.lastSuccessAt),
        lastErrorAt: iso(a.lastErrorAt),
        lastErrorIsCurrent: a.lastErrorIsCurrent,
        consecutiveErrors: a.consecutiveErrors,
        retriesLeft: a.retriesLeft,
        testEnableAt: iso(a.testEnableAt),
        reasons: a.reasons,
        errors: a.errors.map((e) => ({ ...e, at: iso(e.at) })),
        dataIssues: a.dataIssues,
    };
}
