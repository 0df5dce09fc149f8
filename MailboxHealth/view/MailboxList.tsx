import * as React from 'react';
import {
    ConstrainMode,
    DetailsList,
    DetailsListLayoutMode,
    IconButton,
    Link,
    ScrollablePane,
    ScrollbarVisibility,
    Selection,
    SelectionMode,
    Sticky,
    StickyPositionType,
} from '@fluentui/react';
import type { IColumn, IDetailsHeaderProps, IRenderFunction } from '@fluentui/react';
import { WORKLOADS } from '../core/types';
import { HealthBadge } from './HealthBadge';
import type { FleetItem } from './listModel';
import { errorsText, lastErrorText, lastSuccessText, lastSuccessTitle, nextSyncText, nextSyncTitle, noErrorText, retriesText } from './listText';
import { Sparkline } from './Sparkline';
import type { Strings } from '../contract/strings';
import type { FleetStyles } from './styles';
import type { ListSort, SortKey } from '../contract/viewState';
import { WorkloadStateBadge } from './WorkloadState';

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
}

const onRenderDetailsHeader: IRenderFunction<IDetailsHeaderProps> = (props, defaultRender) =>
    props && defaultRender ? (
        <Sticky stickyPosition={StickyPositionType.Header} isScrollSynced>
            {defaultRender(props)}
        </Sticky>
    ) : null;

/** The fleet list: a virtualized Fluent DetailsList (only visible rows render), sortable, multi-select. */
export const MailboxList: React.FC<MailboxListProps> = React.memo(function MailboxList({ items, sort, now, strings, styles, timeZoneOffset, onSort, onSelect, onOpen, onDetails }) {
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

    const columns = React.useMemo((): IColumn[] => {
        const sortable = (key: SortKey, name: string, minWidth: number, maxWidth: number, onRender: (item: FleetItem) => React.ReactNode): IColumn => ({
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
        });
        return [
            sortable('name', strings('Label_ColumnMailbox'), 160, 280, (item) => (
                <div className={styles.cellStack}>
                    {/* data-selection-disabled: following the link opens the record without selecting the row */}
                    <Link className={styles.nameLink} onClick={() => onOpen(item.key)} data-action="open" data-selection-disabled>
                        {item.assessment.name ?? strings('Label_NoName')}
                    </Link>
                    <span className={styles.secondaryText}>{item.assessment.emailAddress ?? strings('Label_NoValue')}</span>
                </div>
            )),
            sortable('health', strings('Label_ColumnHealth'), 190, 260, (item) => (
                <div className={styles.cellStack}>
                    <span>
                        <HealthBadge state={item.assessment.health} severity={item.assessment.severity} uncertain={item.uncertain} undetermined={item.assessment.undetermined} strings={strings} />
                    </span>
                    {item.assessment.flags.length > 0 && (
                        <span className={styles.secondaryText} title={item.assessment.flags.map((f) => strings(`Flag_${f}_Description`)).join('\n')}>
                            {item.assessment.flags.map((f) => strings(`Flag_${f}`)).join(strings('Label_ListSeparator'))}
                        </span>
                    )}
                </div>
            )),
            sortable('workloads', strings('Label_ColumnWorkloads'), 130, 160, (item) => (
                <div className={styles.workloads}>
                    {WORKLOADS.map((w) => (
                        <WorkloadStateBadge key={w} workload={w} state={item.assessment.workloads[w].state} configured={item.assessment.workloads[w].configured} strings={strings} compact />
                    ))}
                </div>
            )),
            sortable('next', strings('Label_ColumnNextSync'), 120, 170, (item) => (
                <span title={nextSyncTitle(item.assessment, strings, timeZoneOffset, item.row)}>{nextSyncText(item.assessment, now, strings, item.row)}</span>
            )),
            sortable('lastSuccess', strings('Label_ColumnLastSuccess'), 90, 140, (item) => (
                <span title={lastSuccessTitle(item.assessment, strings, timeZoneOffset, item.row)}>{lastSuccessText(item.assessment, now, strings, item.row)}</span>
            )),
            sortable('errors', strings('Label_ColumnErrors'), 100, 160, (item) => {
                const retries = retriesText(item.assessment, strings);
                return (
                    <div className={styles.cellStack}>
                        <span>{errorsText(item.assessment, strings, item.row)}</span>
                        {retries && <span className={styles.secondaryText}>{retries}</span>}
                    </div>
                );
            }),
            sortable('lastError', strings('Label_ColumnLastError'), 140, 320, (item) => {
                const words = lastErrorText(item.lastError, strings);
                if (!words) return <span className={styles.secondaryText}>{noErrorText(strings, item.row)}</span>;
                return (
                    <div className={styles.cellStack} title={item.lastError?.text ?? ''}>
                        <span className={styles.primaryText}>{words.errorClass}</span>
                        <span className={styles.secondaryText}>{words.meaning}</span>
                    </div>
                );
            }),
            {
                key: 'timeline',
                name: strings('Label_ColumnTimeline'),
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
                onRender: (item: FleetItem) => (
                    <IconButton
                        iconProps={{ iconName: 'OpenPane' }}
                        title={strings('Label_Details')}
                        ariaLabel={strings('Label_DetailsFor', item.assessment.name ?? item.assessment.emailAddress ?? strings('Label_NoName'))}
                        onClick={() => onDetails(item.key)}
                        data-action="details"
                        data-selection-disabled
                    />
                ),
            },
        ];
    }, [sort, now, strings, styles, timeZoneOffset, onSort, onOpen, onDetails]);

    return (
        <div className={styles.listArea}>
            <ScrollablePane scrollbarVisibility={ScrollbarVisibility.auto}>
                <DetailsList
                    items={items as FleetItem[]}
                    columns={columns}
                    setKey="mailboxes"
                    getKey={(item: FleetItem) => item.key}
                    selection={selection}
                    selectionMode={SelectionMode.multiple}
                    selectionPreservedOnEmptyClick
                    layoutMode={DetailsListLayoutMode.justified}
                    constrainMode={ConstrainMode.unconstrained}
                    onRenderDetailsHeader={onRenderDetailsHeader}
                    onItemInvoked={(item?: FleetItem) => item && onOpen(item.key)}
                    ariaLabelForGrid={strings('Label_MailboxList')}
                    ariaLabelForSelectionColumn={strings('Label_ToggleSelection')}
                    ariaLabelForSelectAllCheckbox={strings('Label_SelectAll')}
                    checkButtonAriaLabel={strings('Label_SelectRow')}
                />
            </ScrollablePane>
        </div>
    );
});
