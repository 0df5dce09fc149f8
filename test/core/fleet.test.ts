/** @jest-environment node */
import { assessFleet, assessMailbox } from '../../MailboxHealth/core/assess';
import type { ProfileRow, TraceEntry } from '../../MailboxHealth/core/types';
import { aMailbox, anExchangeOnlineProfile, MAILBOX_ID, NOW, PROFILE_ID } from '../builders/mailbox';

describe('assessFleet', () => {
    it('assesses every row like assessMailbox, in order', () => {
        const rows = [aMailbox(), aMailbox({ statecode: 1 }), aMailbox({ emailserverprofile: null })];
        const fleet = assessFleet(rows, NOW);
        expect(fleet.map((a) => a.health)).toEqual(['healthy', 'inactive', 'misconfigured']);
        expect(fleet).toEqual(rows.map((r) => assessMailbox(r, NOW)));
    });

    it('looks up each mailbox profile by emailserverprofile and its traces by mailboxid, in any letter case', () => {
        const profiles = new Map<string, ProfileRow>([[PROFILE_ID, anExchangeOnlineProfile({ useautodiscover: false })]]);
        const traces = new Map<string, readonly TraceEntry[]>([[MAILBOX_ID, [{ errortypedisplay: 'IncomingEmailServerServiceError', level: 2 }]]]);
        const rows = [aMailbox(), aMailbox({ emailserverprofile: PROFILE_ID.toUpperCase(), mailboxid: MAILBOX_ID.toUpperCase() }), aMailbox({ emailserverprofile: 'other', mailboxid: 'other' })];
        const fleet = assessFleet(rows, NOW, {}, { profiles, traces });
        expect(fleet.map((a) => a.flags)).toEqual([['unsupported-exo-config'], ['unsupported-exo-config'], []]);
        expect(fleet.map((a) => a.errors.length)).toEqual([1, 1, 0]);
    });

    it('applies the options to every row', () => {
        const fleet = assessFleet([aMailbox({ emailrouteraccessapproval: 2 })], NOW, { approvalRequired: false });
        expect(fleet[0].health).toBe('healthy');
    });

    it('returns an empty list for something that is not a list, and survives null rows', () => {
        expect(assessFleet(null as never, NOW)).toEqual([]);
        expect(assessFleet([null, undefined] as never, NOW).map((a) => a.health)).toEqual(['healthy', 'healthy']);
    });

    it('accepts any ReadonlyMap, not only a Map', () => {
        const profile = anExchangeOnlineProfile({ useautodiscover: false });
        const profiles: ReadonlyMap<string, ProfileRow> = {
            size: 1,
            get: (id: string) => (id === PROFILE_ID ? profile : undefined),
        } as unknown as ReadonlyMap<string, ProfileRow>;
        expect(assessFleet([aMailbox()], NOW, {}, { profiles })[0].flags).toEqual(['unsupported-exo-config']);
    });

    it('ignores lookups that are not maps', () => {
        expect(assessFleet([aMailbox()], NOW, {}, { profiles: {} as never, traces: [] as never })[0].flags).toEqual([]);
    });
});
