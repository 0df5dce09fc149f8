/** @jest-environment node */
import { daysInMonth, instantOf, isDateOnly, isNeverPostponed, isNotScheduled, isoUtc, parseIsoInstant, utcDateTime } from '../../MailboxHealth/core/dates';
import { parseLogDate } from '../../MailboxHealth/core/log';
import { matchTraceEntry } from '../../MailboxHealth/core/errorCatalogue';
import { matchAlerts } from '../../MailboxHealth/core/alerts/group';
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

    it('reads zone offsets up to ±14:00 and years from 0001, as .NET dates have them', () => {
        expect(parseIsoInstant('2018-12-03T15:28:37+14:00')).toBe(Date.UTC(2018, 11, 3, 1, 28, 37));
        expect(parseIsoInstant('2018-12-03T15:28:37-12:00')).toBe(Date.UTC(2018, 11, 4, 3, 28, 37));
        expect(parseIsoInstant('2018-12-03T15:28:37+14:01')).toBeNaN();
        expect(parseIsoInstant('2018-12-03T15:28:37-15')).toBeNaN();
        expect(parseIsoInstant('0001-01-01T00:00:00Z')).toBe(Date.parse('0001-01-01T00:00:00Z'));
        expect(parseIsoInstant('0000-01-01T00:00:00Z')).toBeNaN();
    });

    it('is the ISO reader of the log too: a log date and a Web API value read alike', () => {
        for (const v of ['2018-12-03T15:23:36Z', '2018-12-03T16:23:36+01:00', '2018-12-03 15:23:36', '2018-12-03T15:23:36.9999999Z', '0050-01-01T00:00:00Z', '2018-12-03T15:23:36+15:00', '2018-12-03T15:23:36 Z', '2018-12-03']) {
            const instant = parseIsoInstant(v);
            const expected = instant !== instant || isDateOnly(v) ? null : new Date(instant).toISOString().replace('.000Z', 'Z');
            expect([v, parseLogDate(v)]).toEqual([v, expected]);
        }
        expect(daysInMonth(2000, 2)).toBe(29);
        expect(daysInMonth(1900, 2)).toBe(28);
    });

    it('writes an instant back as ISO UTC text without a zero fraction, and to the second for display', () => {
        expect(isoUtc(Date.UTC(2018, 11, 3, 15, 23, 36))).toBe('2018-12-03T15:23:36Z');
        expect(isoUtc(Date.UTC(9999, 11, 31, 23, 59, 59, 997))).toBe('9999-12-31T23:59:59.997Z');
        expect(isoUtc(NaN)).toBeNull();
        expect(utcDateTime(Date.UTC(2018, 11, 3, 15, 28, 37, 997))).toBe('2018-12-03 15:28:37');
        expect(utcDateTime(parseIsoInstant('0050-01-01T00:00:00Z'))).toBe('0050-01-01 00:00:00');
        expect(utcDateTime(Date.UTC(10000, 0, 1))).toBe('+010000-01-01 00:00:00');
        expect(utcDateTime(NaN)).toBeNull();
        expect(utcDateTime(1e20)).toBeNull();
    });

    it('reads tracelog times with the same reader: no zone is UTC, a US or worded date is no time', () => {
        const trace = (modifiedon: string) => ({ errortypedisplay: 'SendFailure', level: 2, text: 'x', modifiedon });
        expect(matchTraceEntry(trace('2018-12-03T15:20:14'))?.at).toBe(Date.UTC(2018, 11, 3, 15, 20, 14));
        // Date.parse would read these in the machine's zone; they are no Web API instant.
        expect(matchTraceEntry(trace('12/3/2018 3:20:14 PM'))?.at).toBeNull();
        expect(matchTraceEntry(trace('Mon, 03 Dec 2018 15:20:14'))?.at).toBeNull();
        const alerts = matchAlerts([
            { mailboxId: 'a', trace: trace('2018-12-03T15:20:14') },
            { mailboxId: 'a', trace: trace('12/3/2018 3:20:14 PM') },
        ]);
        expect(alerts.alerts.map((a) => a.at)).toEqual([Date.UTC(2018, 11, 3, 15, 20, 14)]);
        expect(alerts.undated).toBe(1);
    });

    it('reads a date-time value from the Web API (text) or the dataset (a Date), and nothing else, as an instant', () => {
        expect(instantOf('2018-12-03T15:20:14Z')).toBe(Date.UTC(2018, 11, 3, 15, 20, 14));
        expect(instantOf(new Date(Date.UTC(2018, 11, 3)))).toBe(Date.UTC(2018, 11, 3));
        for (const v of ['2018-12-03', '', '  ', 'soon', new Date(NaN), 1543850414000, null, undefined, {}]) expect(instantOf(v)).toBeNull();
    });
});
