import { createStrings } from '../../MailboxHealth/pcf/strings';

describe('createStrings', () => {
    it('fills placeholders from the resx template', () => {
        const strings = createStrings({ getString: (k) => (k === 'Time_In' ? 'in {0}' : k) });
        expect(strings('Time_In', '3 min')).toBe('in 3 min');
    });

    it('shows the key when the resx lacks it, instead of a blank', () => {
        const strings = createStrings({ getString: () => '' });
        expect(strings('Label_Missing')).toBe('Label_Missing');
    });

    it('survives a getString that throws', () => {
        const strings = createStrings({
            getString: () => {
                throw new Error('no resources');
            },
        });
        expect(strings('Label_X')).toBe('Label_X');
    });

    it('reads each key from the resources only once', () => {
        const getString = jest.fn((k: string) => `${k}!`);
        const strings = createStrings({ getString });
        strings('Label_A');
        strings('Label_A');
        expect(getString).toHaveBeenCalledTimes(1);
    });
});
