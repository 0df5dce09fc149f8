import { ITheme, mergeStyleSets } from '@fluentui/react';

/** Styles of the single-mailbox view, from the host's Fluent theme. */
export function detailStyles(theme: ITheme) {
    const p = theme.palette;
    const s = theme.semanticColors;
    // Inline code: identifiers, logical names, raw values.
    const codeLook = {
        fontFamily: 'Consolas, "Courier New", monospace',
        fontSize: theme.fonts.small.fontSize,
        background: p.neutralLighter,
        color: s.bodyText,
        padding: '0 4px',
        borderRadius: 2,
    };
    return mergeStyleSets({
        root: { color: s.bodyText, fontFamily: theme.fonts.medium.fontFamily, fontSize: theme.fonts.medium.fontSize },
        section: {
            borderTop: `1px solid ${p.neutralLight}`,
            paddingTop: 12,
            marginTop: 16,
        },
        heading2: { ...theme.fonts.xLarge, margin: 0, fontWeight: 600, wordBreak: 'break-word' },
        heading3: { ...theme.fonts.large, margin: '0 0 8px 0', fontWeight: 600 },
        heading4: { ...theme.fonts.mediumPlus, margin: '8px 0 4px 0', fontWeight: 600 },
        muted: { color: p.neutralSecondary },
        code: { ...codeLook, wordBreak: 'break-all' },
        // A logical column name: whole on its line when it fits, wrapped between its words (<wbr>) when it does not.
        columnName: { ...codeLook, wordBreak: 'normal', overflowWrap: 'break-word' },
        // The evidence behind a reason: a small link-like toggle after the sentence, the names listed below it.
        columnsToggle: {
            border: 'none',
            background: 'none',
            padding: 0,
            margin: 0,
            font: 'inherit',
            fontSize: theme.fonts.small.fontSize,
            // The theme's link colour, as Fluent's Link uses: readable on the host's light and dark backgrounds.
            color: s.link,
            textDecoration: 'underline',
            cursor: 'pointer',
            whiteSpace: 'nowrap',
            selectors: { ':hover': { color: s.linkHovered }, ':focus-visible': { outline: `1px solid ${p.neutralSecondary}`, outlineOffset: 1 } },
        },
        columnList: {
            listStyle: 'none',
            margin: '2px 0 4px 0',
            padding: 0,
            display: 'flex',
            flexWrap: 'wrap',
            gap: 4,
            // The class's display must not override the `hidden` of a closed disclosure.
            selectors: { '&[hidden]': { display: 'none' }, li: { minWidth: 0, maxWidth: '100%' } },
        },
        chip: {
            display: 'inline-block',
            padding: '1px 8px',
            borderRadius: 10,
            border: `1px solid ${p.neutralTertiaryAlt}`,
            fontSize: theme.fonts.small.fontSize,
            marginRight: 4,
            marginBottom: 4,
        },
        table: {
            borderCollapse: 'collapse',
            width: '100%',
            fontSize: theme.fonts.small.fontSize,
            selectors: {
                'th, td': { textAlign: 'left', verticalAlign: 'top', padding: '4px 8px', borderBottom: `1px solid ${p.neutralLighter}` },
                th: { fontWeight: 600, color: p.neutralPrimary, whiteSpace: 'nowrap' },
                caption: { textAlign: 'left', fontWeight: 600, padding: '4px 0', color: p.neutralPrimary },
            },
        },
        tableWrap: { overflowX: 'auto', maxWidth: '100%', selectors: { table: { minWidth: 560 } } },
        facts: {
            display: 'grid',
            gridTemplateColumns: 'minmax(140px, max-content) 1fr',
            columnGap: 16,
            rowGap: 4,
            margin: 0,
            selectors: {
                dt: { color: p.neutralSecondary },
                dd: { margin: 0, minWidth: 0, overflowWrap: 'anywhere' },
                // A narrow form column: label above value.
                '@media (max-width: 480px)': { gridTemplateColumns: '1fr' },
            },
        },
        card: {
            border: `1px solid ${p.neutralLight}`,
            borderLeftWidth: 4,
            borderRadius: 2,
            padding: '8px 12px',
            marginBottom: 8,
            background: s.bodyBackground,
        },
        cards: { listStyle: 'none', margin: 0, padding: 0 },
        workloadCard: {
            borderLeft: `3px solid ${p.neutralLight}`,
            padding: '4px 0 4px 10px',
            marginBottom: 10,
        },
        rawText: {
            fontFamily: 'Consolas, "Courier New", monospace',
            fontSize: theme.fonts.small.fontSize,
            whiteSpace: 'pre-wrap',
            wordBreak: 'break-word',
            background: p.neutralLighter,
            padding: 8,
            margin: '4px 0',
            borderRadius: 2,
        },
        rawCollapsed: { maxHeight: '5.6em', overflow: 'hidden' },
        chartBox: { position: 'relative', height: 280, width: '100%' },
        dropZone: {
            border: `2px dashed ${p.neutralTertiary}`,
            borderRadius: 4,
            padding: 12,
        },
        dropActive: { borderColor: p.themePrimary, background: p.themeLighterAlt },
        visuallyHidden: {
            position: 'absolute',
            width: 1,
            height: 1,
            margin: -1,
            padding: 0,
            overflow: 'hidden',
            clip: 'rect(0 0 0 0)',
            border: 0,
            whiteSpace: 'nowrap',
        },
    });
}
