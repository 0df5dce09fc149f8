import { instantOf } from '../../../MailboxHealth/core/dates';
import { countOf, isPlottable, rawText, timeOf } from '../../../MailboxHealth/view/mailbox/rowValues';

/** The single-mailbox view's raw values: times through the core's one reader, so view and core never disagree. */
describe('timeOf', () => {
    it('reads what the dataset, the Web API and the log reader give: a Date, ISO text with or without a zone', () => {
        expect(timeOf(new Date('2018-12-03T15:20:14Z'))).toBe(Date.UTC(2018, 11, 3, 15, 20, 14));
        expect(timeOf('2018-12-03T15:20:14Z')).toBe(Date.UTC(2018, 11, 3, 15, 20, 14));
        expect(timeOf('2018-12-03T16:20:14+01:00')).toBe(Date.UTC(2018, 11, 3, 15, 20, 14));
        // No zone: UTC, as Dataverse stores it and the log prints it; never the machine's zone.
        expect(timeOf('2018-12-03 15:20:14.5')).toBe(Date.UTC(2018, 11, 3, 15, 20, 14, 500));
    });

    it('gives null, never a throw or a guess, for what is no time', () => {
        const unreadable: unknown[] = [
            'yesterday',
            '12/3/2018 3:20:14 PM',
            '2018-02-30T10:00:00Z', // no such day (Date.parse would roll it over to March 2)
            '2018-12-03T25:00:00Z',
            '2018-12-03', // a date without a time of day: unknown, never midnight UTC
            ' 2018-12-03T15:20:14Z ',
            new Date(NaN),
            1543850414000, // a number is no date-time column value
            true,
            '',
            null,
            undefined,
        ];
        for (const v of unreadable) expect([v, timeOf(v as never)]).toEqual([v, null]);
    });

    it('agrees with the core on every value, so a timeline never shows a time the assessment could not read', () => {
        const samples = ['2018-12-03T15:20:14Z', '2018-12-03T15:20', '2018-12-03T15:20:14.997-08:00', '0001-01-01T00:00:00Z', '9999-12-31T23:59:59.997Z', '2018-12-03', 'x', new Date(0)];
        for (const v of samples) expect(timeOf(v)).toBe(instantOf(v));
    });
});

describe('isPlottable', () => {
    it('keeps year-1 placeholders and the year-9999 "never" off the axis', () => {
        expect(isPlottable(timeOf('0001-01-01T00:00:00Z'))).toBe(false);
        expect(isPlottable(timeOf('9999-12-31T23:59:59.997Z'))).toBe(false);
        expect(isPlottable(timeOf('yesterday'))).toBe(false);
        expect(isPlottable(timeOf('2018-12-03T15:20:14Z'))).toBe(true);
    });
});

describe('rawText and countOf', () => {
    it('show a value as text and a counter as a number, nothing for empty', () => {
        expect(rawText(new Date('2018-12-03T15:20:14Z'))).toBe('2018-12-03T15:20:14.000Z');
        expect(rawText('not a date')).toBe('not a date');
        expect(rawText(null)).toBeNull();
        expect(countOf(3)).toBe(3);
        expect(countOf('3')).toBeNull();
        expect(countOf(NaN)).toBeNull();
    });
});
