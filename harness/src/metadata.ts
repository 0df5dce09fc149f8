/**
 * What the harness host knows about the mailbox table: display names, PCF data types, option labels and the
 * DateOnly display format of the schedule columns (docs/evidence.md §2.1 and trap T2). The host uses it for
 * dataset columns, getFormattedValue, sorting and the Web API's formatted-value annotations.
 */
import {
    ACT_DELIVERY,
    ACT_DELIVERY_LABELS,
    APPROVAL,
    APPROVAL_LABELS,
    INCOMING_DELIVERY,
    INCOMING_DELIVERY_LABELS,
    labelsByValue,
    MAILBOX_STATUS_REASON,
    MAILBOX_STATUS_REASON_LABELS,
    OUTGOING_DELIVERY,
    OUTGOING_DELIVERY_LABELS,
    RECORD_STATE,
    RECORD_STATE_LABELS,
    TRACE_LEVEL,
    TRACE_LEVEL_LABELS,
    WORKLOAD_STATUS,
    WORKLOAD_STATUS_LABELS,
} from '../../MailboxHealth/core/vocabulary';

export type ColumnKind = 'id' | 'text' | 'email' | 'choice' | 'boolean' | 'integer' | 'datetime' | 'dateonly' | 'lookup' | 'entityname';

export interface ColumnMeta {
    readonly name: string;
    readonly displayName: string;
    readonly kind: ColumnKind;
    /** The PCF manifest type a model-driven dataset reports for the column. */
    readonly dataType: string;
    /** Choice labels by value; two-option labels as [false, true]. */
    readonly options?: Readonly<Record<number, string>>;
    readonly twoOptions?: readonly [string, string];
    /** Target table of a lookup (regardingobjectid takes it from regardingobjecttypecode). */
    readonly target?: string;
}

const STATUS = labelsByValue(WORKLOAD_STATUS, WORKLOAD_STATUS_LABELS);
const YES_NO = ['No', 'Yes'] as const;

const DATA_TYPES: Readonly<Record<ColumnKind, string>> = {
    id: 'SingleLine.Text',
    text: 'SingleLine.Text',
    email: 'SingleLine.Email',
    choice: 'OptionSet',
    boolean: 'TwoOptions',
    integer: 'Whole.None',
    datetime: 'DateAndTime.DateAndTime',
    // The schedule columns are UserLocal date-times whose display format is DateOnly (trap T2).
    dateonly: 'DateAndTime.DateOnly',
    lookup: 'Lookup.Simple',
    entityname: 'SingleLine.Text',
};

function col(name: string, displayName: string, kind: ColumnKind, extra: Partial<ColumnMeta> = {}): ColumnMeta {
    return { name, displayName, kind, dataType: DATA_TYPES[kind], ...extra };
}

/** The mailbox columns the harness serves, in MAILBOX_COLUMNS order. */
export const MAILBOX_METADATA: readonly ColumnMeta[] = [
    col('mailboxid', 'Mailbox', 'id'),
    col('name', 'Name', 'text'),
    col('emailaddress', 'Email Address', 'email'),
    col('statecode', 'Status', 'choice', { options: labelsByValue(RECORD_STATE, RECORD_STATE_LABELS) }),
    col('statuscode', 'Status Reason', 'choice', { options: labelsByValue(MAILBOX_STATUS_REASON, MAILBOX_STATUS_REASON_LABELS) }),
    col('emailserverprofile', 'Server Profile', 'lookup', { target: 'emailserverprofile' }),
    col('emailserverprofilename', 'Server Profile Name', 'text'),
    col('regardingobjectid', 'Regarding', 'lookup', { dataType: 'Lookup.Regarding' }),
    col('regardingobjectidname', 'Regarding Name', 'text'),
    col('regardingobjecttypecode', 'Regarding Object Type', 'entityname'),
    col('isforwardmailbox', 'Is Forward Mailbox', 'boolean', { twoOptions: YES_NO }),
    col('incomingemaildeliverymethod', 'Incoming Email', 'choice', { options: labelsByValue(INCOMING_DELIVERY, INCOMING_DELIVERY_LABELS) }),
    col('outgoingemaildeliverymethod', 'Outgoing Email', 'choice', { options: labelsByValue(OUTGOING_DELIVERY, OUTGOING_DELIVERY_LABELS) }),
    // Trap T1: for appointments, contacts and tasks server-side sync is 1, not 2 (the vocabulary holds the values).
    col('actdeliverymethod', 'Appointments, Contacts, and Tasks', 'choice', { options: labelsByValue(ACT_DELIVERY, ACT_DELIVERY_LABELS) }),
    col('enabledforincomingemail', 'Enabled For Incoming Email', 'boolean', { twoOptions: YES_NO }),
    col('enabledforoutgoingemail', 'Enabled For Outgoing Email', 'boolean', { twoOptions: YES_NO }),
    col('enabledforact', 'Enabled For Appointments, Contacts, And Tasks', 'boolean', { twoOptions: YES_NO }),
    col('incomingemailstatus', 'Incoming Email Status', 'choice', { options: STATUS }),
    col('outgoingemailstatus', 'Outgoing Email Status', 'choice', { options: STATUS }),
    col('actstatus', 'Appointments, Contacts, and Tasks Status', 'choice', { options: STATUS }),
    col('mailboxstatus', 'Mailbox Status', 'choice', { options: STATUS }),
    // Packed per-workload retry counters (health-model "Errors and backoff"): a whole number, as the grid shows it.
    col('transientfailurecount', 'Transient Failure Count', 'integer'),
    col('emailrouteraccessapproval', 'Email Address Status', 'choice', { options: labelsByValue(APPROVAL, APPROVAL_LABELS) }),
    col('isemailaddressapprovedbyo365admin', 'Email Address O365 Admin Approval Status', 'boolean', { twoOptions: YES_NO }),
    col('testemailconfigurationscheduled', 'Test Email Configuration Scheduled', 'boolean', { twoOptions: YES_NO }),
    col('testemailconfigurationretrycount', 'Test Email Configuration Retry Count', 'integer'),
    col('testmailboxaccesscompletedon', 'Mailbox Test Completed On', 'datetime'),
    col('postponetestemailconfigurationuntil', 'Postpone Test Email Configuration Until', 'datetime'),
    col('testandenablelastattemptedon', 'Test And Enable Last Attempted On', 'datetime'),
    col('processingstatecode', 'Mailbox Processing State', 'integer'),
    col('hostid', 'Host', 'text'),
    col('processinglastattemptedon', 'Date Processing Last Attempted', 'datetime'),
    col('lastsyncstartedon', 'Last Sync Start Time', 'datetime'),
    col('forcedunlockcount', 'Count of the number of times a mailbox gets forced unlocked', 'integer'),
    col('lastmailboxforcedunlockoccurredon', 'Last Date Time when a mailbox got forced unlocked', 'datetime'),
    col('postponemailboxprocessinguntil', 'Postpone Mailbox Processing Until', 'dateonly'),
    col('receivingpostponeduntil', 'Receiving Postponed Until', 'dateonly'),
    col('receivingpostponeduntilforact', 'Receiving Postponed Until For ACT', 'dateonly'),
    col('postponesendinguntil', 'Postpone Sending Until', 'dateonly'),
    col('nextscheduledactsyncinseconds', 'Next Scheduled ACT Sync Delay In Seconds', 'integer'),
    col('noemailcount', 'Zero email count for mailbox', 'integer'),
    col('noactcount', 'Zero appointment, contact, task count for mailbox', 'integer'),
    col('lastsuccessfulsynccompletedon', 'Last Successful Sync Time', 'datetime'),
    col('lastsyncerror', 'Last Sync Error Stack', 'text'),
    col('lastsyncerrorcode', 'Last Sync Error Code', 'integer'),
    col('lastsyncerrorcount', 'Last Sync Error Continuous Count', 'integer'),
    col('lastsyncerroroccurredon', 'Last Sync Error Time', 'datetime'),
    col('lastsyncerrormachinename', 'Last Sync Error Machine Name', 'text'),
    col('itemsprocessedforlastsync', 'Items Processed For Last Sync', 'integer'),
    col('itemsfailedforlastsync', 'Items Failed For Last Sync', 'integer'),
    col('processemailreceivedafter', 'Process Email Received After', 'dateonly'),
    col('modifiedon', 'Modified On', 'datetime'),
];

const BY_NAME: ReadonlyMap<string, ColumnMeta> = new Map(MAILBOX_METADATA.map((c) => [c.name, c]));

export function columnMeta(name: string): ColumnMeta | undefined {
    return BY_NAME.get(name);
}

/** Columns of a typical "Active Mailboxes" view: what an admin sees before the control adds its own. */
export const VIEW_COLUMNS: readonly string[] = [
    'name',
    'emailaddress',
    'regardingobjectid',
    'emailserverprofile',
    'incomingemaildeliverymethod',
    'outgoingemaildeliverymethod',
    'actdeliverymethod',
    'emailrouteraccessapproval',
    'incomingemailstatus',
    'outgoingemailstatus',
    'actstatus',
    'statuscode',
];

/** A view lacking every health column (`columns=minimal`). */
export const MINIMAL_COLUMNS: readonly string[] = ['name', 'emailaddress', 'regardingobjectid', 'statuscode'];

/** Every column the table offers a view (`columns=all`): the row's lookup names come with their lookups. */
export const ALL_VIEW_COLUMNS: readonly string[] = MAILBOX_METADATA.filter(
    (c) => c.kind !== 'id' && c.name !== 'emailserverprofilename' && c.name !== 'regardingobjectidname',
).map((c) => c.name);

/** Entity display names for lookups' etn. */
export const ENTITY_DISPLAY_NAMES: Readonly<Record<string, string>> = {
    mailbox: 'Mailbox',
    systemuser: 'User',
    queue: 'Queue',
    emailserverprofile: 'Email Server Profile',
    tracelog: 'Alert',
};

/** tracelog.level labels (reference §2.3). */
export const TRACE_LEVELS: Readonly<Record<number, string>> = labelsByValue(TRACE_LEVEL, TRACE_LEVEL_LABELS);
