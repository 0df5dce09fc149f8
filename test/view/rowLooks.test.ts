import '../mocks/fluentCommonJs';
import { createTheme, InjectionMode, registerIcons, Stylesheet } from '@fluentui/react';
import { SEVERITIES } from '../../MailboxHealth/core/types';
import type { WorkloadIndicator } from '../../MailboxHealth/core';
import { glyphStyle, rowLooks } from '../../MailboxHealth/view/rowLooks';
import { severityStyle, uncertainStyle } from '../../MailboxHealth/view/theme';

// Keep the inserted rules readable (jsdom has no CSSOM to read them back from).
Stylesheet.getInstance().setConfig({ injectionMode: InjectionMode.none });
const theme = createTheme({});
const GLYPHS: Record<string, string> = { StatusErrorFull: '\ue101', ErrorBadge: '\ue102', Warning: '\ue103', Info: '\ue104', CompletedSolid: '\ue105', CircleRing: '\ue106', Unknown: '\ue107', Remove: '\ue108', OpenPane: '\ue109' };
registerIcons({ fontFace: { fontFamily: '"RowLooksTest"' }, icons: Object.fromEntries(Object.entries(GLYPHS).map(([k, v]) => [k.toLowerCase(), v])) }, { disableWarnings: true });

/** The CSS Fluent inserted for a class name (its rules, pseudo-elements included). */
function cssOf(className: string): string {
    return Stylesheet.getInstance()
        .getRules(true)
        .split('}')
        .filter((rule) => rule.includes(`.${className}`))
        .join('}\n');
}

const indicator = (over: Partial<WorkloadIndicator> & Pick<WorkloadIndicator, 'indicator'>): WorkloadIndicator => ({ workload: 'incoming', severity: 'ok', retriesLeft: null, ...over });

describe('row looks: icons as glyphs of the element that carries the text, colours as classes', () => {
    const looks = rowLooks(theme);

    it('gives the health badge the colours and icon of its severity, the neutral ones when not settled', () => {
        const names = new Set<string>();
        for (const s of SEVERITIES) {
            const look = looks.health(s, false);
            const style = severityStyle(s, theme);
            expect(look.icon).toBe(style.icon);
            const css = cssOf(look.className);
            expect(css).toContain(`background:${style.background}`);
            expect(css).toContain(`border-color:${style.foreground}`);
            expect(css).toMatch(new RegExp(`::before\\{[^}]*content:"${GLYPHS[style.icon]}"`));
            expect(css).toContain('font-family:"RowLooksTest"');
            names.add(look.className);
        }
        expect(names.size).toBe(SEVERITIES.length);
        const unsettled = looks.health('critical', true);
        expect(unsettled.icon).toBe(uncertainStyle(theme).icon);
        expect(cssOf(unsettled.className)).toContain(`background:${uncertainStyle(theme).background}`);
    });

    it('draws a workload icon after its short name: the severity icon, a dash without server-side sync, the question for unknown', () => {
        const failing = looks.workload(indicator({ indicator: 'failing', severity: 'error' }));
        expect(failing.icon).toBe(severityStyle('error', theme).icon);
        expect(cssOf(failing.className)).toMatch(new RegExp(`::after\\{[^}]*content:"${GLYPHS[failing.icon]}"[^}]*color:${severityStyle('error', theme).foreground}`, 'i'));
        expect(looks.workload(indicator({ indicator: 'not-server-side-sync', severity: 'info' })).icon).toBe('Remove');
        expect(looks.workload(indicator({ indicator: 'unknown', severity: 'ok' })).icon).toBe(uncertainStyle(theme).icon);
        expect(looks.details.icon).toBe('OpenPane');
        expect(cssOf(looks.details.className)).toMatch(/::before\{[^}]*content:"\ue109"/);
    });

    it('makes each look once per theme', () => {
        expect(looks.health('warning', false)).toBe(looks.health('warning', false));
        expect(looks.workload(indicator({ indicator: 'enabled' }))).toBe(looks.workload(indicator({ workload: 'act', indicator: 'enabled' })));
    });

    it('draws no glyph for an icon Fluent does not know (the text still says it)', () => {
        expect(glyphStyle('NoSuchIcon', 'red', 'before', 4)).toEqual({});
    });
});
