/** Rule group "server profile" (rule 3, `misconfigured`; health-model "Health states", KB 4484702). */
import { RULE_COLUMNS } from '../columns';
import { reason } from '../reasons';
import type { ProfileRow, Reason } from '../types';
import type { ValueReader } from '../values';
import { RECORD_STATE, RECORD_STATE_MAX } from '../vocabulary';
import { NO_MATCH, OUTCOME } from './outcomes';

const R_NO_PROFILE = reason('no-server-profile', RULE_COLUMNS.misconfigured); // KB 4484702
const R_PROFILE_INACTIVE = reason('server-profile-inactive', ['emailserverprofile', 'emailserverprofile.statecode']); // KB 4484702 (v2)

/**
 * Rule 3: the `emailserverprofile` column is present and empty, or the profile is known and inactive (its
 * `statecode = 1`, v2). A profile handed in by the caller is the mailbox's profile, so the mailbox has one even if
 * the row lacks the column.
 * @param profileColumn the column as read: a non-empty id, null (empty), or undefined (unknown)
 */
export function serverProfileOutcomes(r: ValueReader, profileColumn: string | null | undefined, profile: ProfileRow | null): number {
    if (profile !== null) {
        const state = r.option(profile.statecode, 'emailserverprofile.statecode', RECORD_STATE_MAX);
        if (state === RECORD_STATE.Inactive) return OUTCOME.misconfigured;
        if (profileColumn === null) return OUTCOME.misconfigured;
        return NO_MATCH;
    }
    if (profileColumn === undefined) return OUTCOME.misconfigured | NO_MATCH;
    return profileColumn === null ? OUTCOME.misconfigured : NO_MATCH;
}

/** Rule 3's reason: no profile, or an inactive one. */
export function serverProfileReason(profileColumn: string | null | undefined, profile: ProfileRow | null): Reason {
    return profile !== null && profileColumn !== null && profile.statecode === RECORD_STATE.Inactive ? R_PROFILE_INACTIVE : R_NO_PROFILE;
}
