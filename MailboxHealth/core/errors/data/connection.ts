/**
 * Connection errors: the email server, the email server profile, credentials and the transport (HTTP, TLS, sockets,
 * SMTP). Each entry's comment names its source; `sources` holds the public addresses.
 */
import type { CatalogueEntry } from '../entries';
import { APOS, learn } from './sources';

export const CONNECTION_ENTRIES: readonly CatalogueEntry[] = [
    // mailbox-reference §6.2, seed 000 (tracecode 52): HTTP 503 from EWS FindItem; a generic "service error", the detail refines it
    { code: 'IncomingEmailServerServiceError', class: 'transient', workload: 'incoming', action: 'wait', rank: 2, errorTypes: ['IncomingEmailServerServiceError'], sources: [], evidence: '§6.2; seed 000 tracecode 52' },
    // mailbox-reference §6.2, seed 000 (tracecode 126): "(503) Server Unavailable" during ACT sync
    { code: 'ExchangeSyncServerServiceError', class: 'transient', workload: 'act', action: 'wait', rank: 2, errorTypes: ['ExchangeSyncServerServiceError'], sources: [], evidence: '§6.2; seed 000 tracecode 126' },
    // an-error-occurred-while-synchronizing-item: "Http server returned ServiceUnavailable exception", fixed by a later cycle
    {
        code: 'Http503',
        class: 'transient',
        workload: null,
        action: 'wait',
        rank: 2,
        httpStatuses: [503],
        phrases: ['serv(?:er|ice) unavailable'],
        sources: [learn('an-error-occurred-while-synchronizing-item')],
        evidence: '§6.3; seed 000',
    },
    // mailbox-reference §6.3, KB 4471945: "Web server returned SendFailure exception." (a warning; the item is retried)
    { code: 'SendFailure', class: 'transient', workload: null, action: 'wait', rank: 4, webStatuses: ['SendFailure'], sources: [], evidence: '§6.3; KB 4471945' },
    // mailbox-reference §6.3, §6.4, KB 4533252, KB 2993502: the TLS channel could not be created
    {
        code: 'SecureChannelFailure',
        class: 'permanent',
        workload: null,
        action: 'fix-tls',
        rank: 4,
        webStatuses: ['SecureChannelFailure'],
        phrases: ['could not create ssl/tls secure channel', 'establishing a secure connection'],
        sources: [],
        evidence: '§6.3, §6.4; KB 4533252, KB 2993502',
    },
    // error-occurs-sending-email-for-mailbox: "Web server returned ConnectFailure exception." = firewall (on-premises) or wrong ports
    { code: 'ConnectFailure', class: 'permanent', workload: null, action: 'check-firewall-and-ports', rank: 4, webStatuses: ['ConnectFailure'], sources: [learn('error-occurs-sending-email-for-mailbox')], evidence: 'KB 4092737' },
    // general-mailbox-access-error-occurred: "Socket returned exception TimedOut." = wrong ports in the profile
    {
        code: 'SocketTimedOut',
        class: 'permanent',
        workload: null,
        action: 'fix-profile-ports',
        rank: 4,
        socketErrors: ['TimedOut'],
        phrases: ['connected party did not properly respond after a period of time'],
        sources: [learn('general-mailbox-access-error-occurred')],
        evidence: 'KB 4092736',
    },
    // email-cannot-be-received-mailbox: "Socket returned exception … HostNotFound." / "No such host is known" = wrong server location
    {
        code: 'SocketHostNotFound',
        class: 'permanent',
        workload: null,
        action: 'fix-profile-location',
        rank: 4,
        socketErrors: ['HostNotFound'],
        phrases: ['no such host is known'],
        sources: [learn('email-cannot-be-received-mailbox')],
        evidence: 'KB 4463808',
    },
    // test-connection-fails-email-server: Test Connection times out validating the server URL = a firewall blocks Dynamics 365
    {
        code: 'ServerUrlUnreachable',
        class: 'permanent',
        workload: null,
        action: 'check-firewall-and-ports',
        rank: 4,
        phrases: ['ExchangeConnectivityDiscoverer\\.ValidateServerUrl'],
        sources: [learn('test-connection-fails-email-server')],
        evidence: 'KB 4493267',
    },
    // mailbox-does-not-have-email-server-profile: no profile on the mailbox, or an inactive one (mailbox level)
    {
        code: 'InvalidIncomingEmailServerProfile',
        class: 'permanent',
        workload: null,
        action: 'assign-profile',
        rank: 4,
        errorTypes: ['InvalidIncomingEmailServerProfile'],
        phrases: [`(?:does not|doesn${APOS}t) have an email server profile associated with it`],
        sources: [learn('mailbox-does-not-have-email-server-profile')],
        evidence: '§6.2; KB 4484702',
    },
    // email-cannot-be-received-mailbox: the server location or the incoming port in the profile is wrong
    {
        code: 'InvalidIncomingEmailServerProfileConfiguration',
        class: 'permanent',
        workload: 'incoming',
        action: 'fix-profile-location',
        rank: 4,
        errorTypes: ['InvalidIncomingEmailServerProfileConfiguration'],
        phrases: ['email server location or the incoming email port specified'],
        sources: [learn('email-cannot-be-received-mailbox'), learn('general-mailbox-access-error-occurred')],
        evidence: '§6.2; KB 4092736, KB 4463808',
    },
    // troubleshooting-monitoring-server-side-synchronization, error-when-testing-enabling-mailbox: autodiscover could not find the mailbox
    {
        code: 'MailboxLocationUnknown',
        class: 'permanent',
        workload: null,
        action: 'fix-autodiscover',
        rank: 4,
        phrases: ['mailbox location could not be determined', 'location of the mailbox [^.\\r\\n]{0,200}could not be determined'],
        sources: [learn('troubleshooting-monitoring-server-side-synchronization'), learn('error-when-testing-enabling-mailbox')],
        evidence: '§6.4; KB 4513810',
    },
    // troubleshooting-monitoring-server-side-synchronization: profile credentials wrong, or no impersonation or mailbox access
    {
        code: 'ProfileCredentialsIncorrect',
        class: 'permanent',
        workload: null,
        action: 'fix-profile-credentials',
        rank: 4,
        phrases: ['credentials specified in the (?:associated )?email server profile are incorrect'],
        sources: [learn('troubleshooting-monitoring-server-side-synchronization')],
        evidence: '§6.4',
    },
    // exception-when-using-server-side-sync: "Make sure that the credentials specified in the mailbox … are correct"; broad,
    // so the code after "Email Server Error Code:" (401, ErrorQuotaExceeded, …) decides when there is one
    {
        code: 'MailboxCredentialsRejected',
        class: 'permanent',
        workload: null,
        action: 'update-mailbox-credentials',
        rank: 3,
        phrases: ['credentials specified in the mailbox'],
        sources: [learn('exception-when-using-server-side-sync')],
        evidence: '§6.4, §6.3; seed 002; KB 3185281, KB 3212785',
    },
    // mailbox-reference §6.2, KB 4092797: credentials stored on the mailbox are wrong or expired
    { code: 'InvalidIncomingMailboxCredentials', class: 'permanent', workload: 'incoming', action: 'update-mailbox-credentials', rank: 4, errorTypes: ['InvalidIncomingMailboxCredentials'], sources: [], evidence: '§6.2; KB 4092797' },
    // mailbox-reference §6.2, KB 4092797
    { code: 'InvalidOutgoingMailboxCredentials', class: 'permanent', workload: 'outgoing', action: 'update-mailbox-credentials', rank: 4, errorTypes: ['InvalidOutgoingMailboxCredentials'], sources: [], evidence: '§6.2; KB 4092797' },
    // exception-when-using-server-side-sync, error-code-8005e272, test-connection-fails-email-server: 401 Unauthorized
    // (0x8005E272 is the same from Test & Enable)
    {
        code: 'Http401',
        class: 'permanent',
        workload: null,
        action: 'check-address-profile-licence',
        rank: 4,
        httpStatuses: [401],
        hresults: [-2147097998],
        sources: [learn('exception-when-using-server-side-sync'), learn('error-code-8005e272'), learn('test-connection-fails-email-server')],
        evidence: '§6.3; KB 3212785, KB 4493267',
    },
    // exception-when-using-server-side-sync (cause 6): a deleted user or mailbox recreated with the same address
    {
        code: 'NoUserFoundWithGivenClaims',
        class: 'permanent',
        workload: null,
        action: 'clear-recreated-user',
        rank: 4,
        errorTypes: ['NoUserFoundWithGivenClaims'],
        phrases: ['user does not exist in tenant'],
        sources: [learn('exception-when-using-server-side-sync')],
        evidence: '§6.3; KB 3212785',
    },
    // http-server-returned-forbidden-exception: EWS disabled for the mailbox or organization, or an application access policy
    { code: 'Http403', class: 'permanent', workload: null, action: 'enable-ews', rank: 4, httpStatuses: [403], sources: [learn('http-server-returned-forbidden-exception')], evidence: '§6.3; KB 4483440' },
    // the-account-does-not-have-permission-to-impersonate-the-requested-user-error: the profile's account lacks impersonation
    {
        code: 'ImpersonationDenied',
        class: 'permanent',
        workload: null,
        action: 'grant-impersonation',
        rank: 4,
        phrases: [`(?:does not|doesn${APOS}t) have permission to impersonate`],
        sources: [learn('the-account-does-not-have-permission-to-impersonate-the-requested-user-error')],
        evidence: '§6.3; KB 4295275',
    },
    // the-smtp-address-has-no-mailbox: the profile's user name is domain\user instead of a UPN, or the user has no mailbox
    {
        code: 'ErrorNonExistentMailbox',
        class: 'permanent',
        workload: null,
        action: 'use-upn-user-name',
        rank: 4,
        exchangeErrors: ['ErrorNonExistentMailbox'],
        phrases: ['smtp address has no mailbox associated with it'],
        sources: [learn('the-smtp-address-has-no-mailbox')],
        evidence: 'KB 3214326',
    },
    // error-while-sending-the-email-message: "Syntax error, command unrecognized" = wrong outgoing SMTP port
    {
        code: 'SmtpSyntaxError',
        class: 'permanent',
        workload: 'outgoing',
        action: 'fix-smtp-settings',
        rank: 4,
        phrases: ['syntax error, command unrecognized'],
        sources: [learn('error-while-sending-the-email-message')],
        evidence: '§6.3; KB 4092733',
    },
    // outgoingemailauthenticationerror-shows-in-mailbox-alert: SMTP refused the credentials (Gmail "5.7.8 Username and Password not accepted")
    {
        code: 'OutgoingEmailAuthenticationError',
        class: 'permanent',
        workload: 'outgoing',
        action: 'check-gmail-profile',
        rank: 4,
        errorTypes: ['OutgoingEmailAuthenticationError'],
        phrases: ['server certificate needed to connect to the email server could not be validated', 'username and password not accepted'],
        sources: [learn('outgoingemailauthenticationerror-shows-in-mailbox-alert'), learn('mailbox-fails-tested-enabled')],
        evidence: '§6.2; KB 4533293, KB 4493342',
    },
    // mailbox-reference §6.4, seed 001: credentials over a channel without TLS (on-premises)
    { code: 'CredentialsRequireTls', class: 'config', workload: null, action: 'fix-tls', rank: 4, phrases: ['requires using a secure mode'], sources: [], evidence: '§6.4; seed 001' },
    // error-while-sending-the-email-message (the alert), seed 002: "An unknown error occurred while sending the email message";
    // generic, so any code in the alert (the SMTP syntax error, an Exchange error, the outgoing wrapper) decides
    {
        code: 'UnknownSendError',
        class: 'unknown',
        workload: 'outgoing',
        action: 'check-gmail-profile',
        rank: 2,
        phrases: ['unknown error occurred while sending the email message'],
        sources: [learn('error-while-sending-the-email-message'), learn('errorsubmissionquotaexceeded-exception')],
        evidence: '§6.4; seed 002; KB 3185281',
    },
];
