import { FontWeights, getFocusStyle, mergeStyleSets } from '@fluentui/react';
import type { ITheme } from '@fluentui/react';
import { chipColours, listColours } from './theme';

/** Class names of the fleet view, from the theme's tokens (built once per theme). */
export function fleetStyles(theme: ITheme) {
    const p = theme.palette;
    const chip = chipColours(theme);
    const list = listColours(theme);
    return mergeStyleSets({
        root: {
            display: 'flex',
            flexDirection: 'column',
            gap: 8,
            padding: 8,
            boxSizing: 'border-box',
            color: theme.semanticColors.bodyText,
            background: theme.semanticColors.bodyBackground,
            fontFamily: theme.fonts.medium.fontFamily,
            fontSize: theme.fonts.medium.fontSize,
            minHeight: 420,
        },
        header: { display: 'flex', gap: 16, alignItems: 'flex-start', flexWrap: 'wrap' },
        headerText: { display: 'flex', flexDirection: 'column', gap: 8, flex: '1 1 360px', minWidth: 0 },
        chipRow: { display: 'flex', flexWrap: 'wrap', gap: 6, alignItems: 'center' },
        chip: [
            getFocusStyle(theme, { inset: 1 }),
            {
                display: 'inline-flex',
                alignItems: 'center',
                gap: 6,
                padding: '3px 10px',
                borderRadius: 14,
                border: `1px solid ${chip.border}`,
                background: chip.background,
                color: chip.text,
                cursor: 'pointer',
                fontSize: theme.fonts.small.fontSize,
                fontFamily: 'inherit',
                lineHeight: '18px',
                selectors: { ':hover': { background: chip.hoverBackground } },
            },
        ],
        chipSelected: { background: chip.selectedBackground, borderColor: chip.selectedBorder, boxShadow: `inset 0 0 0 1px ${chip.selectedBorder}`, fontWeight: FontWeights.semibold, selectors: { ':hover': { background: chip.selectedHoverBackground } } },
        chipCount: { fontWeight: FontWeights.semibold },
        chipDot: { width: 8, height: 8, borderRadius: 4, flex: '0 0 auto' },
        totals: { display: 'flex', columnGap: 28, rowGap: 8, flexWrap: 'wrap', margin: '0 0 4px 0' },
        total: { display: 'flex', flexDirection: 'column-reverse', gap: 2, margin: 0, minWidth: 64 },
        totalValue: { fontSize: theme.fonts.xLarge.fontSize, fontWeight: FontWeights.semibold, margin: 0, lineHeight: '28px' },
        totalLabel: { color: p.neutralSecondary, fontSize: theme.fonts.small.fontSize, margin: 0, lineHeight: '16px', whiteSpace: 'nowrap' },
        progressRow: { display: 'flex', alignItems: 'center', gap: 12, padding: '4px 8px', background: theme.semanticColors.infoBackground, color: theme.semanticColors.messageText },
        progressBar: { flex: '1 1 auto', minWidth: 80 },
        toolbar: { display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap' },
        search: { flex: '1 1 260px', maxWidth: 420 },
        asOf: { color: p.neutralSecondary, fontSize: theme.fonts.small.fontSize, marginLeft: 'auto' },
        listArea: { position: 'relative', flex: '1 1 auto', minHeight: 280, border: `1px solid ${p.neutralLight}` },
        cellStack: { display: 'flex', flexDirection: 'column', gap: 2, minWidth: 0 },
        primaryText: { fontWeight: FontWeights.semibold, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
        // The mailbox name: the theme's link colour, adjusted in the rows Fluent tints (hovered, selected), where the
        // brand can miss AA. Selected comes last: a selected row under the pointer is both.
        nameLink: {
            fontWeight: FontWeights.semibold,
            overflow: 'hidden',
            textOverflow: 'ellipsis',
            whiteSpace: 'nowrap',
            selectors: {
                ':global(.ms-DetailsRow:hover) &': { color: list.hoveredRowLink },
                ':global(.ms-DetailsRow:hover) &:hover, :global(.ms-DetailsRow:hover) &:active': { color: list.hoveredRowLinkHovered },
                ':global(.ms-DetailsRow.is-selected) &, :global(.ms-DetailsRow.is-selected) &:focus': { color: list.selectedLink },
                ':global(.ms-DetailsRow.is-selected) &:hover, :global(.ms-DetailsRow.is-selected) &:active': { color: list.selectedLinkHovered },
            },
        },
        secondaryText: { color: p.neutralSecondary, fontSize: theme.fonts.small.fontSize, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
        workloads: { display: 'flex', gap: 8, alignItems: 'center' },
        srOnly: { position: 'absolute', width: 1, height: 1, margin: -1, padding: 0, overflow: 'hidden', clip: 'rect(0,0,0,0)', border: 0 },
    });
}

export type FleetStyles = ReturnType<typeof fleetStyles>;
