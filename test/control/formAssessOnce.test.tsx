/**
 * On the mailbox form the mailbox is assessed once, with its context (server profile, alerts): the control makes no
 * fleet snapshot there (which would assess the row, and every other record of the view, without that context).
 */
import '../mocks/fluentCommonJs';
import { act, render, screen } from '@testing-library/react';
import { assessFleet, assessMailbox } from '../../MailboxHealth/core';
import { MailboxHealth } from '../../MailboxHealth/index';
import type { MailboxHealthViewProps } from '../../MailboxHealth/view/MailboxHealthView';
import { aFleetDataSet, failingValues, guid, NOW, PROFILE_ID } from '../builders/pcfRecords';
import { MockContext } from '../mocks/pcf';

jest.mock('chart.js');
jest.mock('../../MailboxHealth/core', () => {
    const actual = jest.requireActual<typeof import('../../MailboxHealth/core')>('../../MailboxHealth/core');
    return { ...actual, assessFleet: jest.fn(actual.assessFleet), assessMailbox: jest.fn(actual.assessMailbox) };
});
const fleetSpy = assessFleet as jest.MockedFunction<typeof assessFleet>;
const mailboxSpy = assessMailbox as jest.MockedFunction<typeof assessMailbox>;

beforeEach(() => {
    jest.spyOn(Date, 'now').mockReturnValue(NOW);
    fleetSpy.mockClear();
    mailboxSpy.mockClear();
});
afterEach(() => jest.restoreAllMocks());

function onForm(records: number, id: string) {
    const dataset = aFleetDataSet(records, {}, (n) => ({ ...failingValues(n), name: `Mailbox ${n}` }));
    const context = new MockContext(dataset);
    context.mode.contextInfo = { entityTypeName: 'mailbox', entityId: `{${id.toUpperCase()}}` };
    context.webAPI.retrieveRecord.mockResolvedValue({ emailserverprofileid: PROFILE_ID, name: 'Microsoft Exchange Online', servertype: 0 });
    context.webAPI.retrieveMultipleRecords.mockResolvedValue({ entities: [{ tracelogid: 't1', tracecode: 126, level: 2, errortypedisplay: 'ExchangeSyncServerServiceError', modifiedon: '2024-05-01T08:56:00Z' }], nextLink: '' });
    const control = new MailboxHealth();
    control.init(context, jest.fn(), undefined);
    return { control, context };
}

describe('the mailbox form', () => {
    it('assesses its mailbox once, with the profile and alerts, and assesses no fleet', async () => {
        const { control, context } = onForm(3, guid(2));
        await act(async () => {
            render(control.updateView(context));
        });
        expect(screen.getAllByText('Mailbox 2').length).toBeGreaterThan(0);
        expect(fleetSpy).not.toHaveBeenCalled();
        expect(mailboxSpy).toHaveBeenCalledTimes(1);
        const [row, , , context_] = mailboxSpy.mock.calls[0];
        expect(row.name).toBe('Mailbox 2');
        expect(context_?.profile?.emailserverprofileid).toBe(PROFILE_ID);
        expect(context_?.traces?.map((t) => t.tracecode)).toEqual([126]);
    });

    it('hands the view the same row at the same instant while the host keeps the record, so nothing is assessed again', () => {
        const { control, context } = onForm(1, guid(1));
        const first = (control.updateView(context).props as MailboxHealthViewProps).form;
        jest.spyOn(Date, 'now').mockReturnValue(NOW + 60_000);
        const second = (control.updateView(context).props as MailboxHealthViewProps).form;
        expect(first?.kind).toBe('found');
        expect(second).toEqual(first);
        if (first?.kind === 'found' && second?.kind === 'found') {
            expect(second.row).toBe(first.row);
            expect(second.readAt).toBe(NOW);
        }
    });
});
