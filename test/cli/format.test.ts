/** @jest-environment node */
import { cell, csvCell, firstLine, formatDuration, formatRelative, formatUtc, messageLine, terminalSafe } from '../../cli/format';
import { createStrings } from '../../cli/strings';

const t = createStrings(
    new Map([
        ['Time_Seconds', '{0} s'],
        ['Time_Minutes', '{0} min'],
        ['Time_Hours', '{0} h'],
        ['Time_HoursMinutes', '{0} h {1} min'],
        ['Time_Days', '{0} d'],
        ['Time_DaysHours', '{0} d {1} h'],
        ['Time_In', 'in {0}'],
        ['Time_Ago', '{0} ago'],
        ['Time_Now', 'now'],
    ]),
);

describe('formatUtc', () => {
    it('returns "YYYY-MM-DD hh:mm:ss UTC" whatever the process time zone', () => {
        expect(formatUtc(Date.UTC(2018, 11, 3, 15, 28, 37))).toBe('2018-12-03 15:28:37 UTC');
    });
});

describe('formatDuration and formatRelative', () => {
    it('returns seconds, minutes, hours and days in the table’s words', () => {
        expect([45e3, 3 * 60e3, 125 * 60e3, 120 * 60e3, 27 * 3600e3, 48 * 3600e3].map((ms) => formatDuration(ms, t))).toEqual(['45 s', '3 min', '2 h 5 min', '2 h', '1 d 3 h', '2 d']);
    });

    it('returns "in …", "… ago" or "now" relative to now', () => {
        expect(formatRelative(1_000_000 + 181_000, 1_000_000, t)).toBe('in 3 min');
        expect(formatRelative(1_000_000 - 83_000, 1_000_000, t)).toBe('1 min ago');
        expect(formatRelative(1_000_400, 1_000_000, t)).toBe('now');
    });
});

describe('terminalSafe', () => {
    it('turns control characters into visible escapes and keeps tabs and line breaks', () => {
        expect(terminalSafe('a\u001b[31mb\u0007\tc\nd\u009b')).toBe('a\\x1b[31mb\\x07\tc\nd\\x9b');
    });
});

describe('messageLine', () => {
    it('returns the exception message of a stack text, without the stack', () => {
        expect(messageLine('T:391\nActivityId: a\n>Exception : Unhandled exception:\nException type: System.Net.WebException\nMessage: The remote server returned an error: (503) Server Unavailable.   at System.Net.HttpWebRequest.EndGetResponse()')).toBe(
            'The remote server returned an error: (503) Server Unavailable.',
        );
    });

    it('returns the first informative line without its ">Error :" prefix', () => {
        expect(messageLine('ActivityId: 0865\n>Error : ?Mailbox move in progress. Try again later.')).toBe('?Mailbox move in progress. Try again later.');
        expect(messageLine('ActivityId: only')).toBe('');
    });

    it('shortens a long line', () => {
        expect(messageLine('x'.repeat(1000), 20)).toBe('x'.repeat(19) + '…');
        expect(firstLine('  first\nsecond')).toBe('first');
    });
});

describe('cell and csvCell', () => {
    it('pads and shortens to a column width', () => {
        expect(cell('abc', 5)).toBe('abc  ');
        expect(cell('abcdef', 4)).toBe('abc…');
    });

    it('quotes commas, quotes and line breaks, and defuses formulas', () => {
        expect(csvCell('a,b')).toBe('"a,b"');
        expect(csvCell('say "hi"')).toBe('"say ""hi"""');
        expect(csvCell('=1+2')).toBe("'=1+2");
        expect(csvCell('-2147220891')).toBe("'-2147220891");
        expect(csvCell(-5)).toBe('-5');
        expect(csvCell(null)).toBe('');
        expect(csvCell(true)).toBe('true');
    });
});
