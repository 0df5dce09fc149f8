import * as React from 'react';
import { css, FontIcon, useTheme } from '@fluentui/react';
import { severityOf, STATES_WORST_FIRST } from '../core';
import type { Flag, HealthState, Severity } from '../core/types';
import { formatCount } from './format';
import type { StateCounts } from './listModel';
import { plural } from './plural';
import type { Strings } from '../contract/strings';
import type { FleetStyles } from './styles';
import { severityStyle, uncertainStyle } from './theme';
import type { FlagFilter, StateFilter } from '../contract/viewState';

/** The flags offered as secondary chips (docs/health-model.md §Flags). */
export const FLAG_CHIPS = ['stale', 'backoff', 'item-failures', 'idle'] as const;

const MORE = { one: 'Label_MoreFilters_One', other: 'Label_MoreFilters_Other' } as const;

const ATTENTION: ReadonlySet<Severity> = new Set<Severity>(['critical', 'error', 'warning']);

/** One chip to show: a state filter or a flag. */
export interface ChipSpec {
    readonly kind: 'state' | 'flag';
    readonly value: string;
    readonly label: string;
    readonly title?: string;
    readonly count: number;
    readonly selected: boolean;
}

/**
 * Rough width of a chip (px): padding, border, dot, icon and gaps (about 50 px) and its words and count in the small
 * font (about 6.2 px a character; measured in Chromium with Segoe UI's fallbacks). An estimate errs wide: a chip that
 * would not fit goes behind "+N more" rather than onto a second line.
 */
export function chipWidth(label: string, count: number): number {
    // Digits and group separators of the count, without formatting it (this runs for every chip on every filter).
    const digits = count < 10 ? 1 : Math.floor(Math.log10(count)) + 1;
    return 50 + Math.ceil((label.length + digits + Math.floor((digits - 1) / 3)) * 6.2);
}

/**
 * @summary Splits the chips into the band (shown) and the overflow: "All" and "Needs attention" always show, then the
 * attention states that have members, worst first, while they fit in `width`; a selected chip always shows. The rest
 * (calm states, flags) waits behind "+N more".
 */
export function splitChips(primary: readonly ChipSpec[], secondary: readonly ChipSpec[], width: number): { shown: ChipSpec[]; overflow: ChipSpec[] } {
    const reserve = 96; // the "+N more" toggle
    let used = reserve;
    const shown: ChipSpec[] = [];
    const overflow: ChipSpec[] = [];
    primary.forEach((chip, i) => {
        const w = chipWidth(chip.label, chip.count) + 6;
        // The first two ("All", "Needs attention") always show; others while they fit (or when selected).
        if (i < 2 || chip.selected || used + w <= width) {
            shown.push(chip);
            used += w;
        } else overflow.push(chip);
    });
    for (const chip of secondary) (chip.selected ? shown : overflow).push(chip);
    return { shown, overflow };
}

interface ChipProps {
    readonly spec: ChipSpec;
    readonly icon: string;
    readonly colour: string;
    readonly styles: FleetStyles;
    readonly tabIndex: number;
    readonly onClick: () => void;
}

/** A filter chip: a toggle button (aria-pressed) with icon, text and count; colour is only the left edge. */
function Chip({ spec, icon, colour, styles, tabIndex, onClick }: ChipProps): React.ReactElement {
    return (
        <button
            type="button"
            className={css(styles.chip, spec.selected && styles.chipSelected)}
            aria-pressed={spec.selected}
            onClick={onClick}
            data-chip={spec.value}
            data-kind={spec.kind}
            data-roving=""
            title={spec.title}
            tabIndex={tabIndex}
        >
            <span className={styles.chipDot} style={{ background: colour }} aria-hidden="true" />
            <FontIcon iconName={icon} aria-hidden="true" style={{ color: colour }} />
            <span>{spec.label}</span>
            <span className={styles.chipCount}>{formatCount(spec.count)}</span>
        </button>
    );
}

export interface FilterChipsProps {
    readonly counts: StateCounts;
    readonly total: number;
    readonly byFlag: { readonly [F in Flag]: number };
    readonly filter: StateFilter;
    readonly flag: FlagFilter;
    /** Width the chips may take (px): attention states that do not fit go behind "+N more". */
    readonly width: number;
    readonly strings: Strings;
    readonly styles: FleetStyles;
    readonly onFilter: (filter: StateFilter) => void;
    readonly onFlag: (flag: FlagFilter) => void;
}

/**
 * The filter chips as one tab stop (a toolbar with a roving tabindex: arrows, Home and End move inside it), the
 * chips that need attention first, the rest behind "+N more" (aria-expanded), shown in place when opened.
 */
export const FilterChips: React.FC<FilterChipsProps> = React.memo(function FilterChips({ counts, total, byFlag, filter, flag, width, strings, styles, onFilter, onFlag }) {
    const theme = useTheme();
    const neutral = theme.palette.neutralSecondary;
    const [open, setOpen] = React.useState(false);
    const [active, setActive] = React.useState<string | null>(null);
    const toolbar = React.useRef<HTMLDivElement>(null);

    const toggleState = (value: StateFilter): void => onFilter(filter === value ? 'all' : value);
    const toggleFlag = (value: Flag): void => onFlag(flag === value ? null : value);

    const states: HealthState[] = STATES_WORST_FIRST.filter((s) => counts.settled[s] > 0 || filter === s);
    const stateSpec = (s: HealthState): ChipSpec => ({ kind: 'state', value: s, label: strings(`State_${s}`), title: strings(`State_${s}_Description`), count: counts.settled[s], selected: filter === s });
    const primary: ChipSpec[] = [
        { kind: 'state', value: 'all', label: strings('Filter_All'), count: total, selected: filter === 'all' },
        { kind: 'state', value: 'attention', label: strings('Filter_Attention'), count: counts.attention, selected: filter === 'attention' },
        ...states.filter((s) => ATTENTION.has(severityOf(s))).map(stateSpec),
    ];
    if (counts.uncertain > 0 || filter === 'uncertain') {
        primary.push({ kind: 'state', value: 'uncertain', label: strings('Label_NotSettled'), title: strings('Message_NotSettledChip'), count: counts.uncertain, selected: filter === 'uncertain' });
    }
    const secondary: ChipSpec[] = [
        ...states.filter((s) => !ATTENTION.has(severityOf(s))).map(stateSpec),
        ...FLAG_CHIPS.map((f): ChipSpec => ({ kind: 'flag', value: f, label: strings(`Flag_${f}`), title: strings(`Flag_${f}_Description`), count: byFlag[f], selected: flag === f })),
    ];
    const { shown, overflow } = splitChips(primary, secondary, width);
    const visible = open ? [...shown, ...overflow] : shown;

    // The roving tab stop: the chip last focused, else the selected state chip.
    const stops = [...visible.map((c) => `${c.kind}:${c.value}`), ...(overflow.length > 0 ? ['more'] : [])];
    const selectedStop = `state:${filter}`;
    const current = active !== null && stops.includes(active) ? active : stops.includes(selectedStop) ? selectedStop : stops[0];

    const onKeyDown = (e: React.KeyboardEvent<HTMLDivElement>): void => {
        const keys = ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp', 'Home', 'End'];
        if (!keys.includes(e.key) || !toolbar.current) return;
        const buttons = Array.from(toolbar.current.querySelectorAll<HTMLButtonElement>('button[data-roving]'));
        const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
        if (at < 0) return;
        e.preventDefault();
        const next = e.key === 'Home' ? 0 : e.key === 'End' ? buttons.length - 1 : (at + (e.key === 'ArrowRight' || e.key === 'ArrowDown' ? 1 : -1) + buttons.length) % buttons.length;
        buttons[next].focus();
    };
    const onFocus = (e: React.FocusEvent<HTMLDivElement>): void => {
        const target = e.target as HTMLElement;
        const chip = target.getAttribute('data-chip');
        const kind = target.getAttribute('data-kind');
        if (chip !== null) setActive(`${kind ?? 'state'}:${chip}`);
        else if (target.hasAttribute('data-more')) setActive('more');
    };

    const render = (c: ChipSpec): React.ReactElement => {
        const stop = `${c.kind}:${c.value}`;
        const common = { key: stop, spec: c, styles, tabIndex: stop === current ? 0 : -1 };
        if (c.kind === 'flag') return <Chip {...common} icon="Tag" colour={neutral} onClick={() => toggleFlag(c.value as Flag)} />;
        if (c.value === 'all') return <Chip {...common} icon="BulletedList" colour={neutral} onClick={() => onFilter('all')} />;
        if (c.value === 'attention') return <Chip {...common} icon="Warning" colour={theme.semanticColors.severeWarningIcon} onClick={() => toggleState('attention')} />;
        if (c.value === 'uncertain') return <Chip {...common} icon={uncertainStyle(theme).icon} colour={neutral} onClick={() => toggleState('uncertain')} />;
        const style = severityStyle(severityOf(c.value as HealthState), theme);
        return <Chip {...common} icon={style.icon} colour={style.foreground} onClick={() => toggleState(c.value as HealthState)} />;
    };
    const stateChips = visible.filter((c) => c.kind === 'state');
    const flagChips = visible.filter((c) => c.kind === 'flag');
    return (
        <div ref={toolbar} role="toolbar" aria-label={strings('Label_Filters')} className={styles.chipBand} onKeyDown={onKeyDown} onFocus={onFocus} data-open={open ? 'true' : 'false'}>
            <div role="group" aria-label={strings('Label_FilterByState')} className={styles.chipGroup}>
                {stateChips.map(render)}
            </div>
            {flagChips.length > 0 && (
                <div role="group" aria-label={strings('Label_FilterByFlag')} className={styles.chipGroup}>
                    {flagChips.map(render)}
                </div>
            )}
            {overflow.length > 0 && (
                <button
                    type="button"
                    className={styles.moreChip}
                    aria-expanded={open}
                    aria-label={open ? strings('Label_FewerFilters') : `${plural(strings, MORE, overflow.length, formatCount(overflow.length))} (${strings('Label_MoreFiltersTitle')})`}
                    title={strings('Label_MoreFiltersTitle')}
                    onClick={() => setOpen((o) => !o)}
                    data-more=""
                    data-roving=""
                    tabIndex={current === 'more' ? 0 : -1}
                >
                    {open ? strings('Label_FewerFilters') : plural(strings, MORE, overflow.length, formatCount(overflow.length))}
                </button>
            )}
        </div>
    );
});
