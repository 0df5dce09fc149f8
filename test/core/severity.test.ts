/** @jest-environment node */
import { compareStatesWorstFirst, SEVERITY_RANK, severityOf, STATES_WORST_FIRST } from '../../MailboxHealth/core/severity';
import { DEFAULT_OPTIONS, resolveOptions } from '../../MailboxHealth/core/thresholds';
import { HEALTH_STATES } from '../../MailboxHealth/core/types';

describe('severityOf', () => {
    it('gives the severity column of the health-model table for each state', () => {
        expect(HEALTH_STATES.map((s) => [s, severityOf(s)])).toEqual([
            ['inactive', 'neutral'],
            ['not-configured', 'neutral'],
            ['misconfigured', 'critical'],
            ['approval-rejected', 'critical'],
            ['approval-pending', 'warning'],
            ['test-retrying', 'warning'],
            ['test-pending', 'info'],
            ['disabled', 'critical'],
            ['degraded', 'error'],
            ['not-enabled', 'warning'],
            ['stuck', 'warning'],
            ['failing', 'error'],
            ['overdue', 'warning'],
            ['awaiting-first-sync', 'info'],
            ['healthy', 'ok'],
        ]);
    });
});

describe('SEVERITY_RANK', () => {
    it('ranks critical worst (0) and ok best (5)', () => {
        expect(SEVERITY_RANK).toEqual({ critical: 0, error: 1, warning: 2, info: 3, neutral: 4, ok: 5 });
    });
});

describe('STATES_WORST_FIRST', () => {
    it('orders the states by severity, then by rule order', () => {
        expect(STATES_WORST_FIRST).toEqual([
            'misconfigured',
            'approval-rejected',
            'disabled',
            'degraded',
            'failing',
            'approval-pending',
            'test-retrying',
            'not-enabled',
            'stuck',
            'overdue',
            'test-pending',
            'awaiting-first-sync',
            'inactive',
            'not-configured',
            'healthy',
        ]);
        expect(compareStatesWorstFirst('failing', 'degraded')).toBeGreaterThan(0);
        expect(compareStatesWorstFirst('healthy', 'healthy')).toBe(0);
    });
});

describe('DEFAULT_OPTIONS and resolveOptions', () => {
    it('holds the defaults of health-model "Inputs" (v2: grace 20 minutes, 10 transient failures)', () => {
        expect(DEFAULT_OPTIONS).toEqual({ approvalRequired: true, graceMinutes: 20, stuckMinutes: 60, staleHours: 24, idleCycles: 12, maxTransientFailures: 10 });
    });

    it('caps maxTransientFailures at 15, what the 4-bit counter holds, and takes whole numbers', () => {
        expect(resolveOptions({ maxTransientFailures: 40 }).maxTransientFailures).toBe(15);
        expect(resolveOptions({ maxTransientFailures: 7.9 }).maxTransientFailures).toBe(7);
        expect(resolveOptions({ maxTransientFailures: -3 }).maxTransientFailures).toBe(10);
    });

    it('turns minutes and hours into milliseconds and keeps valid overrides', () => {
        expect(resolveOptions({ graceMinutes: 0, staleHours: 1.5, approvalRequired: false })).toEqual({
            approvalRequired: false,
            graceMs: 0,
            stuckMs: 3_600_000,
            staleMs: 5_400_000,
            idleCycles: 12,
            maxTransientFailures: 10,
        });
    });

    it('falls back to a default for each invalid value', () => {
        expect(resolveOptions({ graceMinutes: NaN, stuckMinutes: -1, idleCycles: Infinity, approvalRequired: 'no' as never })).toEqual(resolveOptions());
    });
});
