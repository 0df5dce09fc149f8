/**
 * Connection errors: the email server, the email server profile, credentials and the transport (HTTP, TLS, sockets,
 * SMTP). Each entry's comment names its source; ./provenance.ts holds the public addresses.
 */
import type { CatalogueEntry } from '../entries';
import { APOS } from './sources';

export const CONNECTION_ENTRIES: readonly CatalogueEntry[] = [
    // docs/evidence.md §6.2, seed 000 (tracecode 52): HTTP 503 from EWS FindItem; a generic "service error", the detail refines it
    { code: 'IncomingEmailServerServiceError', class: 'transient', workload: 'incoming', action: 'wait', rank: 2, errorTypes: ['IncomingEmailServerServiceError'] },
    // docs/evidence.md §6.2, seed 000 (tracecode 126): "(503) Server Unavailable" during ACT sync
    { code: 'ExchangeSyncServerServiceError', class: 'transient', workload: 'act', action: 'wait', rank: 2, errorTypes: ['ExchangeSyncServerServiceError'] },
    // an-error-occurred-while-synchronizing-item: "Http server returned ServiceUnavailable exception", fixed by a later cycle
    {
        code: 'Http503',
        class: 'transient',
        workload: null,
        action: 'wait',
        rank: 2,
        httpStatuses: [503],
        phrases: ['serv(?:er|ice) unavailable'],
    },
    // docs/evidence.md §6.3, KB 4471945: "Web server returned SendFailure exception." (a warning; the item is retried)
    { code: 'SendFailure', class: 'transient', workload: null, action: 'wait', rank: 4, webStatuses: ['SendFailure'] },
    // docs/evidence.md §6.3, §6.4, KB 4533252, KB 2993502: the TLS channel could not be created
    {
        code: 'SecureChannelFailure',
        class: 'permanent',
        workload: null,
        action: 'fix-tls',
        rank: 4,
        webStatuses: ['SecureChannelFailure'],
        phrases: ['could not create ssl/tls secure channel', 'establishing a secure connection'],
    },
    // error-occurs-sending-email-for-mailbox: "Web server returned ConnectFailure exception." = firewall (on-premises) or wrong ports
    { code: 'ConnectFailure', class: 'permanent', workload: null, action: 'check-firewall-and-ports', rank: 4, webStatuses: ['ConnectFailure'] },
    // general-mailbox-access-error-occurred: "Socket returned exception TimedOut." = wrong ports in the profile
    {
        code: 'SocketTimedOut',
        class: 'permanent',
        workload: null,
        action: 'fix-profile-ports',
        rank: 4,
        socketErrors: ['TimedOut'],
        phrases: ['connected party did not properly respond after a period of time'],
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
    },
    // test-connection-fails-email-server: Test Connection times out validating the server URL = a firewall blocks Dynamics 365
    {
        code: 'ServerUrlUnreachable',
        class: 'permanent',
        workload: null,
        action: 'check-firewall-and-ports',
        rank: 4,
        phrases: ['ExchangeConnectivityDiscoverer\\.ValidateServerUrl'],
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
    },
    // troubleshooting-monitoring-server-side-synchronization, error-when-testing-enabling-mailbox: autodiscover could not find the mailbox
    {
        code: 'MailboxLocationUnknown',
        class: 'permanent',
        workload: null,
        action: 'fix-autodiscover',
        rank: 4,
        phrases: ['mailbox location could not be determined', 'location of the mailbox [^.\\r\\n]{0,200}could not be determined'],
    },
    // troubleshooting-monitoring-server-side-synchronization: profile credentials wrong, or no impersonation or mailbox access
    {
        code: 'ProfileCredentialsIncorrect',
        class: 'permanent',
        workload: null,
        action: 'fix-profile-credentials',
        rank: 4,
        phrases: ['credentials specified in the (?:associated )?email server profile are incorrect'],
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
    },
    // docs/evidence.md §6.2, KB 4092797: credentials stored on the mailbox are wrong or expired
    { code: 'InvalidIncomingMailboxCredentials', class: 'permanent', workload: 'incoming', action: 'update-mailbox-credentials', rank: 4, errorTypes: ['InvalidIncomingMailboxCredentials'] },
    // docs/evidence.md §6.2, KB 4092797
    { code: 'InvalidOutgoingMailboxCredentials', class: 'permanent', workload: 'outgoing', action: 'update-mailbox-credentials', rank: 4, errorTypes: ['InvalidOutgoingMailboxCredentials'] },
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
    },
    // http-server-returned-forbidden-exception: EWS disabled for the mailbox or organization, or an application access policy
    { code: 'Http403', class: 'permanent', workload: null, action: 'enable-ews', rank: 4, httpStatuses: [403] },
    // the-account-does-not-have-permission-to-impersonate-the-requested-user-error: the profile's account lacks impersonation
    {
        code: 'ImpersonationDenied',
        class: 'permanent',
        workload: null,
        action: 'grant-impersonation',
        rank: 4,
        phrases: [`(?:does not|doesn${APOS}t) have permission to impersonate`],
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
    },
    // error-while-sending-the-email-message: "Syntax error, command unrecognized" = wrong outgoing SMTP port
    {
        code: 'SmtpSyntaxError',
        class: 'permanent',
        workload: 'outgoing',
        action: 'fix-smtp-settings',
        rank: 4,
        phrases: ['syntax error, command unrecognized'],
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
    },
    // docs/evidence.md §6.4, seed 001: credentials over a channel without TLS (on-premises)
    { code: 'CredentialsRequireTls', class: 'config', workload: null, action: 'fix-tls', rank: 4, phrases: ['requires using a secure mode'] },
    // error-while-sending-the-email-message (the alert), seed 002: "An unknown error occurred while sending the email message";
    // generic, so any code in the alert (the SMTP syntax error, an Exchange error, the outgoing wrapper) decides
    {
        code: 'UnknownSendError',
        class: 'unknown',
        workload: 'outgoing',
        action: 'check-gmail-profile',
        rank: 2,
        phrases: ['unknown error occurred while sending the email message'],
    },
];
