import { readContextInfo } from '../../MailboxHealth/pcf/ContextExtended';
import { MockMode } from '../mocks/pcf';

describe('readContextInfo', () => {
    it('reads the host record of the page', () => {
        const mode = new MockMode();
        mode.contextInfo = { entityTypeName: 'mailbox', entityId: 'abc', entityRecordName: 'Alice' };
        expect(readContextInfo(mode)).toEqual({ entityTypeName: 'mailbox', entityId: 'abc', entityRecordName: 'Alice' });
    });

    it('gives null without contextInfo and nulls for missing or wrong-typed members', () => {
        expect(readContextInfo(new MockMode())).toBeNull();
        expect(readContextInfo(undefined)).toBeNull();
        const mode = new MockMode();
        (mode as unknown as { contextInfo: unknown }).contextInfo = { entityTypeName: 7, entityId: '' };
        expect(readContextInfo(mode)).toEqual({ entityTypeName: null, entityId: null, entityRecordName: null });
    });
});
