import { lastSuccessText, lastSuccessTitle, nextSyncText, nextSyncTitle, timeTitle } from '../../MailboxHealth/view/listText';
import { at, NOW } from '../builders/pcfRecords';
import { snapshotOf, strings } from './fleetFixture';

function assessed(values: Record<string, unknown>) {
    return snapshotOf([[1, values]]).assessments[0];
}

describe('nextSyncText', () => {
    it('says "in 3 min" for a scheduled cycle', () => {
        expect(nextSyncText(assessed({ postponemailboxprocessinguntil: at(3) }), NOW, strings)).toBe('in 3 min');
    });

    it('says "Due now" within the grace period and "Overdue by …" after it', () => {
        expect(nextSyncText(assessed({ postponemailboxprocessinguntil: at(-5) }), NOW, strings)).toBe('Due now');
        expect(nextSyncText(assessed({ postponemailboxprocessinguntil: at(-130) }), NOW, strings)).toBe('Overdue by 2 h 10 min');
    });

    it('says "Syncing now" while an async host holds the mailbox', () => {
        expect(nextSyncText(assessed({ processingstatecode: 1, hostid: 'host-1', processinglastattemptedon: at(-1) }), NOW, strings)).toBe('Syncing now');
    });

    it('says "Not scheduled" for the 9999 sentinel (trap T3)', () => {
        expect(nextSyncText(assessed({ postponemailboxprocessinguntil: new Date('9999-12-31T23:59:59.997Z') }), NOW, strings)).toBe('Not scheduled');
    });
});

describe('when the view lacks the column', () => {
    const s = snapshotOf([[1, {}]], ['name', 'statecode']);
    const [a] = s.assessments;
    const [row] = s.rows;

    it('says Unknown rather than Not scheduled or Never', () => {
        expect(nextSyncText(a, NOW, strings, row)).toBe('Unknown');
        expect(lastSuccessText(a, NOW, strings, row)).toBe('Unknown');
    });

    it('names the missing column on hover instead of a schedule state or time', () => {
        expect(nextSyncTitle(a, strings, undefined, row)).toBe('Not in this view: postponemailboxprocessinguntil. Add the column to the view to see it.');
        expect(lastSuccessTitle(a, strings, undefined, row)).toBe('Not in this view: lastsuccessfulsynccompletedon. Add the column to the view to see it.');
    });

    it('says Never when the column is there and empty', () => {
        const full = snapshotOf([[1, { lastsuccessfulsynccompletedon: null }]]);
        expect(lastSuccessText(full.assessments[0], NOW, strings, full.rows[0])).toBe('Never');
    });
});

describe('nextSyncTitle', () => {
    it('names the schedule state and gives the time in UTC and local', () => {
        expect(nextSyncTitle(assessed({ postponemailboxprocessinguntil: at(-130) }), strings, () => 0)).toBe('Overdue\n2024-05-01 06:50:00 UTC\nLocal: 2024-05-01 06:50:00 (UTC+00:00)');
    });
});

describe('timeTitle', () => {
    it('gives UTC and local time', () => {
        expect(timeTitle(Date.parse('2024-05-01T09:03:00Z'), strings, () => 120)).toBe('2024-05-01 09:03:00 UTC\nLocal: 2024-05-01 11:03:00 (UTC+02:00)');
    });

    it('gives the no-value mark for no time', () => {
        expect(timeTitle(null, strings)).toBe(strings('Label_NoValue'));
    });
});

describe('lastSuccessText', () => {
    it('says how long ago, or Never', () => {
        expect(lastSuccessText(assessed({}), NOW, strings)).toBe('3 min ago');
        expect(lastSuccessText(assessed({ lastsuccessfulsynccompletedon: null }), NOW, strings)).toBe('Never');
    });
});
