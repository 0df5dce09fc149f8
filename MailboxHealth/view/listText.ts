import type { MailboxAssessment, MailboxColumn, MailboxRow } from '../core/types';
import { formatDuration, formatLocal, formatRelative, formatUtc } from './format';
import type { Strings } from '../contract/strings';

/** Words for the list's cells: pure functions of an assessment, `now` and the strings. */

/** The view carries the column (an absent key is unknown, which is not the same as empty). */
function known(row: MailboxRow | undefined, column: MailboxColumn): boolean {
    return row === undefined || column in row;
}

/**
 * Next sync: "Syncing now", "in 3 min", "Due now", "Overdue by 2 h" or "Not scheduled"; "Unknown" when the view
 * lacks the schedule column (then "not scheduled" would be a guess).
 */
export function nextSyncText(a: MailboxAssessment, now: number, strings: Strings, row?: MailboxRow): string {
    if (a.due === 'not-scheduled' && !known(row, 'postponemailboxprocessinguntil')) return strings('Label_Unknown');
    switch (a.due) {
        case 'in-progress':
        case 'not-scheduled':
        case 'due':
            return strings(`Due_${a.due}`);
        case 'overdue':
            return strings('Label_NextOverdue', formatDuration(a.nextProcessingAt === null ? (a.overdueMinutes ?? 0) * 60_000 : now - a.nextProcessingAt, strings));
        case 'scheduled':
            return formatRelative(a.nextProcessingAt, now, strings);
    }
}

/** The hover text of a cell whose column the view lacks: which column, so the admin can add it to the view. */
export function missingColumnTitle(column: MailboxColumn, strings: Strings): string {
    return strings('Message_ColumnNotInView', column);
}

/** The next-sync cell's hover text: the schedule state in words, then the time in UTC and local. */
export function nextSyncTitle(a: MailboxAssessment, strings: Strings, timeZoneOffset?: (at: Date) => number, row?: MailboxRow): string {
    if (a.due === 'not-scheduled' && !known(row, 'postponemailboxprocessinguntil')) return missingColumnTitle('postponemailboxprocessinguntil', strings);
    const state = strings(`Due_${a.due}`);
    return a.nextProcessingAt === null ? state : `${state}\n${timeTitle(a.nextProcessingAt, strings, timeZoneOffset)}`;
}

/** The hover text of a time: UTC (as the Download Mailbox Details log prints it) and the user's local time. */
export function timeTitle(ms: number | null, strings: Strings, timeZoneOffset?: (at: Date) => number): string {
    if (ms === null) return strings('Label_NoValue');
    return strings('Label_TimeUtcLocal', formatUtc(ms, strings), formatLocal(ms, strings, timeZoneOffset));
}

/** The last-success cell's hover text: UTC and local, or which column the view lacks. */
export function lastSuccessTitle(a: MailboxAssessment, strings: Strings, timeZoneOffset?: (at: Date) => number, row?: MailboxRow): string {
    if (a.lastSuccessAt === null && !known(row, 'lastsuccessfulsynccompletedon')) return missingColumnTitle('lastsuccessfulsynccompletedon', strings);
    return timeTitle(a.lastSuccessAt, strings, timeZoneOffset);
}

/** Last success, relative ("5 min ago"), "Never", or "Unknown" when the view lacks the column. */
export function lastSuccessText(a: MailboxAssessment, now: number, strings: Strings, row?: MailboxRow): string {
    if (a.lastSuccessAt !== null) return formatRelative(a.lastSuccessAt, now, strings);
    return known(row, 'lastsuccessfulsynccompletedon') ? strings('Label_Never') : strings('Label_Unknown');
}
