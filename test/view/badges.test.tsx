import '../mocks/fluentCommonJs';
import * as React from 'react';
import { render, screen } from '@testing-library/react';
import { HealthBadge } from '../../MailboxHealth/view/HealthBadge';
import { WorkloadStateBadge } from '../../MailboxHealth/view/WorkloadState';
import { strings } from './fleetFixture';

describe('HealthBadge', () => {
    it('shows the state as text with an icon, not colour alone', () => {
        const { container } = render(<HealthBadge state="failing" severity="error" uncertain={false} strings={strings} />);
        expect(screen.getByText('Failing')).toBeInTheDocument();
        expect(container.querySelector('[data-icon-name="ErrorBadge"]')).not.toBeNull();
    });

    it('marks a verdict that is not settled in words, with a neutral question icon', () => {
        const { container } = render(<HealthBadge state="healthy" severity="ok" uncertain strings={strings} />);
        expect(screen.getByText('Healthy (not settled)')).toBeInTheDocument();
        expect(container.querySelector('[data-icon-name="Unknown"]')).not.toBeNull();
        expect(container.querySelector('[data-icon-name="CompletedSolid"]')).toBeNull();
        expect((container.firstChild as HTMLElement).getAttribute('title')).toMatch(/Not settled/);
    });
});

describe('WorkloadStateBadge', () => {
    it('names the workload and its state in full', () => {
        render(<WorkloadStateBadge workload="incoming" state="disabled" strings={strings} />);
        expect(screen.getByText('Incoming email: Disabled')).toBeInTheDocument();
    });

    it('in compact form keeps the full sentence as the accessible name', () => {
        render(<WorkloadStateBadge workload="act" state="enabled" strings={strings} compact />);
        expect(screen.getByRole('img', { name: 'Appointments, contacts and tasks: Enabled' })).toBeInTheDocument();
        expect(screen.getByText('ACT')).toBeInTheDocument();
    });

    it('says when a workload does not use server-side sync and when it cannot be told', () => {
        const { rerender } = render(<WorkloadStateBadge workload="outgoing" state={null} configured={false} strings={strings} />);
        expect(screen.getByText('Outgoing email: Not server-side sync')).toBeInTheDocument();
        rerender(<WorkloadStateBadge workload="outgoing" state={null} configured={null} strings={strings} />);
        expect(screen.getByText('Outgoing email: Unknown')).toBeInTheDocument();
    });
});
