import { createTheme, getTheme } from '@fluentui/react';
import type { IPalette, ITheme } from '@fluentui/react';
import type { Severity } from '../core/types';

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
            return { foreground: p.themePrimary, background: s.infoBackground, text, icon: 'Info' };
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

export { WORKLOAD_STATE_SEVERITY } from './workloadSeverity';

/** Colours for the doughnut and the sparkline, one per health state, following the state's severity. */
export function stateColour(severity: Severity, theme: ITheme = getTheme()): string {
    const p = theme.palette;
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
            return p.green;
    }
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
 * The host's theme for Fluent 8. Model-driven apps with the modern look hand over Fluent 2 tokens; they are mapped
 * onto the Fluent 8 palette. Without tokens the answer is undefined: Fluent's own (host-loaded) theme applies.
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

function themeFromTokens(tokens: Readonly<Record<string, string>>, isDark?: boolean): ITheme | undefined {
    const palette: Partial<IPalette> = {};
    for (const [token, slot] of TOKEN_TO_PALETTE) {
        const value = tokens[token];
        if (typeof value === 'string' && value !== '') palette[slot] = value;
    }
    if (Object.keys(palette).length === 0) return undefined;
    return createTheme({ palette, isInverted: isDark === true });
}
