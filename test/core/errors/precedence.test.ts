/** @jest-environment node */
/**
 * Matching precedence (health-model §Errors and backoff, v2): an explicit code beats an HTTP status (also written as a
 * word), which beats a phrase; a known code's class beats the alert's closing sentence. Each case below was matched
 * wrongly or not at all before version 2.
 */
import { matchErrorText, type ErrorTextInput } from '../../../MailboxHealth/core/errorCatalogue';

const alert = (text: string, level?: number, errorType?: string): ErrorTextInput => ({ text, level, errorType, source: 'tracelog' });
const lastError = (text: string | null, code?: number): ErrorTextInput => ({ text, code, source: 'lastsyncerror' });

describe('an explicit code beats an HTTP status, which beats a phrase', () => {
    it('returns ErrorQuotaExceeded, not a credentials problem, for "ErrorQuotaExceeded. Exchange.server returned 403 error." in the 403 alert', () => {
        const m = matchErrorText(alert('The email message Quote cannot be sent. Make sure that the credentials specified in the mailbox Lee Gu are correct.\nEmail Server Error Code: ErrorQuotaExceeded. Exchange.server returned 403 error.'));
        expect(m).toMatchObject({ code: 'ErrorQuotaExceeded', class: 'permanent', action: 'free-mailbox-space', httpStatus: 403, exchangeError: 'ErrorQuotaExceeded' });
    });

    it('reads an Exchange error name after "Exchange server returned" as the Exchange error (ErrorMailboxStoreUnavailable)', () => {
        expect(matchErrorText(alert('Email Server Error Code: Exchange server returned ErrorMailboxStoreUnavailable exception.'))).toMatchObject({
            code: 'ErrorMailboxStoreUnavailable',
            class: 'transient',
            exchangeError: 'ErrorMailboxStoreUnavailable',
        });
    });

    it('reads an Exchange error name after "Email Server Error Code:" as the Exchange error (ErrorInvalidLicense)', () => {
        const m = matchErrorText(alert('Email Server Error Code: ErrorInvalidLicense'));
        expect(m).toMatchObject({ code: 'ErrorInvalidLicense', exchangeError: 'ErrorInvalidLicense' });
        expect(m?.errorType).toBeUndefined();
    });

    it('returns the 403 for "Http server returned Forbidden" although the sentence speaks of a secure connection', () => {
        expect(matchErrorText(alert('…cannot be sent because an error occurred while establishing a secure connection to the email server.\nEmail Server Error Code: Http server returned Forbidden exception.'))).toMatchObject({
            code: 'Http403',
            httpStatus: 403,
            workload: 'outgoing',
        });
    });

    it('returns the phrase’s entry when the alert carries no code or status', () => {
        expect(matchErrorText(alert('The email message X cannot be sent because an error occurred while establishing a secure connection to the email server.'))?.code).toBe('SecureChannelFailure');
    });

    it.each([
        ['ServiceUnavailable', 503],
        ['Unauthorized', 401],
        ['Forbidden', 403],
        ['BadGateway', 502],
        ['GatewayTimeout', 504],
        ['InternalServerError', 500],
        ['TooManyRequests', 429],
    ])('reads the status word %s as HTTP status %i', (word, status) => {
        expect(matchErrorText(lastError(`Http server returned ${word} exception`))?.httpStatus).toBe(status);
    });

    it('reads "Exchange.server returned <status> error." as the HTTP status and another number as Exchange’s own code', () => {
        expect(matchErrorText(lastError('Exchange.server returned 503 error.'))).toMatchObject({ code: 'Http503', httpStatus: 503 });
        const m = matchErrorText(lastError('Exchange.server returned 383 error.'));
        expect(m).toMatchObject({ code: 'EwsTimeZoneError' });
        expect(m?.httpStatus).toBeUndefined();
    });

    it('prefers a specific entry to a generic one whatever the evidence (the approval fault whose outer code is "unexpected error")', () => {
        expect(matchErrorText(lastError('A failure occurred in CrmSecurity.', -2147220970))?.code).toBe('ApproverRoleMissing');
        expect(matchErrorText(lastError('Crm.80040216. An unexpected error occurred.'))?.code).toBe('UnexpectedError');
    });

    it('returns NoUserFoundWithGivenClaims over the 401 that carries it', () => {
        expect(matchErrorText(alert('Http server returned 401 Unauthorized exception. NoUserFoundWithGivenClaims'))?.code).toBe('NoUserFoundWithGivenClaims');
    });

    it('reads the hex code of "error code 8005E259" without a 0x prefix', () => {
        expect(matchErrorText(lastError('Test & Enable failed with error code 8005E259.'))).toMatchObject({ code: 'PrivilegesMissing', hresult: -2147098023, hresultHex: '0x8005E259' });
    });
});

describe('codes that were not recognised before version 2', () => {
    it('returns UserNotAssignedRoles for 0x80042F09, in the text or in lastsyncerrorcode', () => {
        expect(matchErrorText(lastError('Error 0x80042F09'))).toMatchObject({ code: 'UserNotAssignedRoles', class: 'permanent', action: 'assign-user-roles' });
        expect(matchErrorText(lastError(null, -2147209463))?.code).toBe('UserNotAssignedRoles');
    });

    it.each([
        ['IncomingIncorrectCrmOrgError', 'incoming'],
        ['OutgoingIncorrectCrmOrgError', 'outgoing'],
        ['ExchangeSyncIncorrectCrmOrgError', 'act'],
        ['IncorrectCrmOrg', null],
    ])('returns ConfiguredWithAnotherOrganization for %s, on its workload', (name, workload) => {
        expect(matchErrorText(alert(`Email Server Error Code: ${name}`))).toMatchObject({ code: 'ConfiguredWithAnotherOrganization', class: 'permanent', workload });
    });

    it('returns the Incoming…IncorrectCrmOrgError alert of KB 4053618 from its sentence alone', () => {
        expect(
            matchErrorText(alert("Incoming emails aren't being synced because the email address for the Lee Gu mailbox is configured for another Dynamics 365 organization.")),
        ).toMatchObject({ code: 'ConfiguredWithAnotherOrganization', workload: 'incoming' });
    });

    it('returns SocketTimedOut for "Socket returned exception TimedOut"', () => {
        expect(matchErrorText(alert('Email Server Error Code: Socket returned exception TimedOut.'))).toMatchObject({ code: 'SocketTimedOut', class: 'permanent', action: 'fix-profile-ports' });
    });

    it('returns ExchangeSyncSchedulingConflictsError as an item error on appointments, contacts and tasks', () => {
        expect(matchErrorText(alert('', 3, 'ExchangeSyncSchedulingConflictsError'))).toMatchObject({ code: 'ExchangeSyncSchedulingConflictsError', class: 'item', workload: 'act' });
    });

    it('returns MailboxLocationUnknown for "The location of the mailbox … could not be determined"', () => {
        expect(matchErrorText(alert('The location of the mailbox Lee Gu could not be determined while receiving email.'))).toMatchObject({ code: 'MailboxLocationUnknown', workload: 'incoming' });
    });
});

describe('a known code’s class beats the alert’s closing sentence', () => {
    const retried = (code: string): string => `An unknown error occurred while receiving email through the mailbox Support. The system will try to receive email again later.\nEmail Server Error Code: Exchange server returned UnknownIncomingEmailIntegrationError ${code} exception.`;

    it.each([
        ['a queue owned by a team without roles', '-2147209462', 'QueueTeamWithoutRoles'],
        ['an unlicensed owner', '-2147167669', 'OwnerNotLicensed'],
        ['a queue owner without a privilege', '-2147220192', 'QueueOwnerPrivilegeMissing'],
        ['a user without roles', '-2147209463', 'UserNotAssignedRoles'],
    ])('returns permanent for %s although the alert says it will try again, at level 2 too', (_what, hresult, code) => {
        expect(matchErrorText(alert(retried(hresult)))).toMatchObject({ code, class: 'permanent' });
        expect(matchErrorText(alert(retried(hresult), 2))).toMatchObject({ code, class: 'permanent' });
    });

    it('returns permanent for a missing privilege in an ACT alert that ends "The system will try again later."', () => {
        expect(matchErrorText(alert('Appointments, contacts, and tasks for the mailbox Lee Gu couldn’t be synchronized. The system will try again later.\nEmail Server Error Code: Crm.80048306.Not enough privilege'))).toMatchObject({
            code: 'UserPrivilegeError',
            class: 'permanent',
            workload: 'act',
        });
    });

    it('keeps a known transient error transient when the alert says it will try again', () => {
        expect(matchErrorText(alert('The system will try to receive email again later.\nEmail Server Error Code: Exchange server returned ErrorMailboxStoreUnavailable exception.'))?.class).toBe('transient');
    });

    it('returns permanent for a transient error whose alert says the mailbox has been disabled', () => {
        expect(matchErrorText(alert('The mailbox has been disabled for receiving email.\nEmail Server Error Code: Exchange server returned ErrorMailboxStoreUnavailable exception.'))?.class).toBe('permanent');
    });

    it('returns transient for an unknown error whose alert says it will try again later', () => {
        expect(matchErrorText(alert('Something new happened. The system will try again later.'))?.class).toBe('transient');
    });
});

describe('modern authentication failures', () => {
    it.each(['AADSTS50020: User account from identity provider does not exist in tenant.', 'AADSTS700016: Application with identifier was not found in the directory.', 'Error: AADSTS7000215 Invalid client secret'])(
        'returns EntraSignInFailed, permanent, for %j',
        (text) => {
            expect(matchErrorText(alert(text, 2))).toMatchObject({ code: 'EntraSignInFailed', class: 'permanent', action: 'check-entra-sign-in' });
        },
    );

    it('does not read AADSTS inside a longer word or without its digits', () => {
        expect(matchErrorText(lastError('XAADSTS50020 and AADSTS and AADSTS12'))?.code).toBe('unknown');
    });

    it('returns OAuthGrantInvalid, permanent, for invalid_grant, and nothing for a longer word', () => {
        expect(matchErrorText(alert('{"error":"invalid_grant","error_description":"AADSTS70008: The refresh token has expired."}'))).toMatchObject({ class: 'permanent' });
        expect(matchErrorText(lastError('error=invalid_grant'))).toMatchObject({ code: 'OAuthGrantInvalid', class: 'permanent', action: 'reauthorize-oauth' });
        expect(matchErrorText(lastError('invalid_granted'))?.code).toBe('unknown');
    });

    it('returns GraphAccessDenied, permanent, for a Graph ErrorAccessDenied even when retried', () => {
        expect(matchErrorText(alert('{"error":{"code":"ErrorAccessDenied","message":"Access is denied."}} The system will try again later.', 2))).toMatchObject({
            code: 'GraphAccessDenied',
            class: 'permanent',
            action: 'grant-mailbox-access',
            exchangeError: 'ErrorAccessDenied',
        });
    });
});
