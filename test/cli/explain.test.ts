/** @jest-environment node */
import { informationBlock } from '../../cli/explain';
import { loadStrings } from '../../cli/strings';

const t = loadStrings();
const NOW = Date.parse('2018-12-03T15:25:00Z');

describe('informationBlock', () => {
    it('heads a success entry "Information — <its text>" with its time, and says it is not an error', () => {
        const lines = informationBlock(
            { tracecode: 1, level: 1, tracestatus: true, text: 'The mailbox was tested and enabled successfully.', modifiedon: '2018-12-03T15:20:00Z' },
            t,
            NOW,
            '',
        );
        expect(lines).toEqual([
            'Information — The mailbox was tested and enabled successfully.',
            '   Details: Succeeded · last seen 2018-12-03 15:20:00 UTC (5 min ago)',
            '   For information only: not an error, nothing to fix.',
        ]);
    });

    it('uses the alert type when the entry has no text, and names no success it does not record', () => {
        expect(informationBlock({ level: 1, errortypedisplay: 'OutlookCategoryEnabled' }, t, NOW, '  ')).toEqual([
            '  Information — OutlookCategoryEnabled',
            '     For information only: not an error, nothing to fix.',
        ]);
    });

    it('keeps the alert type beside the text, and prints control characters as escapes', () => {
        const [head, details] = informationBlock({ level: 1, errortypedisplay: 'Note\u001b[2J', text: 'All good\u0007' }, t, NOW, '');
        expect(head).toBe('Information — All good\\x07');
        expect(details).toBe('   Details: Note\\x1b[2J');
    });
});
