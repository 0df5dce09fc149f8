/** @jest-environment node */
/**
 * Every alert sentence and error code in Microsoft's server-side synchronization support articles (the public
 * repository MicrosoftDocs/SupportArticles-docs, folder support/power-platform/dataverse/email-exchange-synchronization/)
 * is recognised, with its class and workload (health-model §Errors and backoff, v2). Each case is built from the
 * article's own sentence: its identifying part is quoted, names and subjects are placeholders.
 */
import { ERROR_CATALOGUE, matchErrorText, type ErrorTextInput } from '../../../MailboxHealth/core/errorCatalogue';
import { ERROR_PROVENANCE } from '../../../MailboxHealth/core/errors/data/provenance';
import type { ErrorClass, Workload } from '../../../MailboxHealth/core/types';

const LEARN = 'https://learn.microsoft.com/troubleshoot/power-platform/dataverse/email-exchange-synchronization/';

interface Case {
    readonly alert: string;
    readonly errorType?: string;
    readonly code?: number;
    readonly level?: number;
    readonly expected: { readonly code: string; readonly class: ErrorClass; readonly workload: Workload | null };
}
type Article = { readonly cases: readonly Case[] } | { readonly noAlert: string };

const c = (alert: string, code: string, cls: ErrorClass, workload: Workload | null, extra: Partial<Omit<Case, 'alert' | 'expected'>> = {}): Case => ({
    alert,
    ...extra,
    expected: { code, class: cls, workload },
});

/** The articles of the folder, by file name without .md; each with its alerts, or why it has none. */
const ARTICLES: Readonly<Record<string, Article>> = {
    'troubleshooting-monitoring-server-side-synchronization': {
        cases: [
            c("Email can't be sent/received because the email address of the mailbox Lee Gu requires an approval by a Microsoft 365 administrator. The mailbox has been disabled for sending/receiving email and the owner of the email server profile Exchange Online has been notified.", 'EmailAddressNotApproved', 'permanent', null),
            c("One or more mailboxes have been disabled for sending/receiving email because their email addresses haven't been approved. Approve the email addresses, and then enable the mailboxes for sending/receiving email.", 'EmailAddressNotApproved', 'permanent', null),
            c('Email can\'t be received for the mailbox Lee Gu because the email address of the mailbox Lee Gu is not approved and the mailbox has been disabled. The owner of the associated email server profile EXO has been notified.', 'EmailAddressNotApproved', 'permanent', 'incoming'),
            c('The mailbox location could not be determined while sending/receiving the email message "Quote". The mailbox Lee Gu has been disabled for sending/receiving email and the owner of the associated email server profile EXO has been notified.', 'MailboxLocationUnknown', 'permanent', null),
            c('Email can\'t be sent/received because the credentials specified in the associated email server profile are incorrect or have insufficient permissions for sending/receiving email. The mailbox Lee Gu has been disabled for sending/receiving email and the owner of the email server profile EXO has been notified.', 'ProfileCredentialsIncorrect', 'permanent', null),
            c("Appointments can't be synchronized because the Organizer field isn't present.", 'OrganizerFieldMissing', 'item', 'act'),
            c("Appointments, contacts, and tasks can't be synchronized because the email address of the mailbox Lee Gu is configured with another organization. The best practice is to overwrite the configuration when you test and enable the mailbox in your primary organization.", 'ConfiguredWithAnotherOrganization', 'permanent', 'act'),
            ...(
                [
                    ['IncomingEmailS2SApprovalNeeded', 'incoming'],
                    ['OutgoingEmailS2SApprovalNeeded', 'outgoing'],
                    ['ExchangeSyncEmailS2SApprovalNeeded', 'act'],
                ] as const
            ).map(([type, workload]) =>
                c("Email can't be sent/received because the email address of the mailbox Lee Gu requires an approval by a Microsoft 365 administrator.", type, 'permanent', workload, { errorType: type, level: 3 }),
            ),
        ],
    },
    'Test-And-Enable-Fails-For-Unrecognized-EmailAddress': {
        cases: [c('Test and Enable failed because no user was found with the email address "lee@contoso.com" in the Microsoft 365 tenant associated with this mailbox\'s Email Server Profile.', 'NoUserFound', 'permanent', null)],
    },
    'test-enable-fails-for-unrecognized-email-address': {
        cases: [c('Test and Enable failed because no user was found with the email address "lee@contoso.com" in the Microsoft 365 tenant associated with this mailbox\'s Email Server Profile. Verify the user exists in […]', 'NoUserFound', 'permanent', null)],
    },
    'a-failure-occurred-crmsecurity': {
        cases: [
            c('A failure occurred in CrmSecurity. If you contact support, please provide the technical details.', 'ApproverRoleMissing', 'config', null),
            c('<ErrorCode>-2147220970</ErrorCode> <Message>The Queue: q1 email x@contoso.com doesn\'t match with UPN. User u1 should be a global administrator to approve mailbox in organization org1.</Message> <InnerFault> <ErrorCode>-2147220906</ErrorCode>', 'ApproverRoleMissing', 'config', null),
        ],
    },
    'an-appointment-is-canceled-deleted': { noAlert: 'describes how sync filters cancel appointments; no alert or error code' },
    'an-error-occurred-while-synchronizing-item': {
        cases: [
            c('An error occurred while synchronizing the item Team meeting from Microsoft Dynamics 365 for the mailbox Lee Gu.\nEmail Server Error Code: Crm.80040216. An unexpected error occurred.', 'UnexpectedError', 'transient', null),
            c('An error occurred while synchronizing the item Team meeting from Microsoft Dynamics 365 for the mailbox Lee Gu.', 'ItemSyncFailed', 'item', null),
            c('An error occurred in receiving email for the mailbox Lee Gu while connecting to the email server. The owner of the associated email server profile EXO has been notified. The system will try to receive email again later.\nEmail Server Error Code: Http server returned ServiceUnavailable exception', 'Http503', 'transient', 'incoming'),
            c('An internal Microsoft Dynamics 365 error occurred while receiving email through the mailbox Lee Gu. The owner of the associated email server profile EXO has been notified. The system will try to receive email again later.\nEmail Server Error Code: IncomingMailboxInternalCrmError', 'IncomingMailboxInternalCrmError', 'transient', 'incoming'),
            c("An unexpected error occurred while receiving email. Mailbox Lee Gu didn't synchronize. The owner of the associated email server profile EXO has been notified.\nEmail Server Error Code: ErrorInternalServerTransientError", 'ErrorInternalServerTransientError', 'transient', 'incoming'),
        ],
    },
    'an-internal-dynamics-365-error': {
        cases: [
            c("An internal Microsoft Dynamics 365 error occurred while synchronizing appointments, contacts, and tasks for the mailbox Lee Gu. The mailbox didn't synchronize. The owner of the associated email server profile EXO has been notified.\nEmail Server Error Code: UserPrivilegeError", 'UserPrivilegeError', 'permanent', 'act'),
        ],
    },
    'appointments-do-not-sync-to-exchange-for-some-users': {
        cases: [
            c("Appointments, contacts, and tasks for the mailbox Lee Gu couldn't be synchronized. The owner of the associated email server profile EXO has been notified. The system will try again later.\nEmail Server Error Code: Exchange.server returned 383 error.", 'EwsTimeZoneError', 'permanent', 'act'),
        ],
    },
    'appointments-do-not-synchronize-to-exchange-or-outlook': { noAlert: 'the mailbox is not set to sync appointments, or the sync filters exclude them; no alert' },
    'cannot-send-email-as-another-user': {
        cases: [
            c('You cannot send email as the selected user. The selected user has not allowed this or you do not have sufficient privileges to do so.', 'SendAsDenied', 'permanent', 'outgoing'),
            c('<Message>User does not have send-as privilege.</Message>', 'SendAsDenied', 'permanent', 'outgoing'),
        ],
    },
    'email-cannot-be-received-because-license-is-invalid-error': {
        cases: [
            c('Email can\'t be received because the license is invalid for the mailbox Lee Gu.\nEmail Server Error Code: ErrorInvalidLicense', 'ErrorInvalidLicense', 'permanent', 'incoming'),
            c("<q1:MessageText>An internal server error occurred. The operation failed., Mailbox 'm1' doesn't have a valid license.</q1:MessageText><q1:ResponseCode>ErrorInternalServerError</q1:ResponseCode>", 'ErrorInvalidLicense', 'permanent', null),
        ],
    },
    'email-cannot-be-received-mailbox': {
        cases: [
            c("Email cannot be received for the mailbox Lee Gu because the email server location or the incoming email port specified in the associated email server profile Gmail is incorrect. The mailbox didn't synchronize.\nEmail Server Error Code: Socket returned exception InvalidIncomingEmailServerProfileConfiguration HostNotFound.", 'SocketHostNotFound', 'permanent', 'incoming'),
            c('Error : System.Net.Sockets.SocketException (0x80004005): No such host is known\n   at Microsoft.Crm.Asynchronous.EmailConnector.Pop3Client.Connect()', 'SocketHostNotFound', 'permanent', null),
            c('Email cannot be received for the mailbox Lee Gu because the email server location or the incoming email port specified in the associated email server profile Gmail is incorrect.', 'InvalidIncomingEmailServerProfileConfiguration', 'permanent', 'incoming'),
        ],
    },
    'email-fails-to-create-with-nocorrelationmatch-error': { cases: [c('Sync Error: NoCorrelationMatch', 'NoCorrelationMatch', 'item', 'incoming')] },
    'email-fails-to-create-with-norecipientmatch-error': {
        cases: [c('Sync Error: NoRecipientMatch', 'NoRecipientMatch', 'item', 'incoming'), c('', 'NoRecipientMatch', 'item', 'incoming', { code: -2147218683 })],
    },
    'email-message-cannot-be-sent': {
        cases: [c('The email message "Your mailbox is now connected to Dynamics 365" cannot be sent because the mailbox Lee Gu is deactivated or disabled for outgoing email.\nEmail Server Error Code: MailboxDisabled', 'MailboxDisabled', 'permanent', 'outgoing')],
    },
    'emails-not-automatically-tracked-or-synchronized': {
        cases: [
            c("Starting sync workflow '1 Test', id:w1 Entering UpdateStep1_step:\nSync workflow '1 Test' terminated with error 'Entity 'Contact' With Id = c1 Does Not Exist'", 'WorkflowError', 'item', null),
            c('Sync Error: IsvAborted', 'IsvAborted', 'item', null),
        ],
    },
    'error-2147209462-logged-mailbox-record': {
        cases: [
            c('An unknown error occurred while receiving email through the mailbox "Support". The owner of the associated email server profile Support has been notified. The system will try to receive email again later.\nEmail Server Error Code: Exchange server returned UnknownIncomingEmailIntegrationError -2147209462 exception.', 'QueueTeamWithoutRoles', 'permanent', 'incoming', { level: 2 }),
        ],
    },
    'error-code-8005e259': { cases: [c('Test & Enable failed with error code 8005E259.', 'PrivilegesMissing', 'permanent', null)] },
    'error-code-8005e272': {
        cases: [c('The user account specified in the email server profile receives a "401 Unauthorized" error when contacting the Microsoft Exchange Server.', 'Http401', 'permanent', null), c('', 'Http401', 'permanent', null, { code: -2147097998 })],
    },
    'error-code-8005e273': { cases: [c('Test & Enable failed with error code 8005E273.', 'UserDisabledInEntraId', 'permanent', null)] },
    'error-code-8005e274': {
        cases: [
            c('Test & Enable failed with error code 8005E274.', 'MailboxNotEnabledForRESTAPI', 'permanent', null),
            c('Email Server Error Code: MailboxNotEnabledForRESTAPI', 'MailboxNotEnabledForRESTAPI', 'permanent', null),
        ],
    },
    'error-code-8005e276': { cases: [c('Test & Enable failed with error code 8005E276.', 'ExchangeLicenseMissing', 'permanent', null)] },
    'error-occurs-sending-email-for-mailbox': {
        cases: [
            c('An error occurred in sending email for mailbox "Your mailbox is now connected to Dynamics 365" while connecting to the email server. The owner of the associated email server profile Lee Gu has been notified. The system will try to send email again later.\nEmail Server Error Code: Web server returned ConnectFailure exception.', 'ConnectFailure', 'permanent', 'outgoing'),
        ],
    },
    'error-when-creating-an-incoming-email': {
        cases: [
            c('An error occurred while creating the incoming email Invoice in Microsoft Dynamics 365 for the mailbox Lee Gu.\nEmail Server Error Code: InvalidSender', 'InvalidSender', 'item', 'incoming'),
            c('An error occurred while creating the incoming email Invoice in Microsoft Dynamics 365 for the mailbox Lee Gu.\nEmail Server Error Code: InvalidForwardMailItem', 'InvalidForwardMailItem', 'item', 'incoming'),
            c('An error occurred while creating the incoming email "Clutter moved new and different messages" in Microsoft Dynamics 365 for the mailbox Lee Gu', 'ClutterMessageSkipped', 'item', 'incoming'),
            c('An error occurred while creating the incoming email Invoice in Microsoft Dynamics 365 for the mailbox Lee Gu.', 'IncomingItemFailed', 'item', 'incoming'),
            // the sentence still says "one email" when the type is only the wrapper and the detail names nothing known
            c('An error occurred while creating the incoming email Invoice in Microsoft Dynamics 365 for the mailbox Lee Gu.', 'IncomingItemFailed', 'item', 'incoming', { errorType: 'UnknownIncomingEmailIntegrationError' }),
        ],
    },
    'error-when-signing-dynamics-365': {
        cases: [
            c('You are not part of this organization. Please contact your administrator.', 'SignInDenied', 'permanent', null),
            c('You are not a member of this organization. You (lee@contoso.com) do not belong to the organization Contoso.', 'SignInDenied', 'permanent', null),
            c('Your account has been disabled. Your account (lee@contoso.com) is disabled, and you no longer have the privilege to access this organization.', 'SignInDenied', 'permanent', null),
            c('no instances found for this user ID. You have signed in with a user ID that cannot log into Dynamics 365.', 'SignInDenied', 'permanent', null),
            c('Invalid User Authorization. The user authentication passed to the platform is not valid.', 'SignInDenied', 'permanent', null),
        ],
    },
    'error-when-testing-enabling-mailbox': {
        cases: [
            c('The mailbox location could not be determined while sending the email message "Your mailbox is now connected to Dynamics 365". Mailbox Lee Gu didn\'t synchronize. The owner of the associated email server profile Exchange has been notified.', 'MailboxLocationUnknown', 'permanent', 'outgoing'),
            c('The location of the mailbox Lee Gu could not be determined while receiving email. The owner of the associated email server profile Exchange has been notified. The system will try to receive email again later.', 'MailboxLocationUnknown', 'permanent', 'incoming'),
        ],
    },
    'error-when-you-test-enable-a-mailbox': {
        cases: [
            c("Appointments, contacts, and tasks can't be synchronized for the mailbox Lee Gu because the mailbox user doesn't have sufficient permissions on this mailbox.\nEmail Server Error Code: Crm.80048306.Not enough privilege to access the Microsoft Dynamics 365 object or perform the requested operation.", 'UserPrivilegeError', 'permanent', 'act'),
            c('T:195\nActivityId: a1\n>Exception : Unhandled Exception: Microsoft.Crm.CrmSecurityException: SecLib::AccessCheckEx failed. Returned hr = -2147187962, ObjectID: o1', 'UserPrivilegeError', 'permanent', null),
        ],
    },
    'error-while-sending-the-email-message': {
        cases: [
            c('An unknown error occurred while sending the email message "Your mailbox is now connected to Dynamics 365". Mailbox Lee Gu didn\'t synchronize.\nError : System.Net.Mail.SmtpException: Syntax error, command unrecognized. The server response was:', 'SmtpSyntaxError', 'permanent', 'outgoing'),
            c('An unknown error occurred while sending the email message "Your mailbox is now connected to Dynamics 365". Mailbox Lee Gu didn\'t synchronize.', 'UnknownSendError', 'unknown', 'outgoing'),
        ],
    },
    'errorquotaexceeded-exchange-server-returned-403-error': {
        cases: [
            c('The email message Quote cannot be sent. Make sure that the credentials specified in the mailbox Lee Gu are correct and have sufficient permissions for sending email. Then, enable the mailbox for email processing.\nEmail Server Error Code: ErrorQuotaExceeded. Exchange.server returned 403 error.', 'ErrorQuotaExceeded', 'permanent', 'outgoing'),
        ],
    },
    'errorsubmissionquotaexceeded-exception': {
        cases: [
            c('An unknown error occurred while sending the email message Quote through the mailbox Lee Gu. The owner of the associated email server profile Microsoft Exchange Online has been notified. The system will try to send the message again later.\nEmail Server Error Code: Exchange server returned UnknownOutgoingEmailIntegrationError ErrorSubmissionQuotaExceeded exception.', 'ErrorSubmissionQuotaExceeded', 'transient', 'outgoing'),
            c('An unknown error occurred while sending the email message Quote through the mailbox Lee Gu. The system will try to send the message again later.\nEmail Server Error Code: Exchange server returned UnknownOutgoingEmailIntegrationError ErrorSomethingNew exception.', 'UnknownSendError', 'transient', 'outgoing'),
            c('Email Server Error Code: Exchange server returned UnknownOutgoingEmailIntegrationError ErrorSomethingNew exception.', 'UnknownOutgoingEmailIntegrationError', 'unknown', 'outgoing'),
        ],
    },
    'exception-appears-server-side-sync': {
        cases: [
            ['-2147220956', 'IsvUnexpected', 'item'],
            ['-2147220970', 'UnexpectedError', 'transient'],
            ['-2147218677', 'InvalidEmailAddress', 'item'],
            ['-2147220192', 'QueueOwnerPrivilegeMissing', 'permanent'],
            ['-2147167669', 'OwnerNotLicensed', 'permanent'],
            // an HRESULT the article does not list: the wrapper, retried as the sentence says
            ['-2147200000', 'UnknownIncomingEmailIntegrationError', 'transient'],
        ].map(([n, code, cls]) =>
            c(`An unknown error occurred while receiving email through the mailbox "Support". The owner of the associated email server profile EXO has been notified. The system will try to receive email again later.\nEmail Server Error Code: Exchange server returned UnknownIncomingEmailIntegrationError ${n} exception.`, code, cls as ErrorClass, 'incoming'),
        ),
    },
    'exception-when-using-server-side-sync': {
        cases: [
            c('The email message "Test Message" cannot be sent. Make sure that the credentials specified in the mailbox Lee Gu are correct and have sufficient permissions for sending email. Then, enable the mailbox for email processing.\nEmail Server Error Code: Http server returned 401 Unauthorized exception.', 'Http401', 'permanent', 'outgoing'),
            c("Appointments, contacts, and tasks can't be synchronized. Make sure that the credentials specified in the mailbox Lee Gu are correct and have sufficient permissions. Then, enable the mailbox for appointments, contacts, and tasks synchronization.\nEmail Server Error Code: Http server returned 401 Unauthorized exception.", 'Http401', 'permanent', 'act'),
            c('Email cannot be received for the mailbox Lee Gu. Make sure that the credentials specified in the mailbox are correct and have sufficient permissions for receiving email. Then, enable the mailbox for email processing.\nEmail Server Error Code: Http server returned 401 Unauthorized exception.', 'Http401', 'permanent', 'incoming'),
            c("Http server returned 401 Unauthorized exception. NoUserFoundWithGivenClaims\nDetails: User does not exist in tenant with id 'u1'", 'NoUserFoundWithGivenClaims', 'permanent', null, { level: 3 }),
            c('Email cannot be received for the mailbox Lee Gu. Make sure that the credentials specified in the mailbox are correct and have sufficient permissions for receiving email. Then, enable the mailbox for email processing.', 'MailboxCredentialsRejected', 'permanent', 'incoming'),
        ],
    },
    'general-mailbox-access-error-occurred-while-receiving-email-through-mailbox-error': {
        cases: [
            c('A general mailbox access error occurred while receiving email through the mailbox Lee Gu. The owner of the associated email server profile Microsoft Exchange Online has been notified. The system will try to receive email again later.\nEmail Server Error Code: Exchange server returned ErrorMailboxStoreUnavailable exception.', 'ErrorMailboxStoreUnavailable', 'transient', 'incoming', { level: 2 }),
        ],
    },
    'general-mailbox-access-error-occurred': {
        cases: [
            c("A general mailbox access error occurred while receiving email. Mailbox Lee Gu didn't synchronize. The owner of the associated email server profile Gmail has been notified.\nEmail Server Error Code: Socket returned exception TimedOut.", 'SocketTimedOut', 'permanent', 'incoming'),
            c('Error : System.Net.Sockets.SocketException (0x80004005): A connection attempt failed because the connected party did not properly respond after a period of time', 'SocketTimedOut', 'permanent', null),
        ],
    },
    'http-server-returned-forbidden-exception': {
        cases: [
            c('The email message "Your mailbox is now connected to Dynamics 365" cannot be sent because an error occurred while establishing a secure connection to the email server. Mailbox Lee Gu didn\'t synchronize. The owner of the email server profile Microsoft Exchange Online has been notified.\nEmail Server Error Code: Http server returned Forbidden exception.', 'Http403', 'permanent', 'outgoing'),
            c('Error : System.Net.WebException: The request failed with HTTP status 403: Forbidden.\n   at Microsoft.Crm.Asynchronous.EmailConnector.ExchangeOutgoingEmailProvider.EndCreateItem()', 'Http403', 'permanent', 'outgoing'),
        ],
    },
    'incoming-emails-unexpectedly-synchronized-have-unexpected-missing-data': { noAlert: 'explains how recipients resolve and which mailbox accepts an email; no alert' },
    'mailbox-does-not-have-email-server-profile': {
        cases: [
            c('Email cannot be received because the mailbox Lee Gu does not have an email server profile associated with it or the email server profile is inactive.\nEmail Server Error Code: InvalidIncomingEmailServerProfile', 'InvalidIncomingEmailServerProfile', 'permanent', 'incoming'),
        ],
    },
    'mailbox-fails-tested-enabled': { noAlert: 'Gmail ports and OAuth guidance without an alert text of its own; its failures arrive as the OutgoingEmailAuthenticationError and socket alerts' },
    'outgoingemailauthenticationerror-shows-in-mailbox-alert': {
        cases: [
            c('Email cannot be sent for mailbox "Your mailbox is now connected to Dynamics 365" because either a server certificate needed to connect to the email server could not be validated or the credentials used to send email are incorrect or do not provide access.\nEmail Server Error Code: OutgoingEmailAuthenticationError', 'OutgoingEmailAuthenticationError', 'permanent', 'outgoing'),
            c('Error : MailKit.Security.AuthenticationException: 535: 5.7.8 Username and Password not accepted.', 'OutgoingEmailAuthenticationError', 'permanent', 'outgoing'),
        ],
    },
    'scheduling-conflict-saving-appointment': {
        cases: [
            c('A scheduling conflict was found when saving appointment Review from Exchange to Microsoft Dynamics 365 because Lee Gu is unavailable at this time. Do you want to ignore the conflict and save anyway?\nEmail Server Error Code: ExchangeSyncSchedulingConflictsError', 'ExchangeSyncSchedulingConflictsError', 'item', 'act'),
        ],
    },
    'server-side-synchronization-new-admin-identity': { noAlert: 'announces the # SSSAdminProd identity in audit fields; no alert' },
    sssadminprod: { noAlert: 'the same announcement as server-side-synchronization-new-admin-identity; no alert' },
    'test-connection-fails-email-server': {
        cases: [
            c('Remote server error: (401) Unauthorized. Make sure the user name and password you entered are correct and try again.', 'Http401', 'permanent', null),
            c('System.Net.WebException: The operation has timed out\n   at Microsoft.Crm.Asynchronous.EmailConnector.ExchangeConnectivityDiscoverer.ValidateServerUrl(EmailDirectionCode emailDirection)', 'ServerUrlUnreachable', 'permanent', null),
        ],
    },
    'the-account-does-not-have-permission-to-impersonate-the-requested-user-error': {
        cases: [c('The account does not have permission to impersonate the requested user', 'ImpersonationDenied', 'permanent', null)],
    },
    'the-smtp-address-has-no-mailbox': {
        cases: [
            c('Test Failed. The SMTP address has no mailbox associated with it.', 'ErrorNonExistentMailbox', 'permanent', null),
            c('<faultcode>a:ErrorNonExistentMailbox</faultcode>', 'ErrorNonExistentMailbox', 'permanent', null),
        ],
    },
    'tracked-to-dynamics-365-category-added': {
        cases: [c('Outlook Category "Tracked To Dynamics 365" has been enabled for the mailbox Lee Gu as the OrgDBOrgSetting is enabled.', 'TrackingCategoryEnabled', 'config', null, { level: 1 })],
    },
    'unknownincomingemailintegrationerror-2147220891': {
        cases: [
            c('An unknown error occurred while receiving email through the mailbox "Sales". The owner of the associated email server profile EXO has been notified. The system will try to receive email again later.\nEmail Server Error Code: Exchange server returned UnknownIncomingEmailIntegrationError -2147220891 exception.', 'IsvAborted', 'item', 'incoming'),
            c('An internal Microsoft Dynamics 365 error occurred while synchronizing appointments, contacts, and tasks for the mailbox "Sales". The owner of the associated email server profile EXO has been notified. The system will try again later.\nEmail Server Error Code:  Crm.80040265.ISV code aborted the operation.', 'IsvAborted', 'item', 'act'),
        ],
    },
};

const input = (k: Case): ErrorTextInput => ({ text: k.alert, errorType: k.errorType, code: k.code, level: k.level, source: 'tracelog' });
const cases = Object.entries(ARTICLES).flatMap(([article, a]) => ('cases' in a ? a.cases.map((k) => [article, k.expected.code, k] as const) : []));

describe('the catalogue against Microsoft’s server-side synchronization articles', () => {
    it.each(cases)('recognises the %s alert as %s with its class and workload', (_article, _code, k) => {
        const m = matchErrorText(input(k));
        expect(m === null ? null : { code: m.code, class: m.class, workload: m.workload }).toEqual(k.expected);
    });

    it('cites each article it was built from, and only articles that are listed here', () => {
        const cited = new Set(ERROR_CATALOGUE.flatMap((e) => ERROR_PROVENANCE[e.code].sources).filter((s) => s.startsWith(LEARN)).map((s) => s.slice(LEARN.length)));
        expect([...cited].filter((a) => !(a in ARTICLES))).toEqual([]);
        const withAlerts = Object.entries(ARTICLES).filter(([, a]) => 'cases' in a).map(([name]) => name);
        expect(withAlerts.filter((a) => !cited.has(a))).toEqual([]);
    });

    it('gives every catalogue entry that cites an article a case from that article', () => {
        const tested = new Set(cases.map(([, code]) => code));
        const untested = ERROR_CATALOGUE.filter((e) => ERROR_PROVENANCE[e.code].sources.some((s) => s.startsWith(LEARN)) && !tested.has(e.code)).map((e) => e.code);
        expect(untested).toEqual([]);
    });
});
