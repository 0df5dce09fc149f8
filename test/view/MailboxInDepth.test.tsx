import './mailbox/fluentResolve';
import * as React from 'react';
import { render, screen } from '@testing-library/react';
import { DEFAULT_OPTIONS } from '../../MailboxHealth/core';
import type { MailboxExtras } from '../../MailboxHealth/contract/model';
import { MailboxInDepth } from '../../MailboxHealth/view/MailboxInDepth';
import { aMailbox, anExchangeOnlineProfile, NOW_MS, PROFILE_ID, MAILBOX_ID } from '../builders/mailbox';
import { strings } from './mailbox/support';

jest.mock('chart.js');

function deferred(): { promise: Promise<MailboxExtras>; resolve: (x: MailboxExtras) => void } {
    let resolve: (x: MailboxExtras) => void = () => undefined;
    const promise = new Promise<MailboxExtras>((r) => (resolve = r));
    return { promise, resolve };
}

describe('MailboxInDepth', () => {
    it('without the fleet’s assessment, waits for the mailbox’s context and then assesses it once, with it', async () => {
        const extras = deferred();
        const loadExtras = jest.fn(() => extras.promise);
        render(<MailboxInDepth row={aMailbox()} assessedAt={NOW_MS} now={NOW_MS} options={DEFAULT_OPTIONS} strings={strings} showCharts={false} loadExtras={loadExtras} />);
        expect(screen.getByText(strings('Label_LoadingMailbox'))).toBeInTheDocument();
        expect(loadExtras).toHaveBeenCalledWith(MAILBOX_ID, PROFILE_ID);
        // An Exchange Online profile with Auto Discover off: only an assessment with the profile can say so.
        extras.resolve({ profile: anExchangeOnlineProfile({ useautodiscover: false }), profileStatus: 'loaded', traces: [], tracesStatus: 'loaded' });
        expect(await screen.findByText('useautodiscover = False')).toBeInTheDocument();
        expect(screen.queryByText(strings('Label_LoadingMailbox'))).toBeNull();
    });
});
