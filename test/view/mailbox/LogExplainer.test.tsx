import './fluentResolve';
import * as fs from 'fs';
import * as path from 'path';
import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { DEFAULT_OPTIONS } from '../../../MailboxHealth/core/thresholds';
import { LogExplainer } from '../../../MailboxHealth/view/mailbox/LogExplainer';
import { explainCommand } from '../../../cli/explain';
import { loadStrings } from '../../../cli/strings';
import { formatUtc } from '../../../MailboxHealth/view/format';
import { strings } from './support';

jest.mock('chart.js');
// A full mailbox view renders in about a second alone; on a shared 2-core machine under load it can take several.
jest.setTimeout(30_000);

/** Today, years after seed 000's log was downloaded: judged "now", the log would look overdue and stale. */
const TODAY = Date.parse('2026-03-01T09:00:00Z');

function fixture(name: string): string {
    return fs.readFileSync(path.join(__dirname, '..', '..', 'fixtures', 'logs', name), 'utf8');
}
const SEED000 = fixture('seed000.log');

function renderExplainer() {
    return render(<LogExplainer now={TODAY} options={DEFAULT_OPTIONS} strings={strings} showCharts={false} />);
}

function paste(text: string): void {
    fireEvent.change(screen.getByRole('textbox', { name: strings('Label_Log_Text') }), { target: { value: text } });
}

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
        // The log names its mailbox by id only: the heading says so in words, the line under it gives the id.
        expect(within(detail).getByRole('heading', { level: 2 })).toHaveTextContent(strings('Label_Log_MailboxInLog'));
        expect(within(detail).getByText('9fb6600b-0965-e811-a97f-000d4a161089')).toBeInTheDocument();
        const note = within(detail).getByTestId('not-in-log');
        // Fluent's MessageBar renders its text a tick later (a live region).
        await waitFor(() => expect(note).not.toBeEmptyDOMElement());
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
        expect(await screen.findByText('Read 27 mailbox fields, 14 server profile fields and 3 alerts from the pasted text.')).toBeInTheDocument();
    });

    it('leaves the verdict not settled when the log lacks a line it normally has, and says the log lacks it', async () => {
        renderExplainer();
        paste(SEED000.replace(/enabledforincomingemail : True\r?\n/, ''));
        const detail = await screen.findByTestId('mailbox-detail');
        expect((detail.querySelector('[data-health]') as HTMLElement).getAttribute('data-uncertain')).toBe('true');
        expect(within(detail).getByTestId('severity')).toHaveTextContent(strings('Label_NotSettled'));
        expect(await within(detail).findByText(/^This verdict is not settled: .*Partly disabled/)).toBeInTheDocument();
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
        fireEvent.click(screen.getByRole('button', { name: strings('Label_Log_ShowNotRead') }));
        expect(within(screen.getByTestId('log-warnings')).getAllByRole('listitem').length).toBeGreaterThan(0);
        expect(screen.queryByTestId('mailbox-detail')).toBeNull();
        expect(document.querySelector('img')).toBeNull();
    });

    it('shows what a truncated log could tell, and says plainly that it looks cut off', async () => {
        renderExplainer();
        paste(fixture('truncated.log'));
        expect(await screen.findByTestId('mailbox-detail')).toBeInTheDocument();
        expect(screen.getByTestId('log-truncated')).toHaveTextContent(strings('Message_Log_Truncated'));
    });

    it('lists keys the reader does not know as text, with their line', () => {
        renderExplainer();
        paste(`${SEED000.split('\n').slice(0, 5).join('\n')}\nbrandnewcolumn : <b>bold</b>\n`);
        fireEvent.click(screen.getByRole('button', { name: strings('Label_Log_ShowNotRead') }));
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
        expect(await screen.findByText('Read 27 mailbox fields, 14 server profile fields and 3 alerts from mailbox-details.log.')).toBeInTheDocument();
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

describe('LogExplainer leads with the verdict (what a log can support, nothing more)', () => {
    const ANNOTATED = fixture('seed000-annotated.txt');

    it('puts the verdict before anything about the log, and the blog’s seven commentary lines in one collapsed note', async () => {
        renderExplainer();
        paste(ANNOTATED);
        const detail = await screen.findByTestId('mailbox-detail');
        const note = screen.getByTestId('log-not-read');
        // The verdict (the detail with its badge) comes first in the document; the note after it.
        expect(detail.compareDocumentPosition(note) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
        expect(detail.compareDocumentPosition(screen.getByTestId('log-about')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
        expect(note).toHaveTextContent('7 items of this text were not used: 7 lines that are not part of the log (such as comments).');
        expect(screen.queryByTestId('log-warnings')).toBeNull();
        const toggle = within(note).getByRole('button', { name: strings('Label_Log_ShowNotRead') });
        expect(toggle).toHaveAttribute('aria-expanded', 'false');
        fireEvent.click(toggle);
        expect(within(note).getByRole('button', { name: strings('Label_Log_HideNotRead') })).toHaveAttribute('aria-expanded', 'true');
        expect(within(screen.getByTestId('log-warnings')).getAllByRole('listitem')).toHaveLength(7);
    });

    it('heads the verdict with the name the log gives, and never with a GUID', async () => {
        renderExplainer();
        paste(SEED000);
        const detail = await screen.findByTestId('mailbox-detail');
        expect(within(detail).getByRole('heading', { level: 2 })).toHaveTextContent(/^The mailbox in this log$/);
        expect(within(detail).queryByRole('heading', { name: /9fb6600b/ })).toBeNull();
        // The GUID is still there for whoever needs it, below, as a fact.
        expect(screen.getByTestId('log-about')).toHaveTextContent(strings('Message_Log_MailboxId', '9fb6600b-0965-e811-a97f-000d4a161089'));
        fireEvent.click(screen.getByRole('button', { name: strings('Label_Log_Clear') }));
        paste(`name : Adele Vance\n${SEED000}`);
        expect(within(await screen.findByTestId('mailbox-detail')).getByRole('heading', { level: 2 })).toHaveTextContent(/^Adele Vance$/);
    });

    it('claims no workload status the log cannot show, and says what it does show', async () => {
        renderExplainer();
        paste(SEED000);
        const detail = await screen.findByTestId('mailbox-detail');
        for (const w of ['Workload_incoming', 'Workload_outgoing', 'Workload_act']) {
            expect(within(detail).queryByText(strings('Reason_workload-enabled', '', strings(w)))).toBeNull();
            expect(within(detail).queryByText(strings('Reason_workload-status-unknown', '', strings(w)))).toBeNull();
        }
        const names = ['incoming', 'outgoing', 'act'].map((w) => strings(`Workload_${w}`)).join(strings('Label_ListSeparator'));
        expect(screen.getByTestId('log-status-not-in-log')).toHaveTextContent(strings('Message_Log_StatusNotInLog', names));
    });

    it('labels alerts older than the last success as history, not as being retried', async () => {
        renderExplainer();
        paste(SEED000);
        const detail = await screen.findByTestId('mailbox-detail');
        const alerts = within(within(detail).getByRole('list', { name: strings('Label_Detail_RecentAlerts') })).getAllByRole('article');
        expect(alerts).toHaveLength(3);
        for (const card of alerts) {
            expect(within(card).getByText(strings('Label_Detail_NotCurrent'))).toBeInTheDocument();
            expect(within(card).getByText(strings('Message_Detail_ErrorNotCurrent'))).toBeInTheDocument();
            expect(card).not.toHaveTextContent(strings('ErrorClass_transient'));
        }
    });

    it('says when the log is judged and why then', async () => {
        renderExplainer();
        paste(SEED000);
        await screen.findByTestId('mailbox-detail');
        expect(screen.getByTestId('log-judged')).toHaveTextContent(strings('Message_Log_JudgedLog', '2018-12-03 15:23:37 UTC'));
        fireEvent.click(screen.getByRole('radio', { name: strings('Label_Log_AsOfNow', '2026-03-01 09:00:00 UTC') }));
        await waitFor(() => expect(screen.getByTestId('log-judged')).toHaveTextContent(strings('Message_Log_JudgedGiven', '2026-03-01 09:00:00 UTC')));
    });
});

describe('the command-line tool and the control give one verdict for one log', () => {
    const t = loadStrings();

    it.each([
        ['seed 000', 'seed000.log'],
        ['seed 000 with PascalCase keys', 'seed000-pascalcase.log'],
        ['the failing fixture', 'failing-incoming.log'],
        ['a truncated log', 'truncated.log'],
    ])('%s: same state, same instant, same next processing and workload runs', async (_, name) => {
        const text = fixture(name);
        const cli = JSON.parse(explainCommand(text, { now: TODAY }, true, t));
        renderExplainer();
        paste(text);
        const detail = await screen.findByTestId('mailbox-detail');
        const badge = detail.querySelector('[data-health]') as HTMLElement;
        expect(badge.getAttribute('data-health')).toBe(cli.health);
        expect(badge.getAttribute('data-uncertain') === 'true').toBe(cli.undetermined.length > 0);
        expect(cli.judgedAtSource).toBe('log');
        expect(screen.getByTestId('log-judged')).toHaveTextContent(formatUtc(Date.parse(cli.judgedAt), strings));
        if (cli.nextProcessingAt !== null) expect(screen.getByTestId('next-processing')).toHaveTextContent(formatUtc(Date.parse(cli.nextProcessingAt), strings));
        for (const w of ['incoming', 'outgoing', 'act']) {
            const run = cli.workloads[w].nextRunAt;
            if (run !== null) expect(detail.querySelector(`[data-workload-card="${w}"]`)).toHaveTextContent(formatUtc(Date.parse(run), strings));
        }
    });

    it('seed 000: healthy, next processing 15:28:37 UTC for all three workloads, on both', () => {
        const cli = JSON.parse(explainCommand(SEED000, { now: TODAY }, true, t));
        expect([cli.health, cli.nextProcessingAt]).toEqual(['healthy', '2018-12-03T15:28:37.000Z']);
        for (const w of ['incoming', 'outgoing', 'act']) expect(cli.workloads[w].nextRunAt).toBe('2018-12-03T15:28:37.000Z');
    });
});
