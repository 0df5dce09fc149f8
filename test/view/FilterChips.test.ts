import { chipWidth, splitChips } from '../../MailboxHealth/view/FilterChips';
import type { ChipSpec } from '../../MailboxHealth/view/FilterChips';

function chip(value: string, selected = false, kind: 'state' | 'flag' = 'state'): ChipSpec {
    return { kind, value, label: value, count: 12, selected };
}

describe('splitChips: the band and "+N more"', () => {
    const primary = [chip('all', true), chip('attention'), chip('disabled'), chip('failing'), chip('overdue')];
    const secondary = [chip('healthy'), chip('backoff', false, 'flag')];

    it('shows every attention chip when they fit, and keeps the calm states and flags behind the overflow', () => {
        const { shown, overflow } = splitChips(primary, secondary, 2000);
        expect(shown.map((c) => c.value)).toEqual(['all', 'attention', 'disabled', 'failing', 'overdue']);
        expect(overflow.map((c) => c.value)).toEqual(['healthy', 'backoff']);
    });

    it('always shows "All" and "Needs attention", and moves the chips that do not fit to the overflow', () => {
        const { shown, overflow } = splitChips(primary, secondary, 200);
        expect(shown.map((c) => c.value)).toEqual(['all', 'attention']);
        expect(overflow.map((c) => c.value)).toEqual(['disabled', 'failing', 'overdue', 'healthy', 'backoff']);
    });

    it('always shows a selected chip, even a calm state or a flag', () => {
        const { shown } = splitChips(primary, [chip('healthy', true), chip('backoff', true, 'flag')], 200);
        expect(shown.map((c) => c.value)).toEqual(['all', 'attention', 'healthy', 'backoff']);
    });

    it('estimates a chip wider for longer words and counts', () => {
        expect(chipWidth('Approval pending', 1000)).toBeGreaterThan(chipWidth('Failing', 3));
    });
});
