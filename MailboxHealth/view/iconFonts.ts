import { getIcon } from '@fluentui/react';
import { SEVERITIES } from '../core/types';
import { severityStyle, uncertainStyle } from './theme';

/**
 * Every icon a list row can show: the health and workload badges (one per severity, the unsettled verdict's, a
 * workload without server-side sync) and the Details button.
 */
export const ROW_ICONS: readonly string[] = Object.freeze([...new Set([...SEVERITIES.map((s) => severityStyle(s).icon), uncertainStyle().icon, 'Remove', 'OpenPane'])]);

/**
 * Registers the Fluent icon-font subsets of `names` and asks the browser to load them now. Fluent adds a subset's
 * `@font-face` the first time one of its icons renders: without this, the first click that brings a new kind of
 * row into view (reversing worst first shows the Healthy rows' icon) inserted that rule in the middle of the click,
 * which re-laid out the whole page, and the new icons stayed blank until the font arrived. Returns the font
 * families asked for (tests); never throws (a host without the icon font or without `document.fonts`).
 */
export function preloadIconFonts(names: readonly string[]): string[] {
    const fonts = typeof document === 'undefined' ? undefined : (document as Document & { fonts?: FontFaceSet }).fonts;
    const families = new Set<string>();
    for (const name of names) {
        const icon = getIcon(name);
        const family = icon?.subset.fontFace?.fontFamily;
        if (!family || typeof icon.code !== 'string' || families.has(family)) continue;
        families.add(family);
        if (!fonts || typeof fonts.load !== 'function') continue;
        try {
            // Fluent's family names come quoted ("FabricMDL2Icons-5"), as the CSS font shorthand wants them.
            fonts.load(`1em ${family}`, icon.code).catch(() => undefined);
        } catch {
            // An unparsable family: the icon still renders, loaded when first shown.
        }
    }
    return [...families];
}
