import './fluentResolve';
import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { Chart } from 'chart.js';
import type { ErrorMatch, TraceEntry } from '../../../MailboxHealth/core/types';
import { isInformationTrace, matchTraceEntry } from '../../../MailboxHealth/core/errorCatalogue';
import { MailboxDetail, MailboxDetailProps } from '../../../MailboxHealth/view/mailbox/MailboxDetail';
import { reasonText } from '../../../MailboxHealth/view/mailbox/ReasonList';
import { aWorkload, anAssessment, MIN, NOW, strings } from './support';

jest.mock('chart.js');
const MockChart = Chart as unknown as jest.Mock;

const HOSTILE = '<img src=x onerror=alert(1)>';

const lastError: ErrorMatch = {
    code: 'Http503',
    class: 'transient',
    workload: 'incoming',
    action: 'wait',
    source: 'lastsyncerror',
    httpStatus: 503,
    activityId: 'b66413dd-c51e-43d1-9404-adb044abf655',
    at: NOW - 2 * MIN,
    text: 'System.Net.WebException: The request failed with HTTP status 503: Service Unavailable.',
};

const failing = anAssessment({
    health: 'failing',
    severity: 'error',
    consecutiveErrors: 4,
    retriesLeft: 6,
    lastErrorAt: NOW - 2 * MIN,
    lastErrorIsCurrent: true,
    lastSuccessAt: NOW - 3 * 60 * MIN,
    lastAttemptAt: NOW - 2 * MIN,
    nextProcessingAt: NOW + 3 * MIN,
    due: 'scheduled',
    errors: [lastError],
    workloads: {
        incoming: aWorkload('incoming', {
            postponedUntil: NOW + 2 * 60 * MIN,
            nextRunAt: NOW + 2 * 60 * MIN,
            backoff: true,
            reasons: [{ code: 'workload-backoff', columns: ['receivingpostponeduntil', 'postponemailboxprocessinguntil'], workload: 'incoming', value: 117 }],
        }),
        outgoing: aWorkload('outgoing', { postponedUntil: NOW + MIN, nextRunAt: NOW + 3 * MIN, inNextCycle: true }),
        act: aWorkload('act', { state: 'disabled', nextRunAt: null }),
    },
});

/** The failing mailbox assessed with these alerts, as the core does: each error row matched once, in order. */
function withAlerts(traces: readonly TraceEntry[]) {
    const matches = traces.filter((t) => !isInformationTrace(t)).map((t) => matchTraceEntry(t) as ErrorMatch);
    return { ...failing, errors: [lastError, ...matches] };
}

function renderDetail(over: Partial<MailboxDetailProps> = {}) {
    const props: MailboxDetailProps = { assessment: failing, row: {}, profile: null, traces: null, tracesStatus: 'not-applicable', now: NOW, retryLimit: 10, strings, showCharts: true, ...over };
    return render(<MailboxDetail {...props} />);
}

beforeEach(() => MockChart.mockClear());

describe('MailboxDetail', () => {
    it('names the mailbox in a heading and shows its health badge and severity', () => {
        renderDetail();
        expect(screen.getByRole('heading', { level: 2, name: 'Dana Whitfield' })).toBeInTheDocument();
        expect(screen.getByText(strings('State_failing'))).toBeInTheDocument();
        expect(screen.getByText(strings('Severity_error'))).toBeInTheDocument();
    });

    it('shows consecutive errors, the retries left counted by the platform, and when processing runs next', () => {
        renderDetail();
        expect(screen.getByTestId('consecutive-errors')).toHaveTextContent(/^4 lastsyncerrorcount$/);
        // Retries are named per workload: the one the mailbox's advice concerns.
        expect(screen.getByTestId('retries-left')).toHaveTextContent(strings('Message_Detail_RetriesLeftFor', 6, 10, strings('Workload_incoming')));
        expect(screen.getByTestId('retries-left')).toHaveTextContent(strings('Message_Detail_RetriesCounted', 10));
        expect(screen.getByTestId('retries-left')).not.toHaveTextContent(strings('Message_Detail_RetriesEstimate', 10));
        expect(screen.getByTestId('next-processing')).toHaveTextContent(strings('Message_Detail_Due_Scheduled', `2018-12-03 15:26:37 UTC (${strings('Time_In', strings('Time_Minutes', 3))})`));
    });

    it('counts retries against the control\'s maxTransientFailures, not the default, and says when the core estimated them', () => {
        // Without transientfailurecount the core estimates from lastsyncerrorcount and says so with its reason.
        const estimated = { code: 'retries-left-estimated', columns: ['lastsyncerrorcount'], value: 8 } as (typeof failing.reasons)[number];
        renderDetail({ retryLimit: 12, assessment: { ...failing, reasons: [...failing.reasons, estimated], workloads: { ...failing.workloads, incoming: { ...failing.workloads.incoming, retriesLeft: 8 } } } });
        expect(screen.getByTestId('retries-left')).toHaveTextContent(strings('Message_Detail_RetriesLeftFor', 8, 12, strings('Workload_incoming')));
        expect(screen.getByTestId('retries-left')).toHaveTextContent(strings('Message_Detail_RetriesEstimate', 12));
    });

    it('says per workload whether it runs in the next cycle, is backing off, or waits for Test & Enable', () => {
        const { container } = renderDetail();
        const row = (w: string) => within(container.querySelector(`[data-workload-card="${w}"]`) as HTMLElement);
        // The failing workload's card is not the green "Enabled" one.
        expect(row('incoming').getByText(strings('Label_WorkloadWithState', strings('Workload_incoming'), strings('Label_WorkloadIndicatorRetries', strings('Label_WorkloadIndicator_failing'), 6)))).toBeInTheDocument();
        expect(row('outgoing').getByText(strings('Label_WorkloadWithState', strings('Workload_outgoing'), strings('Label_WorkloadIndicator_enabled')))).toBeInTheDocument();
        expect(row('incoming').getByText(/Backing off/)).toHaveTextContent(strings('Message_Detail_Workload_Backoff', `2018-12-03 17:23:37 UTC (${strings('Time_In', strings('Time_Hours', 2))})`));
        expect(row('outgoing').getByText(strings('Message_Detail_Workload_NextCycle', `2018-12-03 15:26:37 UTC (${strings('Time_In', strings('Time_Minutes', 3))})`))).toBeInTheDocument();
        expect(row('act').getByText(strings('Message_Detail_Workload_Disabled'))).toBeInTheDocument();
    });

    it('gives each workload reason in words with the columns it came from, by logical name', () => {
        const { container } = renderDetail();
        const incoming = within(container.querySelector('[data-workload-card="incoming"]') as HTMLElement);
        const reason = failing.workloads.incoming.reasons[0];
        expect(incoming.getByText(reasonText(reason, strings))).toBeInTheDocument();
        expect(incoming.getAllByText('receivingpostponeduntil').length).toBeGreaterThanOrEqual(1);
        expect(incoming.getAllByText('postponemailboxprocessinguntil').length).toBe(1);
    });

    it('explains the last sync error with its class and meaning from the catalogue, and the same "what to do" as the header', () => {
        const { container } = renderDetail();
        const card = screen.getByText(strings('Error_Http503_Meaning')).closest('article') as HTMLElement;
        expect(card).toHaveAttribute('data-error-code', 'Http503');
        expect(within(card).getByText(strings('ErrorClass_transient'))).toBeInTheDocument();
        const advice = strings('Message_Advice_WaitRetrying', strings('Workload_incoming'), 6);
        expect(within(card).getByText(advice)).toBeInTheDocument();
        expect(within(container.querySelector('header') as HTMLElement).getByText(advice)).toBeInTheDocument();
        expect(screen.queryByText(strings('State_failing_Action'))).toBeNull();
        expect(within(card).getByText('503')).toBeInTheDocument();
        expect(within(card).getByText(lastError.text)).toBeInTheDocument();
    });

    it('renders hostile error and alert text as text, never as HTML', () => {
        const trace: TraceEntry = { tracelogid: 't1', level: 3, errortypedisplay: 'IncomingEmailServerServiceError', errordetails: HOSTILE, text: HOSTILE, modifiedon: '2018-12-03T15:20:00Z' };
        const { container } = renderDetail({ assessment: { ...failing, name: HOSTILE, errors: [{ ...lastError, text: HOSTILE, activityId: HOSTILE }] }, traces: [trace], tracesStatus: 'loaded' });
        expect(container.querySelector('img')).toBeNull();
        expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(HOSTILE);
        expect(screen.getAllByText(HOSTILE).length).toBeGreaterThanOrEqual(3);
    });

    it('lists the recent alerts newest first, each explained', () => {
        const traces: TraceEntry[] = [
            { tracelogid: 'old', level: 2, errortypedisplay: 'ExchangeSyncServerServiceError', errordetails: 'The remote server returned an error: (503) Server Unavailable.', modifiedon: '2018-12-03T14:00:00Z' },
            { tracelogid: 'new', level: 3, errortypedisplay: 'IncomingEmailServerServiceError', errordetails: 'HTTP status 503: Service Unavailable', modifiedon: '2018-12-03T15:00:00Z' },
        ];
        renderDetail({ assessment: withAlerts(traces), traces, tracesStatus: 'loaded' });
        const list = screen.getByRole('list', { name: strings('Label_Detail_RecentAlerts') });
        const codes = within(list)
            .getAllByRole('article')
            .map((a) => a.getAttribute('data-error-code'));
        expect(codes).toEqual(['IncomingEmailServerServiceError', 'ExchangeSyncServerServiceError']);
        expect(within(list).getByText(strings('Label_Detail_Level_3'))).toBeInTheDocument();
    });

    it('shows an information alert (level 1, Test & Enable success) as information, never as an unrecognised error', () => {
        const traces: TraceEntry[] = [
            { tracelogid: 'info', level: 1, tracestatus: true, text: 'The mailbox Dana Whitfield was tested and enabled successfully for server-side synchronization.', machinename: 'HOST1', modifiedon: '2018-12-03T15:10:00Z' },
            { tracelogid: 'err', level: 2, errortypedisplay: 'IncomingEmailServerServiceError', errordetails: 'HTTP status 503: Service Unavailable', modifiedon: '2018-12-03T15:00:00Z' },
        ];
        renderDetail({ assessment: withAlerts(traces), traces, tracesStatus: 'loaded' });
        const list = screen.getByRole('list', { name: strings('Label_Detail_RecentAlerts') });
        const cards = within(list).getAllByRole('article');
        expect(cards.map((a) => a.getAttribute('data-alert') ?? a.getAttribute('data-error-code'))).toEqual(['information', 'IncomingEmailServerServiceError']);
        const info = within(cards[0]);
        expect(info.getByText(strings('Label_Detail_Level_1'))).toBeInTheDocument();
        expect(info.getByText(strings('Label_Detail_TraceSuccess'))).toBeInTheDocument();
        expect(info.getByText('The mailbox Dana Whitfield was tested and enabled successfully for server-side synchronization.')).toBeInTheDocument();
        expect(info.getByText(strings('Message_Detail_InformationNotError'))).toBeInTheDocument();
        expect(info.queryByText(strings('ErrorClass_unknown'))).toBeNull();
        expect(info.queryByText(strings('Label_Detail_UnrecognisedError'))).toBeNull();
        expect(info.queryByText(strings('Label_Detail_Meaning'))).toBeNull();
    });

    it('shows a level 1 alert from the assessment (no trace rows) as information too', () => {
        const infoMatch: ErrorMatch = { code: 'unknown', class: 'unknown', workload: null, action: 'report-to-support', source: 'tracelog', level: 1, text: "Outlook Category 'Tracked To Dynamics 365' has been enabled for the mailbox Dana Whitfield.", at: NOW - 5 * MIN };
        renderDetail({ assessment: { ...failing, errors: [lastError, infoMatch] }, traces: null, tracesStatus: 'not-applicable' });
        const list = screen.getByRole('list', { name: strings('Label_Detail_RecentAlerts') });
        const cards = within(list).getAllByRole('article');
        expect(cards.map((a) => a.getAttribute('data-alert'))).toEqual(['information']);
        expect(within(cards[0]).queryByText(strings('Label_Detail_UnrecognisedError'))).toBeNull();
    });

    it('says that alerts need read privilege on Trace Log, and still shows the rest', async () => {
        renderDetail({ tracesStatus: 'no-privilege' });
        expect(await screen.findByText(strings('Message_Detail_AlertsNoPrivilege'))).toBeInTheDocument();
        expect(strings('Message_Detail_AlertsNoPrivilege')).toContain('prvReadTraceLog');
        expect(screen.getByTestId('retries-left')).toBeInTheDocument();
    });

    it('shows a spinner while alerts load and a message when they fail', async () => {
        const { rerender } = renderDetail({ tracesStatus: 'loading' });
        expect(screen.getByText(strings('Message_Detail_AlertsLoading'))).toBeInTheDocument();
        rerender(<MailboxDetail assessment={failing} row={{}} profile={null} traces={null} tracesStatus="failed" now={NOW} retryLimit={10} strings={strings} showCharts={false} />);
        expect(await screen.findByText(strings('Message_Detail_AlertsFailed'))).toBeInTheDocument();
    });

    it('gives the chart canvas an image role with a summary, and lists the same events in a table with UTC times', () => {
        renderDetail();
        const canvas = screen.getByRole('img', { name: /Sync timeline chart/ });
        expect(canvas.tagName).toBe('CANVAS');
        const table = screen.getByRole('table', { name: strings('Label_Detail_TimelineTable') });
        const rows = within(table).getAllByRole('row').slice(1);
        expect(rows.map((r) => r.getAttribute('data-event'))).toEqual(['last-success', 'last-attempt', 'last-error', 'now', 'postponed-until', 'next-processing', 'postponed-until']);
        expect(within(table).getAllByText('2018-12-03 15:21:37 UTC')).toHaveLength(2);
        expect(within(table).getByText('2018-12-03 12:23:37 UTC')).toBeInTheDocument();
    });

    it('creates the chart on mount and destroys it on unmount', () => {
        const { unmount } = renderDetail();
        expect(MockChart).toHaveBeenCalledTimes(1);
        const instance = MockChart.mock.instances[0] as { destroy: jest.Mock };
        unmount();
        expect(instance.destroy).toHaveBeenCalledTimes(1);
    });

    it('shows only the text timeline when charts are off', () => {
        renderDetail({ showCharts: false });
        expect(screen.queryByRole('img', { name: /Sync timeline chart/ })).toBeNull();
        expect(MockChart).not.toHaveBeenCalled();
        expect(screen.getByRole('table', { name: strings('Label_Detail_TimelineTable') })).toBeInTheDocument();
    });

    it('redraws the chart for another time range chosen with a toggle button', () => {
        renderDetail();
        fireEvent.click(screen.getByRole('button', { name: strings('Label_Detail_Range_Week') }));
        expect(screen.getByRole('button', { name: strings('Label_Detail_Range_Week') })).toHaveAttribute('aria-pressed', 'true');
        expect(MockChart).toHaveBeenCalledTimes(2);
        expect((MockChart.mock.instances[0] as { destroy: jest.Mock }).destroy).toHaveBeenCalledTimes(1);
    });

    it('warns about the incoming watermark: older mail moved into the Inbox is skipped', async () => {
        renderDetail({ row: { processemailreceivedafter: '2018-12-01T08:00:00Z' } });
        expect(await screen.findByText(strings('Message_Detail_WatermarkWarning', '2018-12-01 08:00:00 UTC'))).toBeInTheDocument();
    });

    it('copies the ActivityId with the clipboard when the browser offers it', async () => {
        const writeText = jest.fn().mockResolvedValue(undefined);
        Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
        renderDetail();
        fireEvent.click(screen.getByRole('button', { name: strings('Label_Detail_CopyNamed', strings('Label_Detail_ActivityId')) }));
        expect(writeText).toHaveBeenCalledWith('b66413dd-c51e-43d1-9404-adb044abf655');
        await waitFor(() => expect(screen.getByText(strings('Message_Detail_Copied'))).toBeInTheDocument());
        Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    });

    it('selects the ActivityId for Ctrl+C when there is no clipboard API', () => {
        Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
        renderDetail();
        fireEvent.click(screen.getByRole('button', { name: strings('Label_Detail_CopyNamed', strings('Label_Detail_ActivityId')) }));
        expect(window.getSelection()?.toString()).toBe('b66413dd-c51e-43d1-9404-adb044abf655');
        expect(screen.getByText(strings('Message_Detail_Selected'))).toBeInTheDocument();
    });

    it('collapses long raw text to a few lines with a show more button', () => {
        const long = Array.from({ length: 12 }, (_, i) => `   at Frame${i}()`).join('\n');
        renderDetail({ assessment: { ...failing, errors: [{ ...lastError, text: long }] } });
        const button = screen.getByRole('button', { name: strings('Label_Detail_ShowMore') });
        expect(button).toHaveAttribute('aria-expanded', 'false');
        fireEvent.click(button);
        expect(screen.getByRole('button', { name: strings('Label_Detail_ShowLess') })).toHaveAttribute('aria-expanded', 'true');
    });

    it('says which state it cannot tell and which missing column is the reason', () => {
        renderDetail({ assessment: anAssessment({ undetermined: ['stuck'], unknownColumns: ['processingstatecode'] }) });
        expect(screen.getByText('Cannot tell whether this mailbox is Stuck, because column processingstatecode is missing. Add it to the view.')).toBeInTheDocument();
        expect(screen.getByText(strings('Message_Detail_MissingColumns', 'processingstatecode'))).toBeInTheDocument();
    });

    it('names several missing columns in the plural', () => {
        renderDetail({ assessment: anAssessment({ undetermined: ['failing'], unknownColumns: ['lastsyncerrorcount', 'lastsyncerroroccurredon'] }) });
        expect(screen.getByTestId('data-issues')).toHaveTextContent('because columns lastsyncerrorcount, lastsyncerroroccurredon are missing. Add them to the view.');
    });

    it('leads its header with the uncertainty of a verdict that is not settled, never with "Healthy" or "Nothing to do"', () => {
        const { container } = renderDetail({
            assessment: anAssessment({ undetermined: ['failing', 'overdue'], unknownColumns: ['lastsyncerrorcount'], reasons: [{ code: 'no-problem-found', columns: [] }] }),
        });
        const badge = container.querySelector('[data-health]') as HTMLElement;
        expect(badge.textContent).toBe(strings('Label_StateNotSettled', strings('State_healthy')));
        expect(badge.textContent?.startsWith(strings('Label_NotSettled'))).toBe(true);
        expect(badge.querySelector('[data-icon-name="CompletedSolid"]')).toBeNull();
        expect(screen.getByTestId('severity')).toHaveTextContent(`${strings('Label_Detail_Severity')} ${strings('Label_NotSettled')}`);
        expect(screen.queryByText(strings('State_healthy_Description'))).toBeNull();
        expect(screen.queryByText(strings('State_healthy_Action'))).toBeNull();
        expect(screen.queryByText(strings('Reason_no-problem-found'))).toBeNull();
    });

    it('keeps the description and action of a problem the data shows even when a worse state stays open', () => {
        renderDetail({ assessment: { ...failing, undetermined: ['disabled'], unknownColumns: ['enabledforincomingemail'] } });
        expect(screen.getByText(strings('State_failing_Description'))).toBeInTheDocument();
        expect(screen.getAllByText(strings('Message_Advice_WaitRetrying', strings('Workload_incoming'), 6)).length).toBeGreaterThanOrEqual(1);
    });

    it('lists values that could not be read, with the raw value as text', () => {
        renderDetail({ assessment: anAssessment({ dataIssues: [{ column: 'lastsuccessfulsynccompletedon', code: 'malformed-date', raw: '31/31/2018' }] }) });
        expect(screen.getByText(strings('Message_Detail_DataIssue', 'lastsuccessfulsynccompletedon', '31/31/2018', strings('Label_Detail_DataIssue_MalformedDate')))).toBeInTheDocument();
    });

    it('summarises the server profile with the minimum-5 polling rule', () => {
        renderDetail({ profile: { name: 'Microsoft Exchange Online', servertype: 0, useautodiscover: true, minpollingintervalinminutes: 0, incomingcredentialretrieval: 2, outgoingcredentialretrieval: 2 } });
        expect(screen.getByText(strings('Label_Detail_OptionWithValue', strings('Label_Detail_ServerType_ExchangeServer'), 0))).toBeInTheDocument();
        expect(screen.getByText(strings('Message_Detail_PollingInterval', 0, 5))).toBeInTheDocument();
        expect(screen.getAllByText(strings('Label_Detail_OptionWithValue', strings('Label_Detail_Credentials_ServerToServer'), 2))).toHaveLength(2);
    });

    it('explains an unsupported Exchange Online configuration and names the offending settings', async () => {
        renderDetail({ assessment: { ...failing, flags: ['unsupported-exo-config'] }, profile: { servertype: 0, useautodiscover: false, incomingcredentialretrieval: 1, incomingserverlocation: 'https://outlook.office365.com/EWS/Exchange.asmx' } });
        expect(await screen.findByText(strings('Message_Detail_Flag_UnsupportedExoConfig'))).toBeInTheDocument();
        expect(screen.getByText('useautodiscover = False')).toBeInTheDocument();
        expect(screen.getByText('incomingcredentialretrieval = 1')).toBeInTheDocument();
    });
});

describe('reasonText', () => {
    it('fills the value and the workload into the resx sentence, and falls back to the code when the resx lacks it', () => {
        const fake = (key: string, ...args: (string | number)[]) => (key === 'Reason_workload-not-configured' ? `${args[1]} uses method ${args[0]}` : key === 'Workload_act' ? 'ACT' : key);
        expect(reasonText({ code: 'workload-not-configured', columns: [], workload: 'act', value: 2 }, fake)).toBe('ACT uses method 2');
        expect(reasonText({ code: 'brand-new-code', columns: [] }, fake)).toBe('brand-new-code');
    });

    it('says a counted value in its plural form, and the count-free sentence when a translation lacks the plural keys', () => {
        expect(reasonText({ code: 'workload-postponed', columns: [], workload: 'act', value: 1 }, strings)).toBe('Appointments, contacts and tasks is postponed 1 minute past the next processing cycle.');
        expect(reasonText({ code: 'workload-postponed', columns: [], workload: 'act', value: 3 }, strings)).toBe('Appointments, contacts and tasks is postponed 3 minutes past the next processing cycle.');
        expect(reasonText({ code: 'consecutive-errors', columns: [], value: 1 }, strings)).toBe('The last sync attempt failed, and its error is newer than the last successful sync.');
        expect(reasonText({ code: 'test-enable-retrying', columns: [] }, strings)).toBe('Test & Enable failed for a workload and is being retried.');
        const withoutPlurals = (key: string, ...args: (string | number)[]) => (key === 'Reason_stale' ? `stale (${args.join('|')})` : key);
        expect(reasonText({ code: 'stale', columns: [], value: 30 }, withoutPlurals)).toBe('stale (|)');
    });
});
