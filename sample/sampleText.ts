/**
 * Words of the sample fleet: people, queues, and the error and alert texts mailboxes carry. Error texts are the real
 * ones from docs/evidence.md §6 and seed 000's trace entries; the alert sentences follow the
 * documented two-part shape (a sentence, then "Email Server Error Code: …", §6.1).
 */

export const FIRST_NAMES: readonly string[] = [
    'Adele', 'Alex', 'Allan', 'Amara', 'Ana', 'Andrea', 'Anika', 'Arjun', 'Ben', 'Bianca', 'Brian', 'Camille', 'Carlos',
    'Chen', 'Chloe', 'Christie', 'Daniel', 'Diego', 'Dmitri', 'Elena', 'Emily', 'Enrico', 'Fatima', 'Felix', 'Fiona',
    'Grace', 'Hana', 'Hannah', 'Henrik', 'Ines', 'Isaac', 'Isabella', 'Ivan', 'Jakob', 'James', 'Jana', 'Javier',
    'Johanna', 'Jonas', 'Julia', 'Kai', 'Karin', 'Kenji', 'Laura', 'Lea', 'Lee', 'Leon', 'Lidia', 'Lucas', 'Lynne',
    'Maja', 'Malik', 'Marta', 'Mateo', 'Megan', 'Mei', 'Miguel', 'Mira', 'Miriam', 'Nadia', 'Nestor', 'Nina', 'Noah',
    'Olga', 'Omar', 'Pablo', 'Patti', 'Paul', 'Pradeep', 'Priya', 'Rafael', 'Rahul', 'Rosa', 'Ruth', 'Sara', 'Sean',
    'Sofia', 'Stefan', 'Tariq', 'Theo', 'Tomas', 'Uma', 'Valentina', 'Victor', 'Wei', 'Yara', 'Yusuf', 'Zoe',
];

export const LAST_NAMES: readonly string[] = [
    'Abbott', 'Alvarez', 'Andersen', 'Bauer', 'Becker', 'Bowen', 'Brooks', 'Castillo', 'Chandra', 'Costa', 'Dubois',
    'Eriksen', 'Fischer', 'Fontaine', 'Garcia', 'Gomez', 'Grant', 'Hartmann', 'Hayes', 'Hoffmann', 'Horvat', 'Ibrahim',
    'Ito', 'Jensen', 'Kaur', 'Keller', 'Kim', 'Kowalski', 'Larsen', 'Laurent', 'Lindqvist', 'Lopez', 'Mahler', 'Martin',
    'Meier', 'Moreau', 'Morgan', 'Mueller', 'Nakamura', 'Novak', 'Nowak', 'Okafor', 'Olsen', 'Patel', 'Perez',
    'Petrov', 'Quinn', 'Ramirez', 'Reyes', 'Richter', 'Rossi', 'Sanchez', 'Santos', 'Schmidt', 'Schneider', 'Silva',
    'Singh', 'Sorensen', 'Steiner', 'Suzuki', 'Tanaka', 'Thompson', 'Torres', 'Vance', 'Varga', 'Vogel', 'Wagner',
    'Walsh', 'Weber', 'Wilber', 'Wolf', 'Yamada', 'Young', 'Zhang', 'Zimmermann',
];

/** Queue display names with the local part of their shared mailbox address. */
export const QUEUES: readonly (readonly [string, string])[] = [
    ['Support Queue', 'support'],
    ['Sales Inquiries', 'sales'],
    ['Customer Service', 'service'],
    ['Billing Queue', 'billing'],
    ['Partner Desk', 'partners'],
    ['IT Service Desk', 'itdesk'],
    ['HR Helpdesk', 'hr'],
    ['Returns & Warranty', 'returns'],
    ['Escalations', 'escalations'],
    ['Info Mailbox', 'info'],
    ['Careers', 'careers'],
    ['Events Team', 'events'],
];

export const REGIONS: readonly string[] = ['EMEA', 'Americas', 'APAC', 'DACH', 'Nordics', 'UK', 'Iberia', 'Benelux'];

export const SUBJECTS: readonly string[] = [
    'RE: Renewal quote Q-10234',
    'FW: Invoice INV-88213',
    'Meeting notes: quarterly review',
    'RE: Case CAS-01942 follow-up',
    'Order confirmation 55120',
    'RE: Contract draft v3',
];

/** Everything a scenario needs to describe one error: the mailbox column values and the alert-wall entry. */
export interface ErrorText {
    /** lastsyncerror ("Last Sync Error Stack"). */
    readonly stack: string;
    /** lastsyncerrorcode; null where the reference gives no code for the text. */
    readonly code: number | null;
    readonly tracecode: number | null;
    readonly errortypedisplay: string | null;
    /** errordetails without the leading "ActivityId: …" line (the generator adds a fresh one). */
    readonly details: string;
    /** The rendered alert (tracelog.text), with {0} for the mailbox name. */
    readonly alert: string;
}

// Seed 000, trace entry tracecode 52 (IncomingEmailServerServiceError), verbatim.
const FIND_ITEM_503 = [
    '>Error : System.Net.WebException: The request failed with HTTP status 503: Service Unavailable.',
    'at System.Web.Services.Protocols.SoapHttpClientProtocol.ReadResponse(SoapClientMessage message, WebResponse response, Stream responseStream, Boolean asyncCall)',
    'at System.Web.Services.Protocols.SoapHttpClientProtocol.EndInvoke(IAsyncResult asyncResult)',
    'at Microsoft.Crm.Asynchronous.EmailConnector.ExchangeServiceBinding.EndFindItem(IAsyncResult asyncResult)',
    'at Microsoft.Crm.Asynchronous.EmailConnector.FindItemsStep.EndCall()',
    'at Microsoft.Crm.Asynchronous.EmailConnector.ExchangeIncomingEmailProviderStep.EndOperation()',
].join('\n');

// Seed 000, trace entry tracecode 126 (ExchangeSyncServerServiceError), verbatim up to its own truncation.
const EWS_503 = [
    '>Exception : Unhandled exception:',
    'Exception type: System.Net.WebException',
    'Message: The remote server returned an error: (503) Server Unavailable.   at System.Net.HttpWebRequest.EndGetResponse(IAsyncResult asyncResult)   at Microsoft.Exchange.WebServices.Data.EwsHttpWebRequest.Microsoft.Exchange.WebServices.Data.IEwsHttpWebRequest.EndGetResponse(IAsyncResult asyncResult)   at Microsoft.Exchange.WebServices.Data.ServiceRequestBase.EndGetEwsHttpWebResponse(IEwsHttpWebRequest request, IAsyncResult asyncResult) -- End stack trace -- Exception type: Microsoft.Exchange.WebServices.Data.ServiceRequestException',
    'Message: The request failed. The remote server returned an error: (503) Server Unavailable.   at Microsoft.Exchange.WebServices.Data.ServiceRequestBase.EndGetEwsHttpWebResponse(IEwsHttpWebRequest request, IAsyncResult asyncResult)   at Microsoft.Exchange.WebServices.Data.SimpleServiceRequestBase.EndInternalExecute(IAsyncResult asyncResult)   at...',
].join('\n');

export const ERRORS = {
    /** §6.2 IncomingEmailServerServiceError, §6.3 "503: Service Unavailable" (transient, seed 000). */
    incoming503: {
        stack: 'System.Net.WebException: The request failed with HTTP status 503: Service Unavailable.',
        code: null,
        tracecode: 52,
        errortypedisplay: 'IncomingEmailServerServiceError',
        details: FIND_ITEM_503,
        alert: "Email can't be received for the mailbox {0}. The email server returned an error. The system will try to receive email again later.\nEmail Server Error Code: The request failed with HTTP status 503: Service Unavailable.",
    },
    /** §6.2 ExchangeSyncServerServiceError, §6.3 "(503) Server Unavailable" (transient, seed 000). */
    act503: {
        stack: 'Microsoft.Exchange.WebServices.Data.ServiceRequestException: The request failed. The remote server returned an error: (503) Server Unavailable.',
        code: null,
        tracecode: 126,
        errortypedisplay: 'ExchangeSyncServerServiceError',
        details: 'T:391\n' + EWS_503,
        alert: "Appointments, contacts, and tasks can't be synchronized for the mailbox {0}. The Exchange server returned an error. The system will try again later.\nEmail Server Error Code: The remote server returned an error: (503) Server Unavailable.",
    },
    /** §6.3 ErrorMailboxMoveInProgress (transient; seed 000 trace tracecode 2, verbatim). */
    mailboxMove: {
        stack: 'Mailbox move in progress. Try again later., Cannot open mailbox. ErrorMailboxMoveInProgress',
        code: null,
        tracecode: 2,
        errortypedisplay: 'UnknownIncomingEmailIntegrationError',
        details: '>Error : ?Mailbox move in progress. Try again later., Cannot open mailbox.ErrorMailboxMoveInProgress0',
        alert: "Email can't be received for the mailbox {0}. The system will try to receive email again later.\nEmail Server Error Code: ErrorMailboxMoveInProgress",
    },
    /** §6.3 ErrorMailboxStoreUnavailable (transient warning, KB 4340389). */
    storeUnavailable: {
        stack: 'The mailbox database is temporarily unavailable., Cannot open mailbox. ErrorMailboxStoreUnavailable',
        code: null,
        tracecode: 2,
        errortypedisplay: 'UnknownIncomingEmailIntegrationError',
        details: '>Error : ?The mailbox database is temporarily unavailable., Cannot open mailbox.ErrorMailboxStoreUnavailable0',
        alert: "Email can't be received for the mailbox {0}. The system will try to receive email again later.\nEmail Server Error Code: ErrorMailboxStoreUnavailable",
    },
    /** §6.2 UnknownOutgoingEmailIntegrationError with ErrorSubmissionQuotaExceeded (KB 4486353). */
    submissionQuota: {
        stack: 'The message could not be sent because the sender has exceeded the submission quota. ErrorSubmissionQuotaExceeded',
        code: null,
        tracecode: 3,
        errortypedisplay: 'UnknownOutgoingEmailIntegrationError',
        details: '>Error : ?Submission quota exceeded., Cannot send message.ErrorSubmissionQuotaExceeded0',
        alert: "Email can't be sent for the mailbox {0}. The system will try to send email again later.\nEmail Server Error Code: ErrorSubmissionQuotaExceeded",
    },
    /** §6.3 "Http server returned 401 Unauthorized exception." (permanent, KB 3212785) and 0x8005E272. */
    unauthorized401: {
        stack: 'Http server returned 401 Unauthorized exception.',
        code: -2147097998,
        tracecode: null,
        errortypedisplay: null,
        details: '>Error : Http server returned 401 Unauthorized exception.',
        alert: "Email can't be received for the mailbox {0}. Make sure that the credentials specified in the mailbox are correct and have sufficient permissions for receiving email. Then, enable the mailbox for email processing.\nEmail Server Error Code: Http server returned 401 Unauthorized exception.",
    },
    /** §6.3 SecureChannelFailure and §6.4 ACT-disabled alert (KB 2993502, KB 4533252). */
    actSecureChannel: {
        stack: 'Web server returned SecureChannelFailure exception. Could not create SSL/TLS secure channel.',
        code: null,
        tracecode: null,
        errortypedisplay: 'ExchangeSyncServerServiceError',
        details: '>Error : System.Net.WebException: The request was aborted: Could not create SSL/TLS secure channel.\nWeb server returned SecureChannelFailure exception.',
        alert: 'The mailbox {0} has been disabled for synchronizing appointments, contacts, and tasks because an error occurred while establishing a secure connection to the Exchange server.\nEmail Server Error Code: Web server returned SecureChannelFailure exception.',
    },
    /** §6.2 OutgoingEmailAuthenticationError (Gmail SMTP, KB 4533293) and the §6.4 Gmail alert. */
    gmailSmtpAuth: {
        stack: '5.7.8 Username and Password not accepted. OutgoingEmailAuthenticationError',
        code: null,
        tracecode: null,
        errortypedisplay: 'OutgoingEmailAuthenticationError',
        details: '>Error : SMTP authentication failed: 535-5.7.8 Username and Password not accepted.',
        alert: "An unknown error occurred while sending the email message \"Test Message\". The mailbox {0} has been disabled for sending email.\nEmail Server Error Code: OutgoingEmailAuthenticationError",
    },
    /** §6.3 0x80040265 IsvAborted: a plug-in aborted the creation of one email (item level). */
    isvAborted: {
        stack: 'Exchange server returned UnknownIncomingEmailIntegrationError -2147220891 exception.',
        code: -2147220891,
        tracecode: 2,
        errortypedisplay: 'UnknownIncomingEmailIntegrationError',
        details: '>Error : Exchange server returned UnknownIncomingEmailIntegrationError -2147220891 exception.',
        alert: 'An error occurred while creating the incoming email "{1}" for the mailbox {0}.\nEmail Server Error Code: Exchange server returned UnknownIncomingEmailIntegrationError -2147220891 exception.',
    },
    /** §6.2 IncomingEmailS2SApprovalNeeded (KB 4052727) and the §6.4 approval alert. */
    s2sApproval: {
        stack: 'IncomingEmailS2SApprovalNeeded',
        code: null,
        tracecode: null,
        errortypedisplay: 'IncomingEmailS2SApprovalNeeded',
        details: '>Error : The email address of the mailbox requires an approval by a Microsoft 365 administrator.',
        alert: 'Email can\'t be received for the mailbox {0} because the email address of the mailbox requires an approval by a Microsoft 365 administrator. The mailbox has been disabled for receiving email.\nEmail Server Error Code: IncomingEmailS2SApprovalNeeded',
    },
    /** §6.4 "…is not approved and the mailbox has been disabled" (approval rejected). */
    notApproved: {
        stack: 'The email address is not approved.',
        code: null,
        tracecode: null,
        errortypedisplay: null,
        details: '>Error : The email address is not approved.',
        alert: 'The email address for the mailbox {0} is not approved and the mailbox has been disabled. Approve the email address, and then enable the mailbox.',
    },
    /** §6.2 InvalidIncomingEmailServerProfile (KB 4484702). */
    noProfile: {
        stack: 'InvalidIncomingEmailServerProfile',
        code: null,
        tracecode: null,
        errortypedisplay: 'InvalidIncomingEmailServerProfile',
        details: '>Error : The mailbox does not have an active email server profile.',
        alert: "Email can't be received for the mailbox {0} because it has no active email server profile. Associate an active email server profile with the mailbox, and then test and enable it.\nEmail Server Error Code: InvalidIncomingEmailServerProfile",
    },
    /** §6.2 MailboxDisabled (KB 4481318). */
    mailboxDisabled: {
        stack: 'MailboxDisabled',
        code: null,
        tracecode: null,
        errortypedisplay: 'MailboxDisabled',
        details: '>Error : The mailbox record is inactive.',
        alert: 'The mailbox {0} is inactive, so email is not processed for it.\nEmail Server Error Code: MailboxDisabled',
    },
    /** Hostile text: must be shown as text and never run (DEVELOPERS.md "rendered as text, never HTML"). */
    hostile: {
        stack: 'Exchange server returned UnknownIncomingEmailIntegrationError <img src=x onerror="window.__xss=1"> exception. <script>window.__xss=2</script>',
        code: -2147220891,
        tracecode: 2,
        errortypedisplay: 'UnknownIncomingEmailIntegrationError<script>window.__xss=2</script>',
        details: '>Error : <img src=x onerror="window.__xss=1"><script>window.__xss=2</script>',
        alert: 'Email can\'t be received for the mailbox {0} <img src=x onerror="window.__xss=1">. The system will try to receive email again later.\nEmail Server Error Code: <script>window.__xss=2</script>',
    },
} as const satisfies Record<string, ErrorText>;

export type ErrorKey = keyof typeof ERRORS;

/** Informational alert texts (level 1). */
export const INFO = {
    // KB 4501716.
    trackedCategory: "Outlook Category 'Tracked To Dynamics 365' has been enabled for the mailbox {0}.",
    testSucceeded: 'The mailbox {0} was tested and enabled successfully for server-side synchronization.',
} as const;
