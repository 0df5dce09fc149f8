/**
 * What the email server profile tells about Exchange Online (flags `o365-approval-missing` and
 * `unsupported-exo-config`, docs/health-model.md §Flags; docs/evidence.md §2.2, §4.3, §3.5 L7).
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
import { CREDENTIAL_RETRIEVAL, CREDENTIAL_RETRIEVAL_MAX, SERVER_TYPE, SERVER_TYPE_MAX } from './vocabulary';

// The choice values live in vocabulary.ts (docs/evidence.md §2.2); local names for the rules below.
const EXCHANGE_SERVER = SERVER_TYPE.ExchangeServer;
const EXCHANGE_ONLINE_HYBRID = SERVER_TYPE.ExchangeOnlineHybrid;
const CREDENTIALS_BY_USER = CREDENTIAL_RETRIEVAL.UserOrQueue;
const CREDENTIALS_IN_PROFILE = CREDENTIAL_RETRIEVAL.EmailServerProfile;
const SERVER_TO_SERVER = CREDENTIAL_RETRIEVAL.ServerToServer;
const ENTRA_ID_OAUTH = CREDENTIAL_RETRIEVAL.EntraIdOAuth;
const CREDENTIAL_MAX = CREDENTIAL_RETRIEVAL_MAX;

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

/** One profile setting that Exchange Online does not support (§4.3, seed 002 / §3.5 L7), as column and value. */
export interface UnsupportedExoSetting {
    readonly column: ProfileColumn;
    readonly value: boolean | number;
    /** The reason code the setting is evidence for. */
    readonly reason: 'exo-autodiscover-off' | 'exo-impersonation' | 'exo-user-or-profile-credentials';
}

interface ProfileValues {
    readonly serverType: number | null | undefined;
    readonly inCred: number | null | undefined;
    readonly outCred: number | null | undefined;
    readonly autodiscover: boolean | null | undefined;
    readonly inImpersonation: boolean | null | undefined;
    readonly outImpersonation: boolean | null | undefined;
    readonly inLocation: string | null | undefined;
    readonly outLocation: string | null | undefined;
}

function isExchangeOnline(v: ProfileValues): boolean {
    if (v.serverType === EXCHANGE_ONLINE_HYBRID) return true;
    if (v.serverType !== EXCHANGE_SERVER) return false;
    return (
        v.inCred === SERVER_TO_SERVER ||
        v.outCred === SERVER_TO_SERVER ||
        v.inCred === ENTRA_ID_OAUTH ||
        v.outCred === ENTRA_ID_OAUTH ||
        pointsAtExchangeOnline(v.inLocation) ||
        pointsAtExchangeOnline(v.outLocation)
    );
}

/** §3.5 L7 / seed 002: with Exchange Online, Auto Discover = No, impersonation, and credentials by user or profile are "not recommended or supported". */
function offendingSettings(v: ProfileValues): UnsupportedExoSetting[] {
    const out: UnsupportedExoSetting[] = [];
    if (v.autodiscover === false) out.push({ column: 'useautodiscover', value: false, reason: 'exo-autodiscover-off' });
    if (v.inImpersonation === true) out.push({ column: 'incominguseimpersonation', value: true, reason: 'exo-impersonation' });
    if (v.outImpersonation === true) out.push({ column: 'outgoinguseimpersonation', value: true, reason: 'exo-impersonation' });
    for (const [column, cred] of [
        ['incomingcredentialretrieval', v.inCred],
        ['outgoingcredentialretrieval', v.outCred],
    ] as const) {
        if (cred === CREDENTIALS_BY_USER || cred === CREDENTIALS_IN_PROFILE) out.push({ column, value: cred, reason: 'exo-user-or-profile-credentials' });
    }
    return out;
}

const asNumber = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const asBool = (v: unknown): boolean | null => (typeof v === 'boolean' ? v : null);
const asText = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/**
 * @summary The settings of an Exchange Online profile that Exchange Online does not support (§4.3, seed 002 / §3.5
 * L7): empty for a profile that is not Exchange Online, or has none. The same check as the `unsupported-exo-config`
 * flag, for showing which columns to change.
 * @example unsupportedExoSettings({ servertype: 3, useautodiscover: false }) // [{ column: 'useautodiscover', value: false, … }]
 */
export function unsupportedExoSettings(profile: ProfileRow | null | undefined): readonly UnsupportedExoSetting[] {
    if (profile === null || profile === undefined || typeof profile !== 'object') return [];
    const v: ProfileValues = {
        serverType: asNumber(profile.servertype),
        inCred: asNumber(profile.incomingcredentialretrieval),
        outCred: asNumber(profile.outgoingcredentialretrieval),
        autodiscover: asBool(profile.useautodiscover),
        inImpersonation: asBool(profile.incominguseimpersonation),
        outImpersonation: asBool(profile.outgoinguseimpersonation),
        inLocation: asText(profile.incomingserverlocation),
        outLocation: asText(profile.outgoingserverlocation),
    };
    return isExchangeOnline(v) ? offendingSettings(v) : [];
}

const REASON_OF: Readonly<Record<UnsupportedExoSetting['reason'], Reason>> = {
    'exo-autodiscover-off': R_AUTODISCOVER,
    'exo-impersonation': R_IMPERSONATION,
    'exo-user-or-profile-credentials': R_CREDENTIALS,
};

/**
 * @summary Reads the profile flags.
 * @param approvedByO365Admin the mailbox's isemailaddressapprovedbyo365admin
 * @example profileFindings(r, { servertype: 0, incomingcredentialretrieval: 2 }, false).o365ApprovalMissing?.code
 *   // 'o365-approval-missing'
 */
export function profileFindings(r: ValueReader, profile: ProfileRow, approvedByO365Admin: boolean | null | undefined): ProfileFindings {
    const v: ProfileValues = {
        serverType: r.option(profile.servertype, col('servertype'), SERVER_TYPE_MAX),
        inCred: r.option(profile.incomingcredentialretrieval, col('incomingcredentialretrieval'), CREDENTIAL_MAX),
        outCred: r.option(profile.outgoingcredentialretrieval, col('outgoingcredentialretrieval'), CREDENTIAL_MAX),
        autodiscover: undefined,
        inImpersonation: undefined,
        outImpersonation: undefined,
        inLocation: undefined,
        outLocation: undefined,
    };
    const located: ProfileValues =
        v.serverType === EXCHANGE_SERVER && v.inCred !== SERVER_TO_SERVER && v.outCred !== SERVER_TO_SERVER && v.inCred !== ENTRA_ID_OAUTH && v.outCred !== ENTRA_ID_OAUTH
            ? { ...v, inLocation: r.str(profile.incomingserverlocation, col('incomingserverlocation')), outLocation: r.str(profile.outgoingserverlocation, col('outgoingserverlocation')) }
            : v;
    if (!isExchangeOnline(located)) return NONE;
    const settings = offendingSettings({
        ...located,
        autodiscover: r.bool(profile.useautodiscover, col('useautodiscover')),
        inImpersonation: r.bool(profile.incominguseimpersonation, col('incominguseimpersonation')),
        outImpersonation: r.bool(profile.outgoinguseimpersonation, col('outgoinguseimpersonation')),
    });
    const unsupported: Reason[] = [];
    for (const s of settings) if (!unsupported.includes(REASON_OF[s.reason])) unsupported.push(REASON_OF[s.reason]);
    const s2s = v.inCred === SERVER_TO_SERVER || v.outCred === SERVER_TO_SERVER;
    return {
        // §4.3 flag "Approval (M365 admin) missing": isemailaddressapprovedbyo365admin = false on an EXO S2S profile.
        o365ApprovalMissing: s2s && approvedByO365Admin === false ? R_O365 : null,
        unsupportedExo: unsupported,
    };
}
