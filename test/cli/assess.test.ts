/**
 * `mailbox-health assess` formats what the core decides: the same fleet gives the CLI and the control's header the
 * same totals (settled, "N+" or "?"), and each mailbox the same single "what to do" as the form.
 */
import '../mocks/fluentCommonJs';
import * as fs from 'fs';
import * as path from 'path';
import { assessFleet, recordsFromWebApi, rowFromWebApi } from '../../MailboxHealth/core';
import { adviceFor } from '../../MailboxHealth/core/decisions';
import { fleetTotalsText } from '../../MailboxHealth/view/FleetHeader';
import { buildItems, countStates } from '../../MailboxHealth/view/listModel';
import { adviceNote, assessRecords, fleetJson, fleetText, totalText } from '../../cli/assess';
import { loadStrings } from '../../cli/strings';
import { strings } from '../view/fleetFixture';

const NOW = Date.parse('2018-12-03T15:25:00Z');
const t = loadStrings();
const FIXTURE = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'webapi', 'mailboxes.json'), 'utf8'));

/** The fixture's records, some without columns a rule needs (a narrow $select), so that some verdicts stay open. */
function records(withoutColumns: Readonly<Record<number, readonly string[]>> = {}): Record<string, unknown>[] {
    const page = recordsFromWebApi(FIXTURE);
    if (page === null) throw new Error('fixture is not a mailboxes page');
    return page.records.map((r, i) => {
        const copy = { ...r };
        for (const c of withoutColumns[i] ?? []) delete copy[c];
        return copy;
    });
}

/** The control's header totals for the same records: the view's list model over the assessed rows. */
function viewTotals(recs: readonly Record<string, unknown>[]): Record<string, string> {
    const rows = recs.map(rowFromWebApi);
    const assessments = assessFleet(rows, NOW);
    const items = buildItems(
        rows.map((_, i) => `id-${i}`),
        rows,
        assessments,
    );
    return Object.fromEntries(fleetTotalsText(countStates(items), strings).map((x) => [x.label, x.text]));
}

describe('the fleet totals of mailbox-health assess and of the control', () => {
    for (const [name, missing] of [
        ['every verdict settled', {}],
        ['some verdicts open for lack of a column', { 0: ['statecode', 'lastsyncerrorcount'], 3: ['processingstatecode'], 5: ['enabledforincomingemail', 'incomingemailstatus'] }],
    ] as const) {
        it(`are the same numbers for the same fleet (${name})`, () => {
            const recs = records(missing);
            const fleet = assessRecords(recs, NOW);
            const view = viewTotals(recs);
            expect(fleet.totals.uncertain > 0).toBe(Object.keys(missing).length > 0);
            const cli = {
                Failing: totalText(fleet.totals.failing, t),
                Disabled: totalText(fleet.totals.disabled, t),
                Overdue: totalText(fleet.totals.overdue, t),
                'Syncing now': totalText(fleet.totals.syncingNow, t),
            };
            expect(cli).toEqual({ Failing: view.Failing, Disabled: view.Disabled, Overdue: view.Overdue, 'Syncing now': view['Syncing now'] });
            expect(view.Mailboxes).toBe(String(fleet.totals.total));
            expect(fleetText(fleet, NOW, t).split('\n')[2]).toBe(t('Cli_Assess_Totals', cli.Failing, cli.Disabled, cli.Overdue, cli['Syncing now'], fleet.totals.uncertain));
        });
    }

    it('never prints an open total as a plain number', () => {
        const fleet = assessRecords(records({ 1: ['statecode'], 2: ['statecode'] }), NOW);
        expect(fleet.totals.uncertain).toBeGreaterThan(0);
        const open = [fleet.totals.failing, fleet.totals.disabled, fleet.totals.overdue].filter((c) => c.open > 0);
        expect(open.length).toBeGreaterThan(0);
        for (const c of open) expect(totalText(c, t)).toBe(c.certain === 0 ? '?' : `${c.certain}+`);
    });

    it('counts settled verdicts per state and then those not settled, as the chips do', () => {
        const fleet = assessRecords(records({ 1: ['statecode'] }), NOW);
        const byState = fleetText(fleet, NOW, t).split('\n')[1];
        expect(byState).toContain(t('Cli_Assess_Count', t('Label_NotSettled'), fleet.totals.uncertain));
    });
});

describe('the advice in mailbox-health assess', () => {
    it('puts each mailbox’s single advice in the JSON, with the resx key of its sentence', () => {
        const fleet = assessRecords(records(), NOW);
        const json = fleetJson(fleet, NOW);
        expect(json.totals).toEqual(fleet.totals);
        json.mailboxes.forEach((m, i) => expect(m.advice).toMatchObject(adviceFor(fleet.assessments[i])));
        expect(json.mailboxes.every((m) => typeof m.advice.key === 'string' && m.advice.key !== '')).toBe(true);
    });

    it('notes the advice in a few words, naming the workload and its retries left while it is retried', () => {
        expect(adviceNote({ action: 'wait-retrying', state: 'failing', errorCode: 'Http503', workload: 'incoming', retriesLeft: 7 }, t)).toBe('wait: the platform is retrying Incoming email (7 retries left)');
        expect(adviceNote({ action: 'wait-retrying', state: 'failing', errorCode: 'Http503', workload: 'incoming', retriesLeft: 1 }, t)).toBe('wait: the platform is retrying Incoming email (1 retry left)');
        expect(adviceNote({ action: 'fix-then-test-enable', state: 'disabled', errorCode: 'Http503', workload: null, retriesLeft: 0 }, t)).toBe(t('Cli_Note_AdviceFixThenTestEnable', t('Label_AdviceTheMailbox')));
        expect(adviceNote({ action: 'state', state: 'approval-pending', errorCode: null, workload: null, retriesLeft: null }, t)).toBeNull();
    });

    it('shows the same advice for a failing mailbox on its text line as the form', () => {
        const fleet = assessRecords(records(), NOW);
        const i = fleet.assessments.findIndex((a) => adviceFor(a).action !== 'state');
        expect(i).toBeGreaterThanOrEqual(0);
        const a = fleet.assessments[i];
        const line = fleetText(fleet, NOW, t)
            .split('\n')
            .find((l) => l.includes(a.name ?? '\u0000'));
        expect(line).toContain(adviceNote(adviceFor(a), t) ?? '\u0000');
    });
});
