import '../mocks/fluentCommonJs';
import { fleetTotalsText } from '../../MailboxHealth/view/FleetHeader';
import { buildItems, countStates } from '../../MailboxHealth/view/listModel';
import { DATASET_COLUMNS, failingValues, STOCK_VIEW_COLUMNS } from '../builders/pcfRecords';
import { snapshotOf, strings } from './fleetFixture';

function totalsOf(entries: Parameters<typeof snapshotOf>[0], columns?: readonly string[]) {
    const s = snapshotOf(entries, columns);
    return Object.fromEntries(fleetTotalsText(countStates(buildItems(s.ids, s.rows, s.assessments)), strings).map((t) => [t.label, [t.text, t.description]]));
}

describe('fleetTotalsText', () => {
    it('gives exact counts, without a description, when every verdict is settled', () => {
        expect(
            totalsOf([
                [1, {}],
                [2, failingValues(2)],
                [3, { processingstatecode: 1, hostid: 'host-7', processinglastattemptedon: new Date() }],
            ]),
        ).toEqual({
            Mailboxes: ['3', null],
            Failing: ['1', null],
            Disabled: ['0', null],
            Overdue: ['0', null],
            'Syncing now': ['1', null],
        });
    });

    it('reads "?" for totals it cannot count when the view lacks the health columns, never a bare 0', () => {
        const totals = totalsOf([[1, {}], [2, failingValues(2)], [3, {}]], STOCK_VIEW_COLUMNS);
        expect(totals.Mailboxes).toEqual(['3', null]);
        for (const label of ['Failing', 'Disabled', 'Overdue', 'Syncing now']) {
            expect([label, totals[label]]).toEqual([label, ['?', '0 certain; up to 3 more cannot be told because columns are missing.']]);
        }
        expect(totals['Not settled']).toEqual(['3', null]);
    });

    it('reads "1+" when one verdict is settled in the state and others not settled might be', () => {
        const withoutStatecode = DATASET_COLUMNS.filter((c) => c !== 'statecode');
        // Without statecode every verdict could still be Inactive; the failing one is failing at best.
        const partial = totalsOf([[1, {}], [2, failingValues(2)]], withoutStatecode);
        expect(partial.Failing).toEqual(['?', '0 certain; up to 1 more cannot be told because columns are missing.']);
        const mixed = snapshotOf([[1, failingValues(1)]]);
        const open = snapshotOf([[2, failingValues(2)]], withoutStatecode);
        const items = [...buildItems(mixed.ids, mixed.rows, mixed.assessments), ...buildItems(open.ids, open.rows, open.assessments)];
        const failing = fleetTotalsText(countStates(items), strings).find((t) => t.label === 'Failing');
        expect(failing).toEqual({ label: 'Failing', text: '1+', description: '1 certain; up to 1 more cannot be told because columns are missing.' });
    });
});
