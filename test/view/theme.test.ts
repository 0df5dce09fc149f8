import '../mocks/fluentCommonJs';
import { createTheme } from '@fluentui/react';
import { SEVERITIES } from '../../MailboxHealth/core/types';
import { contrastRatio } from '../../MailboxHealth/view/contrast';
import { hostTheme, severityStyle, stateColour, uncertainStyle } from '../../MailboxHealth/view/theme';

const theme = createTheme({});

describe('severityStyle', () => {
    it('gives every severity its own icon, and colours from the theme', () => {
        const icons = SEVERITIES.map((s) => severityStyle(s, theme).icon);
        expect(new Set(icons).size).toBe(SEVERITIES.length);
        expect(severityStyle('critical', theme).foreground).toBe(theme.semanticColors.errorIcon);
        expect(severityStyle('ok', theme).background).toBe(theme.semanticColors.successBackground);
    });

    it('keeps text in the body text colour for contrast', () => {
        for (const s of SEVERITIES) expect(severityStyle(s, theme).text).toBe(theme.semanticColors.bodyText);
    });

    it('never lends an uncertain verdict the look of a state', () => {
        expect(SEVERITIES.map((s) => severityStyle(s, theme).icon)).not.toContain(uncertainStyle(theme).icon);
    });
});

describe('stateColour', () => {
    it.each([
        ['light', hostTheme({ colorBrandBackground: '#0f6cbd', colorNeutralBackground1: '#ffffff', colorNeutralForeground1: '#242424' }, false)],
        ['dark', hostTheme({ colorBrandBackground: '#115ea3', colorNeutralBackground1: '#292929', colorNeutralForeground1: '#ffffff' }, true)],
        ['Fluent default', theme],
    ])('paints the Healthy slice in the green of the Healthy chip\'s icon (%s theme)', (_name, t) => {
        expect(stateColour('ok', t)).toBe(severityStyle('ok', t).foreground);
    });

    it('uses the dark theme\'s lighter green, not the light palette\'s', () => {
        const dark = hostTheme({ colorBrandBackground: '#115ea3', colorNeutralBackground1: '#292929', colorNeutralForeground1: '#ffffff' }, true);
        expect(stateColour('ok', dark).toLowerCase()).not.toBe('#107c10');
        expect(contrastRatio(stateColour('ok', dark), '#292929')).toBeGreaterThanOrEqual(3);
    });
});

describe('hostTheme', () => {
    it('maps the host Fluent 2 tokens onto the Fluent 8 palette', () => {
        const t = hostTheme({ colorBrandBackground: '#6b2c91', colorNeutralBackground1: '#202020', colorNeutralForeground1: '#fafafa' }, true);
        expect(t?.palette.white).toBe('#202020');
        expect(t?.palette.neutralPrimary).toBe('#fafafa');
        expect(t?.isInverted).toBe(true);
        expect(hostTheme({ colorBrandBackground: '#6b2c91', colorNeutralBackground1: '#ffffff' }, false)?.palette.themePrimary).toBe('#6b2c91');
    });

    it('lightens a dark host\'s brand until Fluent\'s accent stands out from the page (3:1)', () => {
        const t = hostTheme({ colorBrandBackground: '#6b2c91', colorNeutralBackground1: '#202020', colorNeutralForeground1: '#fafafa' }, true);
        expect(t?.palette.themePrimary).not.toBe('#6b2c91');
        expect(contrastRatio(t?.palette.themePrimary ?? '', '#202020')).toBeGreaterThanOrEqual(3);
    });

    it('leaves the theme to Fluent when the host gives no tokens', () => {
        expect(hostTheme(undefined)).toBeUndefined();
        expect(hostTheme({ somethingElse: '#fff' })).toBeUndefined();
    });
});

describe('hostTheme memo', () => {
    it('gives the same theme object for the same tokens, so the view does not re-render for it', () => {
        const tokens = { colorBrandBackground: '#0f6cbd' };
        expect(hostTheme(tokens, false)).toBe(hostTheme(tokens, false));
        expect(hostTheme(tokens, true)).not.toBe(hostTheme({ ...tokens }, true));
    });
});
