/** @jest-environment node */
import { HEALTH_STATES } from '../../MailboxHealth/core/types';
import { ALL_STATES, classifyMask, DIS, EN, NE, NT, singleState, TF, WORKLOAD_SPECS, workloadOutcomes, workloadStateSets } from '../../MailboxHealth/core/workloads';

const rule = (i: number) => HEALTH_STATES[i];
const outcomes = (bits: number) => HEALTH_STATES.filter((_, i) => bits & (1 << i));
const sets = (packed: number) => ({ definite: packed & 31, possible: packed >>> 5 });

describe('WORKLOAD_SPECS', () => {
    it('uses server-side sync value 2 for email and 1 for ACT (trap T1)', () => {
        expect(WORKLOAD_SPECS.map((s) => [s.workload, s.deliveryColumn, s.sssValue])).toEqual([
            ['incoming', 'incomingemaildeliverymethod', 2],
            ['outgoing', 'outgoingemaildeliverymethod', 2],
            ['act', 'actdeliverymethod', 1],
        ]);
    });

    it('pairs each workload with its enabled, status and postponed-until columns (health-model "Workloads")', () => {
        expect(WORKLOAD_SPECS.map((s) => [s.enabledColumn, s.statusColumn, s.postponedColumn])).toEqual([
            ['enabledforincomingemail', 'incomingemailstatus', 'receivingpostponeduntil'],
            ['enabledforoutgoingemail', 'outgoingemailstatus', 'postponesendinguntil'],
            ['enabledforact', 'actstatus', 'receivingpostponeduntilforact'],
        ]);
    });
});

describe('workloadStateSets', () => {
    it('gives one definite state when flag and status are known', () => {
        expect(sets(workloadStateSets(false, 2))).toEqual({ definite: DIS, possible: DIS });
        expect(sets(workloadStateSets(false, 0))).toEqual({ definite: NE, possible: NE });
        expect(sets(workloadStateSets(true, 0))).toEqual({ definite: NT, possible: NT });
        expect(sets(workloadStateSets(true, 2))).toEqual({ definite: TF, possible: TF });
        expect(sets(workloadStateSets(true, 1))).toEqual({ definite: EN, possible: EN });
    });

    it("applies the model's reading of an absent status and keeps the alternatives as possible", () => {
        expect(sets(workloadStateSets(false, undefined))).toEqual({ definite: DIS, possible: DIS | NE });
        expect(sets(workloadStateSets(true, undefined))).toEqual({ definite: EN, possible: EN | NT | TF });
    });

    it('reads an empty status like an unknown one, without alternatives', () => {
        expect(sets(workloadStateSets(false, null))).toEqual({ definite: DIS, possible: DIS });
        expect(sets(workloadStateSets(true, null))).toEqual({ definite: EN, possible: EN });
    });

    it('allows both flag values when the enabled flag is unknown', () => {
        expect(sets(workloadStateSets(undefined, 2))).toEqual({ definite: DIS | TF, possible: DIS | TF });
        expect(sets(workloadStateSets(null, 0))).toEqual({ definite: NE | NT, possible: NE | NT });
        expect(sets(workloadStateSets(undefined, 1))).toEqual({ definite: NE | EN, possible: NE | EN });
        expect(sets(workloadStateSets(undefined, null))).toEqual({ definite: DIS | EN, possible: DIS | EN });
        expect(sets(workloadStateSets(undefined, undefined))).toEqual({ definite: DIS | EN, possible: ALL_STATES });
    });
});

describe('singleState', () => {
    it('names the state of a one-state set and gives null otherwise', () => {
        expect(singleState(TF)).toBe('test-failed');
        expect(singleState(EN)).toBe('enabled');
        expect(singleState(DIS | EN)).toBeNull();
        expect(singleState(0)).toBeNull();
    });
});

describe('classifyMask', () => {
    it('applies rules 2 and 7–9 of the model table', () => {
        expect(rule(classifyMask(0))).toBe('not-configured');
        expect(rule(classifyMask(DIS))).toBe('disabled');
        expect(rule(classifyMask(DIS | EN))).toBe('degraded');
        expect(rule(classifyMask(TF | EN))).toBe('degraded');
        expect(rule(classifyMask(DIS | TF | EN | NE))).toBe('degraded');
        expect(rule(classifyMask(NE | NT))).toBe('not-enabled');
        expect(rule(classifyMask(NT))).toBe('not-enabled');
        expect(rule(classifyMask(EN))).toBe('healthy');
        expect(rule(classifyMask(EN | NE))).toBe('healthy');
    });

    it('makes rules 7–9 a partition: nothing enabled and something failed is disabled, whatever else is there (v2)', () => {
        expect(rule(classifyMask(DIS | NE))).toBe('disabled');
        expect(rule(classifyMask(DIS | TF))).toBe('disabled');
        expect(rule(classifyMask(TF))).toBe('disabled');
        expect(rule(classifyMask(TF | NT))).toBe('disabled');
        expect(rule(classifyMask(TF | NE | NT))).toBe('disabled');
    });

    it('never calls a mask without an enabled workload healthy, and always one with an enabled and no failed workload (v2)', () => {
        for (let m = 1; m < 32; m++) {
            const r = rule(classifyMask(m));
            if (!(m & EN)) expect(r).not.toBe('healthy');
            if (m & EN && !(m & (DIS | TF))) expect(r).toBe('healthy');
            if (m & EN && m & (DIS | TF)) expect(r).toBe('degraded');
        }
    });
});

describe('workloadOutcomes', () => {
    it('gives the single outcome when everything is known', () => {
        expect(outcomes(workloadOutcomes([true, true, true], [EN, EN, EN]))).toEqual(['healthy']);
        expect(outcomes(workloadOutcomes([true, false, true], [DIS, 0, EN]))).toEqual(['degraded']);
        expect(outcomes(workloadOutcomes([false, false, false], [0, 0, 0]))).toEqual(['not-configured']);
    });

    it('gives every outcome an unknown delivery method allows', () => {
        expect(outcomes(workloadOutcomes([true, false, undefined], [NE, 0, DIS]))).toEqual(['disabled', 'not-enabled']);
        expect(outcomes(workloadOutcomes([undefined, undefined, undefined], [EN, EN, EN]))).toEqual(['not-configured', 'healthy']);
    });

    it('gives every outcome an unknown state allows', () => {
        expect(outcomes(workloadOutcomes([true, true, false], [EN, EN | NT | TF, 0]))).toEqual(['degraded', 'healthy']);
        expect(outcomes(workloadOutcomes([true, false, false], [ALL_STATES, 0, 0]))).toEqual(['disabled', 'not-enabled', 'healthy']);
    });
});
