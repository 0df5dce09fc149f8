import * as React from 'react';
import { getId, useTheme } from '@fluentui/react';
import type { MailboxAssessment, MailboxRow, Workload } from '../../core/types';
import { adviceFor, nextProcessingOf, postponedUntilOf, retriesAreEstimated, workloadIndicators, workloadNextOf } from '../../core';
import type { NextProcessing, WorkloadNext } from '../../core';
import type { Strings } from '../../contract/strings';
import { formatDuration, formatRelative, formatUtc } from '../format';
import { plural } from '../plural';
import { WorkloadStateBadge } from '../WorkloadState';
import { ReasonList } from './ReasonList';
import { countOf } from './rowValues';
import { detailStyles } from './styles';
import { POSTPONED_COLUMN } from './timelineConfig';

export interface BackoffPanelProps {
    readonly assessment: MailboxAssessment;
    readonly row: MailboxRow;
    readonly now: number;
    /** The transient errors the platform retries: the control's `maxTransientFailures` option, as the core used it. */
    readonly retryLimit: number;
    readonly strings: Strings;
}

/** "When" with its relative form: "2018-12-03 15:28:37 UTC (in 5 min)". */
function when(ms: number, now: number, strings: Strings): string {
    return strings('Label_Detail_TimeWithRelative', formatUtc(ms, strings), formatRelative(ms, now, strings));
}

/** What the platform does next with the whole mailbox: the core's tagged value in words (health-model §Schedule). */
export function nextProcessingText(next: NextProcessing, now: number, strings: Strings): string {
    switch (next.kind) {
        case 'in-progress':
            return strings('Message_Detail_Due_InProgress', next.hostId ?? strings('Label_Detail_UnknownHost'), next.since === null ? strings('Label_NoValue') : when(next.since, now, strings));
        case 'not-scheduled':
            return strings('Message_Detail_Due_NotScheduled');
        case 'unknown':
            return strings('Message_Detail_Due_Unknown');
        case 'scheduled':
            return strings('Message_Detail_Due_Scheduled', when(next.at, now, strings));
        case 'due':
            return next.at === null ? strings('Message_Detail_Due_DueNow') : strings('Message_Detail_Due_Due', when(next.at, now, strings));
        case 'overdue':
            return strings('Message_Detail_Due_Overdue', formatDuration(now - next.at, strings), formatUtc(next.at, strings));
    }
}

/** What the platform does next with one workload: this cycle, postponed until …, or nothing until Test & Enable. */
export function workloadNextText(next: WorkloadNext, now: number, strings: Strings): string {
    switch (next.kind) {
        case 'not-server-side-sync':
            return strings('Label_WorkloadNotServerSideSync');
        case 'unknown-method':
            return strings('Message_Detail_Workload_UnknownMethod');
        case 'disabled':
            return strings('Message_Detail_Workload_Disabled');
        case 'not-enabled':
            return strings('Message_Detail_Workload_NotEnabled');
        case 'next-cycle':
            return strings('Message_Detail_Workload_NextCycle', when(next.at, now, strings));
        case 'backoff':
            return strings('Message_Detail_Workload_Backoff', when(next.at, now, strings));
        case 'postponed':
            return strings('Message_Detail_Workload_Postponed', when(next.at, now, strings));
        case 'postponed-indefinitely':
        case 'not-scheduled':
            return strings('Message_Detail_Workload_NotScheduled');
    }
}

/** "3 cycles", "1 cycle", or "—" when the column is not in the data. */
function cycles(n: number | null, strings: Strings): string {
    return n === null ? strings('Label_NoValue') : plural(strings, { one: 'Label_Detail_Cycles_One', other: 'Label_Detail_Cycles_Other' }, n);
}

/** "12 items promoted, 1 item failed.": the counts the data has, each in its plural form, none of them a "—". */
export function lastSyncItemsText(processed: number | null, failed: number | null, strings: Strings): string {
    const parts: string[] = [];
    if (processed !== null) parts.push(plural(strings, { one: 'Message_Detail_ItemsPromoted_One', other: 'Message_Detail_ItemsPromoted_Other' }, processed));
    if (failed !== null) parts.push(plural(strings, { one: 'Message_Detail_ItemsFailed_One', other: 'Message_Detail_ItemsFailed_Other' }, failed));
    return strings('Message_Detail_LastSyncItems', parts.join(strings('Label_ListSeparator')));
}

/** Retries left in words, for the workload the mailbox's advice concerns (health-model §Errors and backoff). */
export function retriesText(a: MailboxAssessment, retryLimit: number, strings: Strings): string {
    const advice = adviceFor(a);
    const retriesLeft = advice.action === 'state' ? a.retriesLeft : advice.retriesLeft;
    if (retriesLeft !== null) {
        const who: Workload | null = advice.workload;
        return who === null
            ? strings('Message_Detail_RetriesLeft', retriesLeft, retryLimit)
            : strings('Message_Detail_RetriesLeftFor', retriesLeft, retryLimit, strings(`Workload_${who}`));
    }
    if (a.health === 'disabled') return strings('Message_Detail_Retries_Disabled');
    return strings('Message_Detail_Retries_NotFailing');
}

/** Backoff: consecutive errors, retries left, what happens next and when, and each workload's state and reasons. */
export const BackoffPanel: React.FC<BackoffPanelProps> = React.memo(function BackoffPanel({ assessment: a, row, now, retryLimit, strings }) {
    const theme = useTheme();
    const classes = React.useMemo(() => detailStyles(theme), [theme]);
    const [headingId] = React.useState(() => getId('mh-backoff'));
    const recordedErrors = countOf(row.lastsyncerrorcount);
    const forcedUnlocks = countOf(row.forcedunlockcount);
    const noEmail = countOf(row.noemailcount);
    const noAct = countOf(row.noactcount);
    const next = React.useMemo(() => nextProcessingOf(a, now), [a, now]);
    const indicators = React.useMemo(() => workloadIndicators(a), [a]);
    const processed = countOf(row.itemsprocessedforlastsync);
    const failed = countOf(row.itemsfailedforlastsync);

    return (
        <section className={classes.section} aria-labelledby={headingId}>
            <h3 id={headingId} className={classes.heading3}>
                {strings('Label_Detail_Backoff')}
            </h3>
            <dl className={classes.facts}>
                <dt>{strings('Label_Detail_NextProcessing')}</dt>
                <dd data-testid="next-processing">
                    {nextProcessingText(next, now, strings)} <code className={classes.code}>postponemailboxprocessinguntil</code>
                </dd>
                <dt>{strings('Label_Detail_ConsecutiveErrors')}</dt>
                <dd data-testid="consecutive-errors">
                    {a.consecutiveErrors} <code className={classes.code}>lastsyncerrorcount</code>
                    {a.consecutiveErrors === 0 && recordedErrors !== null && recordedErrors > 0 && <div className={classes.muted}>{strings('Message_Detail_ErrorsNotCurrent', recordedErrors)}</div>}
                </dd>
                <dt>{strings('Label_Detail_RetriesLeft')}</dt>
                <dd data-testid="retries-left">
                    {retriesText(a, retryLimit, strings)}
                    <div className={classes.muted}>{strings(retriesAreEstimated(a) ? 'Message_Detail_RetriesEstimate' : 'Message_Detail_RetriesCounted', retryLimit)}</div>
                </dd>
                {(noEmail !== null || noAct !== null) && (
                    <>
                        <dt>{strings('Label_Detail_IdleCycles')}</dt>
                        <dd>
                            {strings('Message_Detail_IdleCycles', cycles(noEmail, strings), cycles(noAct, strings))} <code className={classes.code}>noemailcount</code> <code className={classes.code}>noactcount</code>
                        </dd>
                    </>
                )}
                {(processed !== null || failed !== null) && (
                    <>
                        <dt>{strings('Label_Detail_LastSyncItems')}</dt>
                        <dd>
                            {lastSyncItemsText(processed, failed, strings)} <code className={classes.code}>itemsprocessedforlastsync</code> <code className={classes.code}>itemsfailedforlastsync</code>
                        </dd>
                    </>
                )}
                {forcedUnlocks !== null && forcedUnlocks > 0 && (
                    <>
                        <dt>{strings('Label_Detail_ForcedUnlocks')}</dt>
                        <dd>
                            {forcedUnlocks} <code className={classes.code}>forcedunlockcount</code>
                        </dd>
                    </>
                )}
            </dl>
            <p className={classes.muted}>{strings('Message_Detail_CadenceHint')}</p>
            <h4 className={classes.heading4}>{strings('Label_Detail_Workloads')}</h4>
            <ul className={classes.cards}>
                {(['incoming', 'outgoing', 'act'] as const).map((w) => {
                    const wa = a.workloads[w];
                    const postponed = postponedUntilOf(a, w);
                    return (
                        <li key={w} className={classes.workloadCard} data-workload-card={w}>
                            <WorkloadStateBadge indicator={indicators[w]} strings={strings} compact={false} />
                            <dl className={classes.facts} style={{ marginTop: 4 }}>
                                <dt>{strings('Label_Detail_Column_Next')}</dt>
                                <dd>
                                    {workloadNextText(workloadNextOf(a, w), now, strings)}
                                    {postponed.kind !== 'none' && (
                                        <div className={classes.muted}>
                                            <code className={classes.code}>{POSTPONED_COLUMN[w]}</code> {postponed.kind === 'not-scheduled' ? strings('Label_Detail_NotScheduled') : formatUtc(postponed.at, strings)}
                                        </div>
                                    )}
                                </dd>
                                {wa.reasons.length > 0 && (
                                    <>
                                        <dt>{strings('Label_Detail_Column_Why')}</dt>
                                        <dd>
                                            <ReasonList reasons={wa.reasons} strings={strings} />
                                        </dd>
                                    </>
                                )}
                            </dl>
                        </li>
                    );
                })}
                {a.testEnableAt !== null && (
                    <li className={classes.workloadCard} data-workload-card="test">
                        <strong>{strings('Label_Detail_TestScheduledRow')}</strong>
                        <dl className={classes.facts} style={{ marginTop: 4 }}>
                            <dt>{strings('Label_Detail_Column_Next')}</dt>
                            <dd>{strings('Message_Detail_TestEnableAt', when(a.testEnableAt, now, strings))}</dd>
                            <dt>{strings('Label_Detail_Columns')}</dt>
                            <dd>
                                <code className={classes.code}>testemailconfigurationscheduled</code> <code className={classes.code}>postponetestemailconfigurationuntil</code>
                            </dd>
                        </dl>
                    </li>
                )}
            </ul>
        </section>
    );
});
