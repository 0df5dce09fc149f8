/**
 * Modern authentication failures admins meet with OAuth profiles (Exchange Online through Graph, cross-tenant
 * profiles, Gmail OAuth): a Microsoft Entra sign-in error, an OAuth grant that is no longer valid, Graph refusing
 * access to the mailbox. None heals by retrying (health-model §Errors and backoff, v2).
 */
import type { CatalogueEntry } from '../entries';

export const MODERN_AUTH_ENTRIES: readonly CatalogueEntry[] = [
    // Microsoft Entra error codes: "AADSTS<digits>" = the token request was refused (consent, secret, tenant, policy)
    { code: 'EntraSignInFailed', class: 'permanent', workload: null, action: 'check-entra-sign-in', rank: 4, aadsts: true },
    // Microsoft Entra error codes (OAuth 2.0): invalid_grant = the refresh token or authorization expired or was revoked
    { code: 'OAuthGrantInvalid', class: 'permanent', workload: null, action: 'reauthorize-oauth', rank: 4, oauthErrors: ['invalid_grant'] },
    // Microsoft Graph errors: ErrorAccessDenied = the app may not open this mailbox (application access policy, RBAC)
    { code: 'GraphAccessDenied', class: 'permanent', workload: null, action: 'grant-mailbox-access', rank: 4, exchangeErrors: ['ErrorAccessDenied'] },
];
