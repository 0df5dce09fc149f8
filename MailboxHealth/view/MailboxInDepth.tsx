import * as React from 'react';
import { MessageBar, MessageBarType, Spinner } from '@fluentui/react';
import { assessMailbox } from '../core';
import type { AssessOptions, MailboxAssessment, MailboxRow } from '../core/types';
import { MailboxDetail } from './mailbox/MailboxDetail';
import type { MailboxExtras, LoadExtras, TracesStatus } from '../contract/model';
import type { Strings } from '../contract/strings';
import type { LoadAlerts } from '../contract/alerts';
import { AlertsSection } from './alerts/AlertsSection';

/** A lookup or primary key as the row holds it (a GUID string), or null. */
function idOf(v: unknown): string | null {
    return typeof v === 'string' && v.trim() !== '' ? v : null;
}

export interface MailboxInDepthProps {
    readonly row: MailboxRow;
    /**
     * The fleet's assessment of the row (without profile and alerts), shown until those arrive, when the caller has
     * one (the list's Details panel). Without it (the form) the row is assessed once, when its context has arrived.
     */
    readonly assessment?: MailboxAssessment;
    readonly assessedAt: number;
    readonly now: number;
    readonly options: AssessOptions;
    readonly strings: Strings;
    readonly showCharts: boolean;
    readonly timeZoneOffset?: (at: Date) => number;
    readonly loadExtras: LoadExtras;
    /** Reads the mailbox's alerts over a window: shown instead of the fixed list of the latest alerts. */
    readonly loadAlerts?: LoadAlerts;
}

/**
 * One mailbox in depth (the form, or a row's Details panel): fetches its server profile and latest alerts, assesses
 * the row again with them, and renders the single-mailbox view. A missing privilege is said, and the rest shown.
 */
export const MailboxInDepth: React.FC<MailboxInDepthProps> = function MailboxInDepth({ row, assessment, assessedAt, now, options, strings, showCharts, timeZoneOffset, loadExtras, loadAlerts }) {
    const [extras, setExtras] = React.useState<MailboxExtras | null>(null);
    const mailboxId = assessment ? assessment.mailboxId : idOf(row.mailboxid);
    const profileId = assessment ? assessment.profileId : idOf(row.emailserverprofile);

    React.useEffect(() => {
        let live = true;
        setExtras(null);
        if (!mailboxId) {
            setExtras({ profile: null, profileStatus: 'not-applicable', traces: null, tracesStatus: 'not-applicable' });
            return undefined;
        }
        loadExtras(mailboxId, profileId).then(
            (result) => live && setExtras(result),
            () => live && setExtras({ profile: null, profileStatus: 'failed', traces: null, tracesStatus: 'failed' }),
        );
        return () => {
            live = false;
        };
    }, [mailboxId, profileId, loadExtras]);

    // Once, with its context: the fleet's assessment stands in until the profile and alerts arrive, and is kept when
    // there is no context to add.
    const full = React.useMemo(
        () =>
            extras && (extras.profile || extras.traces || !assessment)
                ? assessMailbox(row, assessedAt, options, { profile: extras.profile, traces: extras.traces })
                : (assessment ?? null),
        [extras, row, assessedAt, options, assessment],
    );
    const tracesStatus: TracesStatus = extras ? extras.tracesStatus : 'loading';

    return (
        <div>
            {extras?.profileStatus === 'no-privilege' && (
                <MessageBar messageBarType={MessageBarType.warning} data-message="profile-no-privilege">
                    {strings('Message_ProfileNoPrivilege')}
                </MessageBar>
            )}
            {extras?.profileStatus === 'failed' && (
                <MessageBar messageBarType={MessageBarType.warning} data-message="profile-failed">
                    {strings('Message_ProfileFailed')}
                </MessageBar>
            )}
            {full === null ? (
                <Spinner label={strings('Label_LoadingMailbox')} />
            ) : (
                <MailboxDetail
                    assessment={full}
                    row={row}
                    profile={extras?.profile ?? null}
                    traces={extras?.traces ?? null}
                    tracesStatus={tracesStatus}
                    now={now}
                    retryLimit={options.maxTransientFailures}
                    strings={strings}
                    showCharts={showCharts}
                    timeZoneOffset={timeZoneOffset}
                    alertsSection={
                        loadAlerts && mailboxId ? (
                            <AlertsSection loadAlerts={loadAlerts} now={now} strings={strings} fleetSize={null} mailboxId={mailboxId} showCharts={showCharts} timeZoneOffset={timeZoneOffset} headingLevel={4} />
                        ) : undefined
                    }
                />
            )}
        </div>
    );
};
