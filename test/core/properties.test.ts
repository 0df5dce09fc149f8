/** @jest-environment node */
import fc from 'fast-check';
import { assessFleet, assessMailbox } from '../../MailboxHealth/core/assess';
import { RULE_COLUMNS } from '../../MailboxHealth/core/columns';
import { severityOf } from '../../MailboxHealth/core/severity';
import { summarizeFleet } from '../../MailboxHealth/core/summarize';
import { FLAGS, HEALTH_STATES, MAILBOX_COLUMNS, SEVERITIES } from '../../MailboxHealth/core/types';
import type { AssessOptions, ColumnValue, HealthState, MailboxRow } from '../../MailboxHealth/core/types';
import { NOW_MS } from '../builders/mailbox';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const idx = (s: HealthState) => HEALTH_STATES.indexOf(s);

// ---------------------------------------------------------------------------------------------------------------
// Arbitraries
// ---------------------------------------------------------------------------------------------------------------

const instant = fc.integer({ min: NOW_MS - 10 * DAY, max: NOW_MS + 10 * DAY });
/** A date column as the dataset (Date) or the Web API (ISO string) gives it, or the year-9999 sentinel. */
const dateValue = fc.oneof(
    { weight: 8, arbitrary: instant.map((t) => new Date(t) as ColumnValue) },
    { weight: 3, arbitrary: instant.map((t) => new Date(t).toISOString() as ColumnValue) },
    { weight: 1, arbitrary: fc.constant('9999-12-31T23:59:59.997Z' as ColumnValue) },
);
const opt = (max: number) => fc.integer({ min: 0, max });
const orNull = <T>(a: fc.Arbitrary<T>, nullWeight = 1): fc.Arbitrary<T | null> => fc.oneof({ weight: 6, arbitrary: a }, { weight: nullWeight, arbitrary: fc.constant(null) });

/** Well-typed values for every column the rules read (null allowed where it is a plain value). */
const domain = {
    mailboxid: fc.uuid(),
    emailserverprofile: orNull(fc.constantFrom('p1', 'p2', 'p3')),
    emailserverprofilename: orNull(fc.constantFrom('EXO', 'On-premises')),
    statecode: fc.oneof({ weight: 5, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.constant(1) }),
    incomingemaildeliverymethod: orNull(opt(3)),
    outgoingemaildeliverymethod: orNull(opt(2)),
    actdeliverymethod: orNull(opt(2)),
    enabledforincomingemail: fc.boolean(),
    enabledforoutgoingemail: fc.boolean(),
    enabledforact: fc.boolean(),
    incomingemailstatus: orNull(opt(2)),
    outgoingemailstatus: orNull(opt(2)),
    actstatus: orNull(opt(2)),
    emailrouteraccessapproval: fc.oneof({ weight: 5, arbitrary: fc.constant(1) }, { weight: 1, arbitrary: opt(3) }),
    isemailaddressapprovedbyo365admin: fc.boolean(),
    testemailconfigurationscheduled: fc.oneof({ weight: 5, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
    postponetestemailconfigurationuntil: orNull(dateValue),
    processingstatecode: fc.oneof({ weight: 6, arbitrary: opt(1) }, { weight: 1, arbitrary: fc.integer({ min: 2, max: 9 }) }),
    hostid: orNull(fc.constantFrom('HOST-A', 'HOST-B')),
    processinglastattemptedon: dateValue,
    postponemailboxprocessinguntil: orNull(dateValue),
    receivingpostponeduntil: orNull(dateValue),
    postponesendinguntil: orNull(dateValue),
    receivingpostponeduntilforact: orNull(dateValue),
    noemailcount: fc.nat(30),
    itemsfailedforlastsync: fc.nat(3),
    forcedunlockcount: fc.nat(2),
    lastsuccessfulsynccompletedon: orNull(dateValue),
    lastsyncerrorcount: fc.nat(12),
    lastsyncerroroccurredon: dateValue,
    lastsyncerror: orNull(fc.constantFrom('(503) Server Unavailable', 'ErrorMailboxMoveInProgress', 'Something else')),
    lastsyncerrorcode: orNull(fc.constantFrom(-2147220891, -2147097998)),
};

/** Every column present and well typed. */
const knownRow: fc.Arbitrary<MailboxRow> = fc.record(domain) as fc.Arbitrary<MailboxRow>;
/** Well-typed values, any column possibly absent (unknown). */
const partialRow: fc.Arbitrary<MailboxRow> = fc.record(domain, { requiredKeys: [] }) as fc.Arbitrary<MailboxRow>;
/** Anything at all in any column. */
const anyValue = fc.oneof(
    fc.anything(),
    dateValue,
    fc.date({ noInvalidDate: false }),
    fc.string(),
    fc.double(),
    fc.constantFrom(null, undefined, NaN, -1, 2, 3, 99, '', '2018-13-45T99:99:99Z', '12/3/2018 3:23:36 PM'),
);
const anyRow = fc.dictionary(fc.constantFrom(...MAILBOX_COLUMNS), anyValue) as fc.Arbitrary<MailboxRow>;
const options: fc.Arbitrary<Partial<AssessOptions>> = fc.record(
    { approvalRequired: fc.boolean(), graceMinutes: fc.nat(60), stuckMinutes: fc.nat(240), staleHours: fc.nat(72), idleCycles: fc.nat(20) },
    { requiredKeys: [] },
);
const now = fc.integer({ min: NOW_MS - 2 * DAY, max: NOW_MS + 2 * DAY });

// ---------------------------------------------------------------------------------------------------------------
// An independent reading of the health-model table, for fully known rows
// ---------------------------------------------------------------------------------------------------------------

type WState = 'disabled' | 'not-enabled' | 'not-tested' | 'test-failed' | 'enabled';

function workloadState(enabled: boolean, status: number | null): WState {
    if (!enabled) return status === 0 || status === 1 ? 'not-enabled' : 'disabled';
    return status === 0 ? 'not-tested' : status === 2 ? 'test-failed' : 'enabled';
}

const t = (v: ColumnValue | undefined): number | null => (v === null || v === undefined ? null : v instanceof Date ? v.getTime() : Date.parse(v as string));

function oracle(row: MailboxRow, nowMs: number, o: AssessOptions): HealthState {
    const r = row as Record<string, ColumnValue>;
    if (r.statecode === 1) return 'inactive';
    const configured: { workload: 'incoming' | 'outgoing' | 'act'; state: WState; status: number | null }[] = [];
    const add = (workload: 'incoming' | 'outgoing' | 'act', enabled: ColumnValue, status: ColumnValue) =>
        configured.push({ workload, state: workloadState(enabled as boolean, status as number | null), status: status as number | null });
    if (r.incomingemaildeliverymethod === 2) add('incoming', r.enabledforincomingemail, r.incomingemailstatus);
    if (r.outgoingemaildeliverymethod === 2) add('outgoing', r.enabledforoutgoingemail, r.outgoingemailstatus);
    if (r.actdeliverymethod === 1) add('act', r.enabledforact, r.actstatus);
    if (configured.length === 0) return 'not-configured';
    if (r.emailserverprofile === null) return 'misconfigured';
    if (o.approvalRequired && r.emailrouteraccessapproval === 3) return 'approval-rejected';
    if (o.approvalRequired && (r.emailrouteraccessapproval === 0 || r.emailrouteraccessapproval === 2)) return 'approval-pending';
    if (r.testemailconfigurationscheduled === true) return configured.some((c) => c.status === 2) ? 'test-retrying' : 'test-pending';
    const some = (...s: WState[]) => configured.some((c) => s.includes(c.state));
    // v2: rules 7–9 partition every mix
    if (!some('enabled') && some('disabled', 'test-failed')) return 'disabled';
    if (some('enabled') && some('disabled', 'test-failed')) return 'degraded';
    if (!some('enabled')) return 'not-enabled';
    const psc = r.processingstatecode;
    if (psc === 1 && nowMs - (t(r.processinglastattemptedon) as number) > o.stuckMinutes * MINUTE) return 'stuck';
    const success = t(r.lastsuccessfulsynccompletedon);
    const errorAt = t(r.lastsyncerroroccurredon);
    if ((r.lastsyncerrorcount as number) > 0 && (success === null || errorAt === null || errorAt >= success)) return 'failing';
    const p = t(r.postponemailboxprocessinguntil);
    if (psc === 0 && p !== null && p < Date.UTC(9999, 0, 1) && p >= Date.UTC(1901, 0, 1) && nowMs > p + o.graceMinutes * MINUTE) return 'overdue';
    if (success === null && configured.some((c) => c.workload !== 'outgoing' && c.state === 'enabled')) return 'awaiting-first-sync';
    return 'healthy';
}

const DEFAULTS: AssessOptions = { approvalRequired: true, graceMinutes: 20, stuckMinutes: 60, staleHours: 24, idleCycles: 12, maxTransientFailures: 10 };

// ---------------------------------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------------------------------

describe('assessMailbox properties', () => {
    it('never throws on arbitrary rows and gives exactly one state, its severity and only earlier undetermined states', () => {
        fc.assert(
            fc.property(anyRow, now, options, (row, n, o) => {
                const a = assessMailbox(row, n, o);
                expect(HEALTH_STATES).toContain(a.health);
                expect(a.severity).toBe(severityOf(a.health));
                expect(SEVERITIES).toContain(a.severity);
                const positions = a.undetermined.map(idx);
                expect(positions.every((p) => p < idx(a.health))).toBe(true);
                expect([...positions].sort((x, y) => x - y)).toEqual(positions);
                const ruleColumns = new Set(a.undetermined.flatMap((s) => RULE_COLUMNS[s]));
                expect(a.unknownColumns.every((c) => ruleColumns.has(c as never))).toBe(true);
                expect(a.flags.every((f) => (FLAGS as readonly string[]).includes(f))).toBe(true);
                expect(JSON.parse(JSON.stringify(a.dataIssues))).toEqual(a.dataIssues);
            }),
            { numRuns: 400 },
        );
    });

    it('follows the health-model table exactly, with nothing undetermined, when every column is known', () => {
        fc.assert(
            fc.property(knownRow, now, options, (row, n, o) => {
                const a = assessMailbox(row, n, o);
                expect(a.health).toBe(oracle(row, n, { ...DEFAULTS, ...o }));
                expect(a.undetermined).toEqual([]);
                expect(a.unknownColumns).toEqual([]);
                expect(a.dataIssues).toEqual([]);
            }),
            { numRuns: 500 },
        );
    });

    it('never makes a verdict worse for a missing column, and lists the true state when it makes it better', () => {
        // The status columns are the exception the model makes on purpose: an unknown status is read through the
        // enabled flag (health-model "Workloads": disabled when enabled = false and status is unknown).
        const removable = Object.keys(domain).filter((c) => !c.endsWith('status'));
        fc.assert(
            fc.property(knownRow, fc.constantFrom(...removable), now, (row, column, n) => {
                const truth = assessMailbox(row, n).health;
                const partial: Record<string, unknown> = { ...row };
                delete partial[column];
                const a = assessMailbox(partial as MailboxRow, n);
                expect(idx(a.health)).toBeGreaterThanOrEqual(idx(truth));
                if (a.health !== truth) expect(a.undetermined).toContain(truth);
            }),
            { numRuns: 500 },
        );
    });

    it('never makes the state better when a failure signal is added (better = later in rule order)', () => {
        /** The latest instant among the values that are readable dates (Date, ISO text or epoch ms). */
        const latestOf = (first: number, ...values: unknown[]): number =>
            values.reduce<number>((m, v) => {
                const t = v instanceof Date ? v.getTime() : typeof v === 'string' ? Date.parse(v) : typeof v === 'number' ? v : NaN;
                return Number.isFinite(t) && t > m ? t : m;
            }, first);
        // "Better" is rule order, not severity: a failing mailbox (error) whose lock then hangs becomes stuck
        // (warning), an earlier rule and the more fundamental problem. Rule order is what "first match wins" ranks.
        const signal = fc.constantFrom(
            // a new error: never dated before the row's own last error or last success (that would be history, not a signal)
            (r: Record<string, unknown>) => ({ ...r, lastsyncerrorcount: 3, lastsyncerroroccurredon: new Date(latestOf(NOW_MS + 11 * DAY, r.lastsyncerroroccurredon, r.lastsuccessfulsynccompletedon)) }),
            (r: Record<string, unknown>) => ({ ...r, enabledforincomingemail: false, incomingemailstatus: 2 }),
            (r: Record<string, unknown>) => ({ ...r, enabledforact: false, actstatus: 2 }),
            (r: Record<string, unknown>) => ({ ...r, outgoingemailstatus: 2 }),
            (r: Record<string, unknown>) => ({ ...r, actstatus: 2 }),
            (r: Record<string, unknown>) => ({ ...r, processingstatecode: 1, processinglastattemptedon: new Date(NOW_MS - 10 * DAY) }),
            (r: Record<string, unknown>) => ({ ...r, postponemailboxprocessinguntil: new Date(NOW_MS - 9 * DAY) }),
            (r: Record<string, unknown>) => ({ ...r, emailserverprofile: null }),
            (r: Record<string, unknown>) => ({ ...r, emailrouteraccessapproval: 3 }),
            (r: Record<string, unknown>) => ({ ...r, itemsfailedforlastsync: 5, forcedunlockcount: 2 }),
        );
        fc.assert(
            fc.property(partialRow, signal, signal, now, (row, s1, s2, n) => {
                const before = assessMailbox(row, n);
                const worse = assessMailbox(s2(s1(row as Record<string, unknown>)) as MailboxRow, n);
                expect(idx(worse.health)).toBeLessThanOrEqual(idx(before.health));
            }),
            { numRuns: 600 },
        );
    });

    it('judges a Web API row (ISO strings) exactly like the same row with Date objects', () => {
        fc.assert(
            fc.property(partialRow, now, (row, n) => {
                const iso = Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v instanceof Date ? v.toISOString() : v]));
                expect(assessMailbox(iso as MailboxRow, n)).toEqual(assessMailbox(row, n));
            }),
            { numRuns: 200 },
        );
    });
});

describe('summarizeFleet properties', () => {
    it('adds every count up to the total', () => {
        fc.assert(
            fc.property(fc.array(fc.oneof(partialRow, anyRow), { maxLength: 40 }), now, (rows, n) => {
                const assessments = assessFleet(rows, n);
                const s = summarizeFleet(assessments);
                const sum = (o: Record<string, number>) => Object.values(o).reduce((x, y) => x + y, 0);
                expect(s.total).toBe(rows.length);
                expect(sum(s.byState)).toBe(s.total);
                expect(sum(s.bySeverity)).toBe(s.total);
                expect(s.byProfile.reduce((x, p) => x + p.total, 0)).toBe(s.total);
                for (const p of s.byProfile) expect(sum(p.byState)).toBe(p.total);
                for (const f of FLAGS) expect(s.byFlag[f]).toBe(assessments.filter((a) => a.flags.includes(f)).length);
                expect(s.statesWorstFirst.length).toBe(HEALTH_STATES.filter((st) => s.byState[st] > 0).length);
                expect(s.uncertain).toBe(assessments.filter((a) => a.undetermined.length > 0).length);
            }),
            { numRuns: 150 },
        );
    });
});
