import * as React from 'react';
import { DefaultButton, MessageBar, MessageBarType, Panel, PanelType, ProgressIndicator, SearchBox, useTheme } from '@fluentui/react';
import { severityOf } from '../core';
import type { AssessOptions } from '../core/types';
import { statusSlices } from './chartConfig';
import { FleetHeader } from './FleetHeader';
import { formatCount, formatLocal } from './format';
import { buildItems, countStates, filterItems, sortItems } from './listModel';
import type { FleetItem } from './listModel';
import { LogExplainer } from './mailbox/LogExplainer';
import { MailboxInDepth } from './MailboxInDepth';
import { MissingColumnsMessage } from './MissingColumnsMessage';
import { MailboxList } from './MailboxList';
import type { FleetSnapshot, LoadExtras, LoadProgress, MissingColumns } from '../contract/model';
import type { Strings } from '../contract/strings';
import type { LoadAlerts } from '../contract/alerts';
import { fleetStyles } from './styles';
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

/** The dashboard / view-grid placement: header (chips, doughnut, totals), toolbar, list, panels. */
export const FleetView: React.FC<FleetViewProps> = function FleetView(props) {
    const { snapshot, progress, missing, now, options, strings, showCharts, initialState, height, timeZoneOffset, onStateChange, onSelect, onOpen, onCancelLoading, onLoadRest, onRefresh, loadExtras } = props;
    const theme = useTheme();
    const styles = React.useMemo(() => fleetStyles(theme), [theme]);
    const [filter, setFilter] = React.useState<StateFilter>(initialState.filter);
    const [flag, setFlag] = React.useState<FlagFilter>(initialState.flag);
    const [sort, setSort] = React.useState<ListSort | null>(initialState.sort);
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
    const visible = React.useMemo(() => sortItems(filterItems(items, { filter, flag, search }), sort), [items, filter, flag, search, sort]);
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
        <div className={styles.root} style={height && height > 0 ? { height } : undefined} data-placement="fleet">
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
                <DefaultButton iconProps={{ iconName: 'TextDocument' }} onClick={() => setExplainOpen(true)}>
                    {strings('Label_ExplainLog')}
                </DefaultButton>
                <DefaultButton iconProps={{ iconName: 'Refresh' }} onClick={onRefresh}>
                    {strings('Label_Refresh')}
                </DefaultButton>
                <span className={styles.asOf} title={formatLocal(snapshot.assessedAt, strings, timeZoneOffset)}>
                    {strings('Label_AssessedAt', formatLocal(snapshot.assessedAt, strings, timeZoneOffset))}
                </span>
            </div>
            <div role="status" aria-live="polite" className={styles.secondaryText} data-testid="list-status">
                {strings('Label_Showing', formatCount(visible.length), formatCount(items.length))}
            </div>
            {items.length === 0 ? (
                <MessageBar messageBarType={MessageBarType.info} data-message="empty">
                    {strings('Message_Empty')}
                </MessageBar>
            ) : visible.length === 0 ? (
                <MessageBar messageBarType={MessageBarType.info} data-message="no-match">
                    {strings('Message_NoMatch')}
                </MessageBar>
            ) : (
                <MailboxList items={visible} sort={sort} now={now} strings={strings} styles={styles} timeZoneOffset={timeZoneOffset} onSort={onSort} onSelect={onSelect} onOpen={onOpen} onDetails={onDetails} />
            )}
            <Panel
                isOpen={detailsIndex >= 0}
                type={PanelType.large}
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
            <Panel isOpen={explainOpen} type={PanelType.large} isLightDismiss onDismiss={() => setExplainOpen(false)} popupProps={{ ariaLabel: strings('Label_ExplainLog') }} closeButtonAriaLabel={strings('Label_Close')}>
                {explainOpen && <LogExplainer now={now} options={options} strings={strings} showCharts={showCharts} timeZoneOffset={timeZoneOffset} />}
            </Panel>
        </div>
    );
};
