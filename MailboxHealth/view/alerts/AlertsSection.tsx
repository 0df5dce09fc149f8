import * as React from 'react';
import { ActionButton, DefaultButton, getId, Icon, Link, MessageBar, MessageBarType, ProgressIndicator, TextField, mergeStyleSets, useTheme } from '@fluentui/react';
import type { ITheme } from '@fluentui/react';
import { customWindow, groupAlerts, matchAlerts, narrowWindow, presetWindow, type AlertGroup, type AlertSummary, type AlertWindow, type WindowPreset } from '../../core/alerts';
import type { AlertLoad, AlertProgress, AlertQuery, LoadAlerts } from '../../contract/alerts';
import type { Strings } from '../../contract/strings';
import { formatCount, formatLocal, formatRelative } from '../format';
import { optionalString } from '../mailbox/text';
import { plural, type PluralKeys } from '../plural';
import { AlertsChart } from './AlertsChart';
import { BUCKET_LABEL_KEYS, bucketBreakdown, bucketLabel, classColours } from './alertsModel';

/** "1 alert", "12 alerts": the count of the section's summary. */
const ALERT_COUNT: PluralKeys = { one: 'Label_Alerts_Count_One', other: 'Label_Alerts_Count_Other' };

/** The mailboxes an error hit, for the list's "affected mailboxes" filter. */
export interface AffectedMailboxes {
    readonly label: string;
    readonly ids: ReadonlySet<string>;
}

export interface AlertsSectionProps {
    readonly loadAlerts: LoadAlerts;
    /** The control's clock (epoch ms); a window is fixed when it is picked, not on every render. */
    readonly now: number;
    readonly strings: Strings;
    /** Mailboxes in the view, for the share of the fleet; null on the form or when unknown. */
    readonly fleetSize: number | null;
    /** On the form: only this mailbox's alerts. */
    readonly mailboxId?: string | null;
    readonly showCharts: boolean;
    readonly timeZoneOffset?: (at: Date) => number;
    /** Collapsed at first (narrow containers). */
    readonly defaultCollapsed?: boolean;
    /** The tallest the open section may grow (px) before it scrolls inside: the list below stays in reach. */
    readonly maxHeight?: number;
    /** Clicking an error filters the mailbox list to the mailboxes it hit (the fleet placements only). */
    readonly onShowMailboxes?: (affected: AffectedMailboxes) => void;
    /** A heading level for the section title: 2 on dashboards, 4 inside the form's error panel. */
    readonly headingLevel?: 2 | 3 | 4;
}

/** The window picker's words. */
const WINDOW_KEYS = { '24h': 'Label_Alerts_Window_24h', '7d': 'Label_Alerts_Window_7d', custom: 'Label_Alerts_Window_custom' } as const;

type Picked = { readonly kind: WindowPreset } | { readonly kind: 'custom'; readonly from: number; readonly to: number };

type LoadState = { readonly kind: 'idle' } | { readonly kind: 'loading'; readonly query: AlertQuery; readonly progress: AlertProgress } | { readonly kind: 'done'; readonly load: AlertLoad };

function baseWindow(picked: Picked, anchor: number): AlertWindow {
    if (picked.kind === 'custom') return customWindow(picked.from, picked.to, anchor) ?? presetWindow('24h', anchor);
    return presetWindow(picked.kind, anchor);
}

function sectionStyles(theme: ITheme) {
    const p = theme.palette;
    return mergeStyleSets({
        root: { border: `1px solid ${p.neutralLight}`, borderRadius: 2, flex: '0 0 auto', minWidth: 0, display: 'flex', flexDirection: 'column' },
        head: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: 8, padding: '2px 8px', minWidth: 0 },
        toggle: {
            display: 'flex',
            alignItems: 'center',
            gap: 6,
            border: 'none',
            background: 'transparent',
            color: theme.semanticColors.bodyText,
            font: 'inherit',
            fontWeight: 600,
            padding: '6px 2px',
            cursor: 'pointer',
            selectors: { ':focus-visible': { outline: `2px solid ${p.themePrimary}` } },
        },
        summary: { color: p.neutralSecondary, fontWeight: 400 },
        picker: { display: 'flex', gap: 4, marginLeft: 'auto', flexWrap: 'wrap' },
        body: { overflow: 'auto', padding: '0 8px 8px', display: 'flex', flexDirection: 'column', gap: 8, minHeight: 0 },
        row: { display: 'flex', gap: 8, alignItems: 'flex-end', flexWrap: 'wrap' },
        table: {
            borderCollapse: 'collapse',
            width: '100%',
            selectors: {
                'th, td': { textAlign: 'left', padding: '4px 6px', borderBottom: `1px solid ${p.neutralLighter}`, verticalAlign: 'top', overflowWrap: 'anywhere' },
                th: { fontWeight: 600, color: p.neutralPrimary },
                // Error names are long CamelCase codes: room for them before they wrap.
                'tbody th': { minWidth: 190 },
                'td.num, th.num': { textAlign: 'right', whiteSpace: 'nowrap' },
            },
        },
        badge: { display: 'inline-block', marginLeft: 6, padding: '0 6px', borderRadius: 8, fontSize: 12, background: p.neutralLighter, color: p.neutralPrimary },
        swatch: { display: 'inline-block', width: 10, height: 10, marginRight: 6, borderRadius: 2 },
        muted: { color: p.neutralSecondary },
        heading: { margin: '4px 0', fontSize: 14, fontWeight: 600 },
    });
}

/**
 * "Recent alerts": the fleet's (or, on the form, one mailbox's) warnings and errors over a window, as a stacked bar
 * chart by class with a table alternative, and the top errors with what they mean and what to do. Reads through
 * `loadAlerts` when opened; matches each alert once; narrowing to a bar regroups what was read.
 */
export const AlertsSection: React.FC<AlertsSectionProps> = function AlertsSection(props) {
    const { loadAlerts, now, strings, fleetSize, mailboxId = null, showCharts, timeZoneOffset, defaultCollapsed = false, maxHeight, onShowMailboxes, headingLevel = 2 } = props;
    const theme = useTheme();
    const s = React.useMemo(() => sectionStyles(theme), [theme]);
    const [ids] = React.useState(() => ({ body: getId('mh-alerts-body'), title: getId('mh-alerts-title'), from: getId('mh-alerts-from'), to: getId('mh-alerts-to') }));
    // Until the user opens or closes it, the section follows the container: collapsed when narrow or short.
    const [userOpen, setUserOpen] = React.useState<boolean | null>(null);
    const open = userOpen ?? !defaultCollapsed;
    const [picked, setPicked] = React.useState<Picked>({ kind: '24h' });
    // The instant the window ends at: fixed when it is picked (or refreshed), so a re-render does not reload.
    const [anchor, setAnchor] = React.useState(now);
    const [narrowed, setNarrowed] = React.useState<AlertWindow | null>(null);
    const [asTable, setAsTable] = React.useState(!showCharts);
    const [state, setState] = React.useState<LoadState>({ kind: 'idle' });
    const [attempt, setAttempt] = React.useState(0);
    const latestNow = React.useRef(now);
    latestNow.current = now;

    const base = React.useMemo(() => baseWindow(picked, anchor), [picked, anchor]);
    const query: AlertQuery = React.useMemo(() => ({ from: base.from, to: base.to, mailboxId }), [base.from, base.to, mailboxId]);

    React.useEffect(() => {
        if (!open) return undefined;
        const signal = { aborted: false };
        setState({ kind: 'loading', query, progress: { loaded: 0, pages: 0 } });
        // Started on the next tick: a first render that the container's measured size collapses never reads anything.
        const timer = setTimeout(() => {
            loadAlerts(query, (progress) => !signal.aborted && setState({ kind: 'loading', query, progress }), signal).then(
                (load) => !signal.aborted && setState({ kind: 'done', load }),
                (e: unknown) => !signal.aborted && setState({ kind: 'done', load: { status: 'failed', query, rows: [], cap: 0, pages: 0, retries: 0, message: e instanceof Error ? e.message : String(e) } }),
            );
        }, 0);
        return () => {
            clearTimeout(timer);
            signal.aborted = true;
        };
    }, [open, query, loadAlerts, attempt]);

    const load = state.kind === 'done' ? state.load : null;
    // Matched once per load; grouping again is cheap when the window is narrowed.
    const matched = React.useMemo(() => (load ? matchAlerts(load.rows) : null), [load]);
    const shown = narrowed ?? base;
    const summary: AlertSummary | null = React.useMemo(() => (matched ? groupAlerts(matched, shown, fleetSize) : null), [matched, shown, fleetSize]);
    const usable = load !== null && (load.status === 'loaded' || load.status === 'capped') && summary !== null;

    const pick = (next: Picked): void => {
        setNarrowed(null);
        setAnchor(latestNow.current);
        setPicked(next);
    };
    const narrow = React.useCallback((index: number) => setNarrowed((current) => narrowWindow(current ?? base, index) ?? current), [base]);
    const retry = (): void => {
        setAnchor(latestNow.current);
        setAttempt((n) => n + 1);
    };
    const Heading = `h${headingLevel}` as 'h2' | 'h3' | 'h4';

    return (
        <section className={s.root} aria-labelledby={ids.title} data-testid="alerts-section" data-state={state.kind === 'done' ? state.load.status : state.kind}>
            <div className={s.head}>
                <Heading id={ids.title} className={s.heading} style={{ margin: 0 }}>
                    <button type="button" className={s.toggle} aria-expanded={open} aria-controls={ids.body} onClick={() => setUserOpen(!open)} data-testid="alerts-toggle">
                        <Icon iconName={open ? 'ChevronDown' : 'ChevronRight'} aria-hidden="true" />
                        {strings('Label_Alerts_Title')}
                        {usable && summary && (
                            <span className={s.summary}>
                                {' · '}
                                {mailboxId === null
                                    ? strings('Label_Alerts_Summary', plural(strings, ALERT_COUNT, summary.total, formatCount(summary.total)), plural(strings, { one: 'Label_Alerts_Mailboxes_One', other: 'Label_Alerts_Mailboxes_Other' }, summary.mailboxes, formatCount(summary.mailboxes)))
                                    : plural(strings, ALERT_COUNT, summary.total, formatCount(summary.total))}
                            </span>
                        )}
                    </button>
                </Heading>
                {open && (
                    <div role="radiogroup" aria-label={strings('Label_Alerts_Window')} className={s.picker}>
                        {(['24h', '7d', 'custom'] as const).map((k) => (
                            <DefaultButton
                                key={k}
                                role="radio"
                                aria-checked={picked.kind === k}
                                checked={picked.kind === k}
                                styles={{ root: { minWidth: 0, padding: '0 8px', height: 28 } }}
                                onClick={() => (k === 'custom' ? setPicked((p) => (p.kind === 'custom' ? p : { kind: 'custom', from: base.from, to: base.to })) : pick({ kind: k }))}
                                data-window={k}
                            >
                                {strings(WINDOW_KEYS[k])}
                            </DefaultButton>
                        ))}
                    </div>
                )}
            </div>
            {open && (
                <div id={ids.body} className={s.body} style={maxHeight ? { maxHeight } : undefined} data-testid="alerts-body">
                    {picked.kind === 'custom' && <CustomRange key={`${picked.from}-${picked.to}`} picked={picked} now={latestNow.current} strings={strings} ids={ids} styles={s} onApply={(from, to) => pick({ kind: 'custom', from, to })} />}
                    {state.kind === 'loading' && (
                        <div role="status" data-message="alerts-loading">
                            <ProgressIndicator
                                label={
                                    state.progress.retryInSeconds !== undefined
                                        ? strings('Message_Alerts_Retrying', state.progress.retryInSeconds)
                                        : strings('Message_Alerts_Loading', formatCount(state.progress.loaded))
                                }
                                ariaValueText={strings('Message_Alerts_Loading', formatCount(state.progress.loaded))}
                            />
                        </div>
                    )}
                    {load?.status === 'no-privilege' && (
                        <MessageBar messageBarType={MessageBarType.info} isMultiline={false} data-message="alerts-no-privilege">
                            {strings('Message_Alerts_NoPrivilege')}
                        </MessageBar>
                    )}
                    {(load?.status === 'throttled' || load?.status === 'failed') && (
                        <MessageBar
                            messageBarType={MessageBarType.warning}
                            isMultiline
                            data-message={`alerts-${load.status}`}
                            actions={<DefaultButton onClick={retry}>{strings('Label_TryAgain')}</DefaultButton>}
                        >
                            {load.status === 'throttled' ? strings('Message_Alerts_Throttled') : strings('Message_Alerts_Failed', load.message ?? '')}
                        </MessageBar>
                    )}
                    {usable && load.status === 'capped' && (
                        <MessageBar messageBarType={MessageBarType.warning} isMultiline data-message="alerts-capped">
                            {strings('Message_Alerts_Capped', formatCount(load.rows.length))}
                        </MessageBar>
                    )}
                    {usable && summary && (
                        <AlertsBody
                            summary={summary}
                            narrowed={narrowed !== null}
                            baseLabel={strings(WINDOW_KEYS[picked.kind])}
                            asTable={asTable}
                            strings={strings}
                            now={latestNow.current}
                            timeZoneOffset={timeZoneOffset}
                            styles={s}
                            fleet={mailboxId === null}
                            onToggleTable={() => setAsTable((t) => !t)}
                            onBar={narrow}
                            onWiden={() => setNarrowed(null)}
                            onShowMailboxes={onShowMailboxes}
                        />
                    )}
                </div>
            )}
        </section>
    );
};

interface CustomRangeProps {
    readonly picked: { readonly from: number; readonly to: number };
    readonly now: number;
    readonly strings: Strings;
    readonly ids: { readonly from: string; readonly to: string };
    readonly styles: ReturnType<typeof sectionStyles>;
    readonly onApply: (from: number, to: number) => void;
}

/** datetime-local text in the browser's zone (the input's own convention). */
function toInput(ms: number): string {
    const d = new Date(ms - new Date(ms).getTimezoneOffset() * 60_000);
    return d.toISOString().slice(0, 16);
}

function fromInput(v: string): number {
    return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(v) ? new Date(v).getTime() : Number.NaN;
}

const CustomRange: React.FC<CustomRangeProps> = function CustomRange({ picked, now, strings, ids, styles, onApply }) {
    const [from, setFrom] = React.useState(toInput(picked.from));
    const [to, setTo] = React.useState(toInput(picked.to));
    const [error, setError] = React.useState<string | null>(null);
    const apply = (): void => {
        const f = fromInput(from);
        const t = fromInput(to);
        if (customWindow(f, t, now) === null) {
            setError(strings('Message_Alerts_BadCustom'));
            return;
        }
        setError(null);
        onApply(f, t);
    };
    return (
        <div className={styles.row} data-testid="alerts-custom">
            <TextField id={ids.from} label={strings('Label_Alerts_From')} type="datetime-local" value={from} onChange={(_e, v) => setFrom(v ?? '')} styles={{ root: { width: 200 } }} />
            <TextField id={ids.to} label={strings('Label_Alerts_To')} type="datetime-local" value={to} onChange={(_e, v) => setTo(v ?? '')} styles={{ root: { width: 200 } }} />
            <DefaultButton onClick={apply}>{strings('Label_Alerts_Apply')}</DefaultButton>
            {error && (
                <span role="alert" style={{ color: 'inherit' }}>
                    {error}
                </span>
            )}
        </div>
    );
};

interface AlertsBodyProps {
    readonly summary: AlertSummary;
    readonly narrowed: boolean;
    readonly baseLabel: string;
    readonly asTable: boolean;
    readonly strings: Strings;
    readonly now: number;
    readonly timeZoneOffset?: (at: Date) => number;
    readonly styles: ReturnType<typeof sectionStyles>;
    /** The fleet (errors filter the list, the share is shown) rather than one mailbox. */
    readonly fleet: boolean;
    readonly onToggleTable: () => void;
    readonly onBar: (index: number) => void;
    readonly onWiden: () => void;
    readonly onShowMailboxes?: (affected: AffectedMailboxes) => void;
}

function errorName(g: AlertGroup, strings: Strings): string {
    if (g.code !== 'unknown') return g.code;
    return g.errorType ?? strings('Label_Detail_UnrecognisedError');
}

const AlertsBody: React.FC<AlertsBodyProps> = function AlertsBody({ summary, narrowed, baseLabel, asTable, strings, now, timeZoneOffset, styles: s, fleet, onToggleTable, onBar, onWiden, onShowMailboxes }) {
    const theme = useTheme();
    const colours = React.useMemo(() => classColours(theme), [theme]);
    const unit = strings(BUCKET_LABEL_KEYS[summary.window.bucket]);
    const canNarrow = summary.window.bucket !== '5m';
    return (
        <>
            {narrowed && (
                <div className={s.row} data-testid="alerts-narrowed">
                    <span role="status">{strings('Label_Alerts_Narrowed', formatLocal(summary.window.from, strings, timeZoneOffset), formatLocal(summary.window.to, strings, timeZoneOffset))}</span>
                    <Link onClick={onWiden}>{strings('Label_Alerts_BackToWindow', baseLabel)}</Link>
                </div>
            )}
            {summary.total === 0 ? (
                <p className={s.muted} data-message="alerts-none" style={{ margin: 0 }}>
                    {strings('Message_Alerts_None')}
                </p>
            ) : (
                <>
                    <div className={s.row} style={{ justifyContent: 'space-between', alignItems: 'center' }}>
                        <span className={s.muted}>{canNarrow ? strings('Label_Alerts_BarHint', unit) : strings('Label_Alerts_PerBucket', unit)}</span>
                        <ActionButton iconProps={{ iconName: asTable ? 'BarChartVertical' : 'Table' }} onClick={onToggleTable} data-testid="alerts-table-toggle">
                            {asTable ? strings('Label_Alerts_ShowChart') : strings('Label_Alerts_ShowTable')}
                        </ActionButton>
                    </div>
                    {asTable ? (
                        <table className={s.table} data-testid="alerts-buckets">
                            <caption style={{ textAlign: 'left', fontWeight: 600 }}>{strings('Label_Alerts_PerBucket', unit)}</caption>
                            <thead>
                                <tr>
                                    <th scope="col">{strings('Label_Alerts_Column_Time')}</th>
                                    <th scope="col" className="num">
                                        {strings('Label_Alerts_Column_Count')}
                                    </th>
                                    <th scope="col">{strings('Label_Alerts_Column_Classes')}</th>
                                </tr>
                            </thead>
                            <tbody>
                                {summary.buckets.map((b, i) =>
                                    b.total === 0 ? null : (
                                        <tr key={b.start}>
                                            <th scope="row" style={{ fontWeight: 400 }}>
                                                {canNarrow ? (
                                                    <Link onClick={() => onBar(i)} aria-label={strings('Label_Alerts_LookCloser', bucketLabel(b.start, summary.window.bucket, timeZoneOffset))}>
                                                        {bucketLabel(b.start, summary.window.bucket, timeZoneOffset)}
                                                    </Link>
                                                ) : (
                                                    bucketLabel(b.start, summary.window.bucket, timeZoneOffset)
                                                )}
                                            </th>
                                            <td className="num">{formatCount(b.total)}</td>
                                            <td>{bucketBreakdown(b, strings)}</td>
                                        </tr>
                                    ),
                                )}
                            </tbody>
                        </table>
                    ) : (
                        <AlertsChart summary={summary} strings={strings} timeZoneOffset={timeZoneOffset} onBar={canNarrow ? onBar : undefined} />
                    )}
                    <table className={s.table} data-testid="alerts-top-errors">
                        <caption style={{ textAlign: 'left', fontWeight: 600 }}>{strings('Label_Alerts_TopErrors')}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{strings('Label_Alerts_Column_Error')}</th>
                                <th scope="col">{strings('Label_Alerts_Column_Meaning')}</th>
                                <th scope="col" className="num">
                                    {strings('Label_Alerts_Column_Count')}
                                </th>
                                {fleet && (
                                    <th scope="col" className="num">
                                        {strings('Label_Alerts_Column_Mailboxes')}
                                    </th>
                                )}
                                <th scope="col">{strings('Label_Alerts_Column_LastSeen')}</th>
                                <th scope="col">{strings('Label_Alerts_Column_Action')}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {summary.groups.map((g) => {
                                const name = errorName(g, strings);
                                return (
                                    <tr key={g.key} data-error-code={g.code} data-error-class={g.class} data-count={g.count} data-mailboxes={g.mailboxes}>
                                        <th scope="row" style={{ fontWeight: 400 }}>
                                            <span className={s.swatch} style={{ background: colours[g.class] }} aria-hidden="true" />
                                            {fleet && onShowMailboxes && g.mailboxes > 0 ? (
                                                <Link
                                                    onClick={() => onShowMailboxes({ label: name, ids: new Set(g.mailboxIds) })}
                                                    title={strings('Label_Alerts_ShowMailboxes', formatCount(g.mailboxes), name)}
                                                    data-testid="alerts-error-filter"
                                                >
                                                    {name}
                                                </Link>
                                            ) : (
                                                <span>{name}</span>
                                            )}
                                            <div className={s.muted}>{strings(`ErrorClass_${g.class}`)}</div>
                                            {g.stillHappening && <span className={s.badge}>{strings('Label_Alerts_StillHappening')}</span>}
                                        </th>
                                        <td>{optionalString(strings, `Error_${g.code}_Meaning`) ?? strings('Message_Detail_ErrorNotInCatalogue')}</td>
                                        <td className="num">{formatCount(g.count)}</td>
                                        {fleet && (
                                            <td className="num">
                                                {formatCount(g.mailboxes)}
                                                {g.fleetShare !== null && <div className={s.muted}>{strings('Label_Alerts_Share', `${Math.round(g.fleetShare * 1000) / 10}%`)}</div>}
                                            </td>
                                        )}
                                        <td title={formatLocal(g.lastSeen, strings, timeZoneOffset)}>{formatRelative(g.lastSeen, now, strings)}</td>
                                        <td>{optionalString(strings, `Error_${g.code}_Action`) ?? ''}</td>
                                    </tr>
                                );
                            })}
                        </tbody>
                    </table>
                </>
            )}
        </>
    );
};
