/**
 * Errors from the mailbox's side: Exchange (EWS), Exchange Online and Microsoft 365 (Graph, Microsoft Entra users,
 * licences), approval of the address, and which Dynamics 365 organization owns the Exchange mailbox.
 */
import type { CatalogueEntry } from '../entries';
import { APOS } from './sources';

export const EXCHANGE_ENTRIES: readonly CatalogueEntry[] = [
    // docs/evidence.md §6.3, seed 000: "Mailbox move in progress. Try again later."
    { code: 'ErrorMailboxMoveInProgress', class: 'transient', workload: null, action: 'wait', rank: 4, exchangeErrors: ['ErrorMailboxMoveInProgress'] },
    // general-mailbox-access-error-occurred-while-receiving-email-through-mailbox-error: the mailbox store is briefly unavailable
    {
        code: 'ErrorMailboxStoreUnavailable',
        class: 'transient',
        workload: null,
        action: 'wait',
        rank: 4,
        exchangeErrors: ['ErrorMailboxStoreUnavailable'],
    },
    // an-error-occurred-while-synchronizing-item: "ErrorInternalServerTransientError", normally gone by the next cycle
    {
        code: 'ErrorInternalServerTransientError',
        class: 'transient',
        workload: null,
        action: 'wait',
        rank: 4,
        exchangeErrors: ['ErrorInternalServerTransientError'],
    },
    // errorquotaexceeded-exchange-server-returned-403-error: "ErrorQuotaExceeded. Exchange.server returned 403 error." = a quota is exceeded
    { code: 'ErrorQuotaExceeded', class: 'permanent', workload: null, action: 'free-mailbox-space', rank: 4, exchangeErrors: ['ErrorQuotaExceeded'] },
    // errorsubmissionquotaexceeded-exception: the Exchange Online sending limit (e.g. 10,000 recipients a day) is reached; it resets
    {
        code: 'ErrorSubmissionQuotaExceeded',
        class: 'transient',
        workload: 'outgoing',
        action: 'reduce-sending',
        rank: 4,
        exchangeErrors: ['ErrorSubmissionQuotaExceeded'],
    },
    // email-cannot-be-received-because-license-is-invalid-error: the Exchange Online mailbox has no licence
    {
        code: 'ErrorInvalidLicense',
        class: 'permanent',
        workload: null,
        action: 'assign-exchange-licence',
        rank: 4,
        exchangeErrors: ['ErrorInvalidLicense'],
        phrases: ['license is invalid for (?:the|this) mailbox', `(?:doesn${APOS}t|does not) have a valid license`],
    },
    // appointments-do-not-sync-to-exchange-for-some-users: "Exchange.server returned 383 error." = an EWS time-zone defect
    {
        code: 'EwsTimeZoneError',
        class: 'permanent',
        workload: 'act',
        action: 'change-time-zone',
        rank: 4,
        exchangeNumbers: [383],
    },
    // error-code-8005e274: 0x8005E274 (−2147097996) MailboxNotEnabledForRESTAPI: no licence, disabled, or on-premises (hybrid)
    {
        code: 'MailboxNotEnabledForRESTAPI',
        class: 'permanent',
        workload: null,
        action: 'use-hybrid-profile',
        rank: 4,
        hresults: [-2147097996],
        errorTypes: ['MailboxNotEnabledForRESTAPI'],
    },
    // error-code-8005e273: 0x8005E273 (−2147097997) the Microsoft 365 account is disabled in the profile's tenant
    { code: 'UserDisabledInEntraId', class: 'permanent', workload: null, action: 'enable-user', rank: 4, hresults: [-2147097997] },
    // error-code-8005e276: 0x8005E276 (−2147097994) no valid Exchange licence, or the user is not in Read-Write access mode
    { code: 'ExchangeLicenseMissing', class: 'permanent', workload: null, action: 'assign-exchange-licence', rank: 4, hresults: [-2147097994] },
    // test-enable-fails-for-unrecognized-email-address: no user with that UPN/SMTP address in the profile's tenant (or another tenant)
    {
        code: 'NoUserFound',
        class: 'permanent',
        workload: null,
        action: 'fix-address',
        rank: 4,
        phrases: ['no user was found'],
    },
    // troubleshooting-monitoring-server-side-synchronization ("requires an approval by a Microsoft 365 administrator"): S2S approval
    { code: 'IncomingEmailS2SApprovalNeeded', class: 'permanent', workload: 'incoming', action: 'approve-email', rank: 4, errorTypes: ['IncomingEmailS2SApprovalNeeded'] },
    // troubleshooting-monitoring-server-side-synchronization
    { code: 'OutgoingEmailS2SApprovalNeeded', class: 'permanent', workload: 'outgoing', action: 'approve-email', rank: 4, errorTypes: ['OutgoingEmailS2SApprovalNeeded'] },
    // troubleshooting-monitoring-server-side-synchronization
    { code: 'ExchangeSyncEmailS2SApprovalNeeded', class: 'permanent', workload: 'act', action: 'approve-email', rank: 4, errorTypes: ['ExchangeSyncEmailS2SApprovalNeeded'] },
    // troubleshooting-monitoring-server-side-synchronization: the address is not approved (by the organization or a Microsoft 365 admin)
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
    },
    // troubleshooting-monitoring-server-side-synchronization, KB 4053618: another organization syncs this Exchange mailbox
    // ({Incoming,Outgoing,ExchangeSync}IncorrectCrmOrgError); Test & Enable fails until one organization is primary
    {
        code: 'ConfiguredWithAnotherOrganization',
        class: 'permanent',
        workload: null,
        action: 'set-primary-org',
        rank: 4,
        errorTypes: ['IncomingIncorrectCrmOrgError', 'OutgoingIncorrectCrmOrgError', 'ExchangeSyncIncorrectCrmOrgError', 'IncorrectCrmOrg', 'IncorrectCrmOrgError'],
        phrases: ['is configured (?:with|for) another (?:[a-z0-9]{1,20} ){0,4}organization'],
    },
];
