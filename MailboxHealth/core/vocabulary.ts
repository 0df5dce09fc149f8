/**
 * The platform's choice values, in one place (docs/evidence.md §2.1–§2.3, the entity reference of `mailbox`,
 * `emailserverprofile` and `tracelog`). Rules, the log reader, the profile checks, the view and the harness read
 * them from here, never as bare numbers of their own.
 *
 * Each object maps a name an admin recognises to the option value Dataverse stores; its `…_LABELS` are the
 * platform's English labels of the same options (the entity metadata's, what a FormattedValue annotation carries and
 * a log may print): the harness shows them and the log reader accepts them. Rules match on values, never on labels
 * (docs/evidence.md §1.2 C10). `…_MAX` is the highest documented value, for readers that report any other number as
 * an unknown option.
 */

/** An option set's labels by option name: every option has one (a missing label fails the type check). */
export type ChoiceLabels<T extends Readonly<Record<string, number>>> = { readonly [K in keyof T]: string };

/** The highest documented value of an option set. */
function maxOf(values: Readonly<Record<string, number>>): number {
    return Math.max(...Object.values(values));
}

/**
 * @summary The labels of an option set by value, as metadata and FormattedValue give them.
 * @example labelsByValue(APPROVAL, APPROVAL_LABELS)[2] // 'Pending Approval'
 */
export function labelsByValue<T extends Readonly<Record<string, number>>>(values: T, labels: ChoiceLabels<T>): Readonly<Record<number, string>> {
    const out: Record<number, string> = {};
    for (const name of Object.keys(values) as (keyof T & string)[]) out[values[name]] = labels[name];
    return out;
}

/** `statecode` of a mailbox (and of an email server profile): docs/evidence.md §2.1 a, §2.2. */
export const RECORD_STATE = { Active: 0, Inactive: 1 } as const;
export const RECORD_STATE_LABELS: ChoiceLabels<typeof RECORD_STATE> = { Active: 'Active', Inactive: 'Inactive' };
export const RECORD_STATE_MAX = maxOf(RECORD_STATE);

/** `statuscode` of a mailbox: 1 Active, 2 Inactive (docs/evidence.md §2.1 a). */
export const MAILBOX_STATUS_REASON = { Active: 1, Inactive: 2 } as const;
export const MAILBOX_STATUS_REASON_LABELS: ChoiceLabels<typeof MAILBOX_STATUS_REASON> = { Active: 'Active', Inactive: 'Inactive' };

/** `incomingemaildeliverymethod`: docs/evidence.md §2.1 b. */
export const INCOMING_DELIVERY = { None: 0, Outlook: 1, ServerSideSync: 2, ForwardMailbox: 3 } as const;
/** The label of 2 was "Server-Side Synchronization or Email Router" in older metadata (docs/evidence.md §1.2 C10). */
export const INCOMING_DELIVERY_LABELS: ChoiceLabels<typeof INCOMING_DELIVERY> = {
    None: 'None',
    Outlook: 'Microsoft Dynamics 365 for Outlook',
    ServerSideSync: 'Server-Side Synchronization',
    ForwardMailbox: 'Forward Mailbox',
};
export const INCOMING_DELIVERY_MAX = maxOf(INCOMING_DELIVERY);

/** `outgoingemaildeliverymethod`: docs/evidence.md §2.1 b. */
export const OUTGOING_DELIVERY = { None: 0, Outlook: 1, ServerSideSync: 2 } as const;
export const OUTGOING_DELIVERY_LABELS: ChoiceLabels<typeof OUTGOING_DELIVERY> = { None: 'None', Outlook: 'Microsoft Dynamics 365 for Outlook', ServerSideSync: 'Server-Side Synchronization' };
export const OUTGOING_DELIVERY_MAX = maxOf(OUTGOING_DELIVERY);

/**
 * `actdeliverymethod` (appointments, contacts and tasks): docs/evidence.md §2.1 b, trap T1. The trap: server-side
 * sync is **1** here, not 2 as for email, and 2 means None.
 */
export const ACT_DELIVERY = { Outlook: 0, ServerSideSync: 1, None: 2 } as const;
export const ACT_DELIVERY_LABELS: ChoiceLabels<typeof ACT_DELIVERY> = { Outlook: 'Microsoft Dynamics 365 for Outlook', ServerSideSync: 'Server-Side Synchronization', None: 'None' };
export const ACT_DELIVERY_MAX = maxOf(ACT_DELIVERY);

/** `incomingemailstatus`, `outgoingemailstatus`, `actstatus`: docs/evidence.md §2.1 c. */
export const WORKLOAD_STATUS = { NotRun: 0, Success: 1, Failure: 2 } as const;
export const WORKLOAD_STATUS_LABELS: ChoiceLabels<typeof WORKLOAD_STATUS> = { NotRun: 'Not Run', Success: 'Success', Failure: 'Failure' };
export const WORKLOAD_STATUS_MAX = maxOf(WORKLOAD_STATUS);

/** `mailboxstatus`: the last cycle's result as a whole (health-model "Platform facts"): same values as a workload's. */
export const MAILBOX_STATUS = WORKLOAD_STATUS;

/** `emailrouteraccessapproval`: docs/evidence.md §2.1 c, §3.4 A1/A3. */
export const APPROVAL = { Empty: 0, Approved: 1, PendingApproval: 2, Rejected: 3 } as const;
export const APPROVAL_LABELS: ChoiceLabels<typeof APPROVAL> = { Empty: 'Empty', Approved: 'Approved', PendingApproval: 'Pending Approval', Rejected: 'Rejected' };
export const APPROVAL_MAX = maxOf(APPROVAL);

/**
 * `processingstatecode`: seed 000, docs/evidence.md §1.2 C1. 1 means an async host is processing the mailbox now
 * (not a failure: seed 004 is wrong about that); other values are undocumented (trap T8).
 */
export const PROCESSING_STATE = { Idle: 0, Processing: 1 } as const;

/** `emailserverprofile.servertype`: docs/evidence.md §2.2. */
export const SERVER_TYPE = { ExchangeServer: 0, Pop3Smtp: 1, ExchangeServerHybrid: 2, ExchangeOnlineHybrid: 3, ImapSmtp: 4 } as const;
export const SERVER_TYPE_LABELS: ChoiceLabels<typeof SERVER_TYPE> = {
    ExchangeServer: 'Exchange Server',
    Pop3Smtp: 'Other (POP3/SMTP)',
    ExchangeServerHybrid: 'Exchange Server (Hybrid)',
    ExchangeOnlineHybrid: 'Exchange Online (Hybrid)',
    ImapSmtp: 'IMAP/SMTP',
};
export const SERVER_TYPE_MAX = maxOf(SERVER_TYPE);

/** `emailserverprofile.incomingcredentialretrieval` / `outgoingcredentialretrieval`: docs/evidence.md §2.2. */
export const CREDENTIAL_RETRIEVAL = {
    UserOrQueue: 0,
    EmailServerProfile: 1,
    ServerToServer: 2, // the log prints `S2S`
    WindowsIntegrated: 3,
    Anonymous: 4,
    GmailOAuth: 5,
    ExchangeHybridModernAuth: 6,
    EntraIdOAuth: 7, // "Azure Active Directory OAuth" in older metadata
} as const;
export const CREDENTIAL_RETRIEVAL_LABELS: ChoiceLabels<typeof CREDENTIAL_RETRIEVAL> = {
    UserOrQueue: 'Credentials Specified by a User or Queue',
    EmailServerProfile: 'Credentials Specified in Email Server Profile',
    ServerToServer: 'Server to Server Authentication',
    WindowsIntegrated: 'Windows Integrated Authentication',
    Anonymous: 'Without Credentials (Anonymous)',
    GmailOAuth: 'Gmail OAuth',
    ExchangeHybridModernAuth: 'Exchange Hybrid Modern Auth (HMA)',
    EntraIdOAuth: 'Azure Active Directory OAuth',
};
export const CREDENTIAL_RETRIEVAL_MAX = maxOf(CREDENTIAL_RETRIEVAL);

/** `emailserverprofile.incomingauthenticationprotocol` / `outgoingauthenticationprotocol`: docs/evidence.md §2.2. */
export const AUTHENTICATION_PROTOCOL = { AutoDetect: 0, Negotiate: 1, Ntlm: 2, Basic: 3, OAuth: 4 } as const;
export const AUTHENTICATION_PROTOCOL_LABELS: ChoiceLabels<typeof AUTHENTICATION_PROTOCOL> = { AutoDetect: 'Auto Detect', Negotiate: 'Negotiate', Ntlm: 'NTLM', Basic: 'Basic', OAuth: 'OAuth' };

/** `tracelog.level`: docs/evidence.md §2.3 (2 = transient, being retried; 3 = permanent). */
export const TRACE_LEVEL = { Information: 1, Warning: 2, Error: 3 } as const;
export const TRACE_LEVEL_LABELS: ChoiceLabels<typeof TRACE_LEVEL> = { Information: 'Information', Warning: 'Warning', Error: 'Error' };

/**
 * `transientfailurecount` packs one 4-bit retry counter per workload (health-model "Errors and backoff"; the
 * `TransientErrorCountMask`/`Shift` constants of the 9.x SDK): the bit where each workload's counter starts.
 */
export const TRANSIENT_FAILURE_SHIFT = { outgoing: 24, incoming: 20, act: 16 } as const;
/** A counter at 15 means the workload failed permanently (health-model "Errors and backoff"). */
export const TRANSIENT_FAILURE_PERMANENT = 15;
