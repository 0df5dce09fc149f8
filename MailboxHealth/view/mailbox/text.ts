import { adviceKey } from '../../core';
import type { Advice } from '../../core';
import type { Strings } from '../../contract/strings';

/**
 * A resx entry that may not exist (a reason or catalogue code the core added after the resx was written): the
 * Strings contract returns the key itself for a missing entry, which must not be shown as if it were prose.
 */
export function optionalString(strings: Strings, key: string, ...args: (string | number)[]): string | null {
    const text = strings(key, ...args);
    return text === '' || text === key ? null : text;
}

/** "a, b and c"-free joining: logical names are joined with ", " exactly as admins see them in the log. */
export function joinColumns(columns: readonly string[]): string {
    return columns.join(', ');
}

/** The mailbox's single "what to do" (core/decisions/advice.ts) in words; null when the resx has no sentence for it. */
export function adviceText(advice: Advice, strings: Strings): string | null {
    const who = advice.workload === null ? strings('Label_AdviceTheMailbox') : strings(`Workload_${advice.workload}`);
    return optionalString(strings, adviceKey(advice), who, advice.retriesLeft ?? '?');
}
