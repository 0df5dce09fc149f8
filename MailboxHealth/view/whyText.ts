import type { Why, WhyError } from '../core/why';
import { WORKLOADS } from '../core/types';
import type { ErrorClass, Workload } from '../core/types';
import type { Strings } from '../contract/strings';
import { formatCount, formatDuration, formatRelative } from './format';
import { plural } from './plural';
import type { PluralKeys } from './plural';

/** The Why cell's words: the leading reason, and a second line with when, retries left or what is not settled. */
export interface WhyWords {
    readonly primary: string;
    readonly detail: string | null;
}

/** HTTP statuses with a name in the resx; others read "HTTP <n>". */
const HTTP_KEYS: Readonly<Record<number, string>> = {
    400: 'Why_HttpStatus_400',
    401: 'Why_HttpStatus_401',
    403: 'Why_HttpStatus_403',
    404: 'Why_HttpStatus_404',
    429: 'Why_HttpStatus_429',
    500: 'Why_HttpStatus_500',
    502: 'Why_HttpStatus_502',
    503: 'Why_HttpStatus_503',
    504: 'Why_HttpStatus_504',
};

const CLASS_KEYS: Readonly<Record<ErrorClass, string>> = {
    transient: 'Why_ErrorOfClass_transient',
    permanent: 'Why_ErrorOfClass_permanent',
    config: 'Why_ErrorOfClass_config',
    item: 'Why_ErrorOfClass_item',
    unknown: 'Why_ErrorOfClass_unknown',
};

const WORKLOAD_KEYS: Readonly<Record<Workload, string>> = { incoming: 'Why_Workload_incoming', outgoing: 'Why_Workload_outgoing', act: 'Why_Workload_act' };

/** Reasons with a sentence of their own in the list; others fall back to the state's name. */
const REASON_KEYS: Readonly<Record<string, string>> = {
    'mailbox-inactive': 'Why_mailbox-inactive',
    'no-workload-uses-sss': 'Why_no-workload-uses-sss',
    'no-server-profile': 'Why_no-server-profile',
    'approval-rejected': 'Why_approval-rejected',
    'approval-pending': 'Why_approval-pending',
    'test-enable-scheduled': 'Why_test-enable-scheduled',
    'test-enable-retrying': 'Why_test-enable-retrying',
    'no-workload-enabled': 'Why_no-workload-enabled',
    'consecutive-errors': 'Why_consecutive-errors',
    'never-synced': 'Why_never-synced',
    'no-problem-found': 'Why_no-problem-found',
    'o365-approval-missing': 'Why_o365-approval-missing',
};
/** Reasons whose sentence takes a duration in minutes ({0}). */
const MINUTE_KEYS: Readonly<Record<string, string>> = {
    'lock-held-too-long': 'Why_lock-held-too-long',
    'lock-host-stopped': 'Why_lock-host-stopped',
    'lock-cycle-running-long': 'Why_lock-cycle-running-long',
    'processing-overdue': 'Why_processing-overdue',
};
/** Reasons whose sentence is counted. */
const COUNTED_KEYS: Readonly<Record<string, PluralKeys>> = {
    'item-failures': { one: 'Why_item-failures_One', other: 'Why_item-failures_Other' },
    'forced-unlocks': { one: 'Why_forced-unlocks_One', other: 'Why_forced-unlocks_Other' },
};

const RETRIES_LEFT: PluralKeys = { one: 'Why_Detail_RetriesLeft_One', other: 'Why_Detail_RetriesLeft_Other' };
const RETRIES_LEFT_ABOUT: PluralKeys = { one: 'Why_Detail_RetriesLeftAbout_One', other: 'Why_Detail_RetriesLeftAbout_Other' };
const IN_A_ROW: PluralKeys = { one: 'Why_Detail_InARow_One', other: 'Why_Detail_InARow_Other' };
const NOT_SETTLED: PluralKeys = { one: 'Why_Detail_NotSettled_One', other: 'Why_Detail_NotSettled_Other' };

const MINUTE_MS = 60_000;

/** "Incoming", "Incoming, ACT", "Every workload", or "Sync" when the reason concerns the mailbox as a whole. */
export function whySubject(workloads: readonly Workload[], strings: Strings): string {
    if (workloads.length === 0) return strings('Why_Subject_Mailbox');
    if (workloads.length === WORKLOADS.length) return strings('Why_Subject_All');
    return workloads.map((w) => strings(WORKLOAD_KEYS[w])).join(strings('Label_ListSeparator'));
}

/** The error as an admin recognises it: "401 Unauthorized", "ErrorMailboxMoveInProgress", "0x80040265", else its class. */
export function whyErrorLabel(error: WhyError, strings: Strings): string {
    if (error.httpStatus !== null) {
        const key = HTTP_KEYS[error.httpStatus];
        return key === undefined ? strings('Why_HttpStatus', error.httpStatus) : strings(key);
    }
    if (error.exchangeError !== null) return error.exchangeError;
    if (error.errorType !== null && error.errorType.trim() !== '') return error.errorType;
    if (error.hresultHex !== null) return error.hresultHex;
    return strings(CLASS_KEYS[error.errorClass]);
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
            return strings('Why_BackingOffAfter', subject, error ?? strings(CLASS_KEYS.transient));
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
    if (code in MINUTE_KEYS) return strings(MINUTE_KEYS[code], formatDuration((why.value ?? 0) * MINUTE_MS, strings));
    if (code in COUNTED_KEYS) return plural(strings, COUNTED_KEYS[code], why.value ?? 0, formatCount(why.value ?? 0));
    if (code in REASON_KEYS) return strings(REASON_KEYS[code]);
    return strings(`State_${why.state}`);
}

function detailParts(why: Why, now: number, strings: Strings): string[] {
    const parts: string[] = [];
    if (why.retriesLeft !== null) parts.push(plural(strings, why.retriesEstimated ? RETRIES_LEFT_ABOUT : RETRIES_LEFT, why.retriesLeft, formatCount(why.retriesLeft)));
    else if (why.kind === 'failing' && why.value !== null) parts.push(plural(strings, IN_A_ROW, why.value, formatCount(why.value)));
    if (why.at !== null && Number.isFinite(why.at)) {
        if (why.kind === 'flag' && why.reason === 'backoff') parts.push(strings('Why_Detail_NextTry', formatRelative(why.at, now, strings)));
        else if (why.kind === 'state' && why.reason === 'no-problem-found') parts.push(strings('Why_Detail_LastSuccess', formatRelative(why.at, now, strings)));
        else if (why.reason !== 'stale' && !(why.reason in MINUTE_KEYS)) parts.push(formatRelative(why.at, now, strings));
    }
    if (why.unsettledColumns > 0) parts.push(plural(strings, NOT_SETTLED, why.unsettledColumns, formatCount(why.unsettledColumns)));
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
