/** @jest-environment node */
import { isInformationTrace } from '../../../MailboxHealth/core/errorCatalogue';

const testSucceeded = 'The mailbox Dana Whitfield was tested and enabled successfully for server-side synchronization.';

describe('isInformationTrace', () => {
    it('returns true for a level 1 (Information) entry such as a Test & Enable success', () => {
        expect(isInformationTrace({ level: 1, text: testSucceeded, tracestatus: true })).toBe(true);
        expect(isInformationTrace({ level: 1, text: "Outlook Category 'Tracked To Dynamics 365' has been enabled for the mailbox Dana." })).toBe(true);
    });

    it('returns true for a success entry (tracestatus true) that carries no level', () => {
        expect(isInformationTrace({ text: testSucceeded, tracestatus: true })).toBe(true);
        expect(isInformationTrace({ level: null, text: testSucceeded, tracestatus: true })).toBe(true);
    });

    it('returns false for Warning and Error entries, even when marked as a success', () => {
        expect(isInformationTrace({ level: 2, errortypedisplay: 'IncomingEmailServerServiceError', tracestatus: false })).toBe(false);
        expect(isInformationTrace({ level: 3, errortypedisplay: 'MailboxDisabled' })).toBe(false);
        expect(isInformationTrace({ level: 3, errortypedisplay: 'MailboxDisabled', tracestatus: true })).toBe(false);
    });

    it('returns false for an entry without level or success mark, and for no entry at all', () => {
        expect(isInformationTrace({ errortypedisplay: 'IncomingEmailServerServiceError', tracestatus: false })).toBe(false);
        expect(isInformationTrace({ text: 'Something happened.' })).toBe(false);
        expect(isInformationTrace(null)).toBe(false);
        expect(isInformationTrace(undefined)).toBe(false);
        expect(isInformationTrace('level 1' as never)).toBe(false);
    });
});
