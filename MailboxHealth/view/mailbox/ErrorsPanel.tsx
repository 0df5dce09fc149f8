import * as React from 'react';
import { ActionButton, getId, ITheme, MessageBar, MessageBarType, Spinner, SpinnerSize, useTheme } from '@fluentui/react';
import type { ErrorClass, ErrorMatch, TraceEntry } from '../../core/types';
import { adviceCovers, adviceFor, recentAlerts, traceFirstSeen, traceTime } from '../../core';
import type { Advice, AlertItem } from '../../core';
import type { Strings } from '../../contract/strings';
import { formatLocal, formatRelative, formatUtc } from '../format';
import type { MailboxDetailProps } from './MailboxDetail';
import { rawText } from './rowValues';
import { detailStyles } from './styles';
import { adviceText, optionalString } from './text';

/** One recent alert, as the core pairs it with its catalogue match (core/decisions/recentAlerts.ts). */
export type { AlertItem };

function classColour(c: ErrorClass, theme: ITheme): string {
    switch (c) {
        case 'permanent':
        case 'config':
            return theme.semanticColors.errorIcon;
        case 'transient':
            return theme.semanticColors.severeWarningIcon;
        case 'item':
            return theme.palette.themePrimary;
        case 'unknown':
            return theme.palette.neutralSecondary;
    }
}

type ErrorsPanelProps = Pick<MailboxDetailProps, 'assessment' | 'traces' | 'tracesStatus' | 'now' | 'strings' | 'timeZoneOffset' | 'historyTraces' | 'alertsSection'>;

/** The last sync error and the recent alerts, each explained from the catalogue, raw text as text. */
export const ErrorsPanel: React.FC<ErrorsPanelProps> = React.memo(function ErrorsPanel({ assessment: a, traces, tracesStatus, now, strings, timeZoneOffset, historyTraces, alertsSection }) {
    const theme = useTheme();
    const classes = React.useMemo(() => detailStyles(theme), [theme]);
    const [headingId] = React.useState(() => getId('mh-errors'));
    const lastError = a.errors.find((e) => e.source === 'lastsyncerror') ?? null;
    // The assessment already matched every alert against the catalogue: pair them with their rows, never match again.
    const alerts = React.useMemo(() => recentAlerts(a, traces), [a, traces]);
    const advice = React.useMemo(() => adviceFor(a), [a]);

    return (
        <section className={classes.section} aria-labelledby={headingId}>
            <h3 id={headingId} className={classes.heading3}>
                {strings('Label_Detail_Errors')}
            </h3>
            <h4 className={classes.heading4}>{strings('Label_Detail_LastSyncError')}</h4>
            {lastError ? (
                <ErrorCard match={lastError} trace={null} stale={!a.lastErrorIsCurrent} advice={a.lastErrorIsCurrent ? advice : null} now={now} strings={strings} timeZoneOffset={timeZoneOffset} />
            ) : (
                <p>{strings('Message_Detail_NoLastSyncError')}</p>
            )}
            {alertsSection !== undefined ? (
                alertsSection
            ) : (
                <>
            <h4 className={classes.heading4}>{strings('Label_Detail_RecentAlerts')}</h4>
            {tracesStatus === 'loading' && <Spinner size={SpinnerSize.small} label={strings('Message_Detail_AlertsLoading')} labelPosition="right" styles={{ root: { justifyContent: 'flex-start' } }} />}
            {tracesStatus === 'no-privilege' && (
                <MessageBar messageBarType={MessageBarType.info} isMultiline>
                    {strings('Message_Detail_AlertsNoPrivilege')}
                </MessageBar>
            )}
            {tracesStatus === 'failed' && (
                <MessageBar messageBarType={MessageBarType.warning} isMultiline>
                    {strings('Message_Detail_AlertsFailed')}
                </MessageBar>
            )}
            {tracesStatus === 'not-applicable' && alerts.length === 0 && <p className={classes.muted}>{strings('Message_Detail_AlertsNotLoaded')}</p>}
            {tracesStatus === 'loaded' && alerts.length === 0 && <p>{strings('Message_Detail_NoAlerts')}</p>}
            {tracesStatus !== 'loading' && alerts.length > 0 && (
                <ol style={{ listStyle: 'none', margin: 0, padding: 0 }} aria-label={strings('Label_Detail_RecentAlerts')}>
                    {alerts.map((item, i) => (
                        <li key={item.trace?.tracelogid ?? `alert-${i}`}>
                            {item.kind === 'error' ? (
                                <ErrorCard match={item.match} trace={item.trace} stale={item.trace !== null && historyTraces !== undefined && historyTraces.has(item.trace)} advice={advice} now={now} strings={strings} timeZoneOffset={timeZoneOffset} />
                            ) : (
                                <InformationCard item={item} now={now} strings={strings} timeZoneOffset={timeZoneOffset} />
                            )}
                        </li>
                    ))}
                </ol>
            )}
                </>
            )}
        </section>
    );
});

interface ErrorCardProps {
    readonly match: ErrorMatch;
    readonly trace: TraceEntry | null;
    /** The last sync error is older than the last success: history, not the current state. */
    readonly stale: boolean;
    /** The mailbox's single "what to do": shown instead of the catalogue's action on the error it is about. */
    readonly advice?: Advice | null;
    readonly now: number;
    readonly strings: Strings;
    readonly timeZoneOffset?: (at: Date) => number;
}

/** One error: class, what it means and what to do (catalogue), its identifiers and the raw text. */
export const ErrorCard: React.FC<ErrorCardProps> = React.memo(function ErrorCard({ match, trace, stale, advice, now, strings, timeZoneOffset }) {
    const theme = useTheme();
    const classes = React.useMemo(() => detailStyles(theme), [theme]);
    const level = match.level ?? (typeof trace?.level === 'number' ? trace.level : undefined);
    const at = trace ? traceTime(trace) : (match.at ?? null);
    const first = trace ? traceFirstSeen(trace) : null;
    const meaning = optionalString(strings, `Error_${match.code}_Meaning`) ?? strings('Message_Detail_ErrorNotInCatalogue');
    const action = (advice && !stale && adviceCovers(advice, match) ? adviceText(advice, strings) : null) ?? optionalString(strings, `Error_${match.code}_Action`);
    const title = match.errorType ?? (match.code === 'unknown' ? strings('Label_Detail_UnrecognisedError') : match.code);
    const details: [string, string][] = [];
    if (match.hresultHex) details.push([strings('Label_Detail_Hresult'), match.hresult === undefined ? match.hresultHex : `${match.hresultHex} (${match.hresult})`]);
    if (match.httpStatus !== undefined) details.push([strings('Label_Detail_HttpStatus'), String(match.httpStatus)]);
    if (match.exchangeError) details.push([strings('Label_Detail_ExchangeError'), match.exchangeError]);
    if (match.workload) details.push([strings('Label_Detail_Column_Workload'), strings(`Workload_${match.workload}`)]);
    if (trace && typeof trace.tracecode === 'number') details.push([strings('Label_Detail_TraceCode'), String(trace.tracecode)]);
    if (trace && trace.machinename) details.push([strings('Label_Detail_Host'), trace.machinename]);
    if (first !== null && at !== null && first !== at) details.push([strings('Label_Detail_FirstSeen'), formatUtc(first, strings)]);

    return (
        <article className={classes.card} style={{ borderLeftColor: stale ? theme.palette.neutralTertiary : classColour(match.class, theme) }} data-error-code={match.code} data-error-class={match.class}>
            <div>
                {/* A class or level that says "being retried" is not true of an error the mailbox has recovered from. */}
                {!stale && <span className={classes.chip}>{strings(`ErrorClass_${match.class}`)}</span>}
                {!stale && level !== undefined && level >= 1 && level <= 3 && <span className={classes.chip}>{strings(`Label_Detail_Level_${level}`)}</span>}
                {stale && <span className={classes.chip}>{strings('Label_Detail_NotCurrent')}</span>}
                <strong style={{ wordBreak: 'break-word' }}>{title}</strong>
                {at !== null && (
                    <span className={classes.muted} title={formatLocal(at, strings, timeZoneOffset)}>
                        {' · '}
                        {strings('Label_Detail_TimeWithRelative', formatUtc(at, strings), formatRelative(at, now, strings))}
                    </span>
                )}
            </div>
            {stale && <p className={classes.muted}>{strings('Message_Detail_ErrorNotCurrent')}</p>}
            <dl className={classes.facts} style={{ marginTop: 6 }}>
                <dt>{strings('Label_Detail_Meaning')}</dt>
                <dd>{meaning}</dd>
                {action && (
                    <>
                        <dt>{strings('Label_Detail_Action')}</dt>
                        <dd>{action}</dd>
                    </>
                )}
                {details.map(([k, v]) => (
                    <React.Fragment key={k}>
                        <dt>{k}</dt>
                        <dd>{v}</dd>
                    </React.Fragment>
                ))}
                {match.activityId && (
                    <>
                        <dt>{strings('Label_Detail_ActivityId')}</dt>
                        <dd>
                            <CopyableText text={match.activityId} label={strings('Label_Detail_ActivityId')} strings={strings} />
                        </dd>
                    </>
                )}
            </dl>
            {match.text && <CollapsibleText text={match.text} strings={strings} />}
            {trace && !match.text && rawText(trace.errordetails ?? null) && <CollapsibleText text={String(trace.errordetails)} strings={strings} />}
        </article>
    );
});

interface InformationCardProps {
    readonly item: Extract<AlertItem, { kind: 'information' }>;
    readonly now: number;
    readonly strings: Strings;
    readonly timeZoneOffset?: (at: Date) => number;
}

/** An information or success alert: its text (as text), time and host; no error class, meaning or action. */
export const InformationCard: React.FC<InformationCardProps> = React.memo(function InformationCard({ item, now, strings, timeZoneOffset }) {
    const theme = useTheme();
    const classes = React.useMemo(() => detailStyles(theme), [theme]);
    const trace = item.trace;
    const details: [string, string][] = [];
    if (item.errorType) details.push([strings('Label_Detail_AlertType'), item.errorType]);
    if (trace && typeof trace.tracecode === 'number') details.push([strings('Label_Detail_TraceCode'), String(trace.tracecode)]);
    if (trace && trace.machinename) details.push([strings('Label_Detail_Host'), trace.machinename]);
    return (
        <article className={classes.card} style={{ borderLeftColor: theme.palette.themePrimary }} data-alert="information" data-trace-status={item.success ? 'success' : undefined}>
            <div>
                <span className={classes.chip}>{strings('Label_Detail_Level_1')}</span>
                {item.success && <span className={classes.chip}>{strings('Label_Detail_TraceSuccess')}</span>}
                {item.at !== null && (
                    <span className={classes.muted} title={formatLocal(item.at, strings, timeZoneOffset)}>
                        {strings('Label_Detail_TimeWithRelative', formatUtc(item.at, strings), formatRelative(item.at, now, strings))}
                    </span>
                )}
            </div>
            {item.text !== '' && <p style={{ margin: '6px 0 0 0', whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{item.text}</p>}
            <p className={classes.muted} style={{ margin: '4px 0 0 0' }}>
                {strings('Message_Detail_InformationNotError')}
            </p>
            {details.length > 0 && (
                <dl className={classes.facts} style={{ marginTop: 6 }}>
                    {details.map(([k, v]) => (
                        <React.Fragment key={k}>
                            <dt>{k}</dt>
                            <dd>{v}</dd>
                        </React.Fragment>
                    ))}
                </dl>
            )}
        </article>
    );
});

/** Text kept short (a few lines) with "Show more"; always rendered as text, never as HTML. */
export const CollapsibleText: React.FC<{ readonly text: string; readonly strings: Strings }> = React.memo(function CollapsibleText({ text, strings }) {
    const theme = useTheme();
    const classes = React.useMemo(() => detailStyles(theme), [theme]);
    const [expanded, setExpanded] = React.useState(false);
    const [id] = React.useState(() => getId('mh-raw'));
    const long = text.length > 280 || text.split('\n').length > 4;
    return (
        <div>
            <pre id={id} className={`${classes.rawText} ${long && !expanded ? classes.rawCollapsed : ''}`} aria-label={strings('Label_Detail_RawText')}>
                {text}
            </pre>
            {long && (
                <ActionButton aria-expanded={expanded} aria-controls={id} onClick={() => setExpanded(!expanded)} styles={{ root: { height: 24, padding: 0 } }}>
                    {expanded ? strings('Label_Detail_ShowLess') : strings('Label_Detail_ShowMore')}
                </ActionButton>
            )}
        </div>
    );
});

/** An identifier with a copy button: the clipboard when the browser allows it, otherwise the text is selected. */
export const CopyableText: React.FC<{ readonly text: string; readonly label: string; readonly strings: Strings }> = React.memo(function CopyableText({ text, label, strings }) {
    const theme = useTheme();
    const classes = React.useMemo(() => detailStyles(theme), [theme]);
    const ref = React.useRef<HTMLElement>(null);
    const [status, setStatus] = React.useState<'idle' | 'copied' | 'selected'>('idle');

    const selectText = (): void => {
        const node = ref.current;
        const selection = typeof window !== 'undefined' ? window.getSelection() : null;
        if (!node || !selection) return;
        const range = document.createRange();
        range.selectNodeContents(node);
        selection.removeAllRanges();
        selection.addRange(range);
        setStatus('selected');
    };
    const copy = (): void => {
        const clipboard = typeof navigator !== 'undefined' ? navigator.clipboard : undefined;
        if (clipboard && typeof clipboard.writeText === 'function') {
            clipboard.writeText(text).then(
                () => setStatus('copied'),
                () => selectText(),
            );
        } else {
            selectText();
        }
    };

    return (
        <span>
            <code ref={ref} className={classes.code}>
                {text}
            </code>{' '}
            <ActionButton iconProps={{ iconName: 'Copy' }} onClick={copy} aria-label={strings('Label_Detail_CopyNamed', label)} styles={{ root: { height: 24 } }}>
                {strings('Label_Detail_Copy')}
            </ActionButton>
            <span role="status" aria-live="polite" className={classes.muted}>
                {status === 'copied' ? strings('Message_Detail_Copied') : status === 'selected' ? strings('Message_Detail_Selected') : ''}
            </span>
        </span>
    );
});
