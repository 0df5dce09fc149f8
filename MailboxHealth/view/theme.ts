import { createTheme, getTheme } from '@fluentui/react';
import type { IPalette, ISemanticColors, ITheme } from '@fluentui/react';
import type { Severity } from '../core/types';
import { contrastRatio, ensureContrast, GRAPHIC_CONTRAST, mix, TEXT_CONTRAST } from './contrast';

/**
 * Severity → colours and a Fluent icon name, taken from the host's Fluent theme (semantic colours), so the control
 * follows the app's theme. Colour is never the only signal: every badge also carries an icon and text.
 *
 * `foreground` is for the icon (and borders); text stays in `text` (the theme's body text colour) for contrast on
 * the tinted `background`.
 */
export interface SeverityStyle {
    readonly foreground: string;
    readonly background: string;
    readonly text: string;
    /** A Fluent MDL2 icon name. */
    readonly icon: string;
}

export function severityStyle(severity: Severity, theme: ITheme = getTheme()): SeverityStyle {
    const s = theme.semanticColors;
    const p = theme.palette;
    const text = s.bodyText;
    switch (severity) {
        case 'critical':
            return { foreground: s.errorIcon, background: s.errorBackground, text, icon: 'StatusErrorFull' };
        case 'error':
            return { foreground: s.errorText, background: s.errorBackground, text, icon: 'ErrorBadge' };
        case 'warning':
            return { foreground: s.severeWarningIcon, background: s.warningBackground, text, icon: 'Warning' };
        case 'info':
            // The link colour: the brand as readable text (themePrimary is a fill, too dark on a dark theme).
            return { foreground: s.link, background: s.infoBackground, text, icon: 'Info' };
        case 'neutral':
            return { foreground: p.neutralSecondary, background: p.neutralLighter, text, icon: 'CircleRing' };
        case 'ok':
            return { foreground: s.successIcon, background: s.successBackground, text, icon: 'CompletedSolid' };
    }
}

/** A verdict that is not settled (columns missing) never looks like its state: neutral colours, a question mark. */
export function uncertainStyle(theme: ITheme = getTheme()): SeverityStyle {
    return { foreground: theme.palette.neutralSecondary, background: theme.palette.neutralLighter, text: theme.semanticColors.bodyText, icon: 'Unknown' };
}


/** Colours for the doughnut and the sparkline, one per health state, following the state's severity. */
export function stateColour(severity: Severity, theme: ITheme = getTheme()): string {
    const p = theme.palette;
    const s = theme.semanticColors;
    switch (severity) {
        case 'critical':
            return p.redDark;
        case 'error':
            return p.red;
        case 'warning':
            return p.orangeLighter;
        case 'info':
            return p.themePrimary;
        case 'neutral':
            return p.neutralTertiary;
        case 'ok':
            // The chips are the doughnut's legend: the same green as the Healthy chip's icon (severityStyle), which a
            // dark theme lightens (#92c353) where palette.green stays #107c10.
            return s.successIcon;
    }
}


/**
 * The filter chips' colours. A selected chip is tinted with the brand and outlined in it; its text stays the body
 * text, and when a host's tint is too strong for that (WCAG AA, 4.5:1) a lighter tint of the brand over the
 * background is used.
 */
export interface ChipColours {
    readonly text: string;
    readonly background: string;
    readonly border: string;
    readonly hoverBackground: string;
    readonly selectedBackground: string;
    readonly selectedBorder: string;
    readonly selectedHoverBackground: string;
}

export function chipColours(theme: ITheme = getTheme()): ChipColours {
    const p = theme.palette;
    const s = theme.semanticColors;
    const text = s.bodyText;
    const canvas = s.bodyBackground;
    const readable = (background: string, share: number): string => (contrastRatio(text, background, canvas) >= TEXT_CONTRAST ? background : mix(p.themePrimary, canvas, share));
    return {
        text,
        background: canvas,
        border: p.neutralTertiaryAlt,
        hoverBackground: readable(p.neutralLighter, 0.08),
        selectedBackground: readable(p.themeLighter, 0.16),
        // The border marks the selected state: it must stand out from the page (3:1), as the tint alone does not.
        selectedBorder: ensureContrast(p.themePrimary, canvas, GRAPHIC_CONTRAST, text),
        selectedHoverBackground: readable(p.themeLight, 0.26),
    };
}

/**
 * The fleet list's colours for a mailbox name (a link) in a row Fluent tints. Fluent 8's DetailsRow paints a hovered
 * row neutralLighter, a selected row neutralLight (neutralQuaternaryAlt under the pointer); the brand link colour,
 * chosen for the page, can fall short of AA there (#0f6cbd on #e0e0e0 is 4.07:1; Fluent's own #0078d4 on #f3f2f1 is
 * 4.1:1). In those rows the link moves towards the body text (darker on a light theme, lighter on a dark one) just
 * enough to read at 4.5:1, so it stays recognisably the brand; a colour that already reads is kept.
 */
export interface ListColours {
    /** The name link in a hovered (not selected) row. */
    readonly hoveredRowLink: string;
    /** The same with the pointer on the link itself. */
    readonly hoveredRowLinkHovered: string;
    /** The name link in a selected row, with or without the pointer on the row. */
    readonly selectedLink: string;
    /** The same with the pointer on the link itself. */
    readonly selectedLinkHovered: string;
}

export function listColours(theme: ITheme = getTheme()): ListColours {
    const p = theme.palette;
    const s = theme.semanticColors;
    const readableOn = (backgrounds: readonly string[], colour: string): string =>
        backgrounds.reduce((c, background) => ensureContrast(c, background, TEXT_CONTRAST, s.bodyText), colour);
    // Fluent 8 DetailsRow.styles: defaultHoverBackground neutralLighter; selectedBackground neutralLight,
    // selectedHoverBackground neutralQuaternaryAlt.
    const hovered = [p.neutralLighter];
    const selected = [p.neutralLight, p.neutralQuaternaryAlt];
    return {
        hoveredRowLink: readableOn(hovered, s.link),
        hoveredRowLinkHovered: readableOn(hovered, s.linkHovered),
        selectedLink: readableOn(selected, s.link),
        selectedLinkHovered: readableOn(selected, s.linkHovered),
    };
}

/** Fluent 2 design tokens (context.fluentDesignLanguage.tokenTheme) → the Fluent 8 palette slots they stand for. */
const TOKEN_TO_PALETTE: readonly (readonly [string, keyof IPalette])[] = [
    ['colorBrandBackground', 'themePrimary'],
    ['colorBrandBackgroundHover', 'themeDarkAlt'],
    ['colorBrandBackgroundPressed', 'themeDark'],
    ['colorBrandForeground1', 'themeDarker'],
    ['colorBrandBackground2', 'themeLighter'],
    ['colorNeutralForeground1', 'neutralPrimary'],
    ['colorNeutralForeground2', 'neutralSecondary'],
    ['colorNeutralForegroundDisabled', 'neutralTertiary'],
    ['colorNeutralStroke1', 'neutralTertiaryAlt'],
    ['colorNeutralStroke2', 'neutralLight'],
    ['colorNeutralBackground3', 'neutralLighter'],
    ['colorNeutralBackground2', 'neutralLighterAlt'],
    ['colorNeutralBackground1', 'white'],
];

/**
 * The neutral ramp as a share of the foreground (neutralPrimary) over the background (white), measured on Fluent's
 * own light palette (#323130 over #ffffff). Slots the tokens leave empty are derived from it, so a dark host does
 * not keep Fluent's light defaults: a checked button's #201f1e text on a dark grey, for one.
 */
const NEUTRAL_RAMP: readonly (readonly [keyof IPalette, number])[] = [
    ['neutralLighterAlt', 0.024],
    ['neutralLighter', 0.059],
    ['neutralLight', 0.088],
    ['neutralQuaternaryAlt', 0.146],
    ['neutralQuaternary', 0.22],
    ['neutralTertiaryAlt', 0.27],
    ['neutralTertiary', 0.46],
    ['neutralSecondaryAlt', 0.57],
    ['neutralSecondary', 0.776],
    ['neutralPrimaryAlt', 0.956],
];

/** Fluent 2 tokens for the brand as text (links), best first. */
const LINK_TOKENS: readonly string[] = ['colorBrandForegroundLink', 'colorBrandForeground1', 'colorBrandForeground2'];

/**
 * Brand tints the host may not hand over, as a share of the brand over the background (close to Fluent's own light
 * palette: themeLighter #deecf9 is about 16% of #0078d4 over white). Fluent's defaults for these slots are light
 * blues, which under a dark host put white text on a pale chip.
 */
const BRAND_TINTS: readonly (readonly [keyof IPalette, number])[] = [
    ['themeLighterAlt', 0.06],
    ['themeLighter', 0.16],
    ['themeLight', 0.28],
    ['themeTertiary', 0.6],
];

/**
 * The host's theme for Fluent 8. Model-driven apps with the modern look hand over Fluent 2 tokens; they are mapped
 * onto the Fluent 8 palette, the neutral and brand slots the tokens lack are derived from the host's foreground,
 * background and brand (so a dark host gets a dark palette throughout, Fluent's own controls included), and the
 * link colour is the brand's text token, made readable (4.5:1) on the background if it is not. Without tokens the
 * answer is undefined: Fluent's own (host-loaded) theme applies.
 */
export function hostTheme(tokens: Readonly<Record<string, string>> | undefined, isDark?: boolean): ITheme | undefined {
    if (!tokens || typeof tokens !== 'object') return undefined;
    // The host hands over the same token object on every updateView: reuse the theme, so nothing re-renders for it.
    if (lastTheme && lastTheme.tokens === tokens && lastTheme.isDark === isDark) return lastTheme.theme;
    const theme = themeFromTokens(tokens, isDark);
    lastTheme = { tokens, isDark, theme };
    return theme;
}

let lastTheme: { readonly tokens: object; readonly isDark: boolean | undefined; readonly theme: ITheme | undefined } | null = null;

function tokenValue(tokens: Readonly<Record<string, string>>, name: string): string | undefined {
    const value = tokens[name];
    return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function themeFromTokens(tokens: Readonly<Record<string, string>>, isDark?: boolean): ITheme | undefined {
    const palette: Partial<IPalette> = {};
    for (const [token, slot] of TOKEN_TO_PALETTE) {
        const value = tokenValue(tokens, token);
        if (value !== undefined) palette[slot] = value;
    }
    if (Object.keys(palette).length === 0) return undefined;
    const isInverted = isDark === true;
    const base = createTheme({ palette, isInverted });
    const background = base.palette.white;
    const foreground = base.palette.neutralPrimary;
    const brand = base.palette.themePrimary;
    const given = new Set(Object.keys(palette));
    for (const [slot, share] of NEUTRAL_RAMP) if (!given.has(slot)) palette[slot] = mix(foreground, background, share);
    // Beyond the foreground: black on a light theme, white on a dark one (Fluent's inverted themes swap them too).
    const extreme = isInverted ? '#ffffff' : '#000000';
    if (!given.has('neutralDark')) palette.neutralDark = mix(extreme, foreground, 0.5);
    if (!given.has('black')) palette.black = extreme;
    for (const [slot, share] of BRAND_TINTS) if (!given.has(slot)) palette[slot] = mix(brand, background, share);
    const text = foreground; // Fluent's bodyText
    const linkToken = LINK_TOKENS.map((t) => tokenValue(tokens, t)).find((v) => v !== undefined);
    const link = ensureContrast(linkToken ?? brand, background, TEXT_CONTRAST, text);
    // Fluent 8 paints icons, checkmarks, focus and selection borders in themePrimary, so it must stand out from the
    // page (3:1). A dark host's brand *background* token does not (#115ea3 on #292929 is 2.2:1): use its brand text.
    if (contrastRatio(brand, background) < GRAPHIC_CONTRAST) palette.themePrimary = ensureContrast(linkToken ?? brand, background, GRAPHIC_CONTRAST, text);
    const semanticColors: Partial<ISemanticColors> = {
        link,
        linkHovered: ensureContrast(tokenValue(tokens, 'colorBrandForegroundLinkHover') ?? link, background, TEXT_CONTRAST, text),
    };
    return createTheme({ palette, semanticColors, isInverted });
}
