/**
 * Test data: a hand-built MailboxAssessment (healthy, settled, nothing scheduled) for tests of what is decided from
 * an assessment, so that they state exactly the facts they are about.
 *
 *   anAssessed({ health: 'failing', severity: 'error', lastErrorIsCurrent: true, errors: [anError({ code: 'Http503' })] })
 */
import type { WorkloadTimes } from '../../MailboxHealth/core/decisions/nextProcessing';
import type { ErrorMatch, MailboxAssessment, Workload, WorkloadAssessment } from '../../MailboxHealth/core/types';

export const T0 = Date.parse('2018-12-03T15:25:00Z');
export const MINUTE = 60_000;

/** A workload in a test: its assessment, and (for brevity) the mailbox's times for it, which the builders move onto the mailbox. */
export type WorkloadWithTimes = WorkloadAssessment & Partial<WorkloadTimes>;

export function aWorkloadAssessed(workload: Workload, over: Partial<WorkloadWithTimes> = {}): WorkloadWithTimes {
    return { workload, configured: true, state: 'enabled', backoff: false, inNextCycle: false, transientFailures: null, retriesLeft: null, reasons: [], ...over };
}

const TIME_FIELDS = {
    incoming: ['incomingPostponedUntil', 'incomingNextRunAt'],
    outgoing: ['outgoingPostponedUntil', 'outgoingNextRunAt'],
    act: ['actPostponedUntil', 'actNextRunAt'],
} as const;

/**
 * The assessment as the core makes it: each workload's times (given on the workload in a test, as they were before
 * they moved) on the mailbox's own fields (`incomingPostponedUntil` …), the workloads without them. Times given on the
 * mailbox itself win.
 */
export function withWorkloadTimes(a: MailboxAssessment, explicit: Partial<MailboxAssessment> = {}): MailboxAssessment {
    const out: Record<string, unknown> = { ...a };
    const workloads: Record<string, WorkloadAssessment> = {};
    for (const w of ['incoming', 'outgoing', 'act'] as const) {
        const { postponedUntil, nextRunAt, ...rest } = a.workloads[w] as WorkloadWithTimes;
        workloads[w] = rest;
        const [p, n] = TIME_FIELDS[w];
        if (!(p in explicit)) out[p] = postponedUntil ?? null;
        if (!(n in explicit)) out[n] = nextRunAt ?? null;
    }
    out.workloads = workloads;
    return out as unknown as MailboxAssessment;
}

/** A catalogue match of the last sync error (override `source`, `level`, `at` for an alert). */
export function anError(over: Partial<ErrorMatch> = {}): ErrorMatch {
    return { code: 'Http503', class: 'transient', workload: null, action: 'wait', source: 'lastsyncerror', at: T0 - MINUTE, text: 'The remote server returned an error: (503) Server Unavailable.', ...over };
}

export function anAssessed(over: Partial<MailboxAssessment> & { workloadsOver?: Partial<Record<Workload, Partial<WorkloadWithTimes>>> } = {}): MailboxAssessment {
    const { workloadsOver, ...rest } = over;
    return withWorkloadTimes({
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
    } as MailboxAssessment, rest);
}

/** A failing mailbox whose current last sync error is `error`, with `consecutiveErrors` and an estimate of retries left. */
export function failingWith(error: Partial<ErrorMatch>, over: Parameters<typeof anAssessed>[0] = {}): MailboxAssessment {
    return anAssessed({ health: 'failing', severity: 'error', lastErrorIsCurrent: true, consecutiveErrors: 3, retriesLeft: 7, lastErrorAt: T0 - MINUTE, errors: [anError(error)], ...over });
}
