import { formatDateAsFilterStringInUTC, formatDateLong, formatDateShort, formattedValue, isoSeconds, weekOfYear } from '../../harness/src/format';

const UTC = () => 0;
const AT = new Date('2026-11-26T14:05:09Z');

describe('harness formatting', () => {
    it('formats like an en-US model-driven app', () => {
        expect(formatDateShort(AT, true, UTC)).toBe('11/26/2026 2:05 PM');
        expect(formatDateShort(AT, false, UTC)).toBe('11/26/2026');
        expect(formatDateLong(AT, UTC)).toBe('Thursday, November 26, 2026');
        expect(formatDateLong(AT, UTC, true)).toBe('Thu, Nov 26, 2026');
        expect(formatDateAsFilterStringInUTC(AT, true)).toBe('2026-11-26T14:05:09Z');
        expect(isoSeconds(new Date('2026-11-26T14:05:09.997Z'))).toBe('2026-11-26T14:05:09Z');
        expect(weekOfYear(AT, UTC)).toBe(48);
    });

    it('shows midnight and noon as 12', () => {
        expect(formatDateShort(new Date('2026-11-26T00:30:00Z'), true, UTC)).toBe('11/26/2026 12:30 AM');
        expect(formatDateShort(new Date('2026-11-26T12:30:00Z'), true, UTC)).toBe('11/26/2026 12:30 PM');
    });

    it('shows an option value the metadata does not know as its number, and empty for null', () => {
        expect(formattedValue('incomingemailstatus', 7, UTC)).toBe('7');
        expect(formattedValue('incomingemailstatus', 2, UTC)).toBe('Failure');
        expect(formattedValue('lastsyncerror', null, UTC)).toBe('');
        expect(formattedValue('regardingobjecttypecode', 'queue', UTC)).toBe('Queue');
    });
});
