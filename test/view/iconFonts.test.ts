import '../mocks/fluentCommonJs';
import { registerIcons } from '@fluentui/react';
import { SEVERITIES } from '../../MailboxHealth/core/types';
import { preloadIconFonts, ROW_ICONS } from '../../MailboxHealth/view/iconFonts';
import { severityStyle, uncertainStyle } from '../../MailboxHealth/view/theme';

registerIcons({ fontFace: { fontFamily: '"PreloadTestA"' }, icons: { PreloadOne: '\ue001', PreloadTwo: '\ue002' } });
registerIcons({ fontFace: { fontFamily: '"PreloadTestB"' }, icons: { PreloadThree: '\ue003' } });
registerIcons({ icons: { PreloadSvg: 'svg' } });

describe('icon fonts of the list rows', () => {
    afterEach(() => {
        delete (document as { fonts?: unknown }).fonts;
    });

    it('names every icon a row can show: each severity, the unsettled verdict, no server-side sync, Details', () => {
        for (const s of SEVERITIES) expect(ROW_ICONS).toContain(severityStyle(s).icon);
        expect(ROW_ICONS).toContain(uncertainStyle().icon);
        expect(ROW_ICONS).toEqual(expect.arrayContaining(['Remove', 'OpenPane']));
        expect(new Set(ROW_ICONS).size).toBe(ROW_ICONS.length);
    });

    it('asks the browser for each font family once, with a glyph of it', () => {
        const load = jest.fn(() => Promise.resolve([]));
        Object.defineProperty(document, 'fonts', { value: { load }, configurable: true });
        expect(preloadIconFonts(['PreloadOne', 'PreloadTwo', 'PreloadThree', 'PreloadSvg', 'NotRegistered'])).toEqual(['"PreloadTestA"', '"PreloadTestB"']);
        expect(load.mock.calls).toEqual([
            ['1em "PreloadTestA"', '\ue001'],
            ['1em "PreloadTestB"', '\ue003'],
        ]);
    });

    it('never throws: no document.fonts, a rejected or a throwing load', async () => {
        expect(preloadIconFonts(['PreloadOne'])).toEqual(['"PreloadTestA"']);
        const rejected = jest.fn(() => Promise.reject(new Error('offline')));
        Object.defineProperty(document, 'fonts', { value: { load: rejected }, configurable: true });
        expect(() => preloadIconFonts(['PreloadOne'])).not.toThrow();
        await Promise.resolve();
        Object.defineProperty(document, 'fonts', {
            value: {
                load: () => {
                    throw new SyntaxError('bad font');
                },
            },
            configurable: true,
        });
        expect(() => preloadIconFonts(['PreloadThree'])).not.toThrow();
    });
});
