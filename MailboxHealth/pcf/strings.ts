import { fillTemplate } from '../contract/strings';
import type { Strings } from '../contract/strings';

/**
 * The view's Strings over the control's resx (context.resources.getString). A key the resx lacks comes back as the
 * key itself, so a gap is visible instead of blank; the resx contract test keeps that from shipping.
 */
export function createStrings(resources: Pick<ComponentFramework.Resources, 'getString'>): Strings {
    const cache = new Map<string, string>();
    return (key, ...args) => {
        let template = cache.get(key);
        if (template === undefined) {
            let value: unknown;
            try {
                value = resources.getString(key);
            } catch {
                value = undefined;
            }
            template = typeof value === 'string' && value !== '' ? value : key;
            cache.set(key, template);
        }
        return args.length === 0 ? template : fillTemplate(template, args);
    };
}
