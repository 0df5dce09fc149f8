import '../mocks/fluentCommonJs';
import { createTheme } from '@fluentui/react';
import type { ITheme } from '@fluentui/react';
import { SEVERITIES } from '../../MailboxHealth/core/types';
import { contrastRatio, ensureContrast, GRAPHIC_CONTRAST, mix, parseColour, TEXT_CONTRAST } from '../../MailboxHealth/view/contrast';
import { chipColours, hostTheme, listColours, severityStyle, uncertainStyle } from '../../MailboxHealth/view/theme';

/** The Fluent 2 web tokens a model-driven host hands over (the subset the harness gives, as the platform names them). */
const LIGHT_TOKENS = {
    colorNeutralBackground1: '#ffffff',
    colorNeutralBackground2: '#fafafa',
    colorNeutralBackground3: '#f5f5f5',
    colorNeutralForeground1: '#242424',
    colorNeutralForeground2: '#424242',
    colorNeutralStroke1: '#d1d1d1',
    colorNeutralStroke2: '#e0e0e0',
    colorBrandBackground: '#0f6cbd',
    colorBrandForeground1: '#0f6cbd',
};
const DARK_TOKENS = {
    colorNeutralBackground1: '#292929',
    colorNeutralBackground2: '#1f1f1f',
    colorNeutralBackground3: '#141414',
    colorNeutralForeground1: '#ffffff',
    colorNeutralForeground2: '#d6d6d6',
    colorNeutralStroke1: '#666666',
    colorNeutralStroke2: '#525252',
    colorBrandBackground: '#115ea3',
    colorBrandForeground1: '#479ef5',
};

describe('contrastRatio', () => {
    it('gives 21 for black on white and 1 for a colour on itself', () => {
        expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
        expect(contrastRatio('#0f6cbd', '#0f6cbd')).toBeCloseTo(1, 5);
    });

    it('matches published WCAG figures', () => {
        expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
        expect(contrastRatio('#ffffff', '#deecf9')).toBeCloseTo(1.2, 1);
    });

    it('paints a translucent background over the canvas before comparing', () => {
        expect(contrastRatio('#ffffff', 'rgba(0, 0, 0, 0)', '#292929')).toBeCloseTo(contrastRatio('#ffffff', '#292929'), 5);
        expect(contrastRatio('#000000', 'rgba(255, 255, 255, .5)', '#000000')).toBeCloseTo(contrastRatio('#000000', '#808080'), 1);
    });

    it('treats an unreadable colour as no contrast', () => {
        expect(contrastRatio('not a colour', '#ffffff')).toBe(1);
        expect(parseColour('var(--x)')).toBeNull();
    });
});

describe('ensureContrast', () => {
    it('keeps a colour that is readable and moves one that is not towards the text colour until it is', () => {
        expect(ensureContrast('#479ef5', '#292929', TEXT_CONTRAST, '#ffffff')).toBe('#479ef5');
        const fixed = ensureContrast('#115ea3', '#292929', TEXT_CONTRAST, '#ffffff');
        expect(fixed).not.toBe('#115ea3');
        expect(contrastRatio(fixed, '#292929')).toBeGreaterThanOrEqual(TEXT_CONTRAST);
    });

    it('mixes colours by share', () => {
        expect(mix('#000000', '#ffffff', 0.5)).toBe('#808080');
        expect(mix('#0f6cbd', '#ffffff', 0)).toBe('#ffffff');
    });
});

const THEMES: readonly (readonly [string, ITheme])[] = [
    ['light host', hostTheme(LIGHT_TOKENS, false) as ITheme],
    ['dark host', hostTheme(DARK_TOKENS, true) as ITheme],
    ['Fluent default (no tokens)', createTheme({})],
];

describe.each(THEMES)('in the %s theme', (_name, theme) => {
    const canvas = theme.semanticColors.bodyBackground;
    const chips = chipColours(theme);

    it('gives chip text AA contrast, plain, hovered, selected and selected-hovered', () => {
        const backgrounds = { plain: chips.background, hover: chips.hoverBackground, selected: chips.selectedBackground, selectedHover: chips.selectedHoverBackground };
        const low = Object.entries(backgrounds).filter(([, background]) => contrastRatio(chips.text, background, canvas) < TEXT_CONTRAST);
        expect(low).toEqual([]);
    });

    it('keeps Fluent\'s accent (icons, checkmarks, borders: themePrimary) distinguishable from the page', () => {
        expect(contrastRatio(theme.palette.themePrimary, canvas, canvas)).toBeGreaterThanOrEqual(GRAPHIC_CONTRAST);
    });

    it('outlines the selected chip in a colour that stands out from the page', () => {
        expect(contrastRatio(chips.selectedBorder, canvas, canvas)).toBeGreaterThanOrEqual(GRAPHIC_CONTRAST);
    });

    it('gives every badge AA text contrast and a readable icon, the unsettled one included', () => {
        const styles = [...SEVERITIES.map((s) => [s, severityStyle(s, theme)] as const), ['uncertain', uncertainStyle(theme)] as const];
        expect(styles.filter(([, style]) => contrastRatio(style.text, style.background, canvas) < TEXT_CONTRAST).map(([s]) => s)).toEqual([]);
        expect(styles.filter(([, style]) => contrastRatio(style.foreground, style.background, canvas) < GRAPHIC_CONTRAST).map(([s]) => s)).toEqual([]);
    });

    it('gives Fluent\'s own controls AA text contrast: checked toggle buttons, hovered and selected list rows', () => {
        const p = theme.palette;
        const pairs = { checkedButton: [p.neutralDark, p.neutralLight], hoveredRow: [theme.semanticColors.bodyText, p.neutralLighter], selectedRow: [p.neutralDark, p.neutralLight], buttonText: [p.neutralPrimary, p.white] };
        expect(Object.entries(pairs).filter(([, [fg, bg]]) => contrastRatio(fg, bg, canvas) < TEXT_CONTRAST).map(([k]) => k)).toEqual([]);
    });

    it('gives the mailbox name (a link) AA contrast in hovered and selected rows, with the pointer on the row or on the link', () => {
        const p = theme.palette;
        const list = listColours(theme);
        // Fluent 8 DetailsRow: a hovered row is neutralLighter, a selected one neutralLight, both neutralQuaternaryAlt.
        const pairs = {
            hoveredRow: [list.hoveredRowLink, p.neutralLighter],
            hoveredRowLinkHovered: [list.hoveredRowLinkHovered, p.neutralLighter],
            selected: [list.selectedLink, p.neutralLight],
            selectedHover: [list.selectedLink, p.neutralQuaternaryAlt],
            selectedLinkHovered: [list.selectedLinkHovered, p.neutralLight],
            selectedHoverLinkHovered: [list.selectedLinkHovered, p.neutralQuaternaryAlt],
        };
        expect(Object.entries(pairs).filter(([, [fg, bg]]) => contrastRatio(fg, bg, canvas) < TEXT_CONTRAST).map(([k]) => k)).toEqual([]);
    });

    it('gives links (mailbox names) and secondary text AA contrast on the page', () => {
        expect(contrastRatio(theme.semanticColors.link, canvas, canvas)).toBeGreaterThanOrEqual(TEXT_CONTRAST);
        expect(contrastRatio(theme.semanticColors.linkHovered, canvas, canvas)).toBeGreaterThanOrEqual(TEXT_CONTRAST);
        expect(contrastRatio(theme.palette.neutralSecondary, canvas, canvas)).toBeGreaterThanOrEqual(TEXT_CONTRAST);
    });
});

describe('listColours', () => {
    it('darkens the light host\'s brand link in a selected row, where #0f6cbd on #e0e0e0 reads only 4.07:1', () => {
        const light = hostTheme(LIGHT_TOKENS, false) as ITheme;
        expect(light.semanticColors.link).toBe('#0f6cbd');
        expect(contrastRatio('#0f6cbd', light.palette.neutralLight)).toBeLessThan(TEXT_CONTRAST);
        const { selectedLink } = listColours(light);
        expect(selectedLink).not.toBe('#0f6cbd');
        expect(listColours(light).hoveredRowLink).toBe('#0f6cbd'); // #f5f5f5 under the pointer: the brand reads there
        expect(contrastRatio(selectedLink, '#ffffff')).toBeGreaterThan(contrastRatio('#0f6cbd', '#ffffff')); // darker, not lighter
    });

    it('lightens the dark host\'s brand link in a selected row rather than darkening it', () => {
        const dark = hostTheme(DARK_TOKENS, true) as ITheme;
        const { selectedLink } = listColours(dark);
        expect(contrastRatio(selectedLink, '#000000')).toBeGreaterThanOrEqual(contrastRatio(dark.semanticColors.link, '#000000'));
        expect(contrastRatio(selectedLink, dark.palette.neutralLight)).toBeGreaterThanOrEqual(TEXT_CONTRAST);
    });

    it('keeps a link colour that already reads on the tinted rows', () => {
        const t = createTheme({ palette: { neutralLighter: '#ffffff', neutralLight: '#ffffff', neutralQuaternaryAlt: '#ffffff' }, semanticColors: { link: '#000000', linkHovered: '#000000' } });
        expect(listColours(t)).toEqual({ hoveredRowLink: '#000000', hoveredRowLinkHovered: '#000000', selectedLink: '#000000', selectedLinkHovered: '#000000' });
    });
});

describe('hostTheme in the dark', () => {
    it('derives dark brand tints when the host gives none, instead of keeping Fluent\'s light ones', () => {
        const dark = hostTheme(DARK_TOKENS, true) as ITheme;
        expect(dark.palette.themeLighter).not.toBe(createTheme({}).palette.themeLighter);
        expect(contrastRatio('#ffffff', dark.palette.themeLighter)).toBeGreaterThanOrEqual(TEXT_CONTRAST);
    });

    it('keeps a tint the host does give', () => {
        const t = hostTheme({ ...DARK_TOKENS, colorBrandBackground2: '#082338' }, true) as ITheme;
        expect(t.palette.themeLighter).toBe('#082338');
    });

    it('takes the link colour from the brand text token', () => {
        expect((hostTheme({ ...DARK_TOKENS, colorBrandForegroundLink: '#62abf5' }, true) as ITheme).semanticColors.link).toBe('#62abf5');
        expect((hostTheme(DARK_TOKENS, true) as ITheme).semanticColors.link).toBe('#479ef5');
    });
});
