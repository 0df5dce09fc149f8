import { plural, pluralKey } from '../../MailboxHealth/view/plural';
import type { Strings } from '../../MailboxHealth/contract/strings';
import { fillTemplate } from '../../MailboxHealth/contract/strings';

const TABLE: Record<string, string> = { Retries_One: '{0} retry left', Retries_Other: '{0} retries left', Few_Other: '{0} things', Few_Few: '{0} few things' };
const strings: Strings = (key, ...args) => (key in TABLE ? fillTemplate(TABLE[key], args) : key);
const RETRIES = { one: 'Retries_One', other: 'Retries_Other' };

describe('plural', () => {
    it('picks the one key for one and the other key for every other count in English', () => {
        expect(pluralKey(RETRIES, 1)).toBe('Retries_One');
        expect(pluralKey(RETRIES, 0)).toBe('Retries_Other');
        expect(pluralKey(RETRIES, 7)).toBe('Retries_Other');
        expect(plural(strings, RETRIES, 1)).toBe('1 retry left');
        expect(plural(strings, RETRIES, 7)).toBe('7 retries left');
    });

    it('shows the formatted count it is given', () => {
        expect(plural(strings, RETRIES, 10000, '10,000')).toBe('10,000 retries left');
    });

    it("uses a language's own categories when the keys have them, and the other key when they do not", () => {
        const keys = { one: 'Few_Other', few: 'Few_Few', other: 'Few_Other' };
        expect(pluralKey(keys, 3, 'pl')).toBe('Few_Few');
        expect(pluralKey(keys, 5, 'pl')).toBe('Few_Other');
        expect(pluralKey(RETRIES, 3, 'pl')).toBe('Retries_Other');
    });
});
