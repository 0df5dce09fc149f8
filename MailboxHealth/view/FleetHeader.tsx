import * as React from 'react';
import type { FleetSummary } from '../core/types';
import type { ChartSlice } from './chartConfig';
import { formatCount } from './format';
import type { StateCounts } from './listModel';
import { openCountShape } from '../core';
import type { OpenCount } from '../core';
import { FilterChips } from './FilterChips';
import { StatusChart } from './StatusChart';
import type { Strings } from '../contract/strings';
import type { FleetStyles } from './styles';
import type { FlagFilter, StateFilter } from '../contract/viewState';

export { FLAG_CHIPS } from './FilterChips';

/** The doughnut's side (px) and the narrowest band that still shows it. */
const CHART_SIZE = 76;
const CHART_MIN_WIDTH = 900;

export interface FleetHeaderProps {
    readonly summary: FleetSummary;
    /** Settled verdicts per state (the chips), the rest as "not settled". */
    readonly counts: StateCounts;
    readonly filter: StateFilter;
    readonly flag: FlagFilter;
    readonly slices: readonly ChartSlice[];
    readonly showCharts: boolean;
    /** The band's width (px): what fits decides the doughnut and which chips wait behind "+N more". */
    readonly width: number;
    readonly strings: Strings;
    readonly styles: FleetStyles;
    readonly onFilter: (filter: StateFilter) => void;
    readonly onFlag: (flag: FlagFilter) => void;
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
 * The totals: mailboxes, failing, disabled, overdue, syncing now (and how many verdicts are not settled), as the core
 * counts them (core/decisions/fleetTotals.ts, the command-line tool's totals too). A state's total counts settled
 * verdicts; while verdicts that are not settled may be in that state too, it reads "3+" (at least 3), or "?" when none
 * is settled, never a bare "0" that a view without the health columns would make of every total ("never a wrong
 * healthy for lack of a column"). Syncing now cannot be told without processingstatecode.
 */
export function fleetTotalsText(counts: StateCounts, strings: Strings): FleetTotal[] {
    const total = (label: string, { certain, open }: OpenCount): FleetTotal => {
        const shape = openCountShape({ certain, open });
        return shape === 'exact'
            ? { label, text: formatCount(certain), description: null }
            : {
                  label,
                  text: shape === 'unknown' ? strings('Label_TotalUnknown') : strings('Label_TotalAtLeast', formatCount(certain)),
                  description: strings('Message_TotalOpen', formatCount(certain), formatCount(open)),
              };
    };
    const totals = [
        total(strings('Label_TotalMailboxes'), { certain: counts.total, open: 0 }),
        total(strings('Label_TotalFailing'), counts.failing),
        total(strings('Label_TotalDisabled'), counts.disabled),
        total(strings('Label_TotalOverdue'), counts.overdue),
        total(strings('Label_TotalSyncingNow'), counts.syncingNow),
    ];
    // "Failing 3+" means little without how many are open: say beside it how many verdicts are not settled.
    if (counts.uncertain > 0) totals.push(total(strings('Label_NotSettled'), { certain: counts.uncertain, open: 0 }));
    return totals;
}

/**
 * One compact band: the doughnut (when there is room), the totals on one line, and the filter chips as one tab stop
 * (FilterChips: the chips that need attention, the rest behind "+N more").
 */
export const FleetHeader: React.FC<FleetHeaderProps> = React.memo(function FleetHeader({ summary, counts, filter, flag, slices, showCharts, width, strings, styles, onFilter, onFlag }) {
    const toggleState = React.useCallback((value: StateFilter): void => onFilter(filter === value ? 'all' : value), [filter, onFilter]);
    const totals = React.useMemo(() => fleetTotalsText(counts, strings), [counts, strings]);
    // The doughnut is a summary for wide tiles; in narrow ones the totals and chips say the same in less height.
    const chart = showCharts && width >= CHART_MIN_WIDTH;
    return (
        <div className={styles.header} data-testid="fleet-band">
            {chart && <StatusChart slices={slices} total={summary.total} strings={strings} onSelectState={toggleState} size={CHART_SIZE} />}
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
                <FilterChips
                    counts={counts}
                    total={summary.total}
                    byFlag={summary.byFlag}
                    filter={filter}
                    flag={flag}
                    width={Math.max(0, width - (chart ? CHART_SIZE + 12 : 0))}
                    strings={strings}
                    styles={styles}
                    onFilter={onFilter}
                    onFlag={onFlag}
                />
            </div>
        </div>
    );
});
