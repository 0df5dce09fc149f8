import { mapRecord, normalizeGuid, readLookup, readValue, rowShape } from '../../MailboxHealth/pcf/mapDataset';
import { FleetCache } from '../../MailboxHealth/pcf/fleetSnapshot';
import { DEFAULT_OPTIONS } from '../../MailboxHealth/core';
import { aMailboxRecord, at, DATASET_COLUMNS, guid, PROFILE_ID } from '../builders/pcfRecords';
import { MockDataSet, MockEntityRecord } from '../mocks/pcf';
import type { MailboxColumn } from '../../MailboxHealth/core/types';

const ALL = DATASET_COLUMNS as readonly MailboxColumn[];

/**
 * A record of a host that answers undefined (not null, as the harness and the mocks do) for a column it lacks:
 * the mapping must not depend on which.
 */
function undefinedForAbsent(id: string, values: Record<string, unknown>): ComponentFramework.PropertyHelper.DataSetApi.EntityRecord {
    const inner = new MockEntityRecord(id, values);
    return {
        getRecordId: () => inner.getRecordId(),
        getFormattedValue: (c: string) => inner.getFormattedValue(c),
        getNamedReference: () => inner.getNamedReference(),
        getValue: (c: string) => (c in values ? inner.getValue(c) : undefined),
    } as unknown as ComponentFramework.PropertyHelper.DataSetApi.EntityRecord;
}

/** The dataset's rows as updateView gets them (index.ts → FleetCache.get, which maps each record with mapRecord). */
function mapped(dataset: MockDataSet): { ids: readonly string[]; rows: readonly Record<string, unknown>[] } {
    const snapshot = new FleetCache().get(dataset, DEFAULT_OPTIONS, Date.UTC(2026, 10, 26));
    return { ids: snapshot.ids, rows: snapshot.rows };
}

describe('the dataset mapped as updateView maps it (FleetCache.get)', () => {
    it('maps records in the order of sortedRecordIds and keeps the host ids beside the rows', () => {
        const dataset = new MockDataSet({ columns: ['name'], records: [aMailboxRecord(1), aMailboxRecord(2), aMailboxRecord(3)] });
        dataset.sortedRecordIds = [guid(3), guid(1), guid(2)];
        const result = mapped(dataset);
        expect(result.ids).toEqual([guid(3), guid(1), guid(2)]);
        expect(result.rows.map((r) => r.name)).toEqual(['Mailbox 3', 'Mailbox 1', 'Mailbox 2']);
    });

    it('leaves out columns the dataset does not carry, so the core treats them as unknown rather than empty', () => {
        const dataset = new MockDataSet({ columns: ['name', 'statecode'], records: [aMailboxRecord(1)] });
        expect(mapped(dataset).rows[0]).toEqual({ mailboxid: guid(1), name: 'Mailbox 1', statecode: 0 });
    });

    it('skips ids whose record is missing instead of crashing', () => {
        const dataset = new MockDataSet({ columns: ['name'], records: [aMailboxRecord(1)] });
        dataset.sortedRecordIds = [guid(1), guid(99)];
        expect(mapped(dataset).ids).toEqual([guid(1)]);
    });

    it('gives an empty result for a dataset without records or columns', () => {
        const dataset = new MockDataSet({ columns: [] });
        expect(mapped(dataset)).toEqual({ ids: [], rows: [] });
    });
});

describe('mapRecord', () => {
    it('keeps the raw UTC instant of a DateOnly-formatted schedule column, never its formatted date (trap T2)', () => {
        const next = new Date('2024-05-01T09:02:30Z');
        const record = aMailboxRecord(1, { postponemailboxprocessinguntil: next }, { postponemailboxprocessinguntil: '5/1/2024' });
        const row = mapRecord(record, ['postponemailboxprocessinguntil']);
        expect(row.postponemailboxprocessinguntil).toBeInstanceOf(Date);
        expect((row.postponemailboxprocessinguntil as Date).toISOString()).toBe('2024-05-01T09:02:30.000Z');
    });

    it('maps a full healthy record to numbers, booleans, Dates and lookup ids with names', () => {
        const row = mapRecord(aMailboxRecord(1), ALL);
        expect(row.mailboxid).toBe(guid(1));
        expect(row.statecode).toBe(0);
        expect(row.enabledforincomingemail).toBe(true);
        expect(row.actdeliverymethod).toBe(1);
        expect(row.lastsuccessfulsynccompletedon).toEqual(at(-3));
        expect(row.emailserverprofile).toBe(PROFILE_ID);
        expect(row.emailserverprofilename).toBe('Microsoft Exchange Online');
        expect(row.regardingobjectid).toBe(guid(10_001));
        expect(row.regardingobjectidname).toBe('User 1');
        expect(row.regardingobjecttypecode).toBe('systemuser');
        expect(row.hostid).toBeNull();
    });

    it('maps an empty server profile lookup to null id and null name (the misconfigured rule needs "present and null")', () => {
        const row = mapRecord(aMailboxRecord(1, { emailserverprofile: null }), ['emailserverprofile']);
        expect(row).toEqual({ mailboxid: guid(1), emailserverprofile: null, emailserverprofilename: null });
    });

    it('leaves a column unknown when a host returns undefined for it', () => {
        const record = undefinedForAbsent(guid(1), { name: 'A' });
        expect(mapRecord(record, ['name', 'lastsyncerrorcount'])).toEqual({ mailboxid: guid(1), name: 'A' });
    });

    it('leaves no key at all for a column a host returns undefined for (absent, not undefined)', () => {
        const row = mapRecord(undefinedForAbsent(guid(1), { name: 'A' }), ['name', 'lastsyncerrorcount', 'regardingobjectid']);
        expect(Object.keys(row)).toEqual(['mailboxid', 'name']);
        expect(row).toStrictEqual({ mailboxid: guid(1), name: 'A' });
    });

    it('leaves the owner type absent when the lookup carries no entity type', () => {
        const row = mapRecord(new MockEntityRecord(guid(1), { regardingobjectid: guid(9) }), ['regardingobjectid']);
        expect(row).toStrictEqual({ mailboxid: guid(1), regardingobjectid: guid(9), regardingobjectidname: null });
    });

    it('leaves the id absent when the record has none', () => {
        const record = new MockEntityRecord('', { name: 'A' });
        expect(mapRecord(record, ['name'])).toStrictEqual({ name: 'A' });
    });

    it('gives rows of one dataset the same keys in the same order', () => {
        const plan: MailboxColumn[] = ['name', 'statecode', 'emailserverprofile'];
        const a = mapRecord(new MockEntityRecord(guid(1), { name: 'A', statecode: 0, emailserverprofile: null }), plan);
        const b = mapRecord(new MockEntityRecord(guid(2), { name: 'B', statecode: 1, emailserverprofile: null }), plan);
        expect(Object.keys(a)).toEqual(['mailboxid', 'name', 'statecode', 'emailserverprofile', 'emailserverprofilename']);
        expect(Object.keys(b)).toEqual(Object.keys(a));
    });

    it('leaves a column unknown when getValue throws for it', () => {
        const record = new MockEntityRecord(guid(1), { name: 'A' });
        jest.spyOn(record, 'getValue').mockImplementation((c: string) => {
            if (c === 'statecode') throw new Error('column not in the query');
            return 'A';
        });
        expect(mapRecord(record, ['name', 'statecode'])).toEqual({ mailboxid: guid(1), name: 'A' });
    });

    it('takes the lookup target type from the EntityReference when the view lacks regardingobjecttypecode', () => {
        const row = mapRecord(aMailboxRecord(1, { regardingobjectid: { id: { guid: guid(5) }, name: 'Support', etn: 'queue' } }), ['regardingobjectid']);
        expect(row.regardingobjecttypecode).toBe('queue');
    });

    it('prefers the regardingobjecttypecode column over the lookup type when both are there', () => {
        const row = mapRecord(aMailboxRecord(1, { regardingobjectid: { id: { guid: guid(5) }, name: 'Support', etn: 'queue' }, regardingobjecttypecode: 'systemuser' }), [
            'regardingobjectid',
            'regardingobjecttypecode',
        ]);
        expect(row.regardingobjecttypecode).toBe('systemuser');
    });
});

describe('readValue', () => {
    it.each([
        [true, true],
        [false, false],
        [1, true],
        [0, false],
        ['1', true],
        ['0', false],
        ['true', true],
        ['False', false],
        ['', null],
        [null, null],
    ])('reads the two-option value %p as %p', (raw, expected) => {
        expect(readValue('boolean', raw)).toBe(expected);
    });

    it('keeps an unreadable two-option value as text so the core reports it, never guessing yes or no', () => {
        expect(readValue('boolean', 'Yes')).toBe('Yes');
        expect(readValue('boolean', 2)).toBe('2');
    });

    it('reads choices given as numbers or numeric strings and keeps unknown option values', () => {
        expect(readValue('choice', 2)).toBe(2);
        expect(readValue('choice', '3')).toBe(3);
        expect(readValue('choice', 42)).toBe(42);
        expect(readValue('choice', { value: 1 })).toBe(1);
    });

    it('keeps a choice label given instead of a value as text (wrong type), never matching on labels (trap T5)', () => {
        expect(readValue('choice', 'Server-Side Synchronization')).toBe('Server-Side Synchronization');
    });

    it('reads integers given as numeric strings and keeps NaN visible as text', () => {
        expect(readValue('integer', '-2147220891')).toBe(-2147220891);
        expect(readValue('integer', NaN)).toBe('NaN');
    });

    it('reads dates from Date objects, epoch numbers and ISO strings, and marks an invalid Date', () => {
        expect(readValue('date', new Date('2024-05-01T09:00:00Z'))).toEqual(new Date('2024-05-01T09:00:00Z'));
        expect(readValue('date', Date.parse('2024-05-01T09:00:00Z'))).toEqual(new Date('2024-05-01T09:00:00Z'));
        expect(readValue('date', '2024-05-01T09:00:00Z')).toBe('2024-05-01T09:00:00Z');
        expect(readValue('date', new Date('garbage'))).toBe('Invalid Date');
        expect(readValue('date', '')).toBeNull();
    });

    it('turns an unexpected object into readable text rather than dropping it', () => {
        expect(readValue('text', { a: 1 })).toBe('{"a":1}');
        expect(readValue('date', [1, 2])).toBe('1, 2');
    });

    it('reads text, treating an empty string as empty', () => {
        expect(readValue('text', 'host-1')).toBe('host-1');
        expect(readValue('text', '')).toBeNull();
        expect(readValue('text', 42)).toBe('42');
    });

    it('names the owner type from an object type code', () => {
        expect(readValue('entity-name', 8)).toBe('systemuser');
        expect(readValue('entity-name', 2020)).toBe('queue');
        expect(readValue('entity-name', 7)).toBe('7');
    });
});

describe('readLookup', () => {
    it('reads an EntityReference with id { guid }', () => {
        expect(readLookup({ id: { guid: '{A1B2C3D4-0000-0000-0000-00000000E0E0}' }, name: 'EXO', etn: 'emailserverprofile' })).toEqual({
            id: PROFILE_ID,
            name: 'EXO',
            type: 'emailserverprofile',
        });
    });

    it('reads a LookupValue with a string id and entityType', () => {
        expect(readLookup({ id: PROFILE_ID, name: 'EXO', entityType: 'emailserverprofile' })).toEqual({ id: PROFILE_ID, name: 'EXO', type: 'emailserverprofile' });
    });

    it('reads the first of an array and a bare id string', () => {
        expect(readLookup([{ id: PROFILE_ID }])).toEqual({ id: PROFILE_ID, name: null, type: null });
        expect(readLookup(PROFILE_ID.toUpperCase())).toEqual({ id: PROFILE_ID, name: null, type: null });
    });

    it('reads null and an empty array as "no value"', () => {
        expect(readLookup(null)).toEqual({ id: null, name: null, type: null });
        expect(readLookup([])).toEqual({ id: null, name: null, type: null });
    });

    it('cannot read an object without an id, so the column stays unknown instead of "no server profile"', () => {
        expect(readLookup({ name: 'EXO' })).toBeUndefined();
        expect(readLookup(42)).toBeUndefined();
        const row = mapRecord(aMailboxRecord(1, { emailserverprofile: { name: 'EXO' } }), ['emailserverprofile']);
        expect('emailserverprofile' in row).toBe(false);
    });
});

describe('normalizeGuid', () => {
    it('strips braces and lower-cases', () => {
        expect(normalizeGuid('{ABCDEF00-0000-0000-0000-000000000001}')).toBe('abcdef00-0000-0000-0000-000000000001');
    });

    it('trims and lower-cases an id without braces', () => {
        expect(normalizeGuid(' ABCDEF00-0000-0000-0000-000000000001 ')).toBe('abcdef00-0000-0000-0000-000000000001');
    });

    it('returns an id already in canonical form unchanged', () => {
        expect(normalizeGuid('abcdef00-0000-0000-0000-000000000001')).toBe('abcdef00-0000-0000-0000-000000000001');
    });
});

describe('rowShape', () => {
    it('lists the id, the plan columns and each lookup with its name and, when not read itself, its type', () => {
        expect(Object.keys(rowShape(['statecode', 'regardingobjectid']))).toEqual(['mailboxid', 'statecode', 'regardingobjectid', 'regardingobjectidname', 'regardingobjecttypecode']);
    });

    it('leaves the lookup type out when the plan reads it as a column of its own', () => {
        expect(Object.keys(rowShape(['regardingobjectid', 'regardingobjecttypecode']))).toEqual(['mailboxid', 'regardingobjectid', 'regardingobjectidname', 'regardingobjecttypecode']);
    });

    it('returns the same object for the same plan array', () => {
        const plan: MailboxColumn[] = ['emailserverprofile'];
        expect(rowShape(plan)).toBe(rowShape(plan));
    });
});
