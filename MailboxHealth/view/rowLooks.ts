import { getIcon, mergeStyles } from '@fluentui/react';
import type { IRawStyle, ITheme } from '@fluentui/react';
import type { WorkloadIndicator } from '../core';
import type { Severity } from '../core/types';
import { severityStyle, uncertainStyle } from './theme';

/**
 * Class names that give the list rows their colours and icons, so a row needs no icon element and no inline style:
 * each icon is a Fluent icon-font glyph drawn by a `::before`/`::after` of the element that carries its text (the
 * health badge, a workload's short name, the Details button). A list row is rebuilt on every sort and filter; with an
 * element per icon it had 48 elements against a bare DetailsList row's 16, and the click's time after its script was
 * styling and laying them out. Built once per theme; every class is made once (mergeStyles would hash the style
 * object on every call).
 */
export interface RowLooks {
    /** The health badge's colours and its icon, before the text (a verdict not settled has the neutral look). */
    health(severity: Severity, uncertain: boolean): RowLook;
    /** A workload indicator's icon, after its short name (the same icon and colour as the workload's badge). */
    workload(indicator: WorkloadIndicator): RowLook;
    /** The Details button's icon. */
    readonly details: RowLook;
}

export interface RowLook {
    readonly className: string;
    /** The Fluent icon's name, kept on the element as data-icon (what the icon is, for tests and inspection). */
    readonly icon: string;
}

/** The style of a Fluent icon as a pseudo-element glyph: the subset's font, as FontIcon renders it; {} when unknown. */
export function glyphStyle(name: string, colour: string | undefined, where: 'before' | 'after', gap: number): IRawStyle {
    const icon = getIcon(name); // also registers the subset's @font-face, as FontIcon does on render
    const fontFace = icon?.subset.fontFace;
    if (!icon || !fontFace || typeof icon.code !== 'string') return {};
    return {
        selectors: {
            [`::${where}`]: {
                content: JSON.stringify(icon.code),
                // The line's full height, the glyph centred in it by its line height (FontIcon is centred by a flex box).
                display: 'inline-block',
                verticalAlign: 'top',
                lineHeight: 'inherit',
                fontFamily: fontFace.fontFamily,
                fontWeight: 'normal',
                fontStyle: 'normal',
                WebkitFontSmoothing: 'antialiased',
                MozOsxFontSmoothing: 'grayscale',
                color: colour,
                [where === 'before' ? 'marginRight' : 'marginLeft']: gap,
            },
        },
    };
}

export function rowLooks(theme: ITheme): RowLooks {
    const made = new Map<string, RowLook>();
    const look = (key: string, icon: string, style: () => IRawStyle): RowLook => {
        let found = made.get(key);
        if (found === undefined) {
            found = { className: mergeStyles(style()), icon };
            made.set(key, found);
        }
        return found;
    };
    return {
        health(severity, uncertain) {
            const s = uncertain ? uncertainStyle(theme) : severityStyle(severity, theme);
            return look(`health|${uncertain ? '?' : severity}`, s.icon, () => ({ background: s.background, color: s.text, borderColor: s.foreground, ...glyphStyle(s.icon, s.foreground, 'before', 4) }));
        },
        workload(indicator) {
            const s = indicator.indicator === 'unknown' ? uncertainStyle(theme) : severityStyle(indicator.severity, theme);
            const icon = indicator.indicator === 'not-server-side-sync' ? 'Remove' : s.icon;
            return look(`workload|${icon}|${s.foreground}`, icon, () => glyphStyle(icon, s.foreground, 'after', 4));
        },
        details: look('details', 'OpenPane', () => glyphStyle('OpenPane', undefined, 'before', 0)),
    };
}
