/**
 * The error catalogue as data: one entry per documented error, with the signals that identify it in a tracelog row, a
 * `lastsyncerror` stack or a rendered alert, its class, its workload where the error itself tells, an action code and
 * a one-line comment naming its source. Words live in the resx (Error_<code>_Meaning, Error_<code>_Action).
 *
 * The entries are grouped by what failed (./data/*.ts). Every alert sentence and error code in Microsoft's
 * server-side synchronization support articles has an entry, with the article's address in ./data/provenance.ts
 * (health-model §Errors and backoff, v2); the rest comes from docs/evidence.md §6 and the seeds.
 */
import type { ErrorClass, Workload } from '../types';
import { CONNECTION_ENTRIES } from './data/connection';
import { DATAVERSE_ENTRIES } from './data/dataverse';
import { EXCHANGE_ENTRIES } from './data/exchange';
import { ITEM_ENTRIES } from './data/items';
import { MODERN_AUTH_ENTRIES } from './data/modernAuth';
import { APOS } from './data/sources';

/** Every catalogue code, plus 'unknown' for text the catalogue does not recognise. */
export const ERROR_CODES = [
    // connection: servers, profiles, credentials, transport (./data/connection.ts)
    'IncomingEmailServerServiceError',
    'ExchangeSyncServerServiceError',
    'Http503',
    'SendFailure',
    'SecureChannelFailure',
    'ConnectFailure',
    'SocketTimedOut',
    'SocketHostNotFound',
    'ServerUrlUnreachable',
    'InvalidIncomingEmailServerProfile',
    'InvalidIncomingEmailServerProfileConfiguration',
    'MailboxLocationUnknown',
    'ProfileCredentialsIncorrect',
    'MailboxCredentialsRejected',
    'InvalidIncomingMailboxCredentials',
    'InvalidOutgoingMailboxCredentials',
    'Http401',
    'NoUserFoundWithGivenClaims',
    'Http403',
    'ImpersonationDenied',
    'ErrorNonExistentMailbox',
    'SmtpSyntaxError',
    'OutgoingEmailAuthenticationError',
    'CredentialsRequireTls',
    'UnknownSendError',
    // Exchange and Microsoft 365: the mailbox on the other side (./data/exchange.ts)
    'ErrorMailboxMoveInProgress',
    'ErrorMailboxStoreUnavailable',
    'ErrorInternalServerTransientError',
    'ErrorQuotaExceeded',
    'ErrorSubmissionQuotaExceeded',
    'ErrorInvalidLicense',
    'EwsTimeZoneError',
    'MailboxNotEnabledForRESTAPI',
    'UserDisabledInEntraId',
    'ExchangeLicenseMissing',
    'NoUserFound',
    'IncomingEmailS2SApprovalNeeded',
    'OutgoingEmailS2SApprovalNeeded',
    'ExchangeSyncEmailS2SApprovalNeeded',
    'EmailAddressNotApproved',
    'ConfiguredWithAnotherOrganization',
    // Dataverse: owners, roles, privileges, licences, customizations (./data/dataverse.ts)
    'UnknownIncomingEmailIntegrationError',
    'UnknownOutgoingEmailIntegrationError',
    'IncomingMailboxInternalCrmError',
    'UnexpectedError',
    'MailboxDisabled',
    'UserPrivilegeError',
    'PrivilegesMissing',
    'UserNotAssignedRoles',
    'QueueTeamWithoutRoles',
    'QueueOwnerPrivilegeMissing',
    'OwnerNotLicensed',
    'ApproverRoleMissing',
    'SendAsDenied',
    'SignInDenied',
    'IsvAborted',
    'IsvUnexpected',
    'WorkflowError',
    // one item (an email, appointment, contact or task), not the mailbox (./data/items.ts)
    'InvalidSender',
    'InvalidForwardMailItem',
    'NoCorrelationMatch',
    'NoRecipientMatch',
    'InvalidEmailAddress',
    'ExchangeSyncSchedulingConflictsError',
    'OrganizerFieldMissing',
    'ClutterMessageSkipped',
    'TrackingCategoryEnabled',
    'IncomingItemFailed',
    'ItemSyncFailed',
    // modern authentication (./data/modernAuth.ts)
    'EntraSignInFailed',
    'OAuthGrantInvalid',
    'GraphAccessDenied',
    'unknown',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];
export type CatalogueCode = Exclude<ErrorCode, 'unknown'>;

/**
 * What the admin should do, as a code (the words per entry are Error_<code>_Action). Lets a consumer group errors
 * by remedy ("12 mailboxes need approval") without reading prose.
 */
export const ERROR_ACTIONS = [
    'wait',
    'read-detail',
    'report-to-support',
    'approve-email',
    'assign-profile',
    'fix-profile-location',
    'fix-profile-ports',
    'check-firewall-and-ports',
    'fix-profile-credentials',
    'use-upn-user-name',
    'fix-autodiscover',
    'activate-mailbox',
    'update-mailbox-credentials',
    'fix-smtp-settings',
    'check-gmail-profile',
    'fix-tls',
    'check-address-profile-licence',
    'clear-recreated-user',
    'enable-ews',
    'free-mailbox-space',
    'reduce-sending',
    'assign-exchange-licence',
    'assign-dynamics-licence',
    'grant-impersonation',
    'grant-privileges',
    'grant-send-as',
    'assign-user-roles',
    'assign-team-roles',
    'add-to-security-group',
    'use-approver-role',
    'enable-user',
    'use-hybrid-profile',
    'fix-address',
    'fix-email-data',
    'fix-recipient-addresses',
    'fix-customization',
    'fix-forwarding',
    'adjust-tracking-options',
    'add-organizer-field',
    'resolve-scheduling-conflict',
    'change-time-zone',
    'set-primary-org',
    'check-entra-sign-in',
    'reauthorize-oauth',
    'grant-mailbox-access',
    'none',
] as const;
export type ErrorAction = (typeof ERROR_ACTIONS)[number];

/**
 * How specific an entry is. 1 a wrapper ("Unknown…IntegrationError"), 2 a generic error whose detail usually says more
 * (a 503, a "service error" type, "an unexpected error occurred", "an error occurred while creating the incoming
 * email"), 3 a documented but broad type or sentence, 4 a specific code, name or sentence. A specific entry (3–4)
 * always beats a generic one (1–2); among equals the kind of evidence decides (health-model §Errors and backoff,
 * v2: explicit code > HTTP status > phrase), then the rank.
 */
export type Specificity = 1 | 2 | 3 | 4;

export interface CatalogueEntry {
    readonly code: CatalogueCode;
    readonly class: ErrorClass;
    /** The workload the error belongs to when the error itself tells; otherwise the errorType prefix or the sentence decides. */
    readonly workload: Workload | null;
    readonly action: ErrorAction;
    readonly rank: Specificity;
    /** Symbolic names (errortypedisplay, "Email Server Error Code: <name>", or a name found in the text). Case-sensitive. */
    readonly errorTypes?: readonly string[];
    /** Exchange (EWS) or Graph error names such as ErrorMailboxMoveInProgress. */
    readonly exchangeErrors?: readonly string[];
    /** Numbers in "Exchange.server returned <n> error." that are not HTTP statuses (an EWS response code). */
    readonly exchangeNumbers?: readonly number[];
    /** HRESULTs in signed form. */
    readonly hresults?: readonly number[];
    readonly httpStatuses?: readonly number[];
    /** .NET WebExceptionStatus names ("Web server returned <status> exception."). */
    readonly webStatuses?: readonly string[];
    /** .NET SocketError names ("Socket returned exception [<type>] <status>."). */
    readonly socketErrors?: readonly string[];
    /** OAuth 2.0 error values (invalid_grant); matched as whole words. */
    readonly oauthErrors?: readonly string[];
    /** Any Microsoft Entra sign-in error code (AADSTS followed by digits). */
    readonly aadsts?: boolean;
    /**
     * Alert-sentence patterns: regular-expression sources matched case-insensitively. They must not contain capturing
     * groups or unbounded repetition (the catalogue test checks both), so matching stays linear on hostile input.
     */
    readonly phrases?: readonly string[];
    // Where the entry comes from is not a field: it is in ./data/provenance.ts, which tests read and bundle.js leaves out.
}

export const ERROR_CATALOGUE: readonly CatalogueEntry[] = [...CONNECTION_ENTRIES, ...EXCHANGE_ENTRIES, ...DATAVERSE_ENTRIES, ...ITEM_ENTRIES, ...MODERN_AUTH_ENTRIES];

/**
 * Sentence parts that tell the class or the workload without naming an error (§6.1: "The system will try to
 * receive/send email again later." = transient; "The mailbox has been disabled for …" = permanent; §3.2 E5: the
 * workload is named in the sentence). Same rules as entry phrases: no capturing groups, bounded repetition.
 * Order matters where one pattern is a prefix of another ("sending/receiving" before "sending").
 */
export interface SentenceHint {
    readonly pattern: string;
    readonly class?: 'transient' | 'permanent';
    readonly workload?: Workload;
}

export const SENTENCE_HINTS: readonly SentenceHint[] = [
    // §6.1 transient ending, KBs 4053783, 4471945
    { pattern: 'will try to receive[^.\\r\\n]{0,80}again later', class: 'transient', workload: 'incoming' },
    { pattern: 'will try to send[^.\\r\\n]{0,80}again later', class: 'transient', workload: 'outgoing' },
    { pattern: 'will try to [^.\\r\\n]{0,100}again later', class: 'transient' },
    // an-internal-dynamics-365 / appointments-do-not-sync articles: the ACT alerts end "The system will try again later."
    { pattern: 'will try again later', class: 'transient' },
    // §6.1 permanent ending, §3.2 E5 per-workload disabling
    { pattern: '(?:has|have) been disabled for sending/receiving', class: 'permanent' },
    { pattern: '(?:has|have) been disabled for sending and receiving', class: 'permanent' },
    { pattern: '(?:has|have) been disabled for receiving', class: 'permanent', workload: 'incoming' },
    { pattern: '(?:has|have) been disabled for sending', class: 'permanent', workload: 'outgoing' },
    { pattern: '(?:has|have) been disabled for synchroni[sz]ing appointments', class: 'permanent', workload: 'act' },
    { pattern: '(?:has|have) been disabled for', class: 'permanent' },
    { pattern: 'then,? enable the mailbox', class: 'permanent' },
    // §6.4 sentence subjects
    { pattern: `(?:can${APOS}t|cannot) be sent/received` },
    { pattern: `(?:can${APOS}t|cannot) be received`, workload: 'incoming' },
    { pattern: `(?:can${APOS}t|cannot) be sent`, workload: 'outgoing' },
    { pattern: 'appointments, contacts,? and tasks', workload: 'act' },
    // error-occurs-sending-email-for-mailbox, an-error-occurred-while-synchronizing-item, general-mailbox-access-error
    // articles: "…in sending email for mailbox…", "…while receiving email…"; "sending/receiving" names no one workload
    { pattern: '(?:while|in) sending/receiving' },
    { pattern: '(?:while|in) receiving (?:the )?e-?mail', workload: 'incoming' },
    { pattern: '(?:while|in) sending (?:the )?e-?mail', workload: 'outgoing' },
    // KB 4053618: "Incoming emails aren't being synced …", "Outgoing mails aren't being sent …"
    { pattern: 'incoming e-?mails? (?:aren|are)', workload: 'incoming' },
    { pattern: 'outgoing e-?mails? (?:aren|are)', workload: 'outgoing' },
    // the stack names the provider: seed 000 ExchangeIncomingEmailProviderStep, http-server-returned-forbidden-exception
    // ExchangeOutgoingEmailProvider.EndCreateItem
    { pattern: 'IncomingEmailProvider', workload: 'incoming' },
    { pattern: 'OutgoingEmailProvider', workload: 'outgoing' },
];
