import { FontWeights, getFocusStyle, mergeStyleSets } from '@fluentui/react';
import type { ITheme } from '@fluentui/react';
import { chipColours, listColours } from './theme';

/**
 * Every list row is this tall (px, border included): the virtualized list computes page heights from it instead of
 * measuring each page in the DOM (Fluent's List._measurePage), and rows never jump while scrolling.
 */
export const ROW_HEIGHT = 48;

/** No motion for those who ask for none (WCAG 2.3.3), anywhere in the control. */
const REDUCED_MOTION = '@media (prefers-reduced-motion: reduce)';

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
            // The control scrolls inside the box the host gives it and never paints outside it.
            minHeight: 0,
            maxWidth: '100%',
            overflow: 'auto',
            selectors: { [REDUCED_MOTION]: { selectors: { '& *, & *::before, & *::after': { animation: 'none !important', transition: 'none !important' } } } },
        },
        // Panels render in a Fluent layer outside the root: the same "no motion" for them (their slide-in).
        layer: { selectors: { [REDUCED_MOTION]: { selectors: { '& *, & *::before, & *::after': { animation: 'none !important', transition: 'none !important' } } } } },
        // Sized by content (a form, a host without a height): room for the list.
        rootByContent: { minHeight: 420 },
        header: { display: 'flex', gap: 12, alignItems: 'center', flex: '0 0 auto' },
        headerText: { display: 'flex', flexDirection: 'column', gap: 6, flex: '1 1 0', minWidth: 0 },
        chipBand: { display: 'flex', flexWrap: 'wrap', gap: 6, alignItems: 'center', minWidth: 0 },
        chipGroup: { display: 'contents' },
        moreChip: [
            getFocusStyle(theme, { inset: 1 }),
            {
                padding: '3px 10px',
                borderRadius: 14,
                border: `1px dashed ${chip.border}`,
                background: 'transparent',
                color: chip.text,
                cursor: 'pointer',
                fontSize: theme.fonts.small.fontSize,
                fontFamily: 'inherit',
                lineHeight: '18px',
                selectors: { ':hover': { background: chip.hoverBackground } },
            },
        ],
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
        // One line of totals ("Mailboxes 1,000 · Failing 40 …"), wrapping only where the band is narrow.
        totals: { display: 'flex', columnGap: 16, rowGap: 2, flexWrap: 'wrap', margin: 0 },
        total: { display: 'flex', alignItems: 'baseline', gap: 4, margin: 0, whiteSpace: 'nowrap' },
        totalValue: { fontSize: theme.fonts.mediumPlus.fontSize, fontWeight: FontWeights.semibold, margin: 0, lineHeight: '20px' },
        totalLabel: { color: p.neutralSecondary, fontSize: theme.fonts.small.fontSize, margin: 0, lineHeight: '16px', whiteSpace: 'nowrap' },
        progressRow: { display: 'flex', alignItems: 'center', gap: 12, padding: '4px 8px', background: theme.semanticColors.infoBackground, color: theme.semanticColors.messageText },
        progressBar: { flex: '1 1 auto', minWidth: 80 },
        toolbar: { display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap', flex: '0 0 auto' },
        search: { flex: '1 1 200px', maxWidth: 420, minWidth: 140 },
        asOf: { color: p.neutralSecondary, fontSize: theme.fonts.small.fontSize, marginLeft: 'auto' },
        statusLine: { display: 'flex', gap: 12, alignItems: 'baseline', flexWrap: 'wrap', flex: '0 0 auto' },
        // At least the header row and three rows, so the first rows show in the smallest box; more when there is room.
        listArea: {
            position: 'relative',
            flex: '1 1 auto',
            minHeight: 44 + 3 * ROW_HEIGHT,
            border: `1px solid ${p.neutralLight}`,
            selectors: {
                // The column headers stay in view while the rows scroll (CSS sticky inside listScroll).
                '& .ms-DetailsList-headerWrapper': { position: 'sticky', top: 0, zIndex: 1, background: theme.semanticColors.bodyBackground },
                '& .ms-DetailsHeader': { paddingTop: 0 },
                // Fixed-height rows: no measuring, no jumping. No fade-in on every sort or filter (Fluent's fadeIn400).
                '& .ms-DetailsRow': { height: ROW_HEIGHT, minHeight: ROW_HEIGHT, boxSizing: 'border-box', animation: 'none' },
                '& .ms-DetailsRow-fields': { height: ROW_HEIGHT - 1, alignItems: 'center' },
                '& .ms-DetailsRow-cell': { minHeight: 0, paddingTop: 0, paddingBottom: 0, overflow: 'hidden' },
                '& .ms-DetailsRow-check': { height: ROW_HEIGHT - 1 },
                // Cells whose parts stack (the mailbox and its address, the health badge and its flags) lay them out
                // themselves: no wrapper element in each row (specific enough to beat Fluent's inline-block cell,
                // whichever rule is inserted last).
                '& .ms-DetailsRow-cell[data-automation-key="name"], & .ms-DetailsRow-cell[data-automation-key="health"]': { display: 'flex', flexDirection: 'column', justifyContent: 'center', gap: 2 },
                // The three workloads fill the column's 130 px to its edge (they always drew into its end padding; now
                // that they are the cell's own children the padding would count as overflow).
                '& .ms-DetailsRow-cell[data-automation-key="workloads"]': { paddingRight: 0 },
            },
        },
        // The health badge in a row: colour and icon come from its look class (rowLooks.ts), text clipped with an ellipsis.
        rowBadge: {
            display: 'inline-block',
            alignSelf: 'flex-start',
            maxWidth: '100%',
            boxSizing: 'border-box',
            padding: '1px 8px',
            borderRadius: 10,
            borderWidth: 1,
            borderStyle: 'solid',
            fontSize: 12,
            lineHeight: '18px',
            whiteSpace: 'nowrap',
            overflow: 'hidden',
            textOverflow: 'ellipsis',
        },
        // A workload's short name; its icon follows (rowLooks.ts). Inline in the cell's one line, 8 px apart.
        rowWorkload: { display: 'inline-block', whiteSpace: 'nowrap', fontSize: 12, lineHeight: '18px', selectors: { '& + &': { marginLeft: 8 } } },
        // The Why cell: at most two lines (the row's fixed height), the reason first.
        whyCell: {
            display: '-webkit-box',
            WebkitLineClamp: 2,
            WebkitBoxOrient: 'vertical',
            overflow: 'hidden',
            whiteSpace: 'normal',
            lineHeight: '16px',
            maxHeight: 32,
            overflowWrap: 'anywhere',
        },
        listScroll: { position: 'absolute', inset: 0, overflow: 'auto' },
        whyText: { fontWeight: FontWeights.semibold, color: theme.semanticColors.bodyText },
        detailsButton: [
            getFocusStyle(theme, { inset: 1 }),
            {
                width: 32,
                height: 32,
                padding: 0,
                border: 'none',
                borderRadius: 2,
                background: 'transparent',
                color: theme.semanticColors.actionLink,
                cursor: 'pointer',
                fontSize: 16,
                display: 'inline-flex',
                alignItems: 'center',
                justifyContent: 'center',
                selectors: { ':hover': { background: p.neutralLighter, color: p.themeDarkAlt }, ':active': { background: p.neutralLight } },
            },
        ],
        // Inside whyText (one inline run in the clamped box): the detail is not bold.
        whyDetail: { color: p.neutralSecondary, fontSize: theme.fonts.small.fontSize, fontWeight: FontWeights.regular },
        primaryText: { fontWeight: FontWeights.semibold, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
        // The mailbox name: the theme's link colour, adjusted in the rows Fluent tints (hovered, selected), where the
        // brand can miss AA. Selected comes last: a selected row under the pointer is both. A native button styled as
        // Fluent's Link (which renders a button without href too): one per row, without the styled component's
        // customisation lookups on every sort and filter.
        nameLink: [
            getFocusStyle(theme, { inset: 1 }),
            {
                color: theme.semanticColors.link,
                background: 'none',
                border: 'none',
                padding: 0,
                margin: 0,
                fontFamily: 'inherit',
                fontSize: 'inherit',
                textAlign: 'left',
                cursor: 'pointer',
                maxWidth: '100%',
                fontWeight: FontWeights.semibold,
                overflow: 'hidden',
                textOverflow: 'ellipsis',
                whiteSpace: 'nowrap',
                selectors: {
                    ':hover, :active': { color: theme.semanticColors.linkHovered, textDecoration: 'underline' },
                    ':global(.ms-DetailsRow:hover) &': { color: list.hoveredRowLink },
                    ':global(.ms-DetailsRow:hover) &:hover, :global(.ms-DetailsRow:hover) &:active': { color: list.hoveredRowLinkHovered },
                    ':global(.ms-DetailsRow.is-selected) &, :global(.ms-DetailsRow.is-selected) &:focus': { color: list.selectedLink },
                    ':global(.ms-DetailsRow.is-selected) &:hover, :global(.ms-DetailsRow.is-selected) &:active': { color: list.selectedLinkHovered },
                },
            },
        ],
        secondaryText: { color: p.neutralSecondary, fontSize: theme.fonts.small.fontSize, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
        srOnly: { position: 'absolute', width: 1, height: 1, margin: -1, padding: 0, overflow: 'hidden', clip: 'rect(0,0,0,0)', border: 0 },
    });
}

export type FleetStyles = ReturnType<typeof fleetStyles>;
