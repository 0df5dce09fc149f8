/**
 * The sync timeline of one mailbox as events: what happened last and what happens next, from the assessment (the
 * core's decisions, never the schedule columns read again) and the few history columns the assessment does not carry.
 * The same list feeds the chart and its text alternative.
 */
import { nextProcessingOf, postponedUntilOf } from '../../core';
import type { MailboxAssessment, MailboxRow, Workload } from '../../core/types';
import { isPlottable, timeOf } from './rowValues';

// -------------------------------------------------------------------------------------------------------------

/** Lanes top to bottom: processing, incoming, outgoing, ACT, Test & Enable. */
export const TIMELINE_LANES = ['processing', 'incoming', 'outgoing', 'act', 'test'] as const;
export type TimelineLane = (typeof TIMELINE_LANES)[number];

export const LANE_LABEL_KEYS: Readonly<Record<TimelineLane, string>> = {
    processing: 'Label_Detail_Lane_Processing',
    incoming: 'Label_Detail_Lane_Incoming',
    outgoing: 'Label_Detail_Lane_Outgoing',
    act: 'Label_Detail_Lane_Act',
    test: 'Label_Detail_Lane_TestEnable',
};

export const TIMELINE_EVENT_KINDS = [
    'now',
    'last-attempt',
    'syncing-since',
    'last-success',
    'last-error',
    'last-error-stale',
    'forced-unlock',
    'next-processing',
    'postponed-until',
    'watermark',
    'last-test',
    'test-requested',
    'test-scheduled',
    'alert',
] as const;
export type TimelineEventKind = (typeof TIMELINE_EVENT_KINDS)[number];

export const EVENT_LABEL_KEYS: Readonly<Record<TimelineEventKind, string>> = {
    now: 'Label_Detail_Event_Now',
    'last-attempt': 'Label_Detail_Event_LastAttempt',
    'syncing-since': 'Label_Detail_Event_SyncingSince',
    'last-success': 'Label_Detail_Event_LastSuccess',
    'last-error': 'Label_Detail_Event_LastError',
    'last-error-stale': 'Label_Detail_Event_LastErrorStale',
    'forced-unlock': 'Label_Detail_Event_ForcedUnlock',
    'next-processing': 'Label_Detail_Event_NextProcessing',
    'postponed-until': 'Label_Detail_Event_PostponedUntil',
    watermark: 'Label_Detail_Event_Watermark',
    'last-test': 'Label_Detail_Event_LastTest',
    'test-requested': 'Label_Detail_Event_TestRequested',
    'test-scheduled': 'Label_Detail_Event_TestScheduled',
    alert: 'Label_Detail_Event_Alert',
};

/** The postponed-until column of each workload (docs/health-model.md §Workloads). */
export const POSTPONED_COLUMN: Readonly<Record<Workload, string>> = {
    incoming: 'receivingpostponeduntil',
    outgoing: 'postponesendinguntil',
    act: 'receivingpostponeduntilforact',
};

export interface TimelineEvent {
    readonly kind: TimelineEventKind;
    readonly lane: TimelineLane;
    /** Epoch ms; null when the core says "not scheduled". */
    readonly at: number | null;
    /** The column (logical name) the time comes from, as admins see it in the log; '' for "now". */
    readonly column: string;
    readonly notScheduled?: boolean;
    /** postponed-until: later than next processing + 5 minutes (flag `backoff`). */
    readonly backoff?: boolean;
    /** postponed-until: at or before next processing, so the workload runs in that cycle (seed 000). */
    readonly inNextCycle?: boolean;
    /** alert: tracelog level (1 information, 2 warning, 3 error). */
    readonly level?: number;
    /** alert: the catalogue code (Error_<code>_Meaning). */
    readonly code?: string;
}

export interface TimelineInput {
    readonly assessment: MailboxAssessment;
    readonly row: MailboxRow;
    readonly now: number;
}

/**
 * Every event of the timeline, oldest first, "not scheduled" entries last. The same list feeds the chart and its
 * text alternative, so both always say the same thing.
 */
export function buildTimelineEvents({ assessment: a, row, now }: TimelineInput): TimelineEvent[] {
    const out: TimelineEvent[] = [];
    const push = (kind: TimelineEventKind, lane: TimelineLane, at: number | null, column: string, extra: Partial<TimelineEvent> = {}): void => {
        if (isPlottable(at)) out.push({ kind, lane, at, column, ...extra });
    };
    const notScheduled = (kind: TimelineEventKind, lane: TimelineLane, column: string, extra: Partial<TimelineEvent> = {}): void => {
        out.push({ kind, lane, at: null, column, notScheduled: true, ...extra });
    };

    out.push({ kind: 'now', lane: 'processing', at: now, column: '' });
    // processinglastattemptedon is the start of the current cycle while the lock is held (seed 000, §3.1 R2).
    if (a.syncingNow && a.processingSince !== null) push('syncing-since', 'processing', a.processingSince, 'processinglastattemptedon');
    else push('last-attempt', 'processing', a.lastAttemptAt, 'processinglastattemptedon');
    push('last-success', 'processing', a.lastSuccessAt, 'lastsuccessfulsynccompletedon');
    // An error older than the last success is history, not the current state (seed 000, §1.2 C7).
    push(a.lastErrorIsCurrent ? 'last-error' : 'last-error-stale', 'processing', a.lastErrorAt, 'lastsyncerroroccurredon');
    push('forced-unlock', 'processing', timeOf(row.lastmailboxforcedunlockoccurredon), 'lastmailboxforcedunlockoccurredon');
    // The core's tagged value says "not scheduled" apart from "unknown" (nothing to draw) and "in progress" (drawn as syncing since).
    const next = nextProcessingOf(a, now);
    if (next.kind === 'not-scheduled') notScheduled('next-processing', 'processing', 'postponemailboxprocessinguntil');
    else if ((next.kind === 'scheduled' || next.kind === 'due' || next.kind === 'overdue') && next.at !== null) push('next-processing', 'processing', next.at, 'postponemailboxprocessinguntil');

    for (const w of ['incoming', 'outgoing', 'act'] as const) {
        const wa = a.workloads[w];
        if (wa.configured === false) continue; // a workload that does not use server-side sync has no schedule
        const postponed = postponedUntilOf(a, w);
        if (postponed.kind === 'not-scheduled') notScheduled('postponed-until', w, POSTPONED_COLUMN[w], { backoff: wa.backoff, inNextCycle: wa.inNextCycle });
        else if (postponed.kind === 'at') push('postponed-until', w, postponed.at, POSTPONED_COLUMN[w], { backoff: wa.backoff, inNextCycle: wa.inNextCycle });
    }
    // Seed 003: the received time of the newest promoted email; older mail moved into the Inbox is skipped.
    push('watermark', 'incoming', timeOf(row.processemailreceivedafter), 'processemailreceivedafter');

    push('last-test', 'test', timeOf(row.testmailboxaccesscompletedon), 'testmailboxaccesscompletedon');
    push('test-requested', 'test', timeOf(row.testandenablelastattemptedon), 'testandenablelastattemptedon');
    push('test-scheduled', 'test', a.testEnableAt, 'postponetestemailconfigurationuntil');

    for (const e of a.errors) {
        if (e.source !== 'tracelog' || e.at === undefined || e.at === null) continue;
        push('alert', e.workload ?? 'processing', e.at, 'tracelog.modifiedon', { level: e.level, code: e.code });
    }

    return out.sort((x, y) => {
        if (x.at === null || y.at === null) return x.at === null ? (y.at === null ? 0 : 1) : -1;
        return x.at - y.at;
    });
}
