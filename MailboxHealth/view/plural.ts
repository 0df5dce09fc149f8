import type { Strings } from '../contract/strings';

/**
 * Plural words from the resx, one convention for the whole view: a counted sentence has one key per plural category
 * of the language, `<Key>_One`, `<Key>_Other` (and `_Zero`, `_Two`, `_Few`, `_Many` where a language needs them),
 * chosen with Intl.PluralRules; `_Other` is the fallback every counted key must have. The count is `{0}`; further
 * arguments follow as `{1}`, `{2}`…
 */

const CATEGORY_SUFFIX: Readonly<Record<Intl.LDMLPluralRule, string>> = { zero: '_Zero', one: '_One', two: '_Two', few: '_Few', many: '_Many', other: '_Other' };

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
 * @summary The resx key for `count` of a counted sentence: `_One` for 1 in English, `_Other` otherwise (the strings of
 * the control are en-US, LCID 1033; a translated resx passes its own locale).
 * @example pluralKey('Why_Detail_RetriesLeft', 1) // 'Why_Detail_RetriesLeft_One'
 */
export function pluralKey(key: string, count: number, locale = 'en-US'): string {
    const category = Number.isFinite(count) ? rulesFor(locale).select(count) : 'other';
    return key + CATEGORY_SUFFIX[category];
}

/**
 * @summary A counted sentence: the key for the count's plural category, filled with the formatted count and the rest.
 * A language's category the resx lacks falls back to `_Other` (its text comes back as the key itself).
 * @example plural(strings, 'Why_Detail_RetriesLeft', 7) // '7 retries left'
 */
export function plural(strings: Strings, key: string, count: number, formatted: string = String(count), ...rest: (string | number)[]): string {
    const chosen = pluralKey(key, count);
    const text = strings(chosen, formatted, ...rest);
    if (text !== chosen || chosen.endsWith('_Other')) return text;
    return strings(`${key}_Other`, formatted, ...rest);
}
