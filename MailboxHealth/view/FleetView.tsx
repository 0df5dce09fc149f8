import * as React from 'react';
import { css, DefaultButton, IconButton, MessageBar, MessageBarType, Panel, PanelType, ProgressIndicator, SearchBox, useTheme } from '@fluentui/react';
import { severityOf } from '../core';
import type { AssessOptions } from '../core/types';
import { statusSlices } from './chartConfig';
import { FleetHeader } from './FleetHeader';
import { formatCount, formatLocal } from './format';
import { buildItems, countStates, filterItems, sortItems, WORST_FIRST } from './listModel';
import type { FleetItem } from './listModel';
import { LogExplainer } from './mailbox/LogExplainer';
import { MailboxInDepth } from './MailboxInDepth';
import { MissingColumnsMessage } from './MissingColumnsMessage';
import { MailboxList } from './MailboxList';
import { SparklineLegend } from './Sparkline';
import type { FleetSnapshot, LoadExtras, LoadProgress, MissingColumns } from '../contract/model';
import type { Strings } from '../contract/strings';
import type { LoadAlerts } from '../contract/alerts';
import { AffectedChip } from './alerts/AffectedChip';
import { AlertsSection, type AffectedMailboxes } from './alerts/AlertsSection';
import { plural } from './plural';
import { fleetStyles } from './styles';
import { useWidth } from './useWidth';
import { stateColour } from './theme';
import type { FlagFilter, ListSort, SortKey, StateFilter, ViewState } from '../contract/viewState';

export interface FleetViewProps {
    readonly snapshot: FleetSnapshot;
    readonly progress: LoadProgress;
    readonly missing: MissingColumns | null;
    readonly now: number;
    readonly options: AssessOptions;
    readonly strings: Strings;
    readonly showCharts: boolean;
    readonly initialState: ViewState;
    /** Height the host gives the control (px), or undefined to size by content. */
    readonly height?: number;
    readonly timeZoneOffset?: (at: Date) => number;
    readonly onStateChange: (state: ViewState) => void;
    readonly onSelect: (keys: string[]) => void;
    readonly onOpen: (key: string) => void;
    readonly onCancelLoading: () => void;
    readonly onLoadRest: () => void;
    readonly onRefresh: () => void;
    readonly loadExtras: LoadExtras;
    /** Reads the fleet's recent alerts ("Recent alerts"); without it the section is not shown. */
    readonly loadAlerts?: LoadAlerts;
}

/** Below this width (px) the band and the toolbar go compact. */
const NARROW = 640;

/** The dashboard / view-grid placement: header (chips, doughnut, totals), toolbar, list, panels. */
export const FleetView: React.FC<FleetViewProps> = function FleetView(props) {
    const { snapshot, progress, missing, now, options, strings, showCharts, initialState, height, timeZoneOffset, onStateChange, onSelect, onOpen, onCancelLoading, onLoadRest, onRefresh, loadExtras } = props;
    const theme = useTheme();
    const styles = React.useMemo(() => fleetStyles(theme), [theme]);
    const [filter, setFilter] = React.useState<StateFilter>(initialState.filter);
    const [flag, setFlag] = React.useState<FlagFilter>(initialState.flag);
    // Worst first unless the session remembers another order (the defaultFilter property still picks the filter).
    const [sort, setSort] = React.useState<ListSort | null>(initialState.sort ?? WORST_FIRST);
    const [search, setSearch] = React.useState(initialState.search);
    const [detailsKey, setDetailsKey] = React.useState<string | null>(null);
    const [explainOpen, setExplainOpen] = React.useState(false);

    // Derived data, once per snapshot (a dataset change), never per render; items of unchanged rows are reused.
    const previousItems = React.useRef<readonly FleetItem[]>([]);
    const items = React.useMemo(() => {
        const next = buildItems(snapshot.ids, snapshot.rows, snapshot.assessments, previousItems.current);
        previousItems.current = next;
        return next;
    }, [snapshot]);
    const counts = React.useMemo(() => countStates(items), [items]);
    // The mailboxes an error in "Recent alerts" hit, while its chip is there.
    const [affected, setAffected] = React.useState<AffectedMailboxes | null>(null);
    const visible = React.useMemo(() => sortItems(filterItems(items, { filter, flag, search, mailboxIds: affected?.ids ?? null }), sort), [items, filter, flag, search, sort, affected]);
    const slices = React.useMemo(() => statusSlices(counts, strings, (s) => (s === 'uncertain' ? theme.palette.neutralQuaternary : stateColour(severityOf(s), theme))), [counts, strings, theme]);

    const first = React.useRef(true);
    React.useEffect(() => {
        if (first.current) {
            first.current = false;
            return;
        }
        onStateChange({ filter, flag, sort, search });
    }, [filter, flag, sort, search, onStateChange]);

    const onSort = React.useCallback((key: SortKey) => setSort((s) => (s && s.key === key ? { key, descending: !s.descending } : { key, descending: false })), []);
    const onDetails = React.useCallback((key: string) => setDetailsKey(key), []);
    const [selectedCount, setSelectedCount] = React.useState(0);
    const onSelectRows = React.useCallback(
        (keys: string[]) => {
            setSelectedCount(keys.length);
            onSelect(keys);
        },
        [onSelect],
    );
    const [rootRef, width] = useWidth<HTMLDivElement>(1024);
    /** Narrow (a small tile, a phone, 200% zoom): icon-only buttons, the time of the assessment on hover. */
    const narrow = width < NARROW;
    const detailsIndex = detailsKey === null ? -1 : snapshot.ids.indexOf(detailsKey);

    // Cancel and "Load the rest" show at once; the host confirms with its next updateView (new phase or count).
    const [override, setOverride] = React.useState<LoadProgress['phase'] | null>(null);
    React.useEffect(() => setOverride(null), [progress.phase, progress.loaded]);
    const phase = override ?? progress.phase;
    const cancelLoading = (): void => {
        setOverride('partial');
        onCancelLoading();
    };
    const loadRest = (): void => {
        setOverride('loading');
        onLoadRest();
    };
    const partial = phase === 'partial';
    const loadingMore = phase === 'loading';
    const total = progress.total ?? progress.loaded;
    // Dataverse counts up to 5,000: while more pages follow, its total is a lower bound ("5,000+").
    const totalText = `${formatCount(total)}${progress.totalAtLeast ? '+' : ''}`;
    return (
        <div ref={rootRef} className={css(styles.root, !(height && height > 0) && styles.rootByContent)} style={height && height > 0 ? { height } : undefined} data-placement="fleet" data-narrow={narrow ? 'true' : undefined}>
            {missing && <MissingColumnsMessage missing={missing} strings={strings} />}
            {loadingMore && (
                <div className={styles.progressRow} data-message="loading-more">
                    <span role="status">
                        {progress.total === null ? strings('Message_LoadingCount', formatCount(progress.loaded)) : strings('Message_LoadingProgress', formatCount(progress.loaded), totalText)}
                    </span>
                    <ProgressIndicator className={styles.progressBar} percentComplete={progress.total && !progress.totalAtLeast ? Math.min(1, progress.loaded / progress.total) : undefined} ariaValueText={strings('Label_LoadingMailboxes')} />
                    <DefaultButton onClick={cancelLoading}>{strings('Label_CancelLoading')}</DefaultButton>
                </div>
            )}
            {partial && (
                <MessageBar messageBarType={MessageBarType.warning} isMultiline={false} data-message="partial" actions={<DefaultButton onClick={loadRest}>{strings('Label_LoadRest')}</DefaultButton>}>
                    {strings('Message_Partial', formatCount(progress.loaded), totalText)}
                </MessageBar>
            )}
            <FleetHeader
                summary={snapshot.summary}
                counts={counts}
                filter={filter}
                flag={flag}
                slices={slices}
                showCharts={showCharts}
                width={Math.max(0, width - 16)}
                strings={strings}
                styles={styles}
                onFilter={setFilter}
                onFlag={setFlag}
            />
            <div className={styles.toolbar}>
                <SearchBox
                    className={styles.search}
                    placeholder={strings('Label_SearchPlaceholder')}
                    ariaLabel={strings('Label_Search')}
                    value={search}
                    onChange={(_e, value) => setSearch(value ?? '')}
                    onClear={() => setSearch('')}
                />
                {narrow ? (
                    <>
                        <IconButton iconProps={{ iconName: 'TextDocument' }} title={strings('Label_ExplainLog')} ariaLabel={strings('Label_ExplainLog')} onClick={() => setExplainOpen(true)} />
                        <IconButton iconProps={{ iconName: 'Refresh' }} title={strings('Label_Refresh')} ariaLabel={strings('Label_Refresh')} onClick={onRefresh} />
                    </>
                ) : (
                    <>
                        <DefaultButton iconProps={{ iconName: 'TextDocument' }} onClick={() => setExplainOpen(true)}>
                            {strings('Label_ExplainLog')}
                        </DefaultButton>
                        <DefaultButton iconProps={{ iconName: 'Refresh' }} onClick={onRefresh}>
                            {strings('Label_Refresh')}
                        </DefaultButton>
                    </>
                )}
            </div>
            {/* After the search box: the chips, then the search, are the first tab stops (a model-driven grid's order). */}
            {props.loadAlerts && (
                <AlertsSection
                    loadAlerts={props.loadAlerts}
                    now={now}
                    strings={strings}
                    fleetSize={items.length > 0 ? items.length : null}
                    showCharts={showCharts}
                    timeZoneOffset={timeZoneOffset}
                    // Collapsed unless the box is tall: the search box and the list's first rows come first.
                    defaultCollapsed={narrow || (height !== undefined && height > 0 && height < 1000)}
                    maxHeight={height && height > 0 ? Math.max(160, Math.round(height * 0.45)) : 480}
                    onShowMailboxes={setAffected}
                />
            )}
            <div className={styles.statusLine}>
                <span role="status" aria-live="polite" className={styles.secondaryText} data-testid="list-status">
                    {strings('Label_Showing', formatCount(visible.length), formatCount(items.length))}
                </span>
                <span role="status" aria-live="polite" className={styles.secondaryText} data-testid="selected-count">
                    {selectedCount > 0 ? plural(strings, { one: 'Label_SelectedCount_One', other: 'Label_SelectedCount_Other' }, selectedCount, formatCount(selectedCount)) : ''}
                </span>
                {!narrow && items.length > 0 && <SparklineLegend strings={strings} className={styles.secondaryText} />}
                <span className={styles.asOf} title={formatLocal(snapshot.assessedAt, strings, timeZoneOffset)}>
                    {strings('Label_AssessedAt', formatLocal(snapshot.assessedAt, strings, timeZoneOffset))}
                </span>
            </div>
            {affected && <AffectedChip affected={affected} strings={strings} onRemove={() => setAffected(null)} />}
            {items.length === 0 ? (
                <MessageBar messageBarType={MessageBarType.info} data-message="empty">
                    {strings('Message_Empty')}
                </MessageBar>
            ) : visible.length === 0 ? (
                <MessageBar messageBarType={MessageBarType.info} data-message="no-match">
                    {strings('Message_NoMatch')}
                </MessageBar>
            ) : (
                <MailboxList items={visible} sort={sort} now={now} strings={strings} styles={styles} timeZoneOffset={timeZoneOffset} onSort={onSort} onSelect={onSelectRows} onOpen={onOpen} onDetails={onDetails} narrow={narrow} />
            )}
            <Panel
                isOpen={detailsIndex >= 0}
                type={PanelType.large}
                layerProps={{ className: styles.layer }}
                isLightDismiss
                onDismiss={() => setDetailsKey(null)}
                popupProps={{ ariaLabel: strings('Label_DetailsPanelTitle', detailsIndex >= 0 ? (snapshot.assessments[detailsIndex].name ?? strings('Label_NoName')) : '') }}
                closeButtonAriaLabel={strings('Label_Close')}
            >
                {detailsIndex >= 0 && (
                    <MailboxInDepth
                        row={snapshot.rows[detailsIndex]}
                        assessment={snapshot.assessments[detailsIndex]}
                        assessedAt={snapshot.assessedAt}
                        now={now}
                        options={options}
                        strings={strings}
                        showCharts={showCharts}
                        timeZoneOffset={timeZoneOffset}
                        loadExtras={loadExtras}
                    />
                )}
            </Panel>
            <Panel isOpen={explainOpen} type={PanelType.large} layerProps={{ className: styles.layer }} isLightDismiss onDismiss={() => setExplainOpen(false)} popupProps={{ ariaLabel: strings('Label_ExplainLog') }} closeButtonAriaLabel={strings('Label_Close')}>
                {explainOpen && <LogExplainer now={now} options={options} strings={strings} showCharts={showCharts} timeZoneOffset={timeZoneOffset} />}
            </Panel>
        </div>
    );
};
