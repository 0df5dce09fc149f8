/**
 * Where each catalogue entry comes from, kept out of the entries themselves: the control and the CLI never read it,
 * so it is not shipped in bundle.js (docs/performance.md §Bundle). The catalogue tests read it: every entry has a
 * source (a public address or evidence naming a docs/evidence.md section, a seed or a KB number), every address is a
 * learn.microsoft.com page, and every support article cited here has a case from that article (articles.test.ts).
 * The one-line comment above each entry in ./*.ts says the same in words.
 */
import type { CatalogueCode } from '../entries';
import { DATAVERSE_ERROR_CODES, ENTRA_ERROR_CODES, GRAPH_ERRORS, learn } from './sources';

export interface Provenance {
    /** Public addresses of the articles or references the entry is built from. */
    readonly sources: readonly string[];
    /** Other evidence (docs/evidence.md section, seed, KB number), when there is any. */
    readonly evidence?: string;
}

/** One record per catalogue code; the type makes a code without one a compile error. */
export const ERROR_PROVENANCE: Readonly<Record<CatalogueCode, Provenance>> = {
    // connection: servers, profiles, credentials, transport (./connection.ts)
    IncomingEmailServerServiceError: { sources: [], evidence: '§6.2; seed 000 tracecode 52' },
    ExchangeSyncServerServiceError: { sources: [], evidence: '§6.2; seed 000 tracecode 126' },
    Http503: { sources: [learn('an-error-occurred-while-synchronizing-item')], evidence: '§6.3; seed 000' },
    SendFailure: { sources: [], evidence: '§6.3; KB 4471945' },
    SecureChannelFailure: { sources: [], evidence: '§6.3, §6.4; KB 4533252, KB 2993502' },
    ConnectFailure: { sources: [learn('error-occurs-sending-email-for-mailbox')], evidence: 'KB 4092737' },
    SocketTimedOut: { sources: [learn('general-mailbox-access-error-occurred')], evidence: 'KB 4092736' },
    SocketHostNotFound: { sources: [learn('email-cannot-be-received-mailbox')], evidence: 'KB 4463808' },
    ServerUrlUnreachable: { sources: [learn('test-connection-fails-email-server')], evidence: 'KB 4493267' },
    InvalidIncomingEmailServerProfile: { sources: [learn('mailbox-does-not-have-email-server-profile')], evidence: '§6.2; KB 4484702' },
    InvalidIncomingEmailServerProfileConfiguration: { sources: [learn('email-cannot-be-received-mailbox'), learn('general-mailbox-access-error-occurred')], evidence: '§6.2; KB 4092736, KB 4463808' },
    MailboxLocationUnknown: { sources: [learn('troubleshooting-monitoring-server-side-synchronization'), learn('error-when-testing-enabling-mailbox')], evidence: '§6.4; KB 4513810' },
    ProfileCredentialsIncorrect: { sources: [learn('troubleshooting-monitoring-server-side-synchronization')], evidence: '§6.4' },
    MailboxCredentialsRejected: { sources: [learn('exception-when-using-server-side-sync')], evidence: '§6.4, §6.3; seed 002; KB 3185281, KB 3212785' },
    InvalidIncomingMailboxCredentials: { sources: [], evidence: '§6.2; KB 4092797' },
    InvalidOutgoingMailboxCredentials: { sources: [], evidence: '§6.2; KB 4092797' },
    Http401: { sources: [learn('exception-when-using-server-side-sync'), learn('error-code-8005e272'), learn('test-connection-fails-email-server')], evidence: '§6.3; KB 3212785, KB 4493267' },
    NoUserFoundWithGivenClaims: { sources: [learn('exception-when-using-server-side-sync')], evidence: '§6.3; KB 3212785' },
    Http403: { sources: [learn('http-server-returned-forbidden-exception')], evidence: '§6.3; KB 4483440' },
    ImpersonationDenied: { sources: [learn('the-account-does-not-have-permission-to-impersonate-the-requested-user-error')], evidence: '§6.3; KB 4295275' },
    ErrorNonExistentMailbox: { sources: [learn('the-smtp-address-has-no-mailbox')], evidence: 'KB 3214326' },
    SmtpSyntaxError: { sources: [learn('error-while-sending-the-email-message')], evidence: '§6.3; KB 4092733' },
    OutgoingEmailAuthenticationError: { sources: [learn('outgoingemailauthenticationerror-shows-in-mailbox-alert'), learn('mailbox-fails-tested-enabled')], evidence: '§6.2; KB 4533293, KB 4493342' },
    CredentialsRequireTls: { sources: [], evidence: '§6.4; seed 001' },
    UnknownSendError: { sources: [learn('error-while-sending-the-email-message'), learn('errorsubmissionquotaexceeded-exception')], evidence: '§6.4; seed 002; KB 3185281' },
    // Exchange and Microsoft 365 (./exchange.ts)
    ErrorMailboxMoveInProgress: { sources: [], evidence: '§6.3; seed 000' },
    ErrorMailboxStoreUnavailable: { sources: [learn('general-mailbox-access-error-occurred-while-receiving-email-through-mailbox-error')], evidence: '§6.3; KB 4340389' },
    ErrorInternalServerTransientError: { sources: [learn('an-error-occurred-while-synchronizing-item')], evidence: 'KB 4471948' },
    ErrorQuotaExceeded: { sources: [learn('errorquotaexceeded-exchange-server-returned-403-error')], evidence: '§6.3; KB 4556585' },
    ErrorSubmissionQuotaExceeded: { sources: [learn('errorsubmissionquotaexceeded-exception')], evidence: '§6.3; KB 4486353' },
    ErrorInvalidLicense: { sources: [learn('email-cannot-be-received-because-license-is-invalid-error')], evidence: '§6.3; KB 4459027' },
    EwsTimeZoneError: { sources: [learn('appointments-do-not-sync-to-exchange-for-some-users')], evidence: 'KB 4494491' },
    MailboxNotEnabledForRESTAPI: { sources: [learn('error-code-8005e274')], evidence: '§6.3' },
    UserDisabledInEntraId: { sources: [learn('error-code-8005e273')], evidence: '§6.3' },
    ExchangeLicenseMissing: { sources: [learn('error-code-8005e276')], evidence: '§6.3' },
    NoUserFound: { sources: [learn('test-enable-fails-for-unrecognized-email-address'), learn('Test-And-Enable-Fails-For-Unrecognized-EmailAddress')], evidence: '§6.3' },
    IncomingEmailS2SApprovalNeeded: { sources: [learn('troubleshooting-monitoring-server-side-synchronization')], evidence: '§6.2; KB 4052727, KB 4014483' },
    OutgoingEmailS2SApprovalNeeded: { sources: [learn('troubleshooting-monitoring-server-side-synchronization')], evidence: '§6.2; KB 4052727, KB 4014483' },
    ExchangeSyncEmailS2SApprovalNeeded: { sources: [learn('troubleshooting-monitoring-server-side-synchronization')], evidence: '§6.2; KB 4052727, KB 4014483' },
    EmailAddressNotApproved: { sources: [learn('troubleshooting-monitoring-server-side-synchronization')], evidence: '§6.4; seeds 001/002' },
    ConfiguredWithAnotherOrganization: { sources: [learn('troubleshooting-monitoring-server-side-synchronization')], evidence: '§6.4; KB 4053618' },
    // Dataverse: owners, roles, privileges, licences, customizations (./dataverse.ts)
    UnknownIncomingEmailIntegrationError: { sources: [learn('exception-appears-server-side-sync')], evidence: '§6.2; seed 000 tracecode 2' },
    UnknownOutgoingEmailIntegrationError: { sources: [learn('errorsubmissionquotaexceeded-exception')], evidence: '§6.2; KB 4486353' },
    IncomingMailboxInternalCrmError: { sources: [learn('an-error-occurred-while-synchronizing-item')], evidence: 'KB 4471949' },
    UnexpectedError: { sources: [learn('an-error-occurred-while-synchronizing-item'), learn('exception-appears-server-side-sync')], evidence: '§6.3; KB 4477141' },
    MailboxDisabled: { sources: [learn('email-message-cannot-be-sent')], evidence: '§6.2; KB 4481318' },
    UserPrivilegeError: { sources: [learn('an-internal-dynamics-365-error'), learn('error-when-you-test-enable-a-mailbox')], evidence: '§6.3; KB 4346733, KB 4052824' },
    PrivilegesMissing: { sources: [learn('error-code-8005e259')], evidence: '§6.3' },
    UserNotAssignedRoles: { sources: [DATAVERSE_ERROR_CODES] },
    QueueTeamWithoutRoles: { sources: [learn('error-2147209462-logged-mailbox-record')], evidence: '§6.3; KB 4500778' },
    QueueOwnerPrivilegeMissing: { sources: [learn('exception-appears-server-side-sync')], evidence: '§6.3' },
    OwnerNotLicensed: { sources: [learn('exception-appears-server-side-sync')], evidence: '§6.3' },
    ApproverRoleMissing: { sources: [learn('a-failure-occurred-crmsecurity')], evidence: '§6.3; KB 4510938' },
    SendAsDenied: { sources: [learn('cannot-send-email-as-another-user')], evidence: 'KB 3184980' },
    SignInDenied: { sources: [learn('error-when-signing-dynamics-365')], evidence: 'KB 3210340, KB 4555668' },
    IsvAborted: { sources: [learn('unknownincomingemailintegrationerror-2147220891'), learn('emails-not-automatically-tracked-or-synchronized')], evidence: '§6.2, §6.3; KB 4466423' },
    IsvUnexpected: { sources: [learn('exception-appears-server-side-sync')], evidence: '§6.3' },
    WorkflowError: { sources: [learn('emails-not-automatically-tracked-or-synchronized')], evidence: '§6.4' },
    // one item, not the mailbox (./items.ts)
    InvalidSender: { sources: [learn('error-when-creating-an-incoming-email')], evidence: '§6.2; KB 4053783' },
    InvalidForwardMailItem: { sources: [learn('error-when-creating-an-incoming-email')], evidence: '§6.2; KB 4053783' },
    NoCorrelationMatch: { sources: [learn('email-fails-to-create-with-nocorrelationmatch-error'), learn('emails-not-automatically-tracked-or-synchronized')], evidence: '§6.2; KB 4339713' },
    NoRecipientMatch: { sources: [learn('email-fails-to-create-with-norecipientmatch-error')], evidence: 'KB 4339830' },
    InvalidEmailAddress: { sources: [learn('exception-appears-server-side-sync')], evidence: '§6.3' },
    ExchangeSyncSchedulingConflictsError: { sources: [learn('scheduling-conflict-saving-appointment')], evidence: 'KB 4340070' },
    OrganizerFieldMissing: { sources: [learn('troubleshooting-monitoring-server-side-synchronization')], evidence: '§6.4' },
    ClutterMessageSkipped: { sources: [learn('error-when-creating-an-incoming-email')], evidence: 'KB 4053783' },
    TrackingCategoryEnabled: { sources: [learn('tracked-to-dynamics-365-category-added')], evidence: '§6.4; KB 4501716' },
    IncomingItemFailed: { sources: [learn('error-when-creating-an-incoming-email')], evidence: '§6.1; KB 4053783' },
    ItemSyncFailed: { sources: [learn('an-error-occurred-while-synchronizing-item')], evidence: '§6.1; KB 4477141' },
    // modern authentication (./modernAuth.ts)
    EntraSignInFailed: { sources: [ENTRA_ERROR_CODES] },
    OAuthGrantInvalid: { sources: [ENTRA_ERROR_CODES] },
    GraphAccessDenied: { sources: [GRAPH_ERRORS] },
};
