/** @jest-environment node */
import * as fs from 'fs';
import * as path from 'path';
import { assessMailbox } from '../../MailboxHealth/core/assess';
import { assessmentToJson } from '../../MailboxHealth/core/json';
import { readMailboxLog } from '../../MailboxHealth/core/readLog';

// The plain log form of seed 000 (what the ribbon button downloads), kept as a fixture beside the annotated copy.
const SEED = path.join(__dirname, '../fixtures/logs/seed000.log');

// Issue 2 "Done when": seed 000 at 2018-12-03T15:25:00Z is healthy, last synced 15:23:37 UTC, next processing
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
        expect(j.undetermined).toEqual(['inactive', 'approval-rejected', 'approval-pending', 'degraded', 'not-enabled']);
        expect(j.unknownColumns).toEqual(['statecode', 'incomingemailstatus', 'outgoingemailstatus', 'actstatus', 'emailrouteraccessapproval']);
    });

    it('explains the three trace entries as transient errors (two incoming, one ACT)', () => {
        expect(j.errors.map((e) => [e.class, e.workload])).toEqual([
            ['transient', 'act'],
            ['transient', 'incoming'],
            ['transient', 'incoming'],
        ]);
    });
});
