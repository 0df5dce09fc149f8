import type { Why, WhyError } from '../core/why';
import { WORKLOADS } from '../core/types';
import type { Workload } from '../core/types';
import type { Strings } from '../contract/strings';
import { formatCount, formatDuration, formatRelative } from './format';
import { plural } from './plural';

/** The Why cell's words: the leading reason, and a second line with when, retries left or what is not settled. */
export interface WhyWords {
    readonly primary: string;
    readonly detail: string | null;
}

/** HTTP statuses with a name in the resx (Why_HttpStatus_<n>); others read "HTTP <n>". */
const NAMED_HTTP = new Set([400, 401, 403, 404, 429, 500, 502, 503, 504]);

/** Reasons with a sentence of their own in the list (Why_<code>); others fall back to the state's name. */
const STATE_WORDS = new Set([
    'mailbox-inactive',
    'no-workload-uses-sss',
    'no-server-profile',
    'approval-rejected',
    'approval-pending',
    'test-enable-scheduled',
    'no-workload-enabled',
    'consecutive-errors',
    'never-synced',
    'no-problem-found',
    'o365-approval-missing',
    'test-enable-retrying',
]);
/** Reasons whose sentence takes a duration in minutes ({0}). */
const MINUTE_WORDS = new Set(['lock-held-too-long', 'lock-host-stopped', 'lock-cycle-running-long', 'processing-overdue']);
/** Reasons whose sentence is counted (Why_<code>_One / _Other). */
const COUNTED_WORDS = new Set(['item-failures', 'forced-unlocks']);

const MINUTE_MS = 60_000;

/** "Incoming", "Incoming, ACT", "Every workload", or "Sync" when the reason concerns the mailbox as a whole. */
export function whySubject(workloads: readonly Workload[], strings: Strings): string {
    if (workloads.length === 0) return strings('Why_Subject_Mailbox');
    if (workloads.length === WORKLOADS.length) return strings('Why_Subject_All');
    return workloads.map((w) => strings(`Why_Workload_${w}`)).join(strings('Label_ListSeparator'));
}

/** The error as an admin recognises it: "401 Unauthorized", "ErrorMailboxMoveInProgress", "0x80040265", else its class. */
export function whyErrorLabel(error: WhyError, strings: Strings): string {
    if (error.httpStatus !== null) return NAMED_HTTP.has(error.httpStatus) ? strings(`Why_HttpStatus_${error.httpStatus}`) : strings('Why_HttpStatus', error.httpStatus);
    if (error.exchangeError !== null) return error.exchangeError;
    if (error.errorType !== null && error.errorType.trim() !== '') return error.errorType;
    if (error.hresultHex !== null) return error.hresultHex;
    return strings(`Why_ErrorOfClass_${error.errorClass}`);
}

function primaryText(why: Why, strings: Strings): string {
    const subject = whySubject(why.workloads, strings);
    const error = why.error === null ? null : whyErrorLabel(why.error, strings);
    switch (why.kind) {
        case 'workloads-disabled':
            return error === null ? strings('Why_WorkloadsDisabled', subject) : strings('Why_WorkloadsDisabledAfter', subject, error);
        case 'workloads-test-failed':
            return error === null ? strings('Why_WorkloadsTestFailed', subject) : strings('Why_WorkloadsTestFailedAfter', subject, error);
        case 'backing-off':
            return strings('Why_BackingOffAfter', subject, error ?? strings('Why_ErrorOfClass_transient'));
        case 'failing':
            return error === null ? strings('Why_consecutive-errors') : strings('Why_FailingAfter', subject, error);
        case 'flag':
        case 'state':
            return reasonText(why, subject, strings);
    }
}

function reasonText(why: Why, subject: string, strings: Strings): string {
    const code = why.reason;
    if (code === 'backoff') return strings('Why_backoff', subject);
    if (code === 'stale') return strings('Why_stale', formatDuration((why.value ?? 0) * 60 * MINUTE_MS, strings));
    if (MINUTE_WORDS.has(code)) return strings(`Why_${code}`, formatDuration((why.value ?? 0) * MINUTE_MS, strings));
    if (COUNTED_WORDS.has(code)) return plural(strings, `Why_${code}`, why.value ?? 0, formatCount(why.value ?? 0));
    if (STATE_WORDS.has(code)) return strings(`Why_${code}`);
    return strings(`State_${why.state}`);
}

function detailParts(why: Why, now: number, strings: Strings): string[] {
    const parts: string[] = [];
    if (why.retriesLeft !== null) parts.push(plural(strings, why.retriesEstimated ? 'Why_Detail_RetriesLeftAbout' : 'Why_Detail_RetriesLeft', why.retriesLeft, formatCount(why.retriesLeft)));
    else if (why.kind === 'failing' && why.value !== null) parts.push(plural(strings, 'Why_Detail_InARow', why.value, formatCount(why.value)));
    if (why.at !== null && Number.isFinite(why.at)) {
        if (why.kind === 'flag' && why.reason === 'backoff') parts.push(strings('Why_Detail_NextTry', formatRelative(why.at, now, strings)));
        else if (why.kind === 'state' && why.reason === 'no-problem-found') parts.push(strings('Why_Detail_LastSuccess', formatRelative(why.at, now, strings)));
        else if (why.reason !== 'stale' && !MINUTE_WORDS.has(why.reason)) parts.push(formatRelative(why.at, now, strings));
    }
    if (why.unsettledColumns > 0) parts.push(plural(strings, 'Why_Detail_NotSettled', why.unsettledColumns, formatCount(why.unsettledColumns)));
    return parts;
}

/**
 * @summary The Why cell: "Incoming disabled after 401 Unauthorized" over "3 d ago"; "Outgoing backing off after 503
 * Service Unavailable" over "7 retries left · 10 min ago".
 */
export function whyWords(why: Why, now: number, strings: Strings): WhyWords {
    const parts = detailParts(why, now, strings);
    return { primary: primaryText(why, strings), detail: parts.length === 0 ? null : parts.join(strings('Why_Detail_Separator')) };
}
