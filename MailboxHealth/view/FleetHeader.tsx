import * as React from 'react';
import { css, FontIcon, useTheme } from '@fluentui/react';
import { severityOf, STATES_WORST_FIRST } from '../core';
import type { FleetSummary, HealthState } from '../core/types';
import type { ChartSlice } from './chartConfig';
import { formatCount } from './format';
import type { StateCounts } from './listModel';
import { StatusChart } from './StatusChart';
import type { Strings } from './strings';
import type { FleetStyles } from './styles';
import { severityStyle, uncertainStyle } from './theme';
import type { FlagFilter, StateFilter } from './viewState';

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

/** Chips per health state (worst first) and per flag, the doughnut and the totals. */
export const FleetHeader: React.FC<FleetHeaderProps> = React.memo(function FleetHeader({ summary, counts, filter, flag, slices, showCharts, strings, styles, onFilter, onFlag }) {
    const theme = useTheme();
    const neutral = theme.palette.neutralSecondary;
    // States with settled verdicts, worst first, plus the selected one so it can always be cleared.
    const states: HealthState[] = STATES_WORST_FIRST.filter((s) => counts.settled[s] > 0 || filter === s);
    const toggleState = (value: StateFilter): void => onFilter(filter === value ? 'all' : value);
    const toggleFlag = (value: Exclude<FlagFilter, null>): void => onFlag(flag === value ? null : value);
    const totals: [string, number][] = [
        [strings('Label_TotalMailboxes'), summary.total],
        [strings('Label_TotalFailing'), summary.failing],
        [strings('Label_TotalDisabled'), summary.disabled],
        [strings('Label_TotalOverdue'), summary.overdue],
        [strings('Label_TotalSyncingNow'), summary.syncingNow],
    ];
    // "Failing 0" means little when verdicts are open: say beside it how many are not settled.
    if (counts.uncertain > 0) totals.push([strings('Label_NotSettled'), counts.uncertain]);
    return (
        <div className={styles.header}>
            {showCharts && <StatusChart slices={slices} total={summary.total} strings={strings} onSelectState={toggleState} />}
            <div className={styles.headerText}>
                <dl className={styles.totals} aria-label={strings('Label_Totals')}>
                    {totals.map(([label, value]) => (
                        <div key={label} className={styles.total}>
                            <dt className={styles.totalLabel}>{label}</dt>
                            <dd className={styles.totalValue}>{formatCount(value)}</dd>
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
