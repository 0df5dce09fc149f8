import '../mocks/fluentCommonJs';
import * as React from 'react';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { MailboxHealthView } from '../../MailboxHealth/view/MailboxHealthView';
import type { MailboxHealthViewProps } from '../../MailboxHealth/view/MailboxHealthView';
import { guid, NOW } from '../builders/pcfRecords';
import { options, snapshotOf, strings } from './fleetFixture';

jest.mock('chart.js');

function props(overrides: Partial<MailboxHealthViewProps>): MailboxHealthViewProps {
    return {
        status: { kind: 'ready' },
        snapshot: snapshotOf([[1, { name: 'Alice' }]]),
        progress: { loaded: 1, total: 1, phase: 'complete' },
        missing: null,
        form: null,
        now: NOW,
        options,
        strings,
        showCharts: false,
        initialState: { filter: 'all', flag: null, sort: null, search: '' },
        onStateChange: jest.fn(),
        onSelect: jest.fn(),
        onOpen: jest.fn(),
        onCancelLoading: jest.fn(),
        onLoadRest: jest.fn(),
        onRefresh: jest.fn(),
        loadExtras: jest.fn(async () => ({ profile: null, profileStatus: 'not-applicable' as const, traces: [], tracesStatus: 'loaded' as const })),
        ...overrides,
    };
}

describe('MailboxHealthView', () => {
    it('shows a spinner with progress while the first page loads', () => {
        render(<MailboxHealthView {...props({ status: { kind: 'loading' }, snapshot: snapshotOf([]), progress: { loaded: 0, total: 250, phase: 'loading' } })} />);
        expect(screen.getByText('Loading 0 of 250 mailboxes…')).toBeInTheDocument();
    });

    it('keeps showing the loaded mailboxes while further pages load', () => {
        render(<MailboxHealthView {...props({ status: { kind: 'loading' }, progress: { loaded: 1, total: 2, phase: 'loading' } })} />);
        expect(screen.getByRole('grid', { name: 'Mailboxes' })).toBeInTheDocument();
    });

    it('says it is adding columns while the dataset reloads with them', () => {
        render(<MailboxHealthView {...props({ status: { kind: 'preparing' } })} />);
        expect(screen.getByText('Adding the columns the health rules need…')).toBeInTheDocument();
        expect(screen.queryByRole('grid')).toBeNull();
    });

    it('shows the dataset error', async () => {
        render(<MailboxHealthView {...props({ status: { kind: 'error', message: 'SQL timeout' } })} />);
        expect(await screen.findByText('The mailboxes could not be loaded. SQL timeout')).toBeInTheDocument();
    });

    it('shows the one mailbox on the form', async () => {
        await act(async () => {
            render(<MailboxHealthView {...props({ form: { kind: 'found', key: guid(1), row: snapshotOf([[1, { name: 'Alice' }]]).rows[0], readAt: NOW } })} />);
        });
        expect(document.querySelector('[data-placement="form"]')).not.toBeNull();
        expect(screen.queryByRole('grid')).toBeNull();
        expect(screen.getAllByText('Alice').length).toBeGreaterThan(0);
    });

    it('opens the log explainer on the form in a panel named "Explain a log" with one visible title', async () => {
        await act(async () => {
            render(<MailboxHealthView {...props({ form: { kind: 'found', key: guid(1), row: snapshotOf([[1, { name: 'Alice' }]]).rows[0], readAt: NOW } })} />);
        });
        fireEvent.click(screen.getByRole('button', { name: 'Explain a log' }));
        const panel = screen.getByRole('dialog', { name: 'Explain a log' });
        expect(within(panel).getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['Explain a downloaded log']);
    });

    it('says so on the form when the mailbox is not in the data', async () => {
        render(<MailboxHealthView {...props({ form: { kind: 'not-found' } })} />);
        expect(await screen.findByText(/This mailbox is not in the control's data/)).toBeInTheDocument();
    });
});
