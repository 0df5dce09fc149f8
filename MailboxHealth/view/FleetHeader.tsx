import * as React from 'react';
import { css, FontIcon, useTheme } from '@fluentui/react';
import { severityOf, STATES_WORST_FIRST } from '../core';
import type { FleetSummary, HealthState } from '../core/types';
import type { ChartSlice } from './chartConfig';
import { formatCount } from './format';
import type { StateCounts } from './listModel';
import { StatusChart } from './StatusChart';
import type { Strings } from '../contract/strings';
import type { FleetStyles } from './styles';
import { severityStyle, uncertainStyle } from './theme';
import type { FlagFilter, StateFilter } from '../contract/viewState';

/** The flags offered as secondary chips (health-model.md, flags). */
export const FLAG_CHIPS = ['stale', 'backoff', 'item-failures', 'idle'] as const;

export interface FleetHeaderProps {
    readonly summary: FleetSummary;
    /** Settled verdicts per state (the chips), the rest as "not settled". */
    readonly counts: StateCounts;
    readonly filter: StateFilter;
    readonly flag: FlagFilter;
    readonly slices: readonly ChartSlice[];
    readonly showCharts: boolean;
    readonly strings: Strings;
    readonly styles: FleetStyles;
    readonly onFilter: (filter: StateFilter) => void;
    readonly onFlag: (flag: FlagFilter) => void;
}

interface ChipProps {
    readonly label: string;
    /** Hover text: what the chip's state or flag means. */
    readonly title?: string;
    readonly count: number;
    readonly selected: boolean;
    readonly icon: string;
    readonly colour: string;
    readonly styles: FleetStyles;
    readonly onClick: () => void;
    readonly value: string;
}

/** A filter chip: a toggle button (aria-pressed) with icon, text and count; colour is only the left edge. */
function Chip({ label, title, count, selected, icon, colour, styles, onClick, value }: ChipProps): React.ReactElement {
    return (
        <button type="button" className={css(styles.chip, selected && styles.chipSelected)} aria-pressed={selected} onClick={onClick} data-chip={value} title={title}>
            <span className={styles.chipDot} style={{ background: colour }} aria-hidden="true" />
            <FontIcon iconName={icon} aria-hidden="true" style={{ color: colour }} />
            <span>{label}</span>
            <span className={styles.chipCount}>{formatCount(count)}</span>
        </button>
    );
}

/** One of the totals above the chips: its words, and whether it is exact. */
export interface FleetTotal {
    readonly label: string;
    /** What is shown: "12", "12+" (at least: more may be among the verdicts not settled) or "?" (cannot be counted). */
    readonly text: string;
    /** For a total that is not exact: what is certain and what cannot be told (hover text and screen readers). */
    readonly description: string | null;
}

/**
 * The totals: mailboxes, failing, disabled, overdue, syncing now (and how many verdicts are not settled). A state's
 * total counts settled verdicts; while verdicts that are not settled may be in that state too, it reads "3+" (at
 * least 3), or "?" when none is settled, never a bare "0" that a view without the health columns would make of
 * every total ("never a wrong healthy for lack of a column"). Syncing now cannot be told without processingstatecode.
 */
export function fleetTotals(summary: FleetSummary, counts: StateCounts, strings: Strings): FleetTotal[] {
    const total = (label: string, certain: number, open: number): FleetTotal =>
        open === 0
            ? { label, text: formatCount(certain), description: null }
            : {
                  label,
                  text: certain === 0 ? strings('Label_TotalUnknown') : strings('Label_TotalAtLeast', formatCount(certain)),
                  description: strings('Message_TotalOpen', formatCount(certain), formatCount(open)),
              };
    const totals = [
        total(strings('Label_TotalMailboxes'), summary.total, 0),
        total(strings('Label_TotalFailing'), counts.settled.failing, counts.open.failing),
        total(strings('Label_TotalDisabled'), counts.settled.disabled, counts.open.disabled),
        total(strings('Label_TotalOverdue'), counts.settled.overdue, counts.open.overdue),
        total(strings('Label_TotalSyncingNow'), summary.syncingNow, counts.syncingUnknown),
    ];
    // "Failing 3+" means little without how many are open: say beside it how many verdicts are not settled.
    if (counts.uncertain > 0) totals.push(total(strings('Label_NotSettled'), counts.uncertain, 0));
    return totals;
}

/** Chips per health state (worst first) and per flag, the doughnut and the totals. */
export const FleetHeader: React.FC<FleetHeaderProps> = React.memo(function FleetHeader({ summary, counts, filter, flag, slices, showCharts, strings, styles, onFilter, onFlag }) {
    const theme = useTheme();
    const neutral = theme.palette.neutralSecondary;
    // States with settled verdicts, worst first, plus the selected one so it can always be cleared.
    const states: HealthState[] = STATES_WORST_FIRST.filter((s) => counts.settled[s] > 0 || filter === s);
    const toggleState = (value: StateFilter): void => onFilter(filter === value ? 'all' : value);
    const toggleFlag = (value: Exclude<FlagFilter, null>): void => onFlag(flag === value ? null : value);
    const totals = React.useMemo(() => fleetTotals(summary, counts, strings), [summary, counts, strings]);
    return (
        <div className={styles.header}>
            {showCharts && <StatusChart slices={slices} total={summary.total} strings={strings} onSelectState={toggleState} />}
            <div className={styles.headerText}>
                <dl className={styles.totals} aria-label={strings('Label_Totals')}>
                    {totals.map(({ label, text, description }) => (
                        <div key={label} className={styles.total}>
                            <dt className={styles.totalLabel}>{label}</dt>
                            {description === null ? (
                                <dd className={styles.totalValue}>{text}</dd>
                            ) : (
                                <dd className={styles.totalValue} title={description} data-exact="false">
                                    <span aria-hidden="true">{text}</span>
                                    <span className={styles.srOnly}>{description}</span>
                                </dd>
                            )}
                        </div>
                    ))}
                </dl>
                <div role="group" aria-label={strings('Label_FilterByState')} className={styles.chipRow}>
                    <Chip value="all" label={strings('Filter_All')} count={summary.total} selected={filter === 'all'} icon="BulletedList" colour={neutral} styles={styles} onClick={() => onFilter('all')} />
                    <Chip value="attention" label={strings('Filter_Attention')} count={counts.attention} selected={filter === 'attention'} icon="Warning" colour={theme.semanticColors.severeWarningIcon} styles={styles} onClick={() => toggleState('attention')} />
                    {states.map((s) => {
                        const style = severityStyle(severityOf(s), theme);
                        return <Chip key={s} value={s} label={strings(`State_${s}`)} title={strings(`State_${s}_Description`)} count={counts.settled[s]} selected={filter === s} icon={style.icon} colour={style.foreground} styles={styles} onClick={() => toggleState(s)} />;
                    })}
                    {(counts.uncertain > 0 || filter === 'uncertain') && (
                        <Chip
                            value="uncertain"
                            label={strings('Label_NotSettled')}
                            title={strings('Message_NotSettledChip')}
                            count={counts.uncertain}
                            selected={filter === 'uncertain'}
                            icon={uncertainStyle(theme).icon}
                            colour={neutral}
                            styles={styles}
                            onClick={() => toggleState('uncertain')}
                        />
                    )}
                </div>
                <div role="group" aria-label={strings('Label_FilterByFlag')} className={styles.chipRow}>
                    {FLAG_CHIPS.map((f) => (
                        <Chip key={f} value={f} label={strings(`Flag_${f}`)} title={strings(`Flag_${f}_Description`)} count={summary.byFlag[f]} selected={flag === f} icon="Tag" colour={neutral} styles={styles} onClick={() => toggleFlag(f)} />
                    ))}
                </div>
            </div>
        </div>
    );
});
