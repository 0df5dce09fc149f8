/** @jest-environment node */
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import {
    ERROR_ACTIONS,
    ERROR_CATALOGUE,
    ERROR_CODES,
    SENTENCE_HINTS,
    hexToHresult,
    hresultToHex,
    matchErrorText,
    matchTraceEntry,
    workloadOfErrorType,
    type ErrorTextInput,
} from '../../MailboxHealth/core/errorCatalogue';
import { ERROR_PROVENANCE } from '../../MailboxHealth/core/errors/data/provenance';
import { ERROR_CLASSES, type ErrorClass, type Workload } from '../../MailboxHealth/core/types';

const RESX = path.join(__dirname, '..', '..', 'MailboxHealth', 'strings', 'MailboxHealth.1033.resx');
const resxKeys = new Set([...fs.readFileSync(RESX, 'utf8').matchAll(/<data\s+name="([^"]+)"/g)].map((m) => m[1]));

const trace = (text: string, errorType?: string, level?: number): ErrorTextInput => ({ text, errorType, level, source: 'tracelog' });
const lastError = (text: string | null, code?: number): ErrorTextInput => ({ text, code, source: 'lastsyncerror' });

describe('hresultToHex', () => {
    it('returns the 0x form with eight upper-case digits for a signed HRESULT', () => {
        expect(hresultToHex(-2147220891)).toBe('0x80040265');
        expect(hresultToHex(-2147098023)).toBe('0x8005E259');
    });

    it('returns the same form for the unsigned spelling of the same code', () => {
        expect(hresultToHex(0x80040265)).toBe('0x80040265');
    });

    it('pads small codes to eight digits', () => {
        expect(hresultToHex(5)).toBe('0x00000005');
    });

    it('throws a RangeError for a value that is not a 32-bit integer', () => {
        expect(() => hresultToHex(1.5)).toThrow(RangeError);
        expect(() => hresultToHex(2 ** 32)).toThrow(RangeError);
        expect(() => hresultToHex(Number.NaN)).toThrow(RangeError);
    });
});

describe('hexToHresult', () => {
    it('returns the signed form that lastsyncerrorcode stores (docs/evidence.md §2.1 f)', () => {
        expect(hexToHresult('0x80040265')).toBe(-2147220891);
        expect(hexToHresult('8005e259')).toBe(-2147098023);
    });

    it('throws a RangeError for text that is not one to eight hex digits', () => {
        expect(() => hexToHresult('0x8004026500')).toThrow(RangeError);
        expect(() => hexToHresult('hello')).toThrow(RangeError);
    });

    it('round-trips every signed 32-bit integer with hresultToHex', () => {
        fc.assert(fc.property(fc.integer({ min: -0x8000_0000, max: 0x7fff_ffff }), (n) => hexToHresult(hresultToHex(n)) === n));
    });
});

describe('ERROR_CATALOGUE', () => {
    it('has one entry per code, and ERROR_CODES lists exactly those codes plus unknown', () => {
        const codes = ERROR_CATALOGUE.map((e) => e.code);
        expect(new Set(codes).size).toBe(codes.length);
        expect([...codes, 'unknown'].sort()).toEqual([...ERROR_CODES].sort());
    });

    it('has a provenance record for exactly the catalogue codes (kept out of the entries, so out of bundle.js)', () => {
        expect(Object.keys(ERROR_PROVENANCE).sort()).toEqual(ERROR_CATALOGUE.map((e) => e.code).sort());
        // The entries carry no provenance of their own: a field added back would be shipped again.
        expect(ERROR_CATALOGUE.filter((e) => 'sources' in e || 'evidence' in e).map((e) => e.code)).toEqual([]);
    });

    it('gives every entry a source, an action from ERROR_ACTIONS, a class and at least one matcher', () => {
        for (const e of ERROR_CATALOGUE) {
            const { sources, evidence } = ERROR_PROVENANCE[e.code] ?? { sources: [] };
            expect({ code: e.code, sourced: sources.length > 0 || /§6|seed|KB/.test(evidence ?? '') }).toEqual({ code: e.code, sourced: true });
            for (const url of sources) expect(url).toMatch(/^https:\/\/learn\.microsoft\.com\/[a-z0-9/.-]+$/i);
            expect(ERROR_ACTIONS).toContain(e.action);
            expect(ERROR_CLASSES).toContain(e.class);
            const matchers = [e.errorTypes, e.exchangeErrors, e.exchangeNumbers, e.hresults, e.httpStatuses, e.webStatuses, e.socketErrors, e.oauthErrors, e.phrases].flatMap(
                (m): readonly (string | number)[] => m ?? [],
            );
            expect(matchers.length + (e.aadsts === true ? 1 : 0)).toBeGreaterThan(0);
        }
    });

    it('never gives the same name, code or status to two entries', () => {
        const seen = new Map<string, string>();
        for (const e of ERROR_CATALOGUE) {
            const keys = [
                ...(e.errorTypes ?? []),
                ...(e.exchangeErrors ?? []),
                ...(e.webStatuses ?? []),
                ...(e.oauthErrors ?? []),
                ...(e.socketErrors ?? []).map((n) => `socket ${n}`),
                ...(e.exchangeNumbers ?? []).map((n) => `exchange ${n}`),
                ...(e.hresults ?? []).map(String),
                ...(e.httpStatuses ?? []).map((n) => `http${n}`),
                ...(e.aadsts === true ? ['AADSTS'] : []),
            ];
            for (const key of keys) {
                expect(`${key} in ${seen.get(key) ?? e.code}`).toBe(`${key} in ${e.code}`);
                seen.set(key, e.code);
            }
        }
    });

    it('keeps every sentence pattern free of capturing groups, unbounded repetition and upper-case escapes', () => {
        const patterns = [...ERROR_CATALOGUE.flatMap((e) => e.phrases ?? []), ...SENTENCE_HINTS.map((h) => h.pattern)];
        for (const p of patterns) {
            expect(new RegExp(`${p}|`).exec('')?.length).toBe(1);
            expect(p).not.toMatch(/(^|[^\\])[*+]|\{\d+,\}/);
            // phrases are matched against the lower-cased text, so \S or \W would change meaning
            expect(p).not.toMatch(/\\[A-Z]/);
        }
    });

    it('has a meaning and an action in the resx for every code, and a name for every class', () => {
        const missing = ERROR_CODES.flatMap((c) => [`Error_${c}_Meaning`, `Error_${c}_Action`]).filter((k) => !resxKeys.has(k));
        expect(missing).toEqual([]);
        expect(ERROR_CLASSES.filter((c) => !resxKeys.has(`ErrorClass_${c}`))).toEqual([]);
    });
});

/** One realistic text per catalogue entry, in the forms §6.1 lists. */
const EXAMPLES: readonly { code: string; input: ErrorTextInput; class: ErrorClass; workload: Workload | null }[] = [
    { code: 'IncomingEmailServerServiceError', input: trace('ActivityId: b66413dd-c51e-43d1-9404-adb044abf655', 'IncomingEmailServerServiceError'), class: 'transient', workload: 'incoming' },
    { code: 'ExchangeSyncServerServiceError', input: trace('T:391', 'ExchangeSyncServerServiceError'), class: 'transient', workload: 'act' },
    { code: 'UnknownIncomingEmailIntegrationError', input: trace('ActivityId: 1f0e', 'UnknownIncomingEmailIntegrationError'), class: 'unknown', workload: 'incoming' },
    { code: 'UnknownOutgoingEmailIntegrationError', input: trace('', 'UnknownOutgoingEmailIntegrationError'), class: 'unknown', workload: 'outgoing' },
    { code: 'IncomingEmailS2SApprovalNeeded', input: trace('Email Server Error Code: IncomingEmailS2SApprovalNeeded'), class: 'permanent', workload: 'incoming' },
    { code: 'OutgoingEmailS2SApprovalNeeded', input: trace('Email Server Error Code: OutgoingEmailS2SApprovalNeeded'), class: 'permanent', workload: 'outgoing' },
    { code: 'ExchangeSyncEmailS2SApprovalNeeded', input: trace('', 'ExchangeSyncEmailS2SApprovalNeeded'), class: 'permanent', workload: 'act' },
    { code: 'InvalidIncomingEmailServerProfile', input: trace('', 'InvalidIncomingEmailServerProfile'), class: 'permanent', workload: null },
    { code: 'InvalidIncomingEmailServerProfileConfiguration', input: trace('SocketException: TimedOut', 'InvalidIncomingEmailServerProfileConfiguration'), class: 'permanent', workload: 'incoming' },
    { code: 'MailboxDisabled', input: trace('', 'MailboxDisabled'), class: 'permanent', workload: null },
    { code: 'InvalidIncomingMailboxCredentials', input: trace('', 'InvalidIncomingMailboxCredentials'), class: 'permanent', workload: 'incoming' },
    { code: 'InvalidOutgoingMailboxCredentials', input: trace('', 'InvalidOutgoingMailboxCredentials'), class: 'permanent', workload: 'outgoing' },
    { code: 'OutgoingEmailAuthenticationError', input: trace('', 'OutgoingEmailAuthenticationError'), class: 'permanent', workload: 'outgoing' },
    { code: 'InvalidSender', input: trace('An error occurred while creating the incoming email "Hello".\nEmail Server Error Code: InvalidSender'), class: 'item', workload: 'incoming' },
    { code: 'InvalidForwardMailItem', input: trace('Email Server Error Code: InvalidForwardMailItem'), class: 'item', workload: 'incoming' },
    { code: 'NoCorrelationMatch', input: lastError('Sync Error: NoCorrelationMatch'), class: 'item', workload: 'incoming' },
    { code: 'IsvAborted', input: lastError('Exchange server returned UnknownIncomingEmailIntegrationError -2147220891 exception.'), class: 'item', workload: 'incoming' },
    { code: 'Http503', input: lastError('The remote server returned an error: (503) Server Unavailable.'), class: 'transient', workload: null },
    { code: 'SendFailure', input: trace('Email Server Error Code: Web server returned SendFailure exception.'), class: 'transient', workload: null },
    { code: 'SecureChannelFailure', input: lastError('Web server returned SecureChannelFailure exception.'), class: 'permanent', workload: null },
    { code: 'UnexpectedError', input: lastError('Crm.80040216. An unexpected error occurred.'), class: 'transient', workload: null },
    { code: 'ErrorMailboxMoveInProgress', input: lastError('Mailbox move in progress. Try again later., Cannot open mailbox.ErrorMailboxMoveInProgress0'), class: 'transient', workload: null },
    { code: 'ErrorMailboxStoreUnavailable', input: lastError('ErrorMailboxStoreUnavailable: The mailbox database is temporarily unavailable.'), class: 'transient', workload: null },
    { code: 'Http401', input: trace('Email Server Error Code: Http server returned 401 Unauthorized exception.'), class: 'permanent', workload: null },
    { code: 'Http403', input: trace('Email Server Error Code: Http server returned Forbidden exception.'), class: 'permanent', workload: null },
    { code: 'ErrorQuotaExceeded', input: lastError('(403) Forbidden. ErrorQuotaExceeded: The mailbox has exceeded its quota.'), class: 'permanent', workload: null },
    { code: 'ErrorSubmissionQuotaExceeded', input: trace('ErrorSubmissionQuotaExceeded: Cannot submit message.', 'UnknownOutgoingEmailIntegrationError'), class: 'transient', workload: 'outgoing' },
    { code: 'ErrorInvalidLicense', input: lastError('ErrorInvalidLicense: Mailbox is not licensed.'), class: 'permanent', workload: null },
    { code: 'ImpersonationDenied', input: lastError('The account does not have permission to impersonate the requested user.'), class: 'permanent', workload: null },
    { code: 'SmtpSyntaxError', input: lastError('Syntax error, command unrecognized. The server response was: 5.5.1'), class: 'permanent', workload: 'outgoing' },
    { code: 'PrivilegesMissing', input: lastError(null, -2147098023), class: 'permanent', workload: null },
    { code: 'UserDisabledInEntraId', input: lastError('Error code 0x8005E273'), class: 'permanent', workload: null },
    { code: 'MailboxNotEnabledForRESTAPI', input: lastError('MailboxNotEnabledForRESTAPI: REST API is not yet supported for this mailbox.'), class: 'permanent', workload: null },
    { code: 'ExchangeLicenseMissing', input: lastError(null, 0x8005e276), class: 'permanent', workload: null },
    { code: 'NoUserFound', input: trace('Test and Enable failed because no user was found with the email address.'), class: 'permanent', workload: null },
    { code: 'IsvUnexpected', input: lastError('Exchange server returned UnknownIncomingEmailIntegrationError -2147220956 exception.'), class: 'item', workload: 'incoming' },
    { code: 'InvalidEmailAddress', input: lastError(null, -2147218677), class: 'item', workload: null },
    { code: 'QueueOwnerPrivilegeMissing', input: lastError('0x80040520'), class: 'permanent', workload: null },
    { code: 'OwnerNotLicensed', input: lastError(null, -2147167669), class: 'permanent', workload: null },
    { code: 'QueueTeamWithoutRoles', input: trace('Email Server Error Code: Exchange server returned UnknownIncomingEmailIntegrationError -2147209462 exception.'), class: 'permanent', workload: 'incoming' },
    { code: 'UserPrivilegeError', input: lastError('Crm.80048306.Not enough privilege to access the Microsoft Dynamics 365 object or perform the requested operation.'), class: 'permanent', workload: null },
    { code: 'ApproverRoleMissing', input: lastError(null, -2147220906), class: 'config', workload: null },
    {
        code: 'EmailAddressNotApproved',
        input: trace('Email can’t be received for the mailbox Adele Vance because the email address of the mailbox Adele Vance is not approved and the mailbox has been disabled.'),
        class: 'permanent',
        workload: 'incoming',
    },
    { code: 'MailboxLocationUnknown', input: trace('The mailbox location could not be determined while sending/receiving the email message "Quote". The mailbox has been disabled for sending/receiving email.'), class: 'permanent', workload: null },
    { code: 'ProfileCredentialsIncorrect', input: trace('Email cannot be sent because the credentials specified in the associated email server profile are incorrect or have insufficient permissions for sending email.'), class: 'permanent', workload: 'outgoing' },
    { code: 'MailboxCredentialsRejected', input: trace("Email can't be received for the mailbox Lee Gu. Make sure that the credentials specified in the mailbox are correct and have sufficient permissions for receiving email."), class: 'permanent', workload: 'incoming' },
    { code: 'OrganizerFieldMissing', input: trace('Appointments can’t be synchronized because the Organizer field is not present.'), class: 'item', workload: 'act' },
    { code: 'ConfiguredWithAnotherOrganization', input: trace("Appointments, contacts, and tasks can't be synchronized because the email address of the mailbox Lee Gu is configured with another Microsoft Dynamics 365 organization."), class: 'permanent', workload: 'act' },
    { code: 'CredentialsRequireTls', input: trace("You can't set the user name and password in this email server profile because the server requires using a secure mode (TLS/SSL) to specify credentials."), class: 'config', workload: null },
    { code: 'UnknownSendError', input: trace('An unknown error occurred while sending the email message "Test Message". Mailbox Lee Gu didn\'t synchronize.'), class: 'unknown', workload: 'outgoing' },
    { code: 'TrackingCategoryEnabled', input: trace("Outlook Category 'Tracked To Dynamics 365' has been enabled for the mailbox Lee Gu."), class: 'config', workload: null },
    { code: 'WorkflowError', input: trace("Sync workflow '1 Test' terminated with error 'Object reference not set to an instance of an object.'"), class: 'item', workload: null },
    { code: 'IncomingItemFailed', input: trace('An error occurred while creating the incoming email "RE: Invoice 4471". The system will try to receive email again later.'), class: 'item', workload: 'incoming' },
    { code: 'ItemSyncFailed', input: trace('An error occurred while synchronizing the item "Team meeting".'), class: 'item', workload: null },
    { code: 'ConnectFailure', input: trace('Email Server Error Code: Web server returned ConnectFailure exception.'), class: 'permanent', workload: null },
    { code: 'SocketTimedOut', input: trace('Email Server Error Code: Socket returned exception TimedOut.'), class: 'permanent', workload: null },
    { code: 'SocketHostNotFound', input: trace('Email Server Error Code: Socket returned exception HostNotFound.'), class: 'permanent', workload: null },
    { code: 'ServerUrlUnreachable', input: lastError('The operation has timed out at ExchangeConnectivityDiscoverer.ValidateServerUrl(EmailDirectionCode d)'), class: 'permanent', workload: null },
    { code: 'NoUserFoundWithGivenClaims', input: trace('', 'NoUserFoundWithGivenClaims'), class: 'permanent', workload: null },
    { code: 'ErrorNonExistentMailbox', input: lastError('ErrorNonExistentMailbox: The SMTP address has no mailbox associated with it.'), class: 'permanent', workload: null },
    { code: 'ErrorInternalServerTransientError', input: trace('Email Server Error Code: ErrorInternalServerTransientError'), class: 'transient', workload: null },
    { code: 'EwsTimeZoneError', input: trace('Email Server Error Code: Exchange.server returned 383 error.'), class: 'permanent', workload: 'act' },
    { code: 'IncomingMailboxInternalCrmError', input: trace('', 'IncomingMailboxInternalCrmError'), class: 'transient', workload: 'incoming' },
    { code: 'UserNotAssignedRoles', input: lastError('SecLib::RetrievePrivilegeForUser failed - no roles are assigned to user. Returned hr = -2147209463'), class: 'permanent', workload: null },
    { code: 'SendAsDenied', input: lastError('User does not have send-as privilege.'), class: 'permanent', workload: 'outgoing' },
    { code: 'SignInDenied', input: lastError('You are not a member of this organization.'), class: 'permanent', workload: null },
    { code: 'NoRecipientMatch', input: lastError(null, -2147218683), class: 'item', workload: 'incoming' },
    { code: 'ExchangeSyncSchedulingConflictsError', input: trace('', 'ExchangeSyncSchedulingConflictsError'), class: 'item', workload: 'act' },
    { code: 'ClutterMessageSkipped', input: trace('An error occurred while creating the incoming email "Clutter moved new and different messages".', undefined, 1), class: 'item', workload: 'incoming' },
    { code: 'EntraSignInFailed', input: lastError('AADSTS7000215: Invalid client secret provided.'), class: 'permanent', workload: null },
    { code: 'OAuthGrantInvalid', input: lastError('{"error":"invalid_grant","error_description":"The refresh token has expired."}'), class: 'permanent', workload: null },
    { code: 'GraphAccessDenied', input: lastError('{"error":{"code":"ErrorAccessDenied","message":"Access is denied. Check credentials and try again."}}'), class: 'permanent', workload: null },
    { code: 'unknown', input: lastError('Something odd happened.'), class: 'unknown', workload: null },
];

describe('matchErrorText', () => {
    it('has an example for every catalogue code', () => {
        expect(ERROR_CODES.filter((c) => !EXAMPLES.some((e) => e.code === c))).toEqual([]);
    });

    it.each(EXAMPLES.map((e) => [e.code, e] as const))('returns %s with its class and workload for a text in its documented form', (_code, e) => {
        const m = matchErrorText(e.input);
        expect(m === null ? null : { code: m.code, class: m.class, workload: m.workload }).toEqual({ code: e.code, class: e.class, workload: e.workload });
    });

    it('returns the action code of the matched entry', () => {
        expect(matchErrorText(lastError('Crm.80048306.Not enough privilege'))?.action).toBe('grant-privileges');
        expect(matchErrorText(lastError('nothing known'))?.action).toBe('report-to-support');
    });

    it('returns null when there is neither text, nor error type, nor code', () => {
        expect(matchErrorText(lastError(null))).toBeNull();
        expect(matchErrorText({ text: '   \n', errorType: ' ', source: 'tracelog' })).toBeNull();
        expect(matchErrorText({ text: undefined, source: 'lastsyncerror' })).toBeNull();
    });

    it('returns unknown with the text verbatim when nothing is recognised', () => {
        const text = '  <img src=x onerror=alert(1)> Something\r\nodd  ';
        expect(matchErrorText(lastError(text))).toEqual({ code: 'unknown', class: 'unknown', workload: null, action: 'report-to-support', source: 'lastsyncerror', text, at: null });
    });

    it('returns unknown with the HRESULT in both forms when only an unlisted code is known', () => {
        expect(matchErrorText(lastError(null, -2147212345))).toEqual({
            code: 'unknown',
            class: 'unknown',
            workload: null,
            action: 'report-to-support',
            source: 'lastsyncerror',
            text: '',
            at: null,
            hresult: -2147212345,
            hresultHex: '0x800423C7',
        });
    });

    it('ignores a code that is not an HRESULT but still answers for it', () => {
        const m = matchErrorText(lastError(null, 52));
        expect(m?.code).toBe('unknown');
        expect(m?.hresult).toBeUndefined();
    });

    it('keeps the time it is given', () => {
        expect(matchErrorText({ text: 'x', source: 'lastsyncerror', at: 1543850437000 })?.at).toBe(1543850437000);
    });
});

describe('matchErrorText on seed 000 (the three trace entries)', () => {
    it('returns ExchangeSyncServerServiceError, transient on ACT, with the 503 and the ActivityId', () => {
        const m = matchErrorText(
            trace(
                'T:391\nActivityId: a2559263-94de-4886-bc28-5fc7511d4f5f\n>Exception : Unhandled exception:\nException type: System.Net.WebException\nMessage: The remote server returned an error: (503) Server Unavailable.   at System.Net.HttpWebRequest.EndGetResponse(IAsyncResult asyncResult)',
                'ExchangeSyncServerServiceError',
            ),
        );
        expect(m).toMatchObject({ code: 'ExchangeSyncServerServiceError', class: 'transient', workload: 'act', action: 'wait', httpStatus: 503, errorType: 'ExchangeSyncServerServiceError', activityId: 'a2559263-94de-4886-bc28-5fc7511d4f5f' });
    });

    it('returns the mailbox-move entry for the wrapper type, keeping the wrapper as errorType', () => {
        const m = matchErrorText(
            trace('ActivityId: 08657d6f-7e7b-424c-a974-6de3d4le2ae4a\n>Error : ?Mailbox move in progress. Try again later., Cannot open mailbox.ErrorMailboxMoveInProgress0', 'UnknownIncomingEmailIntegrationError'),
        );
        expect(m).toMatchObject({
            code: 'ErrorMailboxMoveInProgress',
            class: 'transient',
            workload: 'incoming',
            exchangeError: 'ErrorMailboxMoveInProgress',
            errorType: 'UnknownIncomingEmailIntegrationError',
            activityId: '08657d6f-7e7b-424c-a974-6de3d4le2ae4a',
        });
    });

    it('returns IncomingEmailServerServiceError, transient on incoming, with the 503 from FindItem', () => {
        const m = matchErrorText(
            trace(
                'ActivityId: b66413dd-c51e-43d1-9404-adb044abf655\n>Error : System.Net.WebException: The request failed with HTTP status 503: Service Unavailable.\nat Microsoft.Crm.Asynchronous.EmailConnector.ExchangeServiceBinding.EndFindItem(IAsyncResult asyncResult)',
                'IncomingEmailServerServiceError',
            ),
        );
        expect(m).toMatchObject({ code: 'IncomingEmailServerServiceError', class: 'transient', workload: 'incoming', httpStatus: 503 });
    });
});

describe('matchErrorText: which entry wins', () => {
    it('returns a specific code over a documented service-error type (401 inside IncomingEmailServerServiceError)', () => {
        expect(matchErrorText(trace('The remote server returned an error: (401) Unauthorized.', 'IncomingEmailServerServiceError'))).toMatchObject({ code: 'Http401', class: 'permanent', workload: 'incoming' });
    });

    it('returns the documented type over a bare 503', () => {
        expect(matchErrorText(trace('(503) Server Unavailable', 'ExchangeSyncServerServiceError'))?.code).toBe('ExchangeSyncServerServiceError');
    });

    it('returns the 401 code over the generic mailbox-credentials sentence of the same alert', () => {
        const m = matchErrorText(trace("Email can't be received for the mailbox. Make sure that the credentials specified in the mailbox are correct.\nEmail Server Error Code: Http server returned 401 Unauthorized exception."));
        expect(m).toMatchObject({ code: 'Http401', workload: 'incoming', httpStatus: 401 });
    });

    it('returns the Exchange error name over its HTTP status (ErrorQuotaExceeded is a 403)', () => {
        expect(matchErrorText(lastError('(403) Forbidden ErrorQuotaExceeded'))).toMatchObject({ code: 'ErrorQuotaExceeded', httpStatus: 403 });
    });

    it('returns the code column’s entry when the text names nothing', () => {
        expect(matchErrorText(lastError('An unexpected error occurred.', -2147220891))).toMatchObject({ code: 'IsvAborted', hresult: -2147220891, hresultHex: '0x80040265' });
    });
});

describe('matchErrorText: class', () => {
    it('returns permanent for a transient error logged at level 3 (retries exhausted, §3.2 E4)', () => {
        expect(matchErrorText(trace('(503) Server Unavailable', 'IncomingEmailServerServiceError', 3))?.class).toBe('permanent');
    });

    it('returns transient for an error logged at level 2 (being retried) when the error is not known to be permanent', () => {
        expect(matchErrorText(trace('(503) Server Unavailable', undefined, 2))?.class).toBe('transient');
        expect(matchErrorText(trace('something new', 'UnknownIncomingEmailIntegrationError', 2))).toMatchObject({ code: 'UnknownIncomingEmailIntegrationError', class: 'transient', level: 2 });
    });

    it('keeps a known permanent error permanent at level 2, because retrying never heals it (health-model §Errors and backoff, v2)', () => {
        expect(matchErrorText(trace('Http server returned 401 Unauthorized exception.', undefined, 2))?.class).toBe('permanent');
    });

    it('keeps item and configuration classes whatever the level', () => {
        expect(matchErrorText(trace('Email Server Error Code: InvalidSender', undefined, 3))?.class).toBe('item');
        expect(matchErrorText(trace('', 'InvalidIncomingEmailServerProfile', 1))?.class).toBe('permanent');
        expect(matchErrorText(lastError(null, -2147220906))?.class).toBe('config');
    });

    it('returns transient for an alert that ends "will try to … again later" and permanent for "has been disabled for …"', () => {
        expect(matchErrorText(trace('Something failed. The system will try to send the email message again later.'))).toMatchObject({ class: 'transient', workload: 'outgoing' });
        expect(matchErrorText(trace('Something failed. The mailbox has been disabled for receiving email.'))).toMatchObject({ class: 'permanent', workload: 'incoming' });
    });

    it('returns permanent when one text says both (the later state is the worse one)', () => {
        expect(matchErrorText(trace('The system will try to receive email again later. The mailbox has been disabled for receiving email.'))?.class).toBe('permanent');
    });

    it('lets the level outrank the sentence', () => {
        expect(matchErrorText(trace('The mailbox has been disabled for receiving email.', undefined, 2))?.class).toBe('transient');
    });
});

describe('matchErrorText: facts kept for support', () => {
    it('reads a signed HRESULT, a hex HRESULT and a Crm.<hex> code into both forms', () => {
        expect(matchErrorText(lastError('failed -2147220891.'))).toMatchObject({ hresult: -2147220891, hresultHex: '0x80040265' });
        expect(matchErrorText(lastError('failed 0x80040265.'))).toMatchObject({ hresult: -2147220891, hresultHex: '0x80040265' });
        expect(matchErrorText(lastError('Crm.80040265. x'))).toMatchObject({ hresult: -2147220891, hresultHex: '0x80040265' });
    });

    it('does not read an HRESULT out of a longer number, a version or a positive hex value', () => {
        for (const t of ['id 12-2147220891', 'v1.-2147220891', '-21472208911', '0x00040265', 'at 2147220891']) {
            expect(matchErrorText(lastError(t))?.hresult).toBeUndefined();
        }
    });

    it('prefers a catalogued HRESULT over an earlier unknown one', () => {
        expect(matchErrorText(lastError('-2147212345 then -2147220891'))).toMatchObject({ code: 'IsvAborted', hresult: -2147220891 });
    });

    it('reads HTTP statuses in the forms .NET and Dataverse print them', () => {
        expect(matchErrorText(lastError('The remote server returned an error: (403) Forbidden.'))?.httpStatus).toBe(403);
        expect(matchErrorText(lastError('The request failed with HTTP status 401: Unauthorized.'))?.httpStatus).toBe(401);
        expect(matchErrorText(lastError('Http server returned 503 Service Unavailable exception.'))?.httpStatus).toBe(503);
        expect(matchErrorText(lastError('Http server returned Forbidden'))?.httpStatus).toBe(403);
        expect(matchErrorText(lastError('returned (200) OK'))?.httpStatus).toBeUndefined();
    });

    it('reads the symbolic name of an "Email Server Error Code" line as errorType', () => {
        expect(matchErrorText(trace('An error.\r\nEmail Server Error Code: OutgoingEmailS2SApprovalNeeded\r\n'))?.errorType).toBe('OutgoingEmailS2SApprovalNeeded');
        expect(matchErrorText(trace('Email Server Error Code: SomethingNew'))).toMatchObject({ code: 'unknown', errorType: 'SomethingNew' });
    });

    it('prefers the errortypedisplay to a name in the text as errorType', () => {
        expect(matchErrorText(trace('Email Server Error Code: InvalidSender', 'UnknownIncomingEmailIntegrationError'))).toMatchObject({ code: 'InvalidSender', errorType: 'UnknownIncomingEmailIntegrationError' });
    });

    it('keeps an Exchange error name the catalogue does not know', () => {
        expect(matchErrorText(lastError('ErrorSchemaValidation: The request failed schema validation.'))).toMatchObject({ code: 'unknown', exchangeError: 'ErrorSchemaValidation' });
    });
});

describe('workloadOfErrorType', () => {
    it('returns the workload from the prefix, also after "Unknown" (§6.1)', () => {
        expect(workloadOfErrorType('IncomingEmailFooError')).toBe('incoming');
        expect(workloadOfErrorType('OutgoingEmailFooError')).toBe('outgoing');
        expect(workloadOfErrorType('ExchangeSyncFooError')).toBe('act');
        expect(workloadOfErrorType('UnknownOutgoingEmailIntegrationError')).toBe('outgoing');
        expect(workloadOfErrorType('MailboxDisabled')).toBeNull();
    });

    it('gives an unknown error type its workload in a match', () => {
        expect(matchErrorText(trace('whatever', 'OutgoingEmailBrandNewError'))).toMatchObject({ code: 'unknown', workload: 'outgoing', errorType: 'OutgoingEmailBrandNewError' });
    });
});

describe('matchTraceEntry', () => {
    it('returns the match of errortypedisplay, errordetails and text, at the last occurrence (modifiedon, trap T7)', () => {
        const m = matchTraceEntry({
            tracecode: 52,
            level: 2,
            errortypedisplay: 'IncomingEmailServerServiceError',
            errordetails: 'ActivityId: b66413dd-c51e-43d1-9404-adb044abf655',
            text: 'The system will try to receive email again later.',
            createdon: '2018-12-01T10:00:00Z',
            modifiedon: new Date('2018-12-03T15:20:00Z'),
        });
        expect(m).toEqual({
            code: 'IncomingEmailServerServiceError',
            class: 'transient',
            workload: 'incoming',
            action: 'wait',
            source: 'tracelog',
            text: 'ActivityId: b66413dd-c51e-43d1-9404-adb044abf655\nThe system will try to receive email again later.',
            at: Date.UTC(2018, 11, 3, 15, 20),
            errorType: 'IncomingEmailServerServiceError',
            activityId: 'b66413dd-c51e-43d1-9404-adb044abf655',
            level: 2,
        });
    });

    it('uses createdon when modifiedon is missing or unreadable', () => {
        expect(matchTraceEntry({ errortypedisplay: 'MailboxDisabled', createdon: '2018-12-01T10:00:00Z', modifiedon: 'garbage' })?.at).toBe(Date.UTC(2018, 11, 1, 10));
        expect(matchTraceEntry({ errortypedisplay: 'MailboxDisabled' })?.at).toBeNull();
    });

    it('returns null for an entry without error type, details or text', () => {
        expect(matchTraceEntry({ tracecode: 5, level: 1 })).toBeNull();
        expect(matchTraceEntry(null as unknown as object)).toBeNull();
    });
});

describe('matchErrorText on hostile input', () => {
    const MB = 1 << 20;
    const hostile = ['Error', 'ErrorA', '(', '(5', 'ActivityId', 'ActivityId: ', '-2', '-214722089', 'Crm.', '0x8', 'will try to ', 'has been disabled for ', "workflow '", 'Email Server Error Code: ', 'Exchange server returned ', 'a', ' x'];

    // CPU time of this process, not wall clock: CI shares 2 cores between jest workers. Catastrophic backtracking on
    // 1 MB would take minutes, so 2 s of CPU still catches it while a busy machine cannot fail the test.
    it.each(hostile)('answers within 2 s of CPU for 1 MB of %j repeated', (unit) => {
        const text = unit.repeat(Math.ceil(MB / unit.length));
        const t0 = process.cpuUsage();
        const m = matchErrorText(lastError(text));
        const used = process.cpuUsage(t0);
        expect((used.user + used.system) / 1000).toBeLessThan(2000);
        expect(m?.text.length).toBe(text.length);
    });

    it('finds a code at the end of 1 MB of noise', () => {
        const m = matchErrorText(lastError('x '.repeat(MB / 2) + 'ErrorMailboxMoveInProgress'));
        expect(m?.code).toBe('ErrorMailboxMoveInProgress');
    });

    it('never throws and always returns a catalogue code and class for any string', () => {
        fc.assert(
            fc.property(fc.string({ unit: 'binary', maxLength: 400 }), fc.option(fc.string({ maxLength: 40 })), fc.option(fc.integer({ min: 0, max: 4 })), (text, errorType, level) => {
                const m = matchErrorText({ text, errorType, level, source: 'tracelog' });
                if (m === null) return text.trim() === '' && (errorType ?? '').trim() === '';
                return (ERROR_CODES as readonly string[]).includes(m.code) && ERROR_CLASSES.includes(m.class) && m.text === text;
            }),
        );
    });

    it('never throws for values of the wrong type from a wrongly typed column', () => {
        fc.assert(
            fc.property(fc.anything(), fc.anything(), fc.anything(), (text, errorType, code) => {
                matchErrorText({ text, errorType, code, source: 'lastsyncerror' } as unknown as ErrorTextInput);
                matchTraceEntry({ errordetails: text, errortypedisplay: errorType, modifiedon: code } as never);
                return true;
            }),
        );
    });
});
