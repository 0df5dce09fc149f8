/**
 * @jest-environment node
 *
 * The sample fleet judged by the real core: every mailbox gets the state its scenario promises (FLEET_MIX), every
 * health state and every flag of health-model appears in the 50-mailbox fleet, and the summary counts are the
 * ones the table predicts. A generator change that drifts across a threshold fails here.
 */
import { assessFleet, summarizeFleet } from '../../MailboxHealth/core';
import { FLAGS, HEALTH_STATES, type MailboxAssessment, type ProfileRow } from '../../MailboxHealth/core/types';
import { expectedStateCounts, generateFleet, scenarioByCode, type Fleet } from '../../sample/generateFleet';

const NOW = Date.parse('2026-11-26T09:00:00Z');

function assess(fleet: Fleet): MailboxAssessment[] {
    const profiles = new Map<string, ProfileRow>(fleet.profiles.map((p) => [String(p.emailserverprofileid), p]));
    return assessFleet(fleet.rows, fleet.now, {}, { profiles, traces: fleet.traces });
}

function mismatches(fleet: Fleet, assessments: readonly MailboxAssessment[]): string[] {
    const out: string[] = [];
    assessments.forEach((a, i) => {
        const scenario = scenarioByCode(fleet.scenarios[i]);
        if (a.health !== scenario.state) out.push(`${scenario.code} ${String(fleet.rows[i].name)}: ${a.health}, expected ${scenario.state}`);
        for (const flag of scenario.flags) if (!a.flags.includes(flag)) out.push(`${scenario.code} ${String(fleet.rows[i].name)}: lacks flag ${flag}`);
        if (a.undetermined.length > 0) out.push(`${scenario.code}: undetermined ${a.undetermined.join(', ')}`);
    });
    return out;
}

describe('the sample fleet under the core rules', () => {
    it.each([
        [50, 1],
        [50, 2],
        [1000, 1],
        [1000, 99],
    ])('gives every mailbox of a %i-mailbox fleet (seed %i) the state and flags of its scenario', (size, seed) => {
        const fleet = generateFleet({ size, seed, now: NOW });
        expect(mismatches(fleet, assess(fleet))).toEqual([]);
    });

    it('gives the backoff flag only to the scenarios that promise it', () => {
        const fleet = generateFleet({ size: 1000, seed: 3, now: NOW });
        const unexpected = assess(fleet)
            .map((a, i) => ({ a, scenario: scenarioByCode(fleet.scenarios[i]) }))
            .filter(({ a, scenario }) => a.flags.includes('backoff') && !scenario.flags.includes('backoff'))
            .map(({ scenario }) => scenario.code);
        expect([...new Set(unexpected)]).toEqual([]);
    });

    it('shows every health state in the 50-mailbox fleet', () => {
        const fleet = generateFleet({ size: 50, now: NOW });
        const states = new Set(assess(fleet).map((a) => a.health));
        expect([...HEALTH_STATES].filter((s) => !states.has(s))).toEqual([]);
    });

    it('shows every flag in the 50-mailbox fleet', () => {
        const fleet = generateFleet({ size: 50, now: NOW });
        const flags = new Set(assess(fleet).flatMap((a) => a.flags));
        expect([...FLAGS].filter((f) => !flags.has(f))).toEqual([]);
    });

    it('counts per state exactly what the fleet table predicts', () => {
        for (const size of [50, 1000, 10000]) {
            const fleet = generateFleet({ size, seed: 5, now: NOW });
            const summary = summarizeFleet(assess(fleet));
            const expected = expectedStateCounts(size);
            const byState = Object.fromEntries(HEALTH_STATES.map((s) => [s, expected[s] ?? 0]));
            expect(summary.byState).toEqual(byState);
        }
    });

    it('reports the hostile error text verbatim as an unknown-or-matched error, never altered', () => {
        const fleet = generateFleet({ size: 50, now: NOW });
        const i = fleet.scenarios.indexOf('failing-hostile-text');
        const a = assess(fleet)[i];
        expect(a.health).toBe('failing');
        expect(a.errors.map((e) => e.text)).toContain(String(fleet.rows[i].lastsyncerror));
    });
});
