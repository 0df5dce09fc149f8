import './fluentResolve';
import * as fs from 'fs';
import * as path from 'path';
import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { DEFAULT_OPTIONS } from '../../../MailboxHealth/core/thresholds';
import { LogExplainer } from '../../../MailboxHealth/view/mailbox/LogExplainer';
import { estimateLogTime, explainLog } from '../../../MailboxHealth/view/mailbox/explainLog';
import { strings } from './support';

jest.mock('chart.js');

/** Today, years after seed 000's log was downloaded: judged "now", the log would look overdue and stale. */
const TODAY = Date.parse('2026-03-01T09:00:00Z');

function fixture(name: string): string {
    const own = path.join(__dirname, '..', '..', 'fixtures', 'logs', name);
    return fs.readFileSync(fs.existsSync(own) ? own : '/work/shared/seeds/000_0328cc536de46f8d.txt', 'utf8');
}
const SEED000 = fixture('seed000.log');

function renderExplainer() {
    return render(<LogExplainer now={TODAY} options={DEFAULT_OPTIONS} strings={strings} showCharts={false} />);
}

function paste(text: string): void {
    fireEvent.change(screen.getByRole('textbox', { name: strings('Label_Log_Text') }), { target: { value: text } });
}

describe('explainLog', () => {
    it('judges a log as of its latest recorded event, not today', () => {
        const e = explainLog(SEED000, TODAY, DEFAULT_OPTIONS, 'log');
        expect(new Date(e.asOf).toISOString()).toBe('2018-12-03T15:23:37.000Z');
        expect(e.assessment?.health).toBe('healthy');
        expect(e.assessment?.due).toBe('scheduled');
    });

    it('judges the same log as of today on request, which makes it overdue', () => {
        const e = explainLog(SEED000, TODAY, DEFAULT_OPTIONS, 'now');
        expect(e.asOf).toBe(TODAY);
        expect(e.assessment?.due).toBe('overdue');
    });

    it('never takes a scheduled time for the log time, and ignores times after now', () => {
        expect(estimateLogTime({ postponemailboxprocessinguntil: '2018-12-03T15:28:37Z' }, [])).toBeNull();
        expect(estimateLogTime({ lastsuccessfulsynccompletedon: '2018-12-03T15:23:37Z' }, [{ modifiedon: '2018-12-03T15:40:00Z' }])).toBe(Date.parse('2018-12-03T15:40:00Z'));
        const future = explainLog('lastsuccessfulsynccompletedon : 12/3/2030 3:23:37 PM\nprocessingstatecode : 0', TODAY, DEFAULT_OPTIONS, 'log');
        expect(future.asOf).toBe(TODAY);
        expect(future.logTime).toBeNull();
    });

    it('does not assess text with no mailbox field, and keeps the reader warnings', () => {
        const e = explainLog('%PDF-1.7 \u0000\u0001 binary junk\n<html><script>alert(1)</script>', TODAY, DEFAULT_OPTIONS, 'log');
        expect(e.assessment).toBeNull();
        expect(e.mailboxFields).toBe(0);
        expect(e.log.warnings.length).toBeGreaterThan(0);
    });
});

describe('LogExplainer', () => {
    it('shows the mailbox as Healthy with the three trace entries when seed 000 is pasted, noting what no log records', async () => {
        renderExplainer();
        paste(SEED000);
        const detail = await screen.findByTestId('mailbox-detail');
        // A log records no state, approval or status columns: that is a note to check the form, not "not settled".
        const badge = detail.querySelector('[data-health]') as HTMLElement;
        expect(badge.getAttribute('data-health')).toBe('healthy');
        expect(badge.getAttribute('data-uncertain')).toBeNull();
        expect(badge).toHaveTextContent(/^Healthy$/);
        expect(within(detail).getByTestId('severity')).toHaveTextContent(`${strings('Label_Detail_Severity')} ${strings('Severity_ok')}`);
        expect(within(detail).queryByText(strings('Label_NotSettled'))).toBeNull();
        const note = within(detail).getByTestId('not-in-log');
        expect(note).toHaveTextContent(/^A downloaded log doesn't record whether the mailbox is active, approved or which status Test & Enable left: check those on the mailbox form/);
        expect(note).toHaveTextContent(new RegExp(`${strings('State_inactive')}, ${strings('State_approval-rejected')}, ${strings('State_approval-pending')}`));
        expect(screen.queryByTestId('data-issues')).toBeNull();
        const alerts = within(detail).getByRole('list', { name: strings('Label_Detail_RecentAlerts') });
        expect(
            within(alerts)
                .getAllByRole('article')
                .map((a) => a.getAttribute('data-error-code')),
        ).toEqual(['ExchangeSyncServerServiceError', 'ErrorMailboxMoveInProgress', 'IncomingEmailServerServiceError']);
        expect(within(alerts).getByText('a2559263-94de-4886-bc28-5fc7511d4f5f')).toBeInTheDocument();
        // Seed 000 has 27 mailbox fields and 14 profile fields.
        expect(await screen.findByText(strings('Message_Log_Read', 27, 14, 3, strings('Label_Log_PastedText')))).toBeInTheDocument();
    });

    it('leaves the verdict not settled when the log lacks a line it normally has, and says the log lacks it', async () => {
        renderExplainer();
        paste(SEED000.replace(/enabledforincomingemail : True\r?\n/, ''));
        const detail = await screen.findByTestId('mailbox-detail');
        expect((detail.querySelector('[data-health]') as HTMLElement).getAttribute('data-uncertain')).toBe('true');
        expect(within(detail).getByTestId('severity')).toHaveTextContent(strings('Label_NotSettled'));
        expect(within(detail).getByText(/^This verdict is not settled: .*Partly disabled/)).toBeInTheDocument();
        expect(within(detail).getByText(/^This verdict is not settled/)).not.toHaveTextContent(strings('State_inactive'));
        const issues = within(screen.getByTestId('data-issues'));
        expect(issues.getByText(/^Cannot tell whether this mailbox is Partly disabled, because the log lacks enabledforincomingemail\b.*: check it on the mailbox form\.$/)).toBeInTheDocument();
        expect(within(detail).getByTestId('not-in-log')).toHaveTextContent(strings('State_inactive'));
    });

    it('says when the log is judged, and switches to now on request', async () => {
        renderExplainer();
        paste(SEED000);
        const logTime = screen.getByRole('radio', { name: strings('Label_Log_AsOfLog', '2018-12-03 15:23:37 UTC') });
        expect(logTime).toBeChecked();
        expect(screen.getByTestId('next-processing')).toHaveTextContent(strings('Time_In', strings('Time_Minutes', 5)));
        fireEvent.click(screen.getByRole('radio', { name: strings('Label_Log_AsOfNow', '2026-03-01 09:00:00 UTC') }));
        await waitFor(() => expect(screen.getByTestId('next-processing')).toHaveTextContent(/^Overdue by/));
    });

    it('shows warnings for garbage text without crashing and without a verdict', async () => {
        renderExplainer();
        paste('<img src=x onerror=alert(1)>\n\u0000\u0001\u0002 ::: ::\nnot a log at all');
        expect(await screen.findByText(strings('Message_Log_NothingRead'))).toBeInTheDocument();
        expect(within(screen.getByTestId('log-warnings')).getAllByRole('listitem').length).toBeGreaterThan(0);
        expect(screen.queryByTestId('mailbox-detail')).toBeNull();
        expect(document.querySelector('img')).toBeNull();
    });

    it('shows what a truncated log could tell, with the reader warning', async () => {
        renderExplainer();
        paste(fixture('truncated.log'));
        expect(await screen.findByTestId('mailbox-detail')).toBeInTheDocument();
        expect(screen.getByTestId('log-warnings').querySelector('[data-warning="truncated"]')).not.toBeNull();
    });

    it('lists keys the reader does not know as text, with their line', () => {
        renderExplainer();
        paste(`${SEED000.split('\n').slice(0, 5).join('\n')}\nbrandnewcolumn : <b>bold</b>\n`);
        const list = screen.getByTestId('log-unknown-keys');
        expect(within(list).getByText('brandnewcolumn')).toBeInTheDocument();
        expect(within(list).getByText('<b>bold</b>')).toBeInTheDocument();
        expect(list.querySelector('b')).toBeNull();
    });

    it('reads a dropped .log file', async () => {
        renderExplainer();
        const file = new File([SEED000], 'mailbox-details.log', { type: '' });
        fireEvent.drop(screen.getByTestId('log-drop-zone'), { dataTransfer: { files: [file] } });
        expect(await screen.findByTestId('mailbox-detail')).toBeInTheDocument();
        expect(await screen.findByText(strings('Message_Log_Read', 27, 14, 3, 'mailbox-details.log'))).toBeInTheDocument();
    });

    it('refuses a dropped file that is not a .log or .txt file', async () => {
        renderExplainer();
        const file = new File(['PK\u0003\u0004'], 'solution.zip', { type: 'application/zip' });
        fireEvent.drop(screen.getByTestId('log-drop-zone'), { dataTransfer: { files: [file] } });
        expect(await screen.findByText(strings('Message_Log_NotALogFile', 'solution.zip'))).toBeInTheDocument();
        expect(screen.queryByTestId('mailbox-detail')).toBeNull();
    });

    it('reads a file chosen with the file picker button', async () => {
        renderExplainer();
        const input = screen.getByTestId('log-file-input') as HTMLInputElement;
        const click = jest.spyOn(input, 'click');
        fireEvent.click(screen.getByRole('button', { name: strings('Label_Log_ChooseFile') }));
        expect(click).toHaveBeenCalledTimes(1);
        fireEvent.change(input, { target: { files: [new File([SEED000], 'seed.txt', { type: 'text/plain' })] } });
        expect(await screen.findByTestId('mailbox-detail')).toBeInTheDocument();
    });

    it('clears the text and the result', async () => {
        renderExplainer();
        paste(SEED000);
        expect(await screen.findByTestId('mailbox-detail')).toBeInTheDocument();
        fireEvent.click(screen.getByRole('button', { name: strings('Label_Log_Clear') }));
        expect(screen.queryByTestId('mailbox-detail')).toBeNull();
        expect(screen.getByRole('textbox', { name: strings('Label_Log_Text') })).toHaveValue('');
    });
});
