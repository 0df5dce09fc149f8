import * as React from 'react';
import { getId, MessageBar, MessageBarType, Stack, useTheme } from '@fluentui/react';
import type { HealthState, MailboxAssessment, MailboxRow, ProfileRow, TraceEntry } from '../../core/types';
import type { Strings } from '../../contract/strings';
import { HealthBadge } from '../HealthBadge';
import { BackoffPanel } from './BackoffPanel';
import { DataIssuesPanel } from './DataIssuesPanel';
import { ErrorsPanel } from './ErrorsPanel';
import { ProfilePanel } from './ProfilePanel';
import { ReasonList } from './ReasonList';
import { detailStyles } from './styles';
import { adviceText, optionalString } from './text';
import { adviceFor } from '../../core';
import { buildTimelineEvents } from './timelineConfig';
import { TimelineSection } from './TimelineSection';

export interface MailboxDetailProps {
    assessment: MailboxAssessment;
    row: MailboxRow;
    profile: ProfileRow | null;
    /** null = not loaded / not available. */
    traces: readonly TraceEntry[] | null;
    tracesStatus: 'loading' | 'loaded' | 'no-privilege' | 'failed' | 'not-applicable';
    now: number;
    /** The control's `maxTransientFailures` option (the core's retry limit for these assessments). */
    retryLimit: number;
    strings: Strings;
    showCharts: boolean;
    timeZoneOffset?: (at: Date) => number;
    /**
     * Set when the mailbox was read from a downloaded log: the states no log can rule out (its format records no
     * state, approval or status columns; logGaps.ts). They are noted, not counted against the verdict, which the
     * caller has already taken them out of. Missing columns are then the log's, not the view's.
     */
    fromLog?: { readonly notInLog: readonly HealthState[] };
    /** The heading, when the caller knows a better one than the assessment's name (a log names no mailbox: no GUID). */
    title?: string;
    /** Trace entries the core found older than the last success (a log's history): shown as not current. */
    historyTraces?: ReadonlySet<TraceEntry>;
    /** The mailbox's alerts over a window ("Recent alerts"), shown instead of the fixed list of the latest alerts. */
    alertsSection?: React.ReactNode;
}

/**
 * One mailbox in depth: verdict and why, the sync timeline, backoff and what happens next, errors and
 * alerts explained, the server profile, and what the data could not tell. Used on the mailbox form, as the fleet
 * list's detail panel and by "Explain a downloaded log".
 */
export const MailboxDetail: React.FC<MailboxDetailProps> = React.memo(function MailboxDetail(props) {
    const { assessment: a, row, profile, traces, tracesStatus, now, retryLimit, strings, showCharts, timeZoneOffset, fromLog, title, historyTraces } = props;
    const theme = useTheme();
    const classes = React.useMemo(() => detailStyles(theme), [theme]);
    const [headingId] = React.useState(() => getId('mh-mailbox'));
    const events = React.useMemo(() => buildTimelineEvents({ assessment: a, row, now }), [a, row, now]);
    const uncertain = a.undetermined.length > 0;
    // Some rules could not be judged: the verdict is not settled, or (a log) its format records no state or approval.
    const partial = uncertain || (fromLog !== undefined && fromLog.notInLog.length > 0);
    // "Healthy: set up, approved…, nothing to do" where some rules could not be judged would claim what the data does
    // not show (a wrong healthy, which the control never shows); the description and action of a problem the data does show
    // still apply (the real state can only be worse).
    const explain = !partial || a.severity !== 'ok';
    const description = explain ? optionalString(strings, `State_${a.health}_Description`) : null;
    // The single "what to do", decided by the core: the error cards and the command-line tool say the same.
    const action = explain ? adviceText(adviceFor(a), strings) : null;
    // Likewise "no rule found a problem" is only true of the rules that could be judged.
    const reasons = partial ? a.reasons.filter((r) => r.code !== 'no-problem-found') : a.reasons;

    return (
        <article className={classes.root} aria-labelledby={headingId} data-testid="mailbox-detail">
            <header>
                <h2 id={headingId} className={classes.heading2}>
                    {title ?? a.name ?? a.emailAddress ?? a.mailboxId ?? strings('Label_Detail_UnnamedMailbox')}
                </h2>
                <div className={classes.muted}>
                    {[a.emailAddress, a.profileName ? strings('Label_Detail_ProfileNamed', a.profileName) : null].filter((x): x is string => !!x).join(' · ') ||
                        // A log names its mailbox by id only: under "The mailbox in this log" the id says which one.
                        (title !== undefined && a.mailboxId ? a.mailboxId : strings('Label_NoValue'))}
                </div>
                <Stack horizontal wrap verticalAlign="center" tokens={{ childrenGap: 8 }} styles={{ root: { marginTop: 8 } }}>
                    <HealthBadge state={a.health} severity={a.severity} uncertain={uncertain} undetermined={a.undetermined} strings={strings} />
                    <span data-testid="severity">
                        <span className={classes.muted}>{strings('Label_Detail_Severity')}</span> {uncertain ? strings('Label_NotSettled') : strings(`Severity_${a.severity}`)}
                    </span>
                </Stack>
                {uncertain && (
                    <MessageBar messageBarType={MessageBarType.warning} isMultiline styles={{ root: { marginTop: 8 } }}>
                        {strings('Message_Detail_NotSettled', a.undetermined.map((s) => strings(`State_${s}`)).join(', '))}
                    </MessageBar>
                )}
                {fromLog && fromLog.notInLog.length > 0 && (
                    <MessageBar messageBarType={MessageBarType.info} isMultiline styles={{ root: { marginTop: 8 } }} data-testid="not-in-log">
                        {strings('Message_Log_NotInLog', fromLog.notInLog.map((s) => strings(`State_${s}`)).join(strings('Label_ListSeparator')))}
                    </MessageBar>
                )}
                {description && <p style={{ margin: '8px 0 0 0' }}>{description}</p>}
                {action && (
                    <p style={{ margin: '4px 0 0 0' }}>
                        <strong>{strings('Label_Detail_WhatToDo')}</strong> {action}
                    </p>
                )}
                {a.flags.length > 0 && (
                    <div style={{ marginTop: 8 }} aria-label={strings('Label_Detail_Flags')} role="list">
                        {a.flags.map((f) => (
                            <span key={f} role="listitem" className={classes.chip} data-flag={f}>
                                {strings(`Flag_${f}`)}
                            </span>
                        ))}
                    </div>
                )}
                {reasons.length > 0 && (
                    <div style={{ marginTop: 8 }}>
                        <h3 className={classes.heading4}>{strings('Label_Detail_Why')}</h3>
                        <ReasonList reasons={reasons} strings={strings} />
                    </div>
                )}
            </header>
            <TimelineSection events={events} now={now} strings={strings} showCharts={showCharts} timeZoneOffset={timeZoneOffset} />
            <BackoffPanel assessment={a} row={row} now={now} retryLimit={retryLimit} strings={strings} />
            <ErrorsPanel assessment={a} traces={traces} tracesStatus={tracesStatus} now={now} strings={strings} timeZoneOffset={timeZoneOffset} historyTraces={historyTraces} alertsSection={props.alertsSection} />
            <ProfilePanel assessment={a} profile={profile} strings={strings} />
            <DataIssuesPanel assessment={a} strings={strings} fromLog={fromLog !== undefined} />
        </article>
    );
});
