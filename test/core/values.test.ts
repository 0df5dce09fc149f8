/** @jest-environment node */
import { parseIsoInstant, rawText, ValueReader } from '../../MailboxHealth/core/values';

describe('parseIsoInstant', () => {
    it.each([
        ['2018-12-03T15:28:37Z', Date.UTC(2018, 11, 3, 15, 28, 37)],
        ['2018-12-03T15:28:37.123Z', Date.UTC(2018, 11, 3, 15, 28, 37, 123)],
        ['2018-12-03T15:28:37.1234567Z', Date.UTC(2018, 11, 3, 15, 28, 37, 123)],
        ['2018-12-03T15:28:37,5Z', Date.UTC(2018, 11, 3, 15, 28, 37, 500)],
        ['2018-12-03T15:28Z', Date.UTC(2018, 11, 3, 15, 28)],
        ['2018-12-03 15:28:37Z', Date.UTC(2018, 11, 3, 15, 28, 37)],
        ['2018-12-03t15:28:37z', Date.UTC(2018, 11, 3, 15, 28, 37)],
        ['2018-12-03T16:28:37+01:00', Date.UTC(2018, 11, 3, 15, 28, 37)],
        ['2018-12-03T10:13:37-0515', Date.UTC(2018, 11, 3, 15, 28, 37)],
        ['2018-12-04T04:28:37+13', Date.UTC(2018, 11, 3, 15, 28, 37)],
        ['2018-12-03', Date.UTC(2018, 11, 3)],
        ['9999-12-31T23:59:59.997Z', Date.UTC(9999, 11, 31, 23, 59, 59, 997)],
        ['2024-02-29T00:00:00Z', Date.UTC(2024, 1, 29)],
        ['0001-01-01T00:00:00Z', -62135596800000],
    ])('reads %s', (text, expected) => {
        expect(parseIsoInstant(text)).toBe(expected);
    });

    it('reads a text without an offset as UTC, whatever the machine zone (Dataverse stores UTC, T6)', () => {
        expect(parseIsoInstant('2018-12-03T15:28:37')).toBe(Date.UTC(2018, 11, 3, 15, 28, 37));
    });

    it.each([
        '',
        'yesterday',
        '12/3/2018 3:23:36 PM',
        '2018-13-01T00:00:00Z',
        '2023-02-29T00:00:00Z',
        '2018-12-32',
        '2018-12-03T24:00:00Z',
        '2018-12-03T15:60:00Z',
        '2018-12-03T15:28:61Z',
        '2018-12-03T15',
        '2018-12-03T15:28:37.Z',
        '2018-12-03T15:28:37+25:00',
        '2018-12-03T15:28:37+01:7',
        '2018-12-03T15:28:37Q',
        '2018-12-03T15:28:37Z ',
        '2018-12-03X15:28:37Z',
        '18-12-03',
        '2018/12/03',
        '+010000-01-01T00:00:00Z',
    ])('gives NaN for %p', (text) => {
        expect(parseIsoInstant(text)).toBeNaN();
    });
});

describe('rawText', () => {
    it('shows strings, numbers, booleans, dates and objects as text', () => {
        expect(rawText('x')).toBe('x');
        expect(rawText(3)).toBe('3');
        expect(rawText(false)).toBe('false');
        expect(rawText(new Date(Date.UTC(2018, 0, 1)))).toBe('2018-01-01T00:00:00.000Z');
        expect(rawText(new Date(NaN))).toBe('Invalid Date');
        expect(rawText({ a: 1 })).toBe('{"a":1}');
        expect(rawText(undefined)).toBe('undefined');
    });

    it('never throws and cuts long values', () => {
        const cyclic: Record<string, unknown> = {};
        cyclic.self = cyclic;
        expect(rawText(cyclic)).toBe('[object Object]');
        expect(rawText(Object.create(null))).toBe('{}');
        expect(rawText(BigInt(5))).toBe('5');
        expect(rawText('a'.repeat(500))).toBe('a'.repeat(200) + '…');
    });
});

describe('ValueReader', () => {
    it('returns the value, null for an empty column, and undefined for an absent one', () => {
        const r = new ValueReader();
        expect(r.bool(true, 'b')).toBe(true);
        expect(r.bool(null, 'b')).toBeNull();
        expect(r.bool(undefined, 'b')).toBeUndefined();
        expect(r.issues).toBeNull();
        expect(r.unknown).toEqual(['b']);
    });

    it('records a wrong type as a data issue and an unknown column', () => {
        const r = new ValueReader();
        expect(r.num('3', 'noemailcount')).toBeUndefined();
        expect(r.str(5, 'name')).toBeUndefined();
        expect(r.date(1543850917000, 'lastsyncstartedon')).toBeUndefined();
        expect(r.issues).toEqual([
            { column: 'noemailcount', code: 'wrong-type', raw: '3' },
            { column: 'name', code: 'wrong-type', raw: '5' },
            { column: 'lastsyncstartedon', code: 'wrong-type', raw: '1543850917000' },
        ]);
        expect(r.unknown).toEqual(['noemailcount', 'name', 'lastsyncstartedon']);
    });

    it('accepts option values 0 … max and reports others as unknown options', () => {
        const r = new ValueReader();
        expect(r.option(3, 'incomingemaildeliverymethod', 3)).toBe(3);
        expect(r.option(4, 'incomingemaildeliverymethod', 3)).toBeUndefined();
        expect(r.option(-1, 'statecode', 1)).toBeUndefined();
        expect(r.option(1.5, 'statecode', 1)).toBeUndefined();
        expect(r.option(NaN, 'statecode', 1)).toBeUndefined();
        expect(r.issues?.map((i) => i.code)).toEqual(['unknown-option', 'unknown-option', 'unknown-option', 'wrong-type']);
    });

    it('lists an unknown column once and forgets everything on reset', () => {
        const r = new ValueReader();
        r.lacking('a');
        r.lacking('a');
        r.num(undefined, 'a');
        expect(r.unknown).toEqual(['a']);
        r.reset();
        expect(r.unknown).toBeNull();
        expect(r.issues).toBeNull();
    });
});
