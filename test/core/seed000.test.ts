/** @jest-environment node */
import * as fs from 'fs';
import * as path from 'path';
import { assessMailbox } from '../../MailboxHealth/core/assess';
import { assessmentToJson } from '../../MailboxHealth/core/json';
import { readMailboxLog } from '../../MailboxHealth/core/log';
import { explainLog } from '../../MailboxHealth/core/log/explainLog';

// The plain log form of seed 000 (what the ribbon button downloads), kept as a fixture beside the annotated copy.
const SEED = path.join(__dirname, '../fixtures/logs/seed000.log');

// The acceptance example: seed 000 at 2018-12-03T15:25:00Z is healthy, last synced 15:23:37 UTC, next processing
// 15:28:37 UTC with incoming, outgoing and ACT all in that cycle, and three transient trace entries.
describe('seed 000 end to end (log reader → assessment)', () => {
    const log = readMailboxLog(fs.readFileSync(SEED, 'utf8'));
    const a = assessMailbox(log.row, Date.parse('2018-12-03T15:25:00Z'), {}, { profile: log.profile, traces: log.traces });
    const j = assessmentToJson(a);

    it('is healthy, last synced at 15:23:37 UTC, with its old error not current', () => {
        expect(j.health).toBe('healthy');
        expect(j.lastSuccessAt).toBe('2018-12-03T15:23:37.000Z');
        expect(j.lastErrorIsCurrent).toBe(false);
        expect(j.consecutiveErrors).toBe(0);
        expect(j.reasons.map((r) => r.code)).toContain('last-error-not-current');
    });

    it('processes next at 15:28:37 UTC with incoming, outgoing and ACT in that cycle', () => {
        expect(j.nextProcessingAt).toBe('2018-12-03T15:28:37.000Z');
        expect(j.due).toBe('scheduled');
        for (const w of ['incoming', 'outgoing', 'act'] as const) {
            expect({ w, configured: j.workloads[w].configured, state: j.workloads[w].state, next: j.workloads[w].nextRunAt, inNextCycle: j.workloads[w].inNextCycle }).toEqual({
                w,
                configured: true,
                state: 'enabled',
                next: '2018-12-03T15:28:37.000Z',
                inNextCycle: true,
            });
        }
    });

    it('says what the log cannot tell (no statecode, status or approval columns in the file)', () => {
        // Every workload enabled with an unknown status could still be a failed test: rules 7–9 stay open (v2 partition).
        expect(j.undetermined).toEqual(['inactive', 'approval-rejected', 'approval-pending', 'disabled', 'degraded', 'not-enabled']);
        expect(j.unknownColumns).toEqual(['statecode', 'statuscode', 'incomingemailstatus', 'outgoingemailstatus', 'actstatus', 'emailrouteraccessapproval']);
    });

    it('explains the three trace entries as transient errors (two incoming, one ACT)', () => {
        expect(j.errors.map((e) => [e.class, e.workload])).toEqual([
            ['transient', 'act'],
            ['transient', 'incoming'],
            ['transient', 'incoming'],
        ]);
    });
});

describe('seed 000 explained (the one verdict both the control and the command-line tool show)', () => {
    const text = fs.readFileSync(SEED, 'utf8');
    // Years later: judged at this clock, the log would look overdue and stale.
    const e = explainLog(text, undefined, { now: Date.parse('2026-03-01T09:00:00Z') });

    it('is judged at its own latest recorded time, 15:23:37 UTC, not at the clock', () => {
        expect([new Date(e.asOf ?? 0).toISOString(), e.asOfSource]).toEqual(['2018-12-03T15:23:37.000Z', 'log']);
    });

    it('is healthy, settled, with next processing at 15:28:37 UTC for all three workloads', () => {
        const j = assessmentToJson(e.verdict!);
        expect([j.health, j.undetermined, j.nextProcessingAt, j.due]).toEqual(['healthy', [], '2018-12-03T15:28:37.000Z', 'scheduled']);
        for (const w of ['incoming', 'outgoing', 'act'] as const) expect([w, j.workloads[w].nextRunAt, j.workloads[w].inNextCycle]).toEqual([w, '2018-12-03T15:28:37.000Z', true]);
        expect(e.gaps?.notInLog).toEqual(['inactive', 'approval-rejected', 'approval-pending', 'disabled', 'degraded', 'not-enabled']);
    });
});
