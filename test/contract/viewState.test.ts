import { parseViewState, serializeViewState } from '../../MailboxHealth/contract/viewState';

describe('parseViewState', () => {
    it('restores what serializeViewState saved', () => {
        const state = { filter: 'failing', flag: 'backoff', sort: { key: 'next', descending: true }, search: 'contoso' } as const;
        expect(parseViewState(serializeViewState(state), 'all')).toEqual(state);
        const open = { filter: 'uncertain', flag: null, sort: null, search: '' } as const;
        expect(parseViewState(serializeViewState(open), 'all')).toEqual(open);
    });

    it('starts from the default filter when nothing was saved', () => {
        expect(parseViewState(undefined, 'attention')).toEqual({ filter: 'attention', flag: null, sort: null, search: '' });
        expect(parseViewState({}, 'all')).toEqual({ filter: 'all', flag: null, sort: null, search: '' });
    });

    it('drops values it does not understand instead of failing', () => {
        expect(parseViewState({ v: 1, filter: 'nonsense', flag: 'nope', sort: { key: 'x' }, search: 42 }, 'healthy')).toEqual({ filter: 'healthy', flag: null, sort: null, search: '' });
    });

    it('ignores a state saved by another version', () => {
        expect(parseViewState({ v: 99, filter: 'failing' }, 'all').filter).toBe('all');
    });
});
