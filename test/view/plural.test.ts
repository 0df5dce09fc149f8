import { plural, pluralKey } from '../../MailboxHealth/view/plural';
import type { Strings } from '../../MailboxHealth/contract/strings';
import { fillTemplate } from '../../MailboxHealth/contract/strings';

const TABLE: Record<string, string> = { Retries_One: '{0} retry left', Retries_Other: '{0} retries left', Only_Other: '{0} things' };
const strings: Strings = (key, ...args) => (key in TABLE ? fillTemplate(TABLE[key], args) : key);

describe('plural', () => {
    it('picks _One for one and _Other for every other count in English', () => {
        expect(pluralKey('Retries', 1)).toBe('Retries_One');
        expect(pluralKey('Retries', 0)).toBe('Retries_Other');
        expect(pluralKey('Retries', 7)).toBe('Retries_Other');
        expect(plural(strings, 'Retries', 1)).toBe('1 retry left');
        expect(plural(strings, 'Retries', 7)).toBe('7 retries left');
    });

    it('shows the formatted count it is given', () => {
        expect(plural(strings, 'Retries', 10000, '10,000')).toBe('10,000 retries left');
    });

    it('falls back to _Other when the category the language needs is missing', () => {
        expect(plural(strings, 'Only', 1)).toBe('1 things');
    });
});
