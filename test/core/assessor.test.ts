/** @jest-environment node */
import { assessFleet, assessMailbox } from '../../MailboxHealth/core/assess';
import { workloadTimesOf } from '../../MailboxHealth/core/decisions';
import { generateFleet } from '../../sample/generateFleet';
import { aMailbox, minutesFromNow, NOW, NOW_MS } from '../builders/mailbox';

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

describe('the assessor shares what many mailboxes have in common (docs/performance.md, "Core, within 1.5×")', () => {
    it('gives every mailbox of a fleet the answer it gets alone, shared values and all', () => {
        // The 1,000-mailbox sample fleet has every state, flag and workload schedule; alone, each mailbox gets a fresh
        // assessor with nothing to share, so a wrong key in the shared values shows up as a difference here.
        const { rows, profiles, traces } = generateFleet({ size: 1000, seed: 7, now: NOW_MS });
        const byId = new Map(profiles.map((p) => [p.emailserverprofileid as string, p]));
        const fleet = assessFleet(rows, NOW, {}, { profiles: byId, traces });
        rows.forEach((row, i) => {
            const profile = typeof row.emailserverprofile === 'string' ? byId.get(row.emailserverprofile) : undefined;
            const trace = typeof row.mailboxid === 'string' ? traces.get(row.mailboxid) : undefined;
            expect(fleet[i]).toEqual(assessMailbox(row, NOW, {}, { profile, traces: trace }));
        });
        // …and it did share: far fewer distinct values than mailboxes
        expect(new Set(fleet.map((a) => a.workloads)).size).toBeLessThan(rows.length / 4);
        expect(new Set(fleet.map((a) => a.workloads.incoming)).size).toBeLessThan(rows.length / 10);
    });

    it("shares one frozen value for equal workload answers and keeps each mailbox's times on the mailbox", () => {
        const first = aMailbox({ receivingpostponeduntil: minutesFromNow(1), postponemailboxprocessinguntil: minutesFromNow(3) });
        const second = aMailbox({ receivingpostponeduntil: minutesFromNow(2), postponemailboxprocessinguntil: minutesFromNow(4) });
        const [a, b] = assessFleet([first, second], NOW);
        expect(a.workloads).toBe(b.workloads);
        expect(a.workloads.incoming).toBe(b.workloads.incoming);
        expect(Object.isFrozen(a.workloads)).toBe(true);
        expect(Object.isFrozen(a.workloads.incoming)).toBe(true);
        expect(workloadTimesOf(a, 'incoming')).toEqual({ postponedUntil: NOW_MS + 60_000, nextRunAt: NOW_MS + 3 * 60_000 });
        expect(workloadTimesOf(b, 'incoming')).toEqual({ postponedUntil: NOW_MS + 2 * 60_000, nextRunAt: NOW_MS + 4 * 60_000 });
    });

    it('keeps answers apart that differ in anything but the times', () => {
        const backingOff = (minutes: number): ReturnType<typeof aMailbox> => aMailbox({ postponemailboxprocessinguntil: minutesFromNow(3), receivingpostponeduntil: minutesFromNow(3 + minutes) });
        const [short, long, again] = assessFleet([backingOff(30), backingOff(90), backingOff(30)], NOW);
        expect(short.workloads.incoming).not.toBe(long.workloads.incoming);
        expect(short.workloads.incoming).toBe(again.workloads.incoming);
        expect(short.workloads.incoming.reasons.find((r) => r.code === 'workload-backoff')?.value).toBe(30);
        expect(long.workloads.incoming.reasons.find((r) => r.code === 'workload-backoff')?.value).toBe(90);
    });

    it('shares nothing between calls with different retry limits', () => {
        const row = aMailbox({ transientfailurecount: 3 * 2 ** 20 }); // incoming's 4 bits (from bit 20): 3 failures in a row
        expect(assessFleet([row], NOW, { maxTransientFailures: 10 })[0].workloads.incoming.retriesLeft).toBe(7);
        expect(assessFleet([row], NOW, { maxTransientFailures: 5 })[0].workloads.incoming.retriesLeft).toBe(2);
    });
});
