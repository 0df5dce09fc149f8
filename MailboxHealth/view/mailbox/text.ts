import { adviceKey } from '../../core';
import type { Advice } from '../../core';
import type { Reason } from '../../core/types';
import type { Strings } from '../../contract/strings';
import { plural, type PluralKeys } from '../plural';

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

/**
 * The reasons whose value (`{0}`, core/reasons.ts) is a count — minutes, hours, errors, retries, items, cycles —
 * with their plural keys (view/plural.ts). Their `Reason_<code>` sentence says the same without the number, for a
 * reason that comes without one. Every other reason's value is a raw option value, not a count.
 */
export const COUNTED_REASON_KEYS: Readonly<Record<string, PluralKeys>> = {
    backoff: { one: 'Reason_backoff_One', other: 'Reason_backoff_Other' },
    'consecutive-errors': { one: 'Reason_consecutive-errors_One', other: 'Reason_consecutive-errors_Other' },
    'forced-unlocks': { one: 'Reason_forced-unlocks_One', other: 'Reason_forced-unlocks_Other' },
    idle: { one: 'Reason_idle_One', other: 'Reason_idle_Other' },
    'item-failures': { one: 'Reason_item-failures_One', other: 'Reason_item-failures_Other' },
    'lock-cycle-running-long': { one: 'Reason_lock-cycle-running-long_One', other: 'Reason_lock-cycle-running-long_Other' },
    'lock-held-too-long': { one: 'Reason_lock-held-too-long_One', other: 'Reason_lock-held-too-long_Other' },
    'lock-host-stopped': { one: 'Reason_lock-host-stopped_One', other: 'Reason_lock-host-stopped_Other' },
    'processing-due': { one: 'Reason_processing-due_One', other: 'Reason_processing-due_Other' },
    'processing-overdue': { one: 'Reason_processing-overdue_One', other: 'Reason_processing-overdue_Other' },
    'retries-left': { one: 'Reason_retries-left_One', other: 'Reason_retries-left_Other' },
    'retries-left-estimated': { one: 'Reason_retries-left-estimated_One', other: 'Reason_retries-left-estimated_Other' },
    stale: { one: 'Reason_stale_One', other: 'Reason_stale_Other' },
    'test-enable-retrying': { one: 'Reason_test-enable-retrying_One', other: 'Reason_test-enable-retrying_Other' },
    'workload-backoff': { one: 'Reason_workload-backoff_One', other: 'Reason_workload-backoff_Other' },
    'workload-postponed': { one: 'Reason_workload-postponed_One', other: 'Reason_workload-postponed_Other' },
    'workload-transient-failures': { one: 'Reason_workload-transient-failures_One', other: 'Reason_workload-transient-failures_Other' },
};

/**
 * @summary One reason in an admin's words: `Reason_<code>` ({0} = its value, {1} = the workload), its plural form when
 * the value is a count, or the code itself for a code the resx lacks. The logical column names are not part of the
 * sentence: they are the reason's evidence, listed apart (ReasonList's "Columns").
 * @example reasonText({ code: 'workload-postponed', columns: [], workload: 'act', value: 1 }, strings)
 * // 'Appointments, contacts and tasks is postponed 1 minute past the next processing cycle.'
 */
export function reasonText(reason: Reason, strings: Strings): string {
    const workload = reason.workload ? strings(`Workload_${reason.workload}`) : '';
    const counted = Object.prototype.hasOwnProperty.call(COUNTED_REASON_KEYS, reason.code) ? COUNTED_REASON_KEYS[reason.code] : undefined;
    if (counted !== undefined && typeof reason.value === 'number' && Number.isFinite(reason.value)) {
        const text = plural(strings, counted, reason.value, String(reason.value), workload);
        if (text !== '' && text !== counted.one && text !== counted.other) return text;
    }
    const value = reason.value === undefined || counted !== undefined ? '' : reason.value;
    return optionalString(strings, `Reason_${reason.code}`, value, workload) ?? reason.code;
}

/**
 * Words of the data model that logical column names are made of, so a long name such as
 * `lastsuccessfulsynccompletedon` can wrap between its words (last·successful·sync·completed·on), never inside one.
 */
const COLUMN_WORDS = new Set([
    'access', 'act', 'address', 'admin', 'after', 'alert', 'and', 'approval', 'approved', 'attempted', 'authentication',
    'autodiscover', 'by', 'code', 'completed', 'concurrent', 'configuration', 'connections', 'count', 'credential',
    'delivery', 'email', 'enable', 'enabled', 'error', 'failed', 'failure', 'for', 'forced', 'forward', 'host', 'id',
    'impersonation', 'in', 'incoming', 'interval', 'is', 'items', 'last', 'level', 'location', 'log', 'machine', 'mailbox',
    'max', 'method', 'min', 'minutes', 'modified', 'name', 'next', 'no', 'number', 'o365', 'object', 'occurred', 'on',
    'outgoing', 'polling', 'port', 'postpone', 'postponed', 'process', 'processed', 'processing', 'profile', 'protocol',
    'queue', 'received', 'receiving', 'regarding', 'retrieval', 'retry', 'router', 'scheduled', 'seconds', 'send',
    'sending', 'server', 'ssl', 'started', 'state', 'status', 'successful', 'sync', 'system', 'test', 'trace', 'transient',
    'type', 'unlock', 'until', 'use', 'user',
]);
const LONGEST_WORD = Math.max(...[...COLUMN_WORDS].map((w) => w.length));

/** One run of lower-case letters and digits split into the fewest words of COLUMN_WORDS, or null when it has none. */
function splitWords(run: string): string[] | null {
    const best: (string[] | null)[] = new Array<string[] | null>(run.length + 1).fill(null);
    best[0] = [];
    for (let end = 1; end <= run.length; end++) {
        for (let start = Math.max(0, end - LONGEST_WORD); start < end; start++) {
            const before = best[start];
            const word = run.slice(start, end);
            if (before !== null && COLUMN_WORDS.has(word) && (best[end] === null || before.length + 1 < (best[end] as string[]).length)) best[end] = [...before, word];
        }
    }
    return best[run.length];
}

/**
 * @summary A logical name cut where it may wrap: between its words, and after a dot or an underscore. Parts join back
 * to the name; a run of letters that is not made of known words stays whole.
 * @example columnNameParts('tracelog.modifiedon') // ['trace', 'log.', 'modified', 'on']
 */
export function columnNameParts(name: string): string[] {
    const parts: string[] = [];
    for (const piece of name.split(/(?<=[._])/)) {
        const m = /^([a-z0-9]+)(.*)$/.exec(piece);
        const words = m ? splitWords(m[1]) : null;
        if (m === null || words === null || words.length === 0) {
            parts.push(piece);
            continue;
        }
        words[words.length - 1] += m[2];
        parts.push(...words);
    }
    return parts;
}
