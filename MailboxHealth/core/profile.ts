/**
 * What the email server profile tells about Exchange Online (flags `o365-approval-missing` and
 * `unsupported-exo-config`, health-model.md "Flags"; mailbox-reference.md §2.2, §4.3, §3.5 L7).
 *
 * How to tell an Exchange Online profile (documented here because the metadata has no "is EXO" column):
 * - `servertype = 3` "Exchange Online (Hybrid)" (§2.2 option values);
 * - `servertype = 0` "Exchange Server" with Server-to-Server authentication (`credentialretrieval = 2`, logged as
 *   `S2S`) in either direction: §2.2 and seed 000 — "an EXO profile logs servertype : 0 with
 *   incomingcredentialretrieval : S2S; the default Microsoft Exchange Online profile is type 0 + Server-to-Server";
 * - `servertype = 0` with Entra ID / Azure AD OAuth (`credentialretrieval = 7`), the cross-tenant Exchange Online
 *   OAuth profile (§1.2 C3, §2.2);
 * - `servertype = 0` whose server location is Exchange Online's EWS host (outlook.office365.com or
 *   outlook.office.com) [I: inference; the only way to see that a profile with user or profile credentials points at
 *   Exchange Online, which is exactly the unsupported case of §3.5 L7].
 * An on-premises or hybrid Exchange profile (servertype 0 with Windows/HMA credentials, servertype 2), POP3/SMTP (1)
 * and IMAP (4) are not Exchange Online.
 */
import type { ProfileColumn, ProfileRow, Reason } from './types';
import { reason } from './reasons';
import type { ValueReader } from './values';

const SERVER_TYPE_MAX = 4;
const CREDENTIAL_MAX = 7;
const EXCHANGE_SERVER = 0;
const EXCHANGE_ONLINE_HYBRID = 3;
const CREDENTIALS_BY_USER = 0;
const CREDENTIALS_IN_PROFILE = 1;
const SERVER_TO_SERVER = 2;
const ENTRA_ID_OAUTH = 7;

const EXO_HOSTS = ['outlook.office365.com', 'outlook.office.com'];

function pointsAtExchangeOnline(location: string | null | undefined): boolean {
    if (typeof location !== 'string') return false;
    const l = location.toLowerCase();
    for (const host of EXO_HOSTS) {
        const at = l.indexOf(host);
        // the host itself, not a longer name that merely contains it
        if (at >= 0 && (at === 0 || l[at - 1] === '/' || l[at - 1] === '.' || l[at - 1] === '@')) {
            const end = l.charCodeAt(at + host.length);
            if (Number.isNaN(end) || end === 47 || end === 58) return true; // end, '/', ':'
        }
    }
    return false;
}

const col = (c: ProfileColumn): string => 'emailserverprofile.' + c;

/** Reasons for the two profile flags; each list is empty when its flag is off. */
export interface ProfileFindings {
    readonly o365ApprovalMissing: Reason | null;
    readonly unsupportedExo: readonly Reason[];
}

const R_O365 = reason('o365-approval-missing', [
    'isemailaddressapprovedbyo365admin',
    col('servertype'),
    col('incomingcredentialretrieval'),
    col('outgoingcredentialretrieval'),
]);
const R_AUTODISCOVER = reason('exo-autodiscover-off', [col('useautodiscover')]);
const R_IMPERSONATION = reason('exo-impersonation', [col('incominguseimpersonation'), col('outgoinguseimpersonation')]);
const R_CREDENTIALS = reason('exo-user-or-profile-credentials', [col('incomingcredentialretrieval'), col('outgoingcredentialretrieval')]);

const NONE: ProfileFindings = Object.freeze({ o365ApprovalMissing: null, unsupportedExo: Object.freeze([]) });

/**
 * @summary Reads the profile flags.
 * @param approvedByO365Admin the mailbox's isemailaddressapprovedbyo365admin
 * @example profileFindings(r, { servertype: 0, incomingcredentialretrieval: 2 }, false).o365ApprovalMissing?.code
 *   // 'o365-approval-missing'
 */
export function profileFindings(r: ValueReader, profile: ProfileRow, approvedByO365Admin: boolean | null | undefined): ProfileFindings {
    const serverType = r.option(profile.servertype, col('servertype'), SERVER_TYPE_MAX);
    const inCred = r.option(profile.incomingcredentialretrieval, col('incomingcredentialretrieval'), CREDENTIAL_MAX);
    const outCred = r.option(profile.outgoingcredentialretrieval, col('outgoingcredentialretrieval'), CREDENTIAL_MAX);
    const s2s = inCred === SERVER_TO_SERVER || outCred === SERVER_TO_SERVER;
    let exo = serverType === EXCHANGE_ONLINE_HYBRID;
    if (!exo && serverType === EXCHANGE_SERVER) {
        exo =
            s2s ||
            inCred === ENTRA_ID_OAUTH ||
            outCred === ENTRA_ID_OAUTH ||
            pointsAtExchangeOnline(r.str(profile.incomingserverlocation, col('incomingserverlocation'))) ||
            pointsAtExchangeOnline(r.str(profile.outgoingserverlocation, col('outgoingserverlocation')));
    }
    if (!exo) return NONE;
    const unsupported: Reason[] = [];
    // §3.5 L7 / seed 002: with Exchange Online, Auto Discover = No, impersonation, and credentials by user or
    // profile are "not recommended or supported".
    if (r.bool(profile.useautodiscover, col('useautodiscover')) === false) unsupported.push(R_AUTODISCOVER);
    const inImp = r.bool(profile.incominguseimpersonation, col('incominguseimpersonation'));
    const outImp = r.bool(profile.outgoinguseimpersonation, col('outgoinguseimpersonation'));
    if (inImp === true || outImp === true) unsupported.push(R_IMPERSONATION);
    if (inCred === CREDENTIALS_BY_USER || inCred === CREDENTIALS_IN_PROFILE || outCred === CREDENTIALS_BY_USER || outCred === CREDENTIALS_IN_PROFILE) {
        unsupported.push(R_CREDENTIALS);
    }
    return {
        // §4.3 flag "Approval (M365 admin) missing": isemailaddressapprovedbyo365admin = false on an EXO S2S profile.
        o365ApprovalMissing: s2s && approvedByO365Admin === false ? R_O365 : null,
        unsupportedExo: unsupported,
    };
}
