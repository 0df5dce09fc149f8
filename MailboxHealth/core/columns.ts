/**
 * Which columns each rule reads, and all the columns the core reads from a mailbox row. The PCF layer adds
 * REQUIRED_COLUMNS to the dataset (docs/evidence.md §2.7 T9) and uses RULE_COLUMNS to say which states cannot be
 * judged when a column is missing.
 */
import { MAILBOX_COLUMNS } from './types';
import type { HealthState, MailboxColumn } from './types';

const DELIVERY: readonly MailboxColumn[] = ['incomingemaildeliverymethod', 'outgoingemaildeliverymethod', 'actdeliverymethod'];
const STATUS: readonly MailboxColumn[] = ['incomingemailstatus', 'outgoingemailstatus', 'actstatus'];
const WORKLOAD_STATE: readonly MailboxColumn[] = [
    ...DELIVERY,
    'enabledforincomingemail',
    'enabledforoutgoingemail',
    'enabledforact',
    'incomingemailstatus',
    'outgoingemailstatus',
    'actstatus',
];

/** The columns each health rule reads (health-model "Health states"). `healthy` is "otherwise": none of its own. */
export const RULE_COLUMNS: Readonly<Record<HealthState, readonly MailboxColumn[]>> = Object.freeze({
    inactive: ['statecode', 'statuscode'],
    'not-configured': DELIVERY,
    misconfigured: ['emailserverprofile'],
    'approval-rejected': ['emailrouteraccessapproval'],
    'approval-pending': ['emailrouteraccessapproval'],
    'test-retrying': ['testemailconfigurationscheduled', ...DELIVERY, ...STATUS],
    'test-pending': ['testemailconfigurationscheduled'],
    disabled: WORKLOAD_STATE,
    degraded: WORKLOAD_STATE,
    'not-enabled': WORKLOAD_STATE,
    stuck: ['processingstatecode', 'processinglastattemptedon'],
    failing: ['lastsyncerrorcount', 'lastsyncerroroccurredon', 'lastsuccessfulsynccompletedon'],
    overdue: ['processingstatecode', 'postponemailboxprocessinguntil'],
    // v2: only incoming email and ACT cycles set the last success
    'awaiting-first-sync': [
        'lastsuccessfulsynccompletedon',
        'incomingemaildeliverymethod',
        'actdeliverymethod',
        'enabledforincomingemail',
        'enabledforact',
        'incomingemailstatus',
        'actstatus',
    ],
    healthy: [],
});

/** Columns read for identity, flags, schedule and errors besides the rules' own. */
const OTHER_COLUMNS: ReadonlySet<MailboxColumn> = new Set<MailboxColumn>([
    'mailboxid',
    'name',
    'emailaddress',
    'emailserverprofilename',
    'isemailaddressapprovedbyo365admin', // flag o365-approval-missing
    'postponetestemailconfigurationuntil', // Test & Enable time (read when Test & Enable is scheduled)
    'testemailconfigurationretrycount', // Test & Enable tries left (read when Test & Enable is scheduled)
    'mailboxstatus', // the last cycle failed: corroborates rule 11 (v2)
    'transientfailurecount', // per-workload retry counters (v2)
    'modifiedon', // stuck: host stopped or cycle running long (v2)
    'hostid', // flag syncing-now
    'forcedunlockcount', // flag forced-unlocks
    'receivingpostponeduntil', // incoming nextRunAt / backoff
    'receivingpostponeduntilforact', // ACT nextRunAt / backoff
    'postponesendinguntil', // outgoing nextRunAt / backoff
    'noemailcount', // flag idle
    'lastsyncerror', // errors
    'lastsyncerrorcode', // errors
    'itemsfailedforlastsync', // flag item-failures
]);

/** Every column the core reads from a row, in MAILBOX_COLUMNS order. */
export const REQUIRED_COLUMNS: readonly MailboxColumn[] = Object.freeze(
    MAILBOX_COLUMNS.filter((c) => OTHER_COLUMNS.has(c) || Object.values(RULE_COLUMNS).some((cols) => cols.includes(c))),
);
