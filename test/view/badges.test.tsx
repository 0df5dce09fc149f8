import '../mocks/fluentCommonJs';
import * as React from 'react';
import { render, screen } from '@testing-library/react';
import { HEALTH_STATES } from '../../MailboxHealth/core/types';
import { cannotJudge, HealthBadge, notSettledText } from '../../MailboxHealth/view/HealthBadge';
import { WorkloadStateBadge } from '../../MailboxHealth/view/WorkloadState';
import type { WorkloadIndicator } from '../../MailboxHealth/core/decisions';
import { strings } from './fleetFixture';

describe('HealthBadge', () => {
    it('shows the state as text with an icon, not colour alone', () => {
        const { container } = render(<HealthBadge state="failing" severity="error" uncertain={false} strings={strings} />);
        expect(screen.getByText('Failing')).toBeInTheDocument();
        expect(container.querySelector('[data-icon-name="ErrorBadge"]')).not.toBeNull();
    });

    it('leads a verdict that is not settled with the uncertainty, in neutral colours with a question icon', () => {
        const { container } = render(<HealthBadge state="healthy" severity="ok" uncertain undetermined={['failing', 'overdue']} strings={strings} />);
        const badge = container.firstChild as HTMLElement;
        expect(badge.textContent).toBe('Not settled: at best Healthy');
        expect(container.querySelector('[data-icon-name="Unknown"]')).not.toBeNull();
        expect(container.querySelector('[data-icon-name="CompletedSolid"]')).toBeNull();
        expect(badge.getAttribute('title')).toBe('Not settled: columns the rules need are missing. The data shows Healthy at best; it cannot rule out Failing, Overdue.');
        expect(badge.style.borderColor).not.toBe('');
    });

    it('says it cannot judge when every earlier state is still open (a view without the health columns)', () => {
        const allBefore = HEALTH_STATES.slice(0, HEALTH_STATES.indexOf('healthy'));
        const { container } = render(<HealthBadge state="healthy" severity="ok" uncertain undetermined={allBefore} strings={strings} />);
        expect((container.firstChild as HTMLElement).textContent).toBe("Can't judge: columns missing");
    });

    it('never starts with the state when the verdict is not settled, whatever the state', () => {
        for (const state of HEALTH_STATES.slice(2)) {
            expect(notSettledText(state, [HEALTH_STATES[0]], strings).startsWith('Not settled')).toBe(true);
            expect(notSettledText(state, undefined, strings).startsWith('Not settled')).toBe(true);
        }
        expect(cannotJudge('inactive', [])).toBe(false);
        expect(cannotJudge('failing', ['stuck'])).toBe(false);
    });
});

describe('WorkloadStateBadge', () => {
    const indicator = (over: Partial<WorkloadIndicator> & Pick<WorkloadIndicator, 'workload' | 'indicator'>): WorkloadIndicator => ({ severity: 'ok', retriesLeft: null, ...over });

    it('names the workload and its indicator in full', () => {
        render(<WorkloadStateBadge indicator={indicator({ workload: 'incoming', indicator: 'disabled', severity: 'critical' })} strings={strings} />);
        expect(screen.getByText('Incoming email: Disabled')).toBeInTheDocument();
    });

    it('in compact form keeps the full sentence as the accessible name', () => {
        render(<WorkloadStateBadge indicator={indicator({ workload: 'act', indicator: 'enabled' })} strings={strings} compact />);
        expect(screen.getByRole('img', { name: 'Appointments, contacts and tasks: Enabled' })).toBeInTheDocument();
        expect(screen.getByText('ACT')).toBeInTheDocument();
    });

    it('says how many retries a failing workload has left', () => {
        render(<WorkloadStateBadge indicator={indicator({ workload: 'incoming', indicator: 'backing-off', severity: 'warning', retriesLeft: 7 })} strings={strings} compact />);
        expect(screen.getByRole('img', { name: 'Incoming email: Backing off after failures (retries left: 7)' })).toHaveAttribute('data-state', 'backing-off');
    });

    it('says when a workload does not use server-side sync and when it cannot be told', () => {
        const { rerender } = render(<WorkloadStateBadge indicator={indicator({ workload: 'outgoing', indicator: 'not-server-side-sync', severity: 'neutral' })} strings={strings} />);
        expect(screen.getByText('Outgoing email: Not server-side sync')).toBeInTheDocument();
        rerender(<WorkloadStateBadge indicator={indicator({ workload: 'outgoing', indicator: 'unknown', severity: 'neutral' })} strings={strings} />);
        expect(screen.getByText('Outgoing email: Unknown')).toBeInTheDocument();
    });
});
