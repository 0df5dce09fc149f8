/**
 * Where catalogue entries come from: Microsoft's server-side synchronization support articles (the public repository
 * MicrosoftDocs/SupportArticles-docs, folder support/power-platform/dataverse/email-exchange-synchronization/, each
 * published under the address below), and a few other public references.
 */

/** The public address of a server-side synchronization support article, from its file name. */
export function learn(article: string): string {
    return `https://learn.microsoft.com/troubleshoot/power-platform/dataverse/email-exchange-synchronization/${article}`;
}

/** Dataverse web service error codes (names and HRESULTs of platform errors). */
export const DATAVERSE_ERROR_CODES = 'https://learn.microsoft.com/power-apps/developer/data-platform/reference/web-service-error-codes';
/** Microsoft Entra authentication and authorization error codes (AADSTS…, OAuth 2.0 error values). */
export const ENTRA_ERROR_CODES = 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes';
/** Microsoft Graph error responses (ErrorAccessDenied and the other Exchange-derived codes). */
export const GRAPH_ERRORS = 'https://learn.microsoft.com/graph/errors';

/** can't / can’t / cant, in a case-insensitive phrase. */
export const APOS = "['\u2019]?";
