/**
 * The mix of the sample fleet: one table of scenarios, each a recognisable situation an admin meets, with the health
 * state the model gives it (health-model) and the flags it always carries. Tests compute the
 * expected counts per state from this table with `scenarioCounts`, never from a second copy of the numbers.
 */
import type { Flag, HealthState } from '../MailboxHealth/core/types';

/** Which email server profile a scenario's mailboxes use (see PROFILES in generateFleet.ts). */
export type ProfileKey = 'exo' | 'hybrid' | 'gmail' | 'exo-legacy' | 'none';

/** Who owns the mailbox: a user, a queue, or nobody (a forward mailbox). */
export type OwnerKind = 'user' | 'queue' | 'forward';

export interface Scenario {
    readonly code: string;
    /** The state the health model gives every mailbox of this scenario. */
    readonly state: HealthState;
    /** Flags every mailbox of this scenario carries (others may appear, e.g. `stale` on an old failure). */
    readonly flags: readonly Flag[];
    /** Share per 1,000 mailboxes. */
    readonly weight: number;
    /** Mailboxes always present when the fleet is large enough for every minimum (50 is). */
    readonly min: 0 | 1;
    readonly profile: ProfileKey;
    readonly owner: OwnerKind;
    /** What an admin would say about it. */
    readonly description: string;
}

/** The table. Weights add up to 1,000; `min: 1` rows make every state and flag appear in the 50-mailbox fleet. */
export const FLEET_MIX: readonly Scenario[] = [
    { code: 'healthy', state: 'healthy', flags: [], weight: 544, min: 1, profile: 'exo', owner: 'user', description: 'Exchange Online user, syncing every few minutes' },
    { code: 'healthy-queue', state: 'healthy', flags: [], weight: 40, min: 1, profile: 'exo', owner: 'queue', description: 'Queue mailbox (incoming and outgoing only)' },
    { code: 'healthy-hybrid', state: 'healthy', flags: [], weight: 40, min: 0, profile: 'hybrid', owner: 'user', description: 'On-premises Exchange user through the hybrid profile' },
    { code: 'healthy-gmail', state: 'healthy', flags: [], weight: 20, min: 0, profile: 'gmail', owner: 'user', description: 'Gmail user over POP3/SMTP (no appointments, contacts and tasks)' },
    { code: 'healthy-idle', state: 'healthy', flags: ['idle'], weight: 45, min: 1, profile: 'exo', owner: 'user', description: 'Quiet mailbox: many cycles without new email' },
    { code: 'healthy-backoff', state: 'healthy', flags: ['backoff'], weight: 15, min: 1, profile: 'exo', owner: 'user', description: 'Incoming email postponed well beyond the next cycle' },
    { code: 'healthy-item-failures', state: 'healthy', flags: ['item-failures'], weight: 15, min: 1, profile: 'exo', owner: 'user', description: 'Last cycle promoted most items but a plug-in aborted some' },
    { code: 'healthy-forced-unlock', state: 'healthy', flags: ['forced-unlocks'], weight: 5, min: 0, profile: 'exo', owner: 'user', description: 'Recovered after the platform force-unlocked a hung cycle' },
    { code: 'healthy-act-not-enabled', state: 'healthy', flags: ['workload-not-enabled'], weight: 10, min: 1, profile: 'exo', owner: 'user', description: 'Appointments, contacts and tasks set to server-side sync but never enabled' },
    { code: 'healthy-unknown-processing', state: 'healthy', flags: ['unknown-processing-state'], weight: 2, min: 1, profile: 'exo', owner: 'user', description: 'processingstatecode holds an undocumented value (2)' },
    { code: 'healthy-unsupported-exo', state: 'healthy', flags: ['unsupported-exo-config'], weight: 5, min: 1, profile: 'exo-legacy', owner: 'user', description: 'Exchange Online through a legacy profile: credentials in the profile, impersonation, no autodiscover' },
    { code: 'forward-mailbox', state: 'healthy', flags: [], weight: 2, min: 1, profile: 'exo', owner: 'forward', description: 'The organisation forward mailbox (incoming only)' },
    { code: 'syncing-now', state: 'healthy', flags: ['syncing-now'], weight: 30, min: 1, profile: 'exo', owner: 'user', description: 'An async host is processing the mailbox right now' },
    { code: 'stuck', state: 'stuck', flags: ['syncing-now', 'forced-unlocks'], weight: 4, min: 1, profile: 'exo', owner: 'user', description: 'Locked by an async host for hours' },
    { code: 'failing-503', state: 'failing', flags: ['backoff'], weight: 22, min: 1, profile: 'exo', owner: 'user', description: 'Incoming email retried after HTTP 503 from Exchange' },
    { code: 'failing-act-503', state: 'failing', flags: ['backoff'], weight: 8, min: 0, profile: 'exo', owner: 'user', description: 'Appointments, contacts and tasks retried after (503) Server Unavailable' },
    { code: 'failing-mailbox-move', state: 'failing', flags: [], weight: 8, min: 0, profile: 'exo', owner: 'user', description: 'Exchange is moving the mailbox (ErrorMailboxMoveInProgress)' },
    { code: 'failing-store-unavailable', state: 'failing', flags: [], weight: 5, min: 0, profile: 'hybrid', owner: 'user', description: 'Exchange mailbox database unavailable (ErrorMailboxStoreUnavailable)' },
    { code: 'failing-submission-quota', state: 'failing', flags: ['backoff'], weight: 4, min: 0, profile: 'exo', owner: 'queue', description: 'Outgoing email over the Exchange Online sending limit' },
    { code: 'failing-never-succeeded', state: 'failing', flags: [], weight: 3, min: 0, profile: 'exo', owner: 'user', description: 'Tested and enabled, but every cycle since has failed' },
    { code: 'failing-hostile-text', state: 'failing', flags: [], weight: 1, min: 1, profile: 'exo', owner: 'user', description: 'Error text carrying HTML and script (must show as text and run nothing)' },
    { code: 'disabled-401', state: 'disabled', flags: [], weight: 12, min: 1, profile: 'hybrid', owner: 'user', description: 'Every workload disabled after 401 Unauthorized (Exchange Online user on the hybrid profile)' },
    { code: 'degraded-incoming-retries', state: 'degraded', flags: [], weight: 6, min: 1, profile: 'exo', owner: 'user', description: 'Incoming email disabled after 10 transient failures; outgoing and ACT still run' },
    { code: 'degraded-act-tls', state: 'degraded', flags: [], weight: 8, min: 1, profile: 'hybrid', owner: 'user', description: 'Appointments, contacts and tasks disabled after a secure-connection (TLS) error' },
    { code: 'degraded-gmail-smtp-auth', state: 'degraded', flags: [], weight: 3, min: 1, profile: 'gmail', owner: 'user', description: 'Gmail outgoing email disabled after an SMTP authentication failure' },
    { code: 'approval-pending', state: 'approval-pending', flags: ['o365-approval-missing'], weight: 15, min: 1, profile: 'exo', owner: 'user', description: 'New mailbox whose email address is waiting for approval' },
    { code: 'approval-rejected', state: 'approval-rejected', flags: [], weight: 3, min: 1, profile: 'exo', owner: 'user', description: 'Email address approval rejected' },
    { code: 'test-retrying', state: 'test-retrying', flags: [], weight: 4, min: 1, profile: 'exo', owner: 'user', description: 'Test & Enable failed transiently for incoming email and is being retried' },
    { code: 'test-pending', state: 'test-pending', flags: [], weight: 12, min: 1, profile: 'exo', owner: 'user', description: 'Test & Enable scheduled, waiting for the next cycle' },
    { code: 'never-tested', state: 'not-enabled', flags: [], weight: 15, min: 1, profile: 'exo', owner: 'user', description: 'Approved but never tested: enabled flags at their defaults, status Not Run' },
    { code: 'overdue', state: 'overdue', flags: [], weight: 10, min: 1, profile: 'exo', owner: 'user', description: 'Next cycle was due long ago and no host picked it up' },
    { code: 'overdue-stale', state: 'overdue', flags: ['stale'], weight: 3, min: 1, profile: 'exo', owner: 'user', description: 'Not processed for more than a day (background operations off?)' },
    { code: 'awaiting-first-sync', state: 'awaiting-first-sync', flags: [], weight: 8, min: 1, profile: 'exo', owner: 'user', description: 'Tested and enabled minutes ago, first cycle not finished' },
    { code: 'misconfigured', state: 'misconfigured', flags: [], weight: 3, min: 1, profile: 'none', owner: 'user', description: 'No email server profile' },
    { code: 'inactive', state: 'inactive', flags: [], weight: 40, min: 1, profile: 'exo', owner: 'user', description: 'Deactivated mailbox of a user who left' },
    { code: 'not-using-sss', state: 'not-configured', flags: [], weight: 20, min: 1, profile: 'exo', owner: 'user', description: 'Uses Dynamics 365 for Outlook or nothing' },
    { code: 'forwarded-user', state: 'not-configured', flags: ['forwarded'], weight: 10, min: 1, profile: 'exo', owner: 'user', description: 'Incoming email arrives through the forward mailbox' },
];

export type ScenarioCode = string;

const TOTAL_WEIGHT = FLEET_MIX.reduce((sum, s) => sum + s.weight, 0);
const TOTAL_MIN = FLEET_MIX.reduce((sum, s) => sum + s.min, 0);

/**
 * How many mailboxes of each scenario a fleet of `size` holds, in table order. Depends on the size only, never on
 * the seed: every `min: 1` scenario gets one mailbox when the fleet can hold them all, the rest is shared by weight
 * (largest remainder, ties in table order).
 * @example scenarioCounts(50).reduce((a, b) => a + b, 0) // 50
 */
export function scenarioCounts(size: number): number[] {
    const n = Math.max(0, Math.floor(size));
    const mins = FLEET_MIX.map((s): number => (n >= TOTAL_MIN ? s.min : 0));
    const rest = n - mins.reduce((a, b) => a + b, 0);
    const exact = FLEET_MIX.map((s) => (s.weight / TOTAL_WEIGHT) * rest);
    const counts = exact.map((x, i) => mins[i] + Math.floor(x));
    let left = n - counts.reduce((a, b) => a + b, 0);
    const byRemainder = exact
        .map((x, i) => ({ i, r: x - Math.floor(x) }))
        .sort((a, b) => b.r - a.r || a.i - b.i);
    for (let k = 0; left > 0; k++, left--) counts[byRemainder[k % byRemainder.length].i]++;
    return counts;
}

/** Expected number of mailboxes per health state for a fleet of `size` (states with none are absent). */
export function expectedStateCounts(size: number): Partial<Record<HealthState, number>> {
    const out: Partial<Record<HealthState, number>> = {};
    scenarioCounts(size).forEach((count, i) => {
        if (count === 0) return;
        const state = FLEET_MIX[i].state;
        out[state] = (out[state] ?? 0) + count;
    });
    return out;
}

/** The scenario with this code. Throws on an unknown code (a typo in a test). */
export function scenarioByCode(code: ScenarioCode): Scenario {
    const found = FLEET_MIX.find((s) => s.code === code);
    if (!found) throw new Error(`unknown sample scenario '${code}'`);
    return found;
}
