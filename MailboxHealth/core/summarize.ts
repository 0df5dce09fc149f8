/**
 * The fleet roll-up for the admin dashboard (docs/evidence.md §4.6): counts per state, severity, flag and server
 * profile, the states present worst first, and the most frequent error codes.
 */
import { SEVERITY_OF, STATE_INDEX, STATES_WORST_FIRST } from './severity';
import { FLAGS, HEALTH_STATES, SEVERITIES } from './types';
import type { Flag, FleetSummary, HealthState, MailboxAssessment, ProfileSummary, Severity } from './types';

/** How many error codes `topErrors` lists. */
export const TOP_ERRORS_LIMIT = 10;

const FLAG_INDEX: ReadonlyMap<string, number> = new Map(FLAGS.map((f, i) => [f, i]));

function zeroes<K extends string>(keys: readonly K[]): Record<K, number> {
    const o = {} as Record<K, number>;
    for (const k of keys) o[k] = 0;
    return o;
}

function byStateOf(counts: ArrayLike<number>): { [S in HealthState]: number } {
    const o = zeroes(HEALTH_STATES);
    for (let i = 0; i < HEALTH_STATES.length; i++) o[HEALTH_STATES[i]] = counts[i];
    return o;
}

interface ProfileTally {
    readonly profileId: string | null;
    profileName: string | null;
    total: number;
    readonly counts: Int32Array;
}

/**
 * @summary Summarises assessments: every count adds up to `total`.
 * @description `byProfile` is ordered by `failingShare` (failing or disabled, the `sendemailalert` 50% rule of
 * §3.2 E8), then size, then name. `topErrors` counts, per code, the mailboxes that show it (a mailbox repeating a
 * code in its last error and its alerts counts once); a last sync error not known to be current (older than the last
 * success: seed 000, §1.2 C7) is history, not a current problem, and is not counted.
 * @example summarizeFleet(assessFleet(rows, now)).byState.failing // 3
 */
export function summarizeFleet(assessments: readonly MailboxAssessment[]): FleetSummary {
    const list: readonly MailboxAssessment[] = Array.isArray(assessments) ? assessments : [];
    const states = new Int32Array(HEALTH_STATES.length);
    const flags = new Int32Array(FLAGS.length);
    const profiles = new Map<string | null, ProfileTally>();
    const errorCounts = new Map<string, number>();
    let syncingNow = 0;
    let uncertain = 0;
    let last: ProfileTally | undefined;
    for (let i = 0; i < list.length; i++) {
        const a = list[i];
        const s = STATE_INDEX[a.health];
        states[s]++;
        for (let f = 0; f < a.flags.length; f++) flags[FLAG_INDEX.get(a.flags[f]) as number]++;
        if (a.syncingNow) syncingNow++;
        if (a.undetermined.length > 0) uncertain++;
        // Consecutive rows usually share a profile: skip the map lookup then.
        let p = last !== undefined && last.profileId === a.profileId ? last : profiles.get(a.profileId);
        if (p === undefined) {
            p = { profileId: a.profileId, profileName: a.profileName, total: 0, counts: new Int32Array(HEALTH_STATES.length) };
            profiles.set(a.profileId, p);
        }
        last = p;
        p.total++;
        p.counts[s]++;
        if (p.profileName === null && a.profileName !== null) p.profileName = a.profileName;
        if (a.errors.length > 0) countErrors(a, errorCounts);
    }

    const byState = byStateOf(states);
    const bySeverity = zeroes(SEVERITIES) as { [S in Severity]: number };
    for (const st of HEALTH_STATES) bySeverity[SEVERITY_OF[st]] += byState[st];
    const byFlag = zeroes(FLAGS) as { [F in Flag]: number };
    for (let f = 0; f < FLAGS.length; f++) byFlag[FLAGS[f]] = flags[f];

    const failingIdx = STATE_INDEX.failing;
    const disabledIdx = STATE_INDEX.disabled;
    const byProfile: ProfileSummary[] = [];
    for (const p of profiles.values()) {
        byProfile.push({
            profileId: p.profileId,
            profileName: p.profileName,
            total: p.total,
            byState: byStateOf(p.counts),
            failingShare: p.total === 0 ? 0 : (p.counts[failingIdx] + p.counts[disabledIdx]) / p.total,
        });
    }
    byProfile.sort(
        (a, b) =>
            b.failingShare - a.failingShare ||
            b.total - a.total ||
            (a.profileName ?? '\uffff').localeCompare(b.profileName ?? '\uffff') ||
            (a.profileId ?? '\uffff').localeCompare(b.profileId ?? '\uffff'),
    );

    const topErrors = [...errorCounts.entries()]
        .map(([code, count]) => ({ code, count }))
        .sort((a, b) => b.count - a.count || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
        .slice(0, TOP_ERRORS_LIMIT);

    return {
        total: list.length,
        byState,
        bySeverity,
        byFlag,
        statesWorstFirst: STATES_WORST_FIRST.filter((st) => byState[st] > 0),
        byProfile,
        topErrors,
        failing: byState.failing,
        disabled: byState.disabled,
        overdue: byState.overdue,
        syncingNow,
        uncertain,
    };
}

function countErrors(a: MailboxAssessment, counts: Map<string, number>): void {
    const seen: string[] = [];
    for (const e of a.errors) {
        if (e.source === 'lastsyncerror' && !a.lastErrorIsCurrent) continue;
        if (seen.includes(e.code)) continue;
        seen.push(e.code);
        counts.set(e.code, (counts.get(e.code) ?? 0) + 1);
    }
}
