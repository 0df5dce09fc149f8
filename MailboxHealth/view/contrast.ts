/**
 * Colour arithmetic for the theme: WCAG 2.x contrast (relative luminance), mixing and "make this readable on that".
 * Host themes come from tokens the control does not choose (a dark model-driven app, a custom brand), so the few
 * colours the control derives are checked here rather than assumed. Pure functions, no DOM.
 */

export interface Rgba {
    readonly r: number;
    readonly g: number;
    readonly b: number;
    /** 0…1 */
    readonly a: number;
}

/** WCAG 2.x AA for normal text (1.4.3). */
export const TEXT_CONTRAST = 4.5;
/** WCAG 2.x AA for icons and other graphics that carry meaning (1.4.11). */
export const GRAPHIC_CONTRAST = 3;

const HEX = /^#([0-9a-f]{3}|[0-9a-f]{4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
const RGB = /^rgba?\(\s*([\d.]+)\s*,\s*([\d.]+)\s*,\s*([\d.]+)\s*(?:,\s*([\d.]+%?)\s*)?\)$/i;

/** "#0f6cbd", "#fff", "#0f6cbd80", "rgb(…)", "rgba(…, .5)", "transparent" → Rgba; anything else → null. */
export function parseColour(text: string | null | undefined): Rgba | null {
    if (typeof text !== 'string') return null;
    const c = text.trim();
    if (c.toLowerCase() === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
    const hex = HEX.exec(c);
    if (hex) {
        let h = hex[1];
        if (h.length <= 4) h = h.replace(/./g, (x) => x + x);
        const n = (i: number): number => parseInt(h.slice(i, i + 2), 16);
        return { r: n(0), g: n(2), b: n(4), a: h.length === 8 ? n(6) / 255 : 1 };
    }
    const rgb = RGB.exec(c);
    if (rgb) {
        const alpha = rgb[4] === undefined ? 1 : rgb[4].endsWith('%') ? parseFloat(rgb[4]) / 100 : parseFloat(rgb[4]);
        const channel = (v: string): number => Math.max(0, Math.min(255, parseFloat(v)));
        return { r: channel(rgb[1]), g: channel(rgb[2]), b: channel(rgb[3]), a: Math.max(0, Math.min(1, alpha)) };
    }
    return null;
}

/** "#rrggbb" of an opaque colour. */
export function toHex(c: Rgba): string {
    const h = (v: number): string => Math.round(Math.max(0, Math.min(255, v))).toString(16).padStart(2, '0');
    return `#${h(c.r)}${h(c.g)}${h(c.b)}`;
}

/** A translucent colour painted over an opaque one. */
export function composite(top: Rgba, under: Rgba): Rgba {
    const a = top.a;
    return { r: top.r * a + under.r * (1 - a), g: top.g * a + under.g * (1 - a), b: top.b * a + under.b * (1 - a), a: 1 };
}

/** `share` of `colour` over `base` (0 = base, 1 = colour), as "#rrggbb". Unreadable input gives `base` unchanged. */
export function mix(colour: string, base: string, share: number): string {
    const c = parseColour(colour);
    const b = parseColour(base);
    if (!c || !b) return base;
    return toHex(composite({ ...c, a: Math.max(0, Math.min(1, share)) }, { ...b, a: 1 }));
}

function channel(v: number): number {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
}

/** WCAG relative luminance of an opaque colour. */
export function luminance(c: Rgba): number {
    return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
}

/**
 * The WCAG contrast ratio (1…21) of `foreground` on `background`; translucent colours are painted over `canvas`
 * (the page behind them, white by default). Unreadable colours give 1 (treated as no contrast).
 */
export function contrastRatio(foreground: string, background: string, canvas = '#ffffff'): number {
    const page = parseColour(canvas);
    const bg = parseColour(background);
    const fg = parseColour(foreground);
    if (!page || !bg || !fg) return 1;
    const under = composite(bg, { ...page, a: 1 });
    const over = composite(fg, under);
    const l1 = luminance(over);
    const l2 = luminance(under);
    return (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
}

/**
 * `colour` if it reaches `ratio` on `background`; otherwise the least step of it towards `toward` (the text colour
 * of the theme) that does, so a brand colour stays recognisably the brand while becoming readable.
 */
export function ensureContrast(colour: string, background: string, ratio: number, toward: string): string {
    if (contrastRatio(colour, background) >= ratio) return colour;
    for (let share = 0.1; share < 1; share += 0.1) {
        const candidate = mix(toward, colour, share);
        if (contrastRatio(candidate, background) >= ratio) return candidate;
    }
    return toward;
}
