/** The decisions over real assessments of builder rows: what the control and the CLI show for whole mailboxes. */
import { assessMailbox } from '../../../MailboxHealth/core';
import { adviceFor, fleetTotals, nextProcessingOf, workloadIndicators } from '../../../MailboxHealth/core/decisions';
import { aMailbox, minutesFromNow, NOW_MS, transientCounters } from '../../builders/mailbox';

describe('decisions over real assessments', () => {
    it('say "not scheduled" for the year-9999 sentinel and "unknown" for a row without the column', () => {
        expect(nextProcessingOf(assessMailbox(aMailbox({ postponemailboxprocessinguntil: '9999-12-31T23:59:59.997Z' }), NOW_MS)).kind).toBe('not-scheduled');
        expect(nextProcessingOf(assessMailbox(aMailbox({ postponemailboxprocessinguntil: undefined }), NOW_MS)).kind).toBe('unknown');
        expect(nextProcessingOf(assessMailbox(aMailbox(), NOW_MS))).toEqual({ kind: 'scheduled', at: NOW_MS + 3 * 60_000 });
    });

    it('say "due now", with no instant to be late from, for the 1900 column default', () => {
        expect(nextProcessingOf(assessMailbox(aMailbox({ postponemailboxprocessinguntil: '1900-01-01T00:00:00Z' }), NOW_MS))).toMatchObject({ kind: 'due', at: null });
    });

    it('show no green tick on a mailbox without a server profile', () => {
        const a = assessMailbox(aMailbox({ emailserverprofile: null }), NOW_MS);
        expect(a.health).toBe('misconfigured');
        const w = workloadIndicators(a);
        expect([w.incoming.indicator, w.outgoing.indicator, w.act.indicator]).toEqual(['blocked', 'blocked', 'blocked']);
    });

    it('mark incoming as backing off, and advise waiting with its own retries left, when its counter shows 503s', () => {
        const a = assessMailbox(
            aMailbox({
                lastsuccessfulsynccompletedon: minutesFromNow(-60),
                transientfailurecount: transientCounters({ incoming: 3 }),
                lastsyncerrorcount: 3,
                lastsyncerroroccurredon: minutesFromNow(-2),
                lastsyncerror: 'The remote server returned an error: (503) Server Unavailable.',
                receivingpostponeduntil: minutesFromNow(60),
            }),
            NOW_MS,
        );
        expect(a.health).toBe('failing');
        const w = workloadIndicators(a);
        expect([w.incoming.indicator, w.outgoing.indicator, w.act.indicator]).toEqual(['backing-off', 'enabled', 'enabled']);
        expect(w.incoming.retriesLeft).toBe(7);
        expect(adviceFor(a)).toMatchObject({ action: 'wait-retrying', workload: 'incoming', retriesLeft: 7 });
    });

    it('mark the backing-off workload as failing when the row has no retry counters', () => {
        const a = assessMailbox(
            aMailbox({
                lastsuccessfulsynccompletedon: minutesFromNow(-60),
                transientfailurecount: undefined,
                lastsyncerrorcount: 3,
                lastsyncerroroccurredon: minutesFromNow(-2),
                lastsyncerror: 'The remote server returned an error: (503) Server Unavailable.',
                receivingpostponeduntil: minutesFromNow(60),
            }),
            NOW_MS,
        );
        const w = workloadIndicators(a);
        expect([w.incoming.indicator, w.outgoing.indicator, w.act.indicator]).toEqual(['failing', 'enabled', 'enabled']);
        expect(adviceFor(a)).toMatchObject({ action: 'wait-retrying', workload: 'incoming' });
    });

    it('count a fleet’s settled and open verdicts from the rows as assessed', () => {
        const rows = [aMailbox(), aMailbox({ statecode: undefined, lastsyncerrorcount: 2, lastsyncerroroccurredon: minutesFromNow(-1) })];
        const t = fleetTotals(
            rows.map((r) => assessMailbox(r, NOW_MS)),
            rows,
        );
        expect(t.settled.healthy).toBe(1);
        expect(t.uncertain).toBe(1);
        expect(t.failing).toEqual({ certain: 0, open: 1 });
    });
});
