import { adviceCovers, adviceFor, adviceKey } from '../../../MailboxHealth/core/decisions';
import { anAssessed, anError, failingWith, MINUTE, T0 } from '../../builders/assessment';

describe('adviceFor', () => {
    it('is to wait while a transient error is being retried, naming the workload and its retries left', () => {
        const a = failingWith({ code: 'Http503', class: 'transient', workload: null }, { workloadsOver: { incoming: { backoff: true, nextRunAt: T0 + 60 * MINUTE } } });
        expect(adviceFor(a)).toEqual({ action: 'wait-retrying', state: 'failing', errorCode: 'Http503', workload: 'incoming', retriesLeft: 7 });
    });

    it('takes the retries left from the workload’s own counter when the row has one', () => {
        const a = failingWith({ class: 'transient', workload: 'outgoing' }, { retriesLeft: 2, workloadsOver: { outgoing: { transientFailures: 6, retriesLeft: 4 } } });
        expect(adviceFor(a)).toMatchObject({ action: 'wait-retrying', workload: 'outgoing', retriesLeft: 4 });
    });

    it('is to fix the cause and run Test & Enable once the retries are spent', () => {
        const a = failingWith({ class: 'transient', workload: 'incoming' }, { retriesLeft: 0, consecutiveErrors: 10 });
        expect(adviceFor(a)).toMatchObject({ action: 'fix-then-test-enable', workload: 'incoming', retriesLeft: 0 });
    });

    it('is to fix the cause and run Test & Enable when a transient error left the mailbox disabled', () => {
        const a = anAssessed({ health: 'disabled', severity: 'critical', lastErrorIsCurrent: true, errors: [anError({ workload: 'incoming' })], workloadsOver: { incoming: { state: 'disabled' } } });
        expect(adviceFor(a)).toMatchObject({ action: 'fix-then-test-enable', workload: 'incoming' });
    });

    it('is the catalogue’s action for a permanent or configuration error', () => {
        const a = failingWith({ code: 'Http401', class: 'permanent', workload: 'incoming' });
        expect(adviceFor(a)).toMatchObject({ action: 'error', errorCode: 'Http401', workload: 'incoming' });
        expect(adviceKey(adviceFor(a))).toBe('Error_Http401_Action');
    });

    it('uses the newest error alert behind a disabled mailbox whose last sync error is history', () => {
        const a = anAssessed({
            health: 'disabled',
            severity: 'critical',
            errors: [anError({ source: 'tracelog', level: 3, code: 'Http401', class: 'permanent', at: T0 - 60 * MINUTE }), anError({ source: 'tracelog', level: 3, code: 'ErrorQuotaExceeded', class: 'config', at: T0 - 5 * MINUTE })],
        });
        expect(adviceFor(a)).toMatchObject({ action: 'error', errorCode: 'ErrorQuotaExceeded' });
    });

    it('is the verdict’s own action for a state that no error explains', () => {
        expect(adviceFor(anAssessed({ health: 'approval-pending', severity: 'warning' }))).toEqual({ action: 'state', state: 'approval-pending', errorCode: null, workload: null, retriesLeft: null });
        expect(adviceKey(adviceFor(anAssessed({ health: 'misconfigured', severity: 'critical' })))).toBe('State_misconfigured_Action');
    });

    it('keeps the verdict’s action for an item failure, which does not stop the mailbox', () => {
        expect(adviceFor(failingWith({ code: 'ItemSyncFailed', class: 'item' })).action).toBe('state');
    });
});

describe('adviceCovers', () => {
    it('covers the error it is about, so its card says the same, and no other', () => {
        const a = failingWith({ code: 'Http503', class: 'transient' });
        const advice = adviceFor(a);
        expect(adviceCovers(advice, anError({ code: 'Http503', source: 'tracelog', level: 2 }))).toBe(true);
        expect(adviceCovers(advice, anError({ code: 'Http401', class: 'permanent' }))).toBe(false);
        expect(adviceCovers(adviceFor(anAssessed()), anError())).toBe(false);
    });
});
