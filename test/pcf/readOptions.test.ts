import { readDefaultFilter, readOptions, readShowCharts } from '../../MailboxHealth/pcf/readOptions';
import { MockDataSet, mockParameters } from '../mocks/pcf';
import { DEFAULT_OPTIONS } from '../../MailboxHealth/core';

const dataset = new MockDataSet({ columns: [] });

describe('readOptions', () => {
    it('reads the manifest defaults as the core defaults', () => {
        expect(readOptions(mockParameters(dataset))).toEqual({ ...DEFAULT_OPTIONS, approvalRequired: true, graceMinutes: 15, stuckMinutes: 60, staleHours: 24, idleCycles: 12 });
        expect(readOptions(mockParameters(dataset)).maxTransientFailures).toBe(DEFAULT_OPTIONS.maxTransientFailures);
    });

    it('reads configured thresholds and approval', () => {
        expect(readOptions(mockParameters(dataset, { graceMinutes: 30, stuckMinutes: 90, staleHours: 48, idleCycles: 20, maxTransientFailures: 12, approvalRequired: 'no' }))).toEqual({
            approvalRequired: false,
            graceMinutes: 30,
            stuckMinutes: 90,
            staleHours: 48,
            idleCycles: 20,
            maxTransientFailures: 12,
        });
    });

    it.each([[null], [undefined], [NaN], [-5], [1.5], ['abc'], [10_000_000]])('falls back to the default for an unusable threshold %p', (raw) => {
        const options = readOptions(mockParameters(dataset, { graceMinutes: raw, stuckMinutes: raw, staleHours: raw, idleCycles: raw, maxTransientFailures: raw }));
        expect(options).toEqual({ ...DEFAULT_OPTIONS, approvalRequired: true });
    });

    it('accepts a zero grace period but not a zero stuck threshold', () => {
        const options = readOptions(mockParameters(dataset, { graceMinutes: 0, stuckMinutes: 0 }));
        expect(options.graceMinutes).toBe(0);
        expect(options.stuckMinutes).toBe(DEFAULT_OPTIONS.stuckMinutes);
    });

    it('reads numeric strings as numbers', () => {
        expect(readOptions(mockParameters(dataset, { graceMinutes: '20' })).graceMinutes).toBe(20);
    });

    it('reads retries before disabling from 1 to 15, the default outside', () => {
        expect(readOptions(mockParameters(dataset, { maxTransientFailures: 1 })).maxTransientFailures).toBe(1);
        expect(readOptions(mockParameters(dataset, { maxTransientFailures: 15 })).maxTransientFailures).toBe(15);
        expect(readOptions(mockParameters(dataset, { maxTransientFailures: 0 })).maxTransientFailures).toBe(DEFAULT_OPTIONS.maxTransientFailures);
        expect(readOptions(mockParameters(dataset, { maxTransientFailures: 16 })).maxTransientFailures).toBe(DEFAULT_OPTIONS.maxTransientFailures);
    });

    it('reads the yes/no Enum values of approval required (model-driven apps cannot set a TwoOptions input)', () => {
        expect(readOptions(mockParameters(dataset, { approvalRequired: 'yes' })).approvalRequired).toBe(true);
        expect(readOptions(mockParameters(dataset, { approvalRequired: 'no' })).approvalRequired).toBe(false);
        expect(readOptions(mockParameters(dataset, { approvalRequired: 'maybe' })).approvalRequired).toBe(true);
    });

    it('keeps approval required when the property is empty', () => {
        expect(readOptions(mockParameters(dataset, { approvalRequired: null })).approvalRequired).toBe(true);
    });
});

describe('readShowCharts', () => {
    it('shows charts by default and hides them when switched off', () => {
        expect(readShowCharts(mockParameters(dataset))).toBe(true);
        expect(readShowCharts(mockParameters(dataset, { showCharts: 'no' }))).toBe(false);
        expect(readShowCharts(mockParameters(dataset, { showCharts: 'yes' }))).toBe(true);
        expect(readShowCharts(mockParameters(dataset, { showCharts: null }))).toBe(true);
    });
});

describe('readDefaultFilter', () => {
    it('reads all, attention and the health-state codes', () => {
        expect(readDefaultFilter(mockParameters(dataset))).toBe('all');
        expect(readDefaultFilter(mockParameters(dataset, { defaultFilter: 'attention' }))).toBe('attention');
        expect(readDefaultFilter(mockParameters(dataset, { defaultFilter: 'awaiting-first-sync' }))).toBe('awaiting-first-sync');
    });

    it('falls back to all for an unknown value', () => {
        expect(readDefaultFilter(mockParameters(dataset, { defaultFilter: 'broken' }))).toBe('all');
        expect(readDefaultFilter(mockParameters(dataset, { defaultFilter: 7 }))).toBe('all');
    });
});
