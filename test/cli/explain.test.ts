/** @jest-environment node */
import * as fs from 'fs';
import * as path from 'path';
import { explainCommand, informationBlock } from '../../cli/explain';
import { loadStrings } from '../../cli/strings';

const t = loadStrings();
const NOW = Date.parse('2018-12-03T15:25:00Z');

describe('informationBlock', () => {
    it('heads a success entry "Information — <its text>" with its time, and says it is not an error', () => {
        const lines = informationBlock(
            { tracecode: 1, level: 1, tracestatus: true, text: 'The mailbox was tested and enabled successfully.', modifiedon: '2018-12-03T15:20:00Z' },
            t,
            NOW,
            '',
        );
        expect(lines).toEqual([
            'Information — The mailbox was tested and enabled successfully.',
            '   Details: Succeeded · last seen 2018-12-03 15:20:00 UTC (5 min ago)',
            '   For information only: not an error, nothing to fix.',
        ]);
    });

    it('uses the alert type when the entry has no text, and names no success it does not record', () => {
        expect(informationBlock({ level: 1, errortypedisplay: 'OutlookCategoryEnabled' }, t, NOW, '  ')).toEqual([
            '  Information — OutlookCategoryEnabled',
            '     For information only: not an error, nothing to fix.',
        ]);
    });

    it('keeps the alert type beside the text, and prints control characters as escapes', () => {
        const [head, details] = informationBlock({ level: 1, errortypedisplay: 'Note\u001b[2J', text: 'All good\u0007' }, t, NOW, '');
        expect(head).toBe('Information — All good\\x07');
        expect(details).toBe('   Details: Note\\x1b[2J');
    });
});

describe('explainCommand (mailbox-health explain): it formats the core\'s one verdict', () => {
    const SEED000 = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'logs', 'seed000.log'), 'utf8');
    const TODAY = Date.parse('2026-03-01T09:00:00Z');

    it('judges seed 000 at the log\'s own time without --now: healthy, next processing 15:28:37 UTC for all three workloads', () => {
        const out = explainCommand(SEED000, { now: TODAY }, false, t);
        expect(out).toContain(t('Cli_Explain_AssessedLog', '2018-12-03 15:23:37 UTC'));
        expect(out).toContain('State: Healthy (OK)');
        expect(out).toContain('Next processing: 2018-12-03 15:28:37 UTC (in 5 min)');
        for (const w of ['Incoming email', 'Outgoing email', 'Appointments, contacts and tasks']) expect(out).toContain(`  ${w}: in this cycle (2018-12-03 15:28:37 UTC)\n`);
    });

    it('judges at --now when it is given, and says so', () => {
        const out = explainCommand(SEED000, { at: TODAY, now: TODAY }, false, t);
        expect(out).toContain(t('Cli_Explain_Assessed', '2026-03-01 09:00:00 UTC'));
        expect(out).toMatch(/Next processing: 2018-12-03 15:28:37 UTC, overdue by/);
    });

    it('claims no workload status the log cannot show, and labels the old alerts history', () => {
        const out = explainCommand(SEED000, { now: TODAY }, false, t);
        expect(out).not.toContain('its last test succeeded');
        expect(out).not.toContain('The status of');
        expect(out).toContain(t('Message_Log_StatusNotInLog', 'Incoming email, Outgoing email, Appointments, contacts and tasks'));
        expect(out.split(t('Cli_Explain_AlertHistoryNotAfter', '2018-10-17 17:41:58 UTC')).length - 1).toBe(3);
        expect(out).toContain('1. tracecode 126: ExchangeSyncServerServiceError — Not current, Appointments, contacts and tasks');
        expect(out).not.toContain('being retried');
    });

    it('prints the verdict and how it was judged as JSON', () => {
        const j = JSON.parse(explainCommand(SEED000, { now: TODAY }, true, t));
        expect([j.health, j.judgedAt, j.judgedAtSource, j.undetermined]).toEqual(['healthy', '2018-12-03T15:23:37.000Z', 'log', []]);
        expect(j.notInLog.columns).toEqual(expect.arrayContaining(['statecode', 'emailrouteraccessapproval']));
        expect(j.alerts.map((a: { history: boolean }) => a.history)).toEqual([true, true, true]);
    });

    it('names the retries left per workload from the log\'s transientfailurecount', () => {
        const failing = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'logs', 'failing-incoming.log'), 'utf8');
        const out = explainCommand(failing, { now: TODAY }, false, t);
        const permanent = t('Cli_Explain_RetriesWorkloadPermanent', 'Incoming email');
        expect(out).toContain(t('Cli_Explain_RetriesPerWorkload', `${permanent}; ${t('Cli_Explain_RetriesWorkload', 'Outgoing email', 4, '6 transient failures in a row')}`));
    });

    it('says there is nothing to judge in a text that is no log, without crashing', () => {
        const out = explainCommand('<html>Sign in</html>', { now: TODAY }, false, t);
        expect(out).toContain(t('Message_Log_NothingRead'));
        expect(out).toContain('no mailbox section was found');
    });
});
