import { unsupportedExoSettings } from '../../MailboxHealth/core/profile';

describe('unsupportedExoSettings', () => {
    it('lists the settings Exchange Online does not support on an Exchange Online profile', () => {
        const settings = unsupportedExoSettings({ servertype: 3, useautodiscover: false, incominguseimpersonation: true, outgoingcredentialretrieval: 1 });
        expect(settings.map((s) => [s.column, s.value, s.reason])).toEqual([
            ['useautodiscover', false, 'exo-autodiscover-off'],
            ['incominguseimpersonation', true, 'exo-impersonation'],
            ['outgoingcredentialretrieval', 1, 'exo-user-or-profile-credentials'],
        ]);
    });

    it('tells an Exchange Online profile of type Exchange Server by its server-to-server credentials or its EWS host', () => {
        expect(unsupportedExoSettings({ servertype: 0, incomingcredentialretrieval: 2, useautodiscover: false })).toHaveLength(1);
        expect(unsupportedExoSettings({ servertype: 0, incomingcredentialretrieval: 1, incomingserverlocation: 'https://outlook.office365.com/EWS/Exchange.asmx' })).toHaveLength(1);
    });

    it('lists nothing for a profile that is not Exchange Online, or no profile', () => {
        expect(unsupportedExoSettings({ servertype: 0, incomingcredentialretrieval: 1, useautodiscover: false, incomingserverlocation: 'https://mail.contoso.com/EWS/Exchange.asmx' })).toEqual([]);
        expect(unsupportedExoSettings({ servertype: 4, useautodiscover: false })).toEqual([]);
        expect(unsupportedExoSettings(null)).toEqual([]);
    });
});
