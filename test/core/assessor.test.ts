/** @jest-environment node */
import { assessFleet, assessMailbox } from '../../MailboxHealth/core/assess';
import { aMailbox, minutesFromNow, NOW } from '../builders/mailbox';

describe('the assessor: re-entrant, no state shared between calls', () => {
    it('gives the same answer for a mailbox whether it is assessed alone or between others', () => {
        const failing = aMailbox({ lastsyncerrorcount: 3, lastsyncerroroccurredon: minutesFromNow(-1), noemailcount: 40 });
        const alone = assessMailbox(failing, NOW);
        const fleet = assessFleet([aMailbox({ statecode: 1 }), failing, aMailbox({ emailrouteraccessapproval: 3 })], NOW);
        expect(fleet[1]).toEqual(alone);
    });

    it('can assess a mailbox from inside another assessment (a catalogue or a caller calling back) without mixing them up', () => {
        let inner: ReturnType<typeof assessMailbox> | null = null;
        const trap = {
            ...aMailbox({ lastsyncerrorcount: 2, lastsyncerroroccurredon: minutesFromNow(-1) }),
            // hostid is read last, while the outer mailbox's reasons are being gathered
            get hostid(): string {
                if (inner === null) inner = assessMailbox(aMailbox({ statecode: 1, name: 'Inner' }), NOW);
                return 'HOST-1';
            },
        };
        const outer = assessMailbox(trap, NOW);
        expect(outer.health).toBe('failing');
        expect(outer.hostId).toBe('HOST-1');
        expect((inner as unknown as ReturnType<typeof assessMailbox>).health).toBe('inactive');
        expect(outer.reasons.map((r) => r.code)).not.toContain('mailbox-inactive');
    });
});
