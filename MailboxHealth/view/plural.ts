import type { Strings } from '../contract/strings';

/**
 * Plural words from the resx, one convention for the whole view: a counted sentence has one key per plural category
 * of the language, `<Key>_One` and `<Key>_Other` for English (a translation adds `_Zero`, `_Two`, `_Few`, `_Many` as
 * its language needs), chosen with Intl.PluralRules. Call sites name every key literally, so the resx contract test
 * sees them. The count is `{0}`; further arguments follow as `{1}`, `{2}`…
 */
export interface PluralKeys {
    readonly one: string;
    readonly other: string;
    readonly zero?: string;
    readonly two?: string;
    readonly few?: string;
    readonly many?: string;
}

const rulesByLocale = new Map<string, Intl.PluralRules>();

function rulesFor(locale: string): Intl.PluralRules {
    let rules = rulesByLocale.get(locale);
    if (rules === undefined) {
        rules = new Intl.PluralRules(locale);
        rulesByLocale.set(locale, rules);
    }
    return rules;
}

/**
 * @summary The key for `count`: its plural category's key when given, else `other` (the strings of the control are
 * en-US, LCID 1033; a translated resx passes its own locale).
 * @example pluralKey({ one: 'X_One', other: 'X_Other' }, 1) // 'X_One'
 */
export function pluralKey(keys: PluralKeys, count: number, locale = 'en-US'): string {
    // English whole numbers (every count the view shows): "one" for 1 only, as CLDR says, without Intl's lookup per row.
    if (locale === 'en-US' && Number.isInteger(count)) return count === 1 ? keys.one : keys.other;
    const category = Number.isFinite(count) ? rulesFor(locale).select(count) : 'other';
    return keys[category] ?? keys.other;
}

/**
 * @summary A counted sentence: the key for the count's plural category, filled with the formatted count and the rest.
 * @example plural(strings, { one: 'Why_Detail_RetriesLeft_One', other: 'Why_Detail_RetriesLeft_Other' }, 7) // '7 retries left'
 */
export function plural(strings: Strings, keys: PluralKeys, count: number, formatted: string = String(count), ...rest: (string | number)[]): string {
    return strings(pluralKey(keys, count), formatted, ...rest);
}
