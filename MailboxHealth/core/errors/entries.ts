/**
 * The error catalogue of mailbox-reference.md §6 as data: one entry per documented error, with the signals that
 * identify it in a tracelog row, a `lastsyncerror` stack or a rendered alert, its class, its workload where the
 * error itself tells, and an action code. Words live in the resx (Error_<code>_Meaning, Error_<code>_Action).
 *
 * Each entry's one-line comment names its source (§ of mailbox-reference.md, seed, KB).
 */
import type { ErrorClass, Workload } from '../types';

/** Every catalogue code, plus 'unknown' for text the catalogue does not recognise. */
export const ERROR_CODES = [
    // §6.2 symbolic names (tracelog.errortypedisplay / "Email Server Error Code: …")
    'IncomingEmailServerServiceError',
    'ExchangeSyncServerServiceError',
    'UnknownIncomingEmailIntegrationError',
    'UnknownOutgoingEmailIntegrationError',
    'IncomingEmailS2SApprovalNeeded',
    'OutgoingEmailS2SApprovalNeeded',
    'ExchangeSyncEmailS2SApprovalNeeded',
    'InvalidIncomingEmailServerProfile',
    'InvalidIncomingEmailServerProfileConfiguration',
    'MailboxDisabled',
    'InvalidIncomingMailboxCredentials',
    'InvalidOutgoingMailboxCredentials',
    'OutgoingEmailAuthenticationError',
    'InvalidSender',
    'InvalidForwardMailItem',
    'NoCorrelationMatch',
    'IsvAborted',
    // §6.3 codes in lastsyncerror / errordetails / lastsyncerrorcode
    'Http503',
    'SendFailure',
    'SecureChannelFailure',
    'UnexpectedError',
    'ErrorMailboxMoveInProgress',
    'ErrorMailboxStoreUnavailable',
    'Http401',
    'Http403',
    'ErrorQuotaExceeded',
    'ErrorSubmissionQuotaExceeded',
    'ErrorInvalidLicense',
    'ImpersonationDenied',
    'SmtpSyntaxError',
    'PrivilegesMissing',
    'UserDisabledInEntraId',
    'MailboxNotEnabledForRESTAPI',
    'ExchangeLicenseMissing',
    'NoUserFound',
    'IsvUnexpected',
    'InvalidEmailAddress',
    'QueueOwnerPrivilegeMissing',
    'OwnerNotLicensed',
    'QueueTeamWithoutRoles',
    'UserPrivilegeError',
    'ApproverRoleMissing',
    // §6.4 alert sentences
    'EmailAddressNotApproved',
    'MailboxLocationUnknown',
    'ProfileCredentialsIncorrect',
    'MailboxCredentialsRejected',
    'OrganizerFieldMissing',
    'ConfiguredWithAnotherOrganization',
    'CredentialsRequireTls',
    'UnknownSendError',
    'TrackingCategoryEnabled',
    'WorkflowError',
    'IncomingItemFailed',
    'ItemSyncFailed',
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
    'fix-profile-credentials',
    'fix-autodiscover',
    'activate-mailbox',
    'update-mailbox-credentials',
    'fix-smtp-settings',
    'check-gmail-profile',
    'fix-tls',
    'check-address-profile-licence',
    'enable-ews',
    'free-mailbox-space',
    'reduce-sending',
    'assign-exchange-licence',
    'assign-dynamics-licence',
    'grant-impersonation',
    'grant-privileges',
    'assign-team-roles',
    'use-approver-role',
    'enable-user',
    'use-hybrid-profile',
    'fix-address',
    'fix-email-data',
    'fix-customization',
    'fix-forwarding',
    'adjust-tracking-options',
    'add-organizer-field',
    'set-primary-org',
    'none',
] as const;
export type ErrorAction = (typeof ERROR_ACTIONS)[number];

/**
 * How specific an entry is; the match with the highest rank wins (§6.1: the detail of a wrapper type tells more than
 * the wrapper). 1 wrapper ("Unknown…IntegrationError"), 2 generic transport status (503), 3 a documented type or a
 * generic alert sentence, 4 a specific code, name or sentence.
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
    /** Exchange (EWS) error names such as ErrorMailboxMoveInProgress. */
    readonly exchangeErrors?: readonly string[];
    /** HRESULTs in signed form. */
    readonly hresults?: readonly number[];
    readonly httpStatuses?: readonly number[];
    /** .NET WebExceptionStatus names ("Web server returned <status> exception."). */
    readonly webStatuses?: readonly string[];
    /**
     * Alert-sentence patterns: regular-expression sources matched case-insensitively. They must not contain capturing
     * groups or unbounded repetition (the catalogue test checks both), so matching stays linear on hostile input.
     */
    readonly phrases?: readonly string[];
    /** Where the entry comes from (mailbox-reference.md section, seed, KB). */
    readonly evidence: string;
}

const APOS = "['\u2019]?"; // can't / can’t / cant

export const ERROR_CATALOGUE: readonly CatalogueEntry[] = [
    // --- §6.2 symbolic names -------------------------------------------------------------------------------------
    // §6.2, seed 000 (tracecode 52: HTTP 503 from EWS FindItem during incoming sync)
    { code: 'IncomingEmailServerServiceError', class: 'transient', workload: 'incoming', action: 'wait', rank: 3, errorTypes: ['IncomingEmailServerServiceError'], evidence: '§6.2; seed 000 tracecode 52' },
    // §6.2, seed 000 (tracecode 126: "(503) Server Unavailable" during ACT sync)
    { code: 'ExchangeSyncServerServiceError', class: 'transient', workload: 'act', action: 'wait', rank: 3, errorTypes: ['ExchangeSyncServerServiceError'], evidence: '§6.2; seed 000 tracecode 126' },
    // §6.2, seed 000 (tracecode 2): a wrapper; the detail decides, so it ranks lowest
    { code: 'UnknownIncomingEmailIntegrationError', class: 'unknown', workload: 'incoming', action: 'read-detail', rank: 1, errorTypes: ['UnknownIncomingEmailIntegrationError'], evidence: '§6.2; seed 000 tracecode 2' },
    // §6.2, KB 4486353: a wrapper for outgoing errors
    { code: 'UnknownOutgoingEmailIntegrationError', class: 'unknown', workload: 'outgoing', action: 'read-detail', rank: 1, errorTypes: ['UnknownOutgoingEmailIntegrationError'], evidence: '§6.2; KB 4486353' },
    // §6.2, KB 4052727, KB 4014483: address not approved for server-to-server (Exchange Online)
    { code: 'IncomingEmailS2SApprovalNeeded', class: 'permanent', workload: 'incoming', action: 'approve-email', rank: 4, errorTypes: ['IncomingEmailS2SApprovalNeeded'], evidence: '§6.2; KB 4052727, KB 4014483' },
    // §6.2, KB 4052727, KB 4014483
    { code: 'OutgoingEmailS2SApprovalNeeded', class: 'permanent', workload: 'outgoing', action: 'approve-email', rank: 4, errorTypes: ['OutgoingEmailS2SApprovalNeeded'], evidence: '§6.2; KB 4052727, KB 4014483' },
    // §6.2, KB 4052727, KB 4014483
    { code: 'ExchangeSyncEmailS2SApprovalNeeded', class: 'permanent', workload: 'act', action: 'approve-email', rank: 4, errorTypes: ['ExchangeSyncEmailS2SApprovalNeeded'], evidence: '§6.2; KB 4052727, KB 4014483' },
    // §6.2, KB 4484702: no email server profile, or an inactive one (mailbox level)
    { code: 'InvalidIncomingEmailServerProfile', class: 'permanent', workload: null, action: 'assign-profile', rank: 4, errorTypes: ['InvalidIncomingEmailServerProfile'], evidence: '§6.2; KB 4484702' },
    // §6.2, KB 4092736, KB 4092737, KB 4463808: wrong server location or port, DNS, firewall
    { code: 'InvalidIncomingEmailServerProfileConfiguration', class: 'permanent', workload: 'incoming', action: 'fix-profile-location', rank: 4, errorTypes: ['InvalidIncomingEmailServerProfileConfiguration'], evidence: '§6.2; KB 4092736, KB 4092737, KB 4463808' },
    // §6.2, KB 4481318: mailbox record inactive or owning user disabled
    { code: 'MailboxDisabled', class: 'permanent', workload: null, action: 'activate-mailbox', rank: 4, errorTypes: ['MailboxDisabled'], evidence: '§6.2; KB 4481318' },
    // §6.2, KB 4092797: credentials stored on the mailbox are wrong or expired
    { code: 'InvalidIncomingMailboxCredentials', class: 'permanent', workload: 'incoming', action: 'update-mailbox-credentials', rank: 4, errorTypes: ['InvalidIncomingMailboxCredentials'], evidence: '§6.2; KB 4092797' },
    // §6.2, KB 4092797
    { code: 'InvalidOutgoingMailboxCredentials', class: 'permanent', workload: 'outgoing', action: 'update-mailbox-credentials', rank: 4, errorTypes: ['InvalidOutgoingMailboxCredentials'], evidence: '§6.2; KB 4092797' },
    // §6.2, KB 4533293: SMTP authentication failure (e.g. Gmail)
    { code: 'OutgoingEmailAuthenticationError', class: 'permanent', workload: 'outgoing', action: 'fix-smtp-settings', rank: 4, errorTypes: ['OutgoingEmailAuthenticationError'], evidence: '§6.2; KB 4533293' },
    // §6.2, KB 4053783: the email has no valid From address (item level)
    { code: 'InvalidSender', class: 'item', workload: 'incoming', action: 'none', rank: 4, errorTypes: ['InvalidSender'], evidence: '§6.2; KB 4053783' },
    // §6.2, KB 4053783 (traceCode 29 on-prem): forward mailbox got an email not forwarded as an attachment
    { code: 'InvalidForwardMailItem', class: 'item', workload: 'incoming', action: 'fix-forwarding', rank: 4, errorTypes: ['InvalidForwardMailItem'], evidence: '§6.2; KB 4053783' },
    // §6.2, KB 4339713: no recipient's tracking option accepts the email (item level)
    { code: 'NoCorrelationMatch', class: 'item', workload: 'incoming', action: 'adjust-tracking-options', rank: 4, errorTypes: ['NoCorrelationMatch'], evidence: '§6.2; KB 4339713' },
    // §6.2, §6.3: plug-in or workflow aborted the email's creation; −2147220891 = 0x80040265
    { code: 'IsvAborted', class: 'item', workload: 'incoming', action: 'fix-customization', rank: 4, errorTypes: ['IsvAborted'], hresults: [-2147220891], evidence: '§6.2, §6.3; SupportArticles unknownincomingemailintegrationerror-2147220891' },

    // --- §6.3 codes --------------------------------------------------------------------------------------------------
    // §6.3, seed 000: "(503) Server Unavailable" / "503: Service Unavailable"; generic, so a documented type outranks it
    { code: 'Http503', class: 'transient', workload: null, action: 'wait', rank: 2, httpStatuses: [503], phrases: ['serv(?:er|ice) unavailable'], evidence: '§6.3; seed 000' },
    // §6.3, KB 4471945: "Web server returned SendFailure exception." (warning; the item is retried)
    { code: 'SendFailure', class: 'transient', workload: null, action: 'wait', rank: 4, webStatuses: ['SendFailure'], evidence: '§6.3; KB 4471945' },
    // §6.3, §6.4, KB 4533252, KB 2993502: TLS channel could not be created
    { code: 'SecureChannelFailure', class: 'permanent', workload: null, action: 'fix-tls', rank: 4, webStatuses: ['SecureChannelFailure'], phrases: ['could not create ssl/tls secure channel', 'establishing a secure connection'], evidence: '§6.3, §6.4; KB 4533252, KB 2993502' },
    // §6.3, KB 4477141: "Crm.80040216. An unexpected error occurred." (−2147220970), normally fixed next cycle
    { code: 'UnexpectedError', class: 'transient', workload: null, action: 'wait', rank: 4, hresults: [-2147220970], evidence: '§6.3; KB 4477141' },
    // §6.3, seed 000: "Mailbox move in progress. Try again later."
    { code: 'ErrorMailboxMoveInProgress', class: 'transient', workload: null, action: 'wait', rank: 4, exchangeErrors: ['ErrorMailboxMoveInProgress'], evidence: '§6.3; seed 000' },
    // §6.3, KB 4340389
    { code: 'ErrorMailboxStoreUnavailable', class: 'transient', workload: null, action: 'wait', rank: 4, exchangeErrors: ['ErrorMailboxStoreUnavailable'], evidence: '§6.3; KB 4340389' },
    // §6.3, §3.5 L5, KB 3212785: 401 Unauthorized; 0x8005E272 (−2147097998) is the same from Exchange/Graph
    { code: 'Http401', class: 'permanent', workload: null, action: 'check-address-profile-licence', rank: 4, httpStatuses: [401], hresults: [-2147097998], errorTypes: ['NoUserFoundWithGivenClaims'], evidence: '§6.3; KB 3212785' },
    // §6.3, KB 4483440: "Http server returned Forbidden": EWS disabled or an application access policy
    { code: 'Http403', class: 'permanent', workload: null, action: 'enable-ews', rank: 4, httpStatuses: [403], evidence: '§6.3; KB 4483440' },
    // §6.3, KB 4556585: Exchange mailbox full (a 403 with this name)
    { code: 'ErrorQuotaExceeded', class: 'permanent', workload: null, action: 'free-mailbox-space', rank: 4, exchangeErrors: ['ErrorQuotaExceeded'], evidence: '§6.3; KB 4556585' },
    // §6.3, §3.5 L2, KB 4486353: Exchange Online sending limit
    { code: 'ErrorSubmissionQuotaExceeded', class: 'transient', workload: 'outgoing', action: 'reduce-sending', rank: 4, exchangeErrors: ['ErrorSubmissionQuotaExceeded'], evidence: '§6.3; KB 4486353' },
    // §6.3, KB 4459027: no Exchange Online licence
    { code: 'ErrorInvalidLicense', class: 'permanent', workload: null, action: 'assign-exchange-licence', rank: 4, exchangeErrors: ['ErrorInvalidLicense'], evidence: '§6.3; KB 4459027' },
    // §6.3, KB 4295275: impersonation profile without ApplicationImpersonation
    { code: 'ImpersonationDenied', class: 'permanent', workload: null, action: 'grant-impersonation', rank: 4, phrases: [`(?:does not|doesn${APOS}t) have permission to impersonate`], evidence: '§6.3; KB 4295275' },
    // §6.3, KB 4092733: wrong outgoing SMTP port or SSL
    { code: 'SmtpSyntaxError', class: 'permanent', workload: 'outgoing', action: 'fix-smtp-settings', rank: 4, phrases: ['syntax error, command unrecognized'], evidence: '§6.3; KB 4092733' },
    // §6.3: 0x8005E259 (−2147098023) privileges missing for the SSS operation
    { code: 'PrivilegesMissing', class: 'permanent', workload: null, action: 'grant-privileges', rank: 4, hresults: [-2147098023], evidence: '§6.3; SupportArticles T&E error articles' },
    // §6.3: 0x8005E273 (−2147097997) user disabled in Microsoft Entra ID
    { code: 'UserDisabledInEntraId', class: 'permanent', workload: null, action: 'enable-user', rank: 4, hresults: [-2147097997], evidence: '§6.3; SupportArticles T&E error articles' },
    // §6.3: 0x8005E274 (−2147097996) MailboxNotEnabledForRESTAPI: mailbox on-premises (hybrid) or no licence
    { code: 'MailboxNotEnabledForRESTAPI', class: 'permanent', workload: null, action: 'use-hybrid-profile', rank: 4, hresults: [-2147097996], errorTypes: ['MailboxNotEnabledForRESTAPI'], evidence: '§6.3; SupportArticles T&E error articles' },
    // §6.3: 0x8005E276 (−2147097994) no Exchange licence or access mode
    { code: 'ExchangeLicenseMissing', class: 'permanent', workload: null, action: 'assign-exchange-licence', rank: 4, hresults: [-2147097994], evidence: '§6.3; SupportArticles T&E error articles' },
    // §6.3: "Test and Enable failed because no user was found…" (UPN/SMTP mismatch, cross-tenant)
    { code: 'NoUserFound', class: 'permanent', workload: null, action: 'fix-address', rank: 4, phrases: ['no user was found'], evidence: '§6.3; Test and Enable fails for unrecognized email address (2025)' },
    // §6.3: 0x80040224 (−2147220956) IsvUnexpected: unexpected plug-in or workflow error
    { code: 'IsvUnexpected', class: 'item', workload: null, action: 'fix-customization', rank: 4, hresults: [-2147220956], errorTypes: ['IsvUnexpected'], evidence: '§6.3; SupportArticles UnknownIncomingEmailIntegrationError' },
    // §6.3: 0x80040B0B (−2147218677) invalid To/Cc address on the email
    { code: 'InvalidEmailAddress', class: 'item', workload: null, action: 'fix-email-data', rank: 4, hresults: [-2147218677], evidence: '§6.3; SupportArticles UnknownIncomingEmailIntegrationError' },
    // §6.3: 0x80040520 (−2147220192) queue owner lacks read privilege on the queue
    { code: 'QueueOwnerPrivilegeMissing', class: 'permanent', workload: null, action: 'grant-privileges', rank: 4, hresults: [-2147220192], evidence: '§6.3; SupportArticles UnknownIncomingEmailIntegrationError' },
    // §6.3: 0x8004D24B (−2147167669) mailbox owner has no Dynamics 365 licence
    { code: 'OwnerNotLicensed', class: 'permanent', workload: null, action: 'assign-dynamics-licence', rank: 4, hresults: [-2147167669], evidence: '§6.3; SupportArticles UnknownIncomingEmailIntegrationError' },
    // §6.3, §6.1 ("Exchange server returned UnknownIncomingEmailIntegrationError -2147209462"): 0x80042F0A queue owned by a team without roles
    { code: 'QueueTeamWithoutRoles', class: 'permanent', workload: null, action: 'assign-team-roles', rank: 4, hresults: [-2147209462], evidence: '§6.3; SupportArticles UnknownIncomingEmailIntegrationError' },
    // §6.3, KB 4346733, KB 4052824: Crm.80048306 (−2147187962) owner lacks privileges for SSS
    { code: 'UserPrivilegeError', class: 'permanent', workload: null, action: 'grant-privileges', rank: 4, hresults: [-2147187962], errorTypes: ['UserPrivilegeError'], evidence: '§6.3; KB 4346733, KB 4052824' },
    // §6.3, KB 4510938: 0x80040256 (−2147220906) CrmSecurity when approving: approver lacks the admin roles
    { code: 'ApproverRoleMissing', class: 'config', workload: null, action: 'use-approver-role', rank: 4, hresults: [-2147220906], evidence: '§6.3; KB 4510938' },

    // --- §6.4 alert sentences ----------------------------------------------------------------------------------------
    // §6.4, §3.4 A3, seeds 001/002: address not approved (by the org or by a Microsoft 365 admin)
    {
        code: 'EmailAddressNotApproved',
        class: 'permanent',
        workload: null,
        action: 'approve-email',
        rank: 4,
        phrases: [
            'requires an approval by an? (?:microsoft 365|office 365|o365) administrator',
            `email addresses (?:haven${APOS}t|have not) been approved`,
            'is not approved and the mailbox has been disabled',
        ],
        evidence: '§6.4; seeds 001/002; KB 4052727',
    },
    // §6.4, seeds 001/002, KB 4513810: autodiscover could not locate the mailbox
    { code: 'MailboxLocationUnknown', class: 'permanent', workload: null, action: 'fix-autodiscover', rank: 4, phrases: ['mailbox location could not be determined'], evidence: '§6.4; seeds 001/002; KB 4513810' },
    // §6.4, seeds 001/002: profile credentials or impersonation permissions
    { code: 'ProfileCredentialsIncorrect', class: 'permanent', workload: null, action: 'fix-profile-credentials', rank: 4, phrases: ['credentials specified in the (?:associated )?email server profile are incorrect'], evidence: '§6.4; seeds 001/002' },
    // §6.4 (Gmail, KB 3185281) and §6.3 (the 401 alert text): generic, so the 401 code outranks it
    { code: 'MailboxCredentialsRejected', class: 'permanent', workload: null, action: 'update-mailbox-credentials', rank: 3, phrases: ['credentials specified in the mailbox'], evidence: '§6.4, §6.3; seed 002; KB 3185281, KB 3212785' },
    // §6.4, seeds 001/002: the Organizer field is missing from the appointment form
    { code: 'OrganizerFieldMissing', class: 'item', workload: 'act', action: 'add-organizer-field', rank: 4, phrases: [`organizer field (?:isn${APOS}t|is not) present`], evidence: '§6.4; seeds 001/002' },
    // §6.4, seeds 001/002, §3.3 T4: another organization is primary for this Exchange mailbox
    { code: 'ConfiguredWithAnotherOrganization', class: 'config', workload: 'act', action: 'set-primary-org', rank: 4, phrases: ['is configured with another (?:[a-z0-9]{1,20} ){0,4}organization'], evidence: '§6.4; seeds 001/002' },
    // §6.4, seed 001: credentials over a non-TLS channel (on-premises)
    { code: 'CredentialsRequireTls', class: 'config', workload: null, action: 'fix-tls', rank: 4, phrases: ['requires using a secure mode'], evidence: '§6.4; seed 001' },
    // §6.4, seed 002, KB 3185281: Gmail "An unknown error occurred while sending the email message"
    { code: 'UnknownSendError', class: 'unknown', workload: 'outgoing', action: 'check-gmail-profile', rank: 3, phrases: ['unknown error occurred while sending the email message'], evidence: '§6.4; seed 002; KB 3185281' },
    // §6.4, KB 4501716: informational, category tracking switched on
    { code: 'TrackingCategoryEnabled', class: 'config', workload: null, action: 'none', rank: 4, phrases: [`tracked to dynamics 365['\u2019"]? has been enabled`], evidence: '§6.4; KB 4501716' },
    // §6.4: "Sync workflow '1 Test' terminated with error…" during email creation
    { code: 'WorkflowError', class: 'item', workload: null, action: 'fix-customization', rank: 4, phrases: [`workflow ['\u2018\u2019"][^'\u2018\u2019"\\r\\n]{0,200}['\u2018\u2019"] terminated with`], evidence: '§6.4; Emails aren’t automatically tracked (2024)' },
    // §6.1, KB 4053783: "An error occurred while creating the incoming email <subject>…" = item level
    { code: 'IncomingItemFailed', class: 'item', workload: 'incoming', action: 'read-detail', rank: 3, phrases: ['error occurred while creating the incoming email'], evidence: '§6.1; KB 4053783' },
    // §6.1: "…while synchronizing the item…" = item level
    { code: 'ItemSyncFailed', class: 'item', workload: null, action: 'read-detail', rank: 3, phrases: ['while synchroni[sz]ing the item'], evidence: '§6.1; KBs 4053783, 4471945' },
];

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
    // seed 000: the stack of an incoming error names ExchangeIncomingEmailProviderStep; the outgoing step by analogy [I]
    { pattern: 'IncomingEmailProviderStep', workload: 'incoming' },
    { pattern: 'OutgoingEmailProviderStep', workload: 'outgoing' },
];
