import * as React from 'react';
import {
    ConstrainMode,
    css,
    DetailsList,
    DetailsListLayoutMode,
    Selection,
    SelectionMode,
    useTheme,
} from '@fluentui/react';
import type { IColumn, IListProps } from '@fluentui/react';
import { WORKLOADS } from '../core/types';
import { notSettledText, notSettledTitle } from './HealthBadge';
import { preloadIconFonts, ROW_ICONS } from './iconFonts';
import type { FleetItem } from './listModel';
import { lastSuccessText, lastSuccessTitle, nextSyncText, nextSyncTitle } from './listText';
import { Sparkline } from './Sparkline';
import { sparklineLegendText } from './sparklineModel';
import type { Strings } from '../contract/strings';
import { rowLooks } from './rowLooks';
import type { RowLooks } from './rowLooks';
import { ROW_HEIGHT } from './styles';
import type { FleetStyles } from './styles';
import type { ListSort, SortKey } from '../contract/viewState';
import { workloadIndicatorText } from './WorkloadState';
import { whyWords } from './whyText';

export interface MailboxListProps {
    readonly items: readonly FleetItem[];
    readonly sort: ListSort | null;
    readonly now: number;
    readonly strings: Strings;
    readonly styles: FleetStyles;
    readonly timeZoneOffset?: (at: Date) => number;
    readonly onSort: (key: SortKey) => void;
    readonly onSelect: (keys: string[]) => void;
    readonly onOpen: (key: string) => void;
    readonly onDetails: (key: string) => void;
    /** A narrow box (a small tile, a phone, 200% zoom): the Why column comes right after the mailbox. */
    readonly narrow?: boolean;
}

/**
 * Fixed-height rows: each page is its item count × ROW_HEIGHT, never measured. With known heights the List renders
 * every page of the windows it keeps around the visible one at once, so keep one window ahead and one behind
 * (DetailsList's default is two each: twice the rows built on every sort and filter).
 */
const getPageHeight: IListProps['getPageHeight'] = (_index, _rect, itemCount) => (itemCount ?? 10) * ROW_HEIGHT;
const LIST_PROPS: IListProps = { getPageHeight, renderedWindowsAhead: 1, renderedWindowsBehind: 1 };
/**
 * The render that brings new items (a sort, a filter, new data) keeps only the visible window: Fluent's List means to
 * "initially only render a single window to fill the currently visible rect, and then later render additional
 * windows", but it keeps every page it has rendered inside the allowed windows, so a sort rebuilt the window ahead too
 * (40 rows instead of 20, half of them below the box). With no window allowed around the visible one those pages are
 * dropped; after that render LIST_PROPS comes back and the List's own idle timer (200 ms after its update) renders the
 * window ahead and behind again, before the user scrolls to it.
 */
const LIST_PROPS_NEW_ITEMS: IListProps = { getPageHeight, renderedWindowsAhead: 0, renderedWindowsBehind: 0 };


interface CellProps {
    readonly item: FleetItem;
    readonly now: number;
    readonly strings: Strings;
    readonly styles: FleetStyles;
    readonly looks: RowLooks;
    readonly timeZoneOffset?: (at: Date) => number;
}

/*
 * Cells are memoised on their item: a sort or a filter re-renders only rows whose item or clock changed. A row is
 * rebuilt on every sort and filter, so its cells render as few elements as they can: no wrapper where the cell can lay
 * out its parts itself (styles.listArea), icons as glyphs of the element that carries their text (rowLooks.ts), colours
 * as classes, no inline style.
 */
const NameCell = React.memo(function NameCell({ item, strings, styles, onOpen }: CellProps & { readonly onOpen: (key: string) => void }) {
    return (
        <>
            {/* data-selection-disabled: following the link opens the record without selecting the row */}
            <button type="button" className={styles.nameLink} onClick={() => onOpen(item.key)} data-action="open" data-selection-disabled title={item.assessment.name ?? undefined}>
                {item.assessment.name ?? strings('Label_NoName')}
            </button>
            <span className={styles.secondaryText} title={item.assessment.emailAddress ?? undefined}>
                {item.assessment.emailAddress ?? strings('Label_NoValue')}
            </span>
        </>
    );
});

/** The health state as colour + icon + text (never colour alone), the row's HealthBadge; its flags below it. */
const HealthCell = React.memo(function HealthCell({ item, strings, styles, looks }: CellProps) {
    const a = item.assessment;
    const look = looks.health(a.severity, item.uncertain);
    const stateText = strings(`State_${a.health}`);
    return (
        <>
            <span
                className={css(styles.rowBadge, look.className)}
                title={item.uncertain ? notSettledTitle(a.health, a.undetermined, strings) : strings('Label_StateWithSeverity', stateText, strings(`Severity_${a.severity}`))}
                data-health={a.health}
                data-uncertain={item.uncertain ? 'true' : undefined}
                data-icon={look.icon}
            >
                {item.uncertain ? notSettledText(a.health, a.undetermined, strings) : stateText}
            </span>
            {a.flags.length > 0 && (
                <span className={styles.secondaryText} title={a.flags.map((f) => strings(`Flag_${f}_Description`)).join('\n')}>
                    {a.flags.map((f) => strings(`Flag_${f}`)).join(strings('Label_ListSeparator'))}
                </span>
            )}
        </>
    );
});

const WhyCell = React.memo(function WhyCell({ item, now, strings, styles }: CellProps) {
    const words = whyWords(item.why, now, strings);
    const full = words.detail === null ? words.primary : `${words.primary}\n${words.detail}`;
    // One flowing text of at most two lines: the reason, then when or how many retries are left.
    return (
        <div className={styles.whyCell} title={strings('Label_WhyTitle', full)} data-why={item.why.kind}>
            {/* One inline run inside the clamped box, so the two parts flow as one text. */}
            <span className={styles.whyText}>
                {words.primary}
                {words.detail !== null && <span className={styles.whyDetail}>{` ${words.detail}`}</span>}
            </span>
        </div>
    );
});

/** Each workload as short name + icon (the compact WorkloadStateBadge); the full sentence is its name and tooltip. */
const WorkloadsCell = React.memo(function WorkloadsCell({ item, strings, styles, looks }: CellProps) {
    return (
        <>
            {WORKLOADS.map((w) => {
                const indicator = item.workloads[w];
                const look = looks.workload(indicator);
                const full = workloadIndicatorText(indicator, strings);
                return (
                    <span key={w} className={css(styles.rowWorkload, look.className)} title={full} aria-label={full} role="img" data-workload={w} data-state={indicator.indicator} data-icon={look.icon}>
                        {strings(`Label_WorkloadShort_${w}`)}
                    </span>
                );
            })}
        </>
    );
});

const NextCell = React.memo(function NextCell({ item, now, strings, timeZoneOffset }: CellProps) {
    return <span title={nextSyncTitle(item.assessment, strings, timeZoneOffset, item.row)}>{nextSyncText(item.assessment, now, strings, item.row)}</span>;
});

const LastSuccessCell = React.memo(function LastSuccessCell({ item, now, strings, timeZoneOffset }: CellProps) {
    return <span title={lastSuccessTitle(item.assessment, strings, timeZoneOffset, item.row)}>{lastSuccessText(item.assessment, now, strings, item.row)}</span>;
});

// A plain button, not Fluent's IconButton: it renders in every visible row, and a native button costs a fraction.
const DetailsCell = React.memo(function DetailsCell({ item, strings, styles, looks, onDetails }: CellProps & { readonly onDetails: (key: string) => void }) {
    return (
        <button
            type="button"
            className={css(styles.detailsButton, looks.details.className)}
            title={strings('Label_Details')}
            aria-label={strings('Label_DetailsFor', item.assessment.name ?? item.assessment.emailAddress ?? strings('Label_NoName'))}
            onClick={() => onDetails(item.key)}
            data-action="details"
            data-selection-disabled
            data-icon={looks.details.icon}
        />
    );
});

/**
 * The fleet list: a virtualized Fluent DetailsList (only visible rows render, fixed row height), sortable,
 * multi-select. Worst first unless the user sorts otherwise; the Health header says so (aria-sort and its title).
 */
export const MailboxList: React.FC<MailboxListProps> = React.memo(function MailboxList({ items, sort, now, strings, styles, timeZoneOffset, onSort, onSelect, onOpen, onDetails, narrow = false }) {
    const latest = React.useRef({ onSelect });
    latest.current = { onSelect };
    const selection = React.useMemo(
        (): Selection => {
            const s: Selection = new Selection({
                getKey: (item) => (item as FleetItem).key,
                onSelectionChanged: (): void => latest.current.onSelect(s.getSelection().map((i) => (i as FleetItem).key)),
            });
            return s;
        },
        [], // one Selection for the list's life: it keeps the selection across re-renders
    );
    // Arrow keys move the focus between rows; only Space, a click or the checkbox changes the selection (as
    // model-driven grids do), so moving never changes the command bar's target.
    const selectionZoneProps = React.useMemo(() => ({ selection, isSelectedOnFocus: false }), [selection]);
    // After the first rows are painted: the icon fonts of rows not shown yet, so a sort or filter never waits for them.
    React.useEffect(() => void preloadIconFonts(ROW_ICONS), []);
    const theme = useTheme();
    const looks = React.useMemo(() => rowLooks(theme), [theme]);
    // The items the List has rendered once: until then it renders only the visible window (LIST_PROPS_NEW_ITEMS).
    const [settledItems, setSettledItems] = React.useState<readonly FleetItem[] | null>(null);
    React.useEffect(() => setSettledItems(items), [items]);

    const columns = React.useMemo((): IColumn[] => {
        const cell = { now, strings, styles, looks, timeZoneOffset };
        const sortable = (key: SortKey, name: string, minWidth: number, maxWidth: number, onRender: (item: FleetItem) => React.ReactNode, extra: Partial<IColumn> = {}): IColumn => ({
            key,
            name,
            fieldName: key,
            minWidth,
            maxWidth,
            isResizable: true,
            isSorted: sort?.key === key,
            isSortedDescending: sort?.key === key && sort.descending,
            sortAscendingAriaLabel: strings('Label_SortedAscending'),
            sortDescendingAriaLabel: strings('Label_SortedDescending'),
            onColumnClick: () => onSort(key),
            onRender,
            ...extra,
        });
        const worstFirst = sort?.key === 'health' && !sort.descending;
        const name = sortable('name', strings('Label_ColumnMailbox'), narrow ? 120 : 150, 260, (item) => <NameCell item={item} {...cell} onOpen={onOpen} />, { isRowHeader: true });
        const health = sortable('health', strings('Label_ColumnHealth'), 150, 220, (item) => <HealthCell item={item} {...cell} />, worstFirst ? { sortAscendingAriaLabel: strings('Label_SortedWorstFirst') } : {});
        const why: IColumn = {
            key: 'why',
            name: strings('Label_ColumnWhy'),
            minWidth: narrow ? 180 : 280,
            maxWidth: 560,
            isResizable: true,
            onRender: (item: FleetItem) => <WhyCell item={item} {...cell} />,
        };
        return [
            ...(narrow ? [name, why, health] : [name, health, why]),
            sortable('workloads', strings('Label_ColumnWorkloads'), 110, 140, (item) => <WorkloadsCell item={item} {...cell} />),
            sortable('next', strings('Label_ColumnNextSync'), 120, 160, (item) => <NextCell item={item} {...cell} />),
            sortable('lastSuccess', strings('Label_ColumnLastSuccess'), 90, 130, (item) => <LastSuccessCell item={item} {...cell} />),
            {
                key: 'timeline',
                name: strings('Label_ColumnTimeline'),
                ariaLabel: sparklineLegendText(strings),
                minWidth: 124,
                maxWidth: 124,
                onRender: (item: FleetItem) => <Sparkline assessment={item.assessment} now={now} strings={strings} />,
            },
            {
                key: 'details',
                name: strings('Label_ColumnDetails'),
                isIconOnly: true,
                minWidth: 32,
                maxWidth: 32,
                onRender: (item: FleetItem) => <DetailsCell item={item} {...cell} onDetails={onDetails} />,
            },
        ];
    }, [sort, now, strings, styles, looks, timeZoneOffset, onSort, onOpen, onDetails, narrow]);

    return (
        <div className={styles.listArea} data-testid="mailbox-list">
            {/*
              A plain scroll box with a CSS-sticky header (styles.listScroll), not Fluent's ScrollablePane + Sticky:
              those read offsetHeight after every update to size their scrollbars, which forced a layout on each
              sort or filter (17–24 % of a click at 10,000). data-is-scrollable lets the List find its scroll parent.
            */}
            <div className={styles.listScroll} data-is-scrollable="true" data-list-scroll="">
                <DetailsList
                    items={items as FleetItem[]}
                    columns={columns}
                    setKey="mailboxes"
                    getKey={rowPosition}
                    selection={selection}
                    selectionMode={SelectionMode.multiple}
                    selectionPreservedOnEmptyClick
                    selectionZoneProps={selectionZoneProps}
                    listProps={settledItems === items ? LIST_PROPS : LIST_PROPS_NEW_ITEMS}
                    layoutMode={DetailsListLayoutMode.justified}
                    constrainMode={ConstrainMode.unconstrained}
                    onItemInvoked={(item?: FleetItem) => item && onOpen(item.key)}
                    ariaLabelForGrid={strings('Label_MailboxList')}
                    ariaLabelForSelectionColumn={strings('Label_ToggleSelection')}
                    ariaLabelForSelectAllCheckbox={strings('Label_SelectAll')}
                    checkButtonAriaLabel={strings('Label_SelectRow')}
                />
            </div>
        </div>
    );
});

/**
 * Rows are keyed by their position, not by mailbox: a sort or a filter then hands each visible row its new item and
 * React updates the cells in place, instead of unmounting every row and mounting new ones (reversing worst first
 * replaces every visible row). What the profile of that click showed: the script equals the bare list's, the rest
 * was styling and laying out some 2,000 new elements. The selection keeps its own keys (the mailbox: Selection's
 * getKey above), and Fluent's row ids and data-item-index are positions anyway.
 */
function rowPosition(_item: FleetItem, index?: number): string {
    return String(index);
}
