/** @jest-environment node */
import { isDateOnly, isNeverPostponed, isNotScheduled, parseIsoInstant } from '../../MailboxHealth/core/dates';
import { parseIsoInstant as fromValues } from '../../MailboxHealth/core/values';
import * as core from '../../MailboxHealth/core';

describe('dates: the one date-time reader of the core', () => {
    it('tells a date without a time of day from a date-time (v2: a DateOnly value is never midnight UTC)', () => {
        expect(isDateOnly('2026-11-20')).toBe(true);
        expect(isDateOnly('2026-11-20T00:00:00Z')).toBe(false);
        expect(isDateOnly('2026-02-30')).toBe(false);
        expect(isDateOnly('20261120xx')).toBe(false);
    });

    it('knows the year-9999 sentinel and the 1900 column default', () => {
        expect(isNotScheduled(Date.UTC(9999, 11, 31, 23, 59, 59, 997))).toBe(true);
        expect(isNeverPostponed(Date.UTC(1900, 0, 1))).toBe(true);
        expect(isNeverPostponed(Date.UTC(1901, 0, 1))).toBe(false);
    });

    it('is the parser values.ts and the core index hand out, so callers keep compiling', () => {
        expect(fromValues).toBe(parseIsoInstant);
        expect(core.parseIsoInstant).toBe(parseIsoInstant);
        expect(parseIsoInstant('2018-12-03T15:28:37Z')).toBe(Date.UTC(2018, 11, 3, 15, 28, 37));
    });
});
