/**
 * Test data: a hand-built MailboxAssessment (healthy, settled, nothing scheduled) for tests of what is decided from
 * an assessment, so that they state exactly the facts they are about.
 *
 *   anAssessed({ health: 'failing', severity: 'error', lastErrorIsCurrent: true, errors: [anError({ code: 'Http503' })] })
 */
import type { ErrorMatch, MailboxAssessment, Workload, WorkloadAssessment } from '../../MailboxHealth/core/types';

export const T0 = Date.parse('2018-12-03T15:25:00Z');
export const MINUTE = 60_000;

export function aWorkloadAssessed(workload: Workload, over: Partial<WorkloadAssessment> = {}): WorkloadAssessment {
    return { workload, configured: true, state: 'enabled', postponedUntil: null, nextRunAt: null, backoff: false, inNextCycle: false, transientFailures: null, retriesLeft: null, reasons: [], ...over };
}

/** A catalogue match of the last sync error (override `source`, `level`, `at` for an alert). */
export function anError(over: Partial<ErrorMatch> = {}): ErrorMatch {
    return { code: 'Http503', class: 'transient', workload: null, action: 'wait', source: 'lastsyncerror', at: T0 - MINUTE, text: 'The remote server returned an error: (503) Server Unavailable.', ...over };
}

export function anAssessed(over: Partial<MailboxAssessment> & { workloadsOver?: Partial<Record<Workload, Partial<WorkloadAssessment>>> } = {}): MailboxAssessment {
    const { workloadsOver, ...rest } = over;
    return {
        mailboxId: '9fb6600b-0965-e811-a97f-000d4a161089',
        name: 'Alex Wilber',
        emailAddress: 'alexw@contoso.onmicrosoft.com',
        profileId: 'p-1',
        profileName: 'Microsoft Exchange Online',
        health: 'healthy',
        severity: 'ok',
        undetermined: [],
        unknownColumns: [],
        flags: [],
        workloads: {
            incoming: aWorkloadAssessed('incoming', workloadsOver?.incoming),
            outgoing: aWorkloadAssessed('outgoing', workloadsOver?.outgoing),
            act: aWorkloadAssessed('act', workloadsOver?.act),
        },
        nextProcessingAt: null,
        due: 'not-scheduled',
        overdueMinutes: null,
        syncingNow: false,
        hostId: null,
        processingSince: null,
        lastAttemptAt: null,
        lastSuccessAt: null,
        lastErrorAt: null,
        lastErrorIsCurrent: false,
        consecutiveErrors: 0,
        retriesLeft: null,
        testEnableAt: null,
        reasons: [],
        errors: [],
        dataIssues: [],
        ...rest,
    };
}

/** A failing mailbox whose current last sync error is `error`, with `consecutiveErrors` and an estimate of retries left. */
export function failingWith(error: Partial<ErrorMatch>, over: Parameters<typeof anAssessed>[0] = {}): MailboxAssessment {
    return anAssessed({ health: 'failing', severity: 'error', lastErrorIsCurrent: true, consecutiveErrors: 3, retriesLeft: 7, lastErrorAt: T0 - MINUTE, errors: [anError(error)], ...over });
}
