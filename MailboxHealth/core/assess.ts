/**
 * The health of one mailbox and of a fleet (health-model.md, normative; evidence in mailbox-reference.md).
 *
 * How unknown columns are handled ("never a wrong healthy for lack of a column"):
 * the 14 rules fall into independent groups by the columns they read (statecode; the workloads; the server
 * profile; approval; Test & Enable; the processing lock and schedule; the last error and success). For each group
 * the core computes which rule outcomes its columns allow: one when every column is known, several when one is
 * unknown. In each possible world the state is the first rule that matches, i.e. the smallest outcome over the
 * groups. `health` is the latest state any world allows (the minimum over the groups of each group's latest
 * outcome): so an unknown column never makes a state *worse* than the data shows ("no rule may treat unknown as a
 * bad value"), and `undetermined` lists every earlier state some world allows, with the `unknownColumns` that
 * leave it open. When every column is known there is exactly one world, one state and nothing undetermined.
 */
import { isInformationTrace, matchErrorText, matchTraceEntry } from './errorCatalogue';
import { RULE_COLUMNS } from './columns';
import { reason, reasonId, reasonWithValue } from './reasons';
import type { ReasonCode } from './reasons';
import { profileFindings } from './profile';
import { dueState, minutesBetween, nextProcessing, RUN, runKind } from './schedule';
import { SEVERITY_OF } from './severity';
import { HOUR_MS, MAX_TRANSIENT_RETRIES, MINUTE_MS, resolveOptions } from './thresholds';
import type { ResolvedOptions } from './thresholds';
import { FLAGS, HEALTH_STATES, MAILBOX_COLUMNS, WORKLOAD_STATES } from './types';
import type {
    AssessOptions,
    ErrorMatch,
    ErrorSource,
    Flag,
    HealthState,
    MailboxAssessment,
    MailboxContext,
    MailboxRow,
    ProfileRow,
    Reason,
    Severity,
    TraceEntry,
    Workload,
    WorkloadAssessment,
    WorkloadState,
} from './types';
import { parseIsoInstant, rawText, ValueReader } from './values';
import { EN, FORWARD_MAILBOX, isGapMask, NE, NT, singleState, STATUS_MAX, WORKLOAD_SPECS, workloadOutcomes, workloadStateSets } from './workloads';

// ---------------------------------------------------------------------------------------------------------------
// Constants
// ---------------------------------------------------------------------------------------------------------------

const bit = (s: HealthState): number => 1 << HEALTH_STATES.indexOf(s);
const B_INACTIVE = bit('inactive');
const B_MISCONFIGURED = bit('misconfigured');
const B_REJECTED = bit('approval-rejected');
const B_PENDING = bit('approval-pending');
const B_TEST_PENDING = bit('test-pending');
const B_STUCK = bit('stuck');
const B_FAILING = bit('failing');
const B_OVERDUE = bit('overdue');
const B_AWAITING = bit('awaiting-first-sync');
/** No rule of the group matches: "otherwise" → healthy. */
const B_NONE = bit('healthy');

const EMPTY: readonly never[] = Object.freeze([]);
const SEVERITY_BY_INDEX: readonly Severity[] = HEALTH_STATES.map((st) => SEVERITY_OF[st]);
const EMPTY_ROW: MailboxRow = Object.freeze({});

/** States in which the platform keeps retrying a current error (E3): retriesLeft is shown only there. */
const RETRYING: ReadonlySet<HealthState> = new Set<HealthState>(['failing', 'degraded', 'stuck']);

const STATE_REASON: Readonly<Partial<Record<HealthState, Reason>>> = {
    inactive: reason('mailbox-inactive', RULE_COLUMNS.inactive), // KB 4481318
    'not-configured': reason('no-workload-uses-sss', RULE_COLUMNS['not-configured']), // §4.2
    misconfigured: reason('no-server-profile', RULE_COLUMNS.misconfigured), // KB 4484702
    'approval-rejected': reason('approval-rejected', RULE_COLUMNS['approval-rejected']), // §3.4 A1/A3
    'test-pending': reason('test-enable-scheduled', RULE_COLUMNS['test-pending']), // seed 000, §3.3 T1
    'not-enabled': reason('no-workload-enabled', RULE_COLUMNS['not-enabled']), // trap T4
    'awaiting-first-sync': reason('never-synced', RULE_COLUMNS['awaiting-first-sync']),
    healthy: reason('no-problem-found', RULE_COLUMNS.healthy),
};
const R_PENDING_EMPTY = Object.freeze(reasonWithValue('approval-pending', RULE_COLUMNS['approval-pending'], 0));
const R_PENDING = Object.freeze(reasonWithValue('approval-pending', RULE_COLUMNS['approval-pending'], 2));
const R_ALL_DISABLED = reason('all-workloads-disabled', RULE_COLUMNS.disabled);
const R_DISABLED_NONE_ENABLED = reason('workloads-disabled-none-enabled', RULE_COLUMNS.disabled);
const R_SOME_DISABLED = reason('some-workloads-disabled', RULE_COLUMNS.degraded);
const R_TEST_FAILED_NONE_ENABLED = reason('workloads-test-failed-none-enabled', RULE_COLUMNS.degraded);

// Evidence columns of the reasons with a value (shared: a reason's columns never change).
const COLS_COUNT: readonly string[] = Object.freeze(['lastsyncerrorcount']);
const COLS_PSC: readonly string[] = Object.freeze(['processingstatecode']);
const COLS_IDLE: readonly string[] = Object.freeze(['noemailcount']);
const COLS_ITEMS: readonly string[] = Object.freeze(['itemsfailedforlastsync']);
const COLS_SUCCESS: readonly string[] = Object.freeze(['lastsuccessfulsynccompletedon']);
const COLS_UNLOCKS: readonly string[] = Object.freeze(['forcedunlockcount']);
const COLS_P: readonly string[] = Object.freeze(['postponemailboxprocessinguntil']);

const R_LAST_ERROR_OLD = reason('last-error-not-current', ['lastsyncerroroccurredon', 'lastsuccessfulsynccompletedon']);
const R_SYNCING = reason('syncing-now', ['processingstatecode', 'hostid', 'processinglastattemptedon']);
const R_UNKNOWN_PROCESSING = reason('unknown-processing-state', COLS_PSC);
const R_NOT_APPLICABLE = reason('schedule-not-applicable', ['statecode', 'incomingemaildeliverymethod', 'outgoingemaildeliverymethod', 'actdeliverymethod']);
const R_NEXT_SCHEDULED = reason('next-processing-scheduled', COLS_P);
const R_NOT_SCHEDULED = reason('processing-not-scheduled', COLS_P);
const R_SCHEDULE_UNKNOWN = reason('processing-schedule-unknown', COLS_P);
const R_FORWARDED = reason('forward-mailbox', ['incomingemaildeliverymethod']);
const R_PLACEHOLDER: Reason = Object.freeze({ code: 'no-problem-found', columns: [] });

const FLAG_BIT: Readonly<Record<Flag, number>> = Object.fromEntries(FLAGS.map((f, i) => [f, 1 << i])) as Record<Flag, number>;

/** Per-workload reasons without a value, built once. */
interface WorkloadReasons {
    readonly configurationUnknown: Reason;
    readonly notConfigured: readonly (readonly Reason[])[]; // by delivery-method value 0 … 3; [4] = empty (null)
    readonly state: Readonly<Record<WorkloadState, Reason>>;
    readonly stateUnknown: Reason;
    readonly statusUnknown: Reason;
    readonly inNextCycle: Reason;
    readonly indefinitely: Reason;
    readonly notScheduled: Reason;
    readonly scheduleUnknown: Reason;
    readonly notEnabledFlag: Reason;
    readonly scheduleColumns: readonly string[];
    readonly workload: Workload;
}

const STATE_REASON_CODE: Readonly<Record<WorkloadState, ReasonCode>> = {
    disabled: 'workload-disabled-by-error',
    'not-enabled': 'workload-switched-off',
    'not-tested': 'workload-never-tested',
    'test-failed': 'workload-test-failed',
    enabled: 'workload-enabled',
};

const WR: readonly WorkloadReasons[] = WORKLOAD_SPECS.map((s) => {
    const w = s.workload;
    const stateColumns = [s.enabledColumn, s.statusColumn];
    const scheduleColumns = [s.postponedColumn, 'postponemailboxprocessinguntil'];
    const state = {} as Record<WorkloadState, Reason>;
    for (const st of WORKLOAD_STATES) state[st] = reason(STATE_REASON_CODE[st], stateColumns, w);
    return {
        configurationUnknown: reason('workload-configuration-unknown', [s.deliveryColumn], w),
        notConfigured: [0, 1, 2, 3]
            .map((v) => Object.freeze(reasonWithValue('workload-not-configured', [s.deliveryColumn], v, w)))
            .concat(reason('workload-not-configured', [s.deliveryColumn], w))
            .map((x) => Object.freeze([x])),
        state,
        stateUnknown: reason('workload-state-unknown', stateColumns, w),
        statusUnknown: reason('workload-status-unknown', [s.statusColumn], w),
        inNextCycle: reason('workload-in-next-cycle', scheduleColumns, w),
        indefinitely: reason('workload-postponed-indefinitely', scheduleColumns, w),
        notScheduled: reason('workload-not-scheduled', ['postponemailboxprocessinguntil'], w),
        scheduleUnknown: reason('workload-schedule-unknown', scheduleColumns, w),
        notEnabledFlag: reason('workload-not-enabled', stateColumns, w),
        scheduleColumns,
        workload: w,
    };
});

/** Frozen arrays shared by every assessment with the same set of flags / undetermined states. */
const FLAG_ARRAYS = new Map<number, readonly Flag[]>();
const UNDETERMINED_ARRAYS = new Map<number, readonly HealthState[]>();

function flagsOf(bits: number): readonly Flag[] {
    if (bits === 0) return EMPTY;
    let a = FLAG_ARRAYS.get(bits);
    if (a === undefined) {
        a = Object.freeze(FLAGS.filter((_, i) => bits & (1 << i)));
        FLAG_ARRAYS.set(bits, a);
    }
    return a;
}

function statesOf(bits: number): readonly HealthState[] {
    if (bits === 0) return EMPTY;
    let a = UNDETERMINED_ARRAYS.get(bits);
    if (a === undefined) {
        a = Object.freeze(HEALTH_STATES.filter((_, i) => bits & (1 << i)));
        UNDETERMINED_ARRAYS.set(bits, a);
    }
    return a;
}

const highest = (bits: number): number => 31 - Math.clz32(bits);

const COLUMN_ORDER: ReadonlyMap<string, number> = new Map(MAILBOX_COLUMNS.map((c, i) => [c, i]));

// Scratch space for one row (the core is synchronous; nothing here outlives assessRow).
const CFG: (boolean | undefined)[] = [undefined, undefined, undefined];
const METHOD: (number | null | undefined)[] = [null, null, null];
const STATUS_UNKNOWN = [false, false, false];
const DSETS = [0, 0, 0];
const PSETS = [0, 0, 0];

/**
 * The mailbox's reasons while they are gathered. A counter, not `array.length = 0`: resetting a length is a runtime
 * call, and it would be made 100,000 times for a fleet.
 */
class ReasonList {
    private readonly items: Reason[] = new Array<Reason>(16).fill(R_PLACEHOLDER);
    n = 0;

    add(r: Reason): void {
        if (this.n === this.items.length) this.items.push(r);
        else this.items[this.n] = r;
        this.n++;
    }

    /**
     * The reasons as a list of their own. A list made only of shared (frozen, valueless) reasons is shared too: a
     * fleet has few distinct ones, and 100,000 copies of the same three reasons would be memory and GC time.
     */
    toList(): readonly Reason[] {
        const n = this.n;
        if (n <= 6) {
            let key = 0;
            for (let i = 0; i < n; i++) {
                const id = reasonId(this.items[i]);
                if (id === 0 || id > 255) return this.items.slice(0, n);
                key = key * 256 + id; // six ids of 8 bits: exact below 2^53
            }
            let shared = INTERNED_REASONS.get(key);
            if (shared === undefined) {
                shared = Object.freeze(this.items.slice(0, n));
                INTERNED_REASONS.set(key, shared);
            }
            return shared;
        }
        return this.items.slice(0, n);
    }
}
const INTERNED_REASONS = new Map<number, readonly Reason[]>();
const REASONS = new ReasonList();

// ---------------------------------------------------------------------------------------------------------------
// Public API
// ---------------------------------------------------------------------------------------------------------------

/**
 * @summary Assesses one mailbox: health state, severity, flags, per-workload states, schedule, errors and reasons.
 * @param row the mailbox columns by logical name (absent = unknown, null = empty); never throws on bad values
 * @param now the instant to judge at (epoch ms or Date); the core never reads the clock
 * @param options thresholds and the approval setting, over DEFAULT_OPTIONS
 * @param context the mailbox's server profile and recent trace-log entries, when known
 * @throws RangeError when `now` is not a valid instant (a caller's bug, not a data problem)
 * @example
 * assessMailbox({ statecode: 1 }, Date.parse('2024-05-01T09:00:00Z')).health // 'inactive'
 */
export function assessMailbox(row: MailboxRow, now: number | Date, options?: Partial<AssessOptions>, context?: MailboxContext): MailboxAssessment {
    const ctx: MailboxContext | null = context !== null && typeof context === 'object' ? context : null;
    return assessRow(new ValueReader(), row, instant(now), resolveOptions(options), ctx?.profile, ctx?.traces);
}

/**
 * @summary Assesses many mailboxes at one instant, with their profiles and traces looked up by id.
 * @param lookup `profiles` by emailserverprofile id, `traces` by mailboxid
 * @example assessFleet(rows, now).filter((a) => a.health === 'failing')
 */
export function assessFleet(
    rows: readonly MailboxRow[],
    now: number | Date,
    options?: Partial<AssessOptions>,
    lookup?: { profiles?: ReadonlyMap<string, ProfileRow>; traces?: ReadonlyMap<string, readonly TraceEntry[]> },
): MailboxAssessment[] {
    const t = instant(now);
    const o = resolveOptions(options);
    const list: readonly MailboxRow[] = Array.isArray(rows) ? rows : EMPTY;
    const profiles = usableMap(lookup?.profiles);
    const traces = usableMap(lookup?.traces);
    const r = new ValueReader();
    const out: MailboxAssessment[] = new Array(list.length);
    for (let i = 0; i < list.length; i++) {
        const row = list[i];
        let profile: ProfileRow | undefined;
        let trace: readonly TraceEntry[] | undefined;
        if (row !== null && typeof row === 'object') {
            if (profiles !== null && typeof row.emailserverprofile === 'string') profile = lookupId(profiles, row.emailserverprofile);
            if (traces !== null && typeof row.mailboxid === 'string') trace = lookupId(traces, row.mailboxid);
        }
        out[i] = assessRow(r, row, t, o, profile, trace);
    }
    return out;
}

/** A non-empty map (any ReadonlyMap: only `get` and `size` are used), or null. */
function usableMap<T>(m: ReadonlyMap<string, T> | null | undefined): ReadonlyMap<string, T> | null {
    return m !== null && typeof m === 'object' && typeof m.get === 'function' && m.size > 0 ? m : null;
}

/** GUIDs come in lower case from the Web API and in any case from elsewhere. */
function lookupId<T>(map: ReadonlyMap<string, T>, id: string): T | undefined {
    return map.get(id) ?? map.get(id.toLowerCase());
}

function instant(now: number | Date): number {
    const t = typeof now === 'number' ? now : now instanceof Date ? now.getTime() : NaN;
    if (!Number.isFinite(t)) throw new RangeError('now must be a valid instant (epoch milliseconds or a Date), got ' + rawText(now));
    return t;
}

// ---------------------------------------------------------------------------------------------------------------
// The assessment
// ---------------------------------------------------------------------------------------------------------------

function assessRow(
    r: ValueReader,
    input: MailboxRow,
    now: number,
    o: ResolvedOptions,
    profileIn: ProfileRow | null | undefined,
    tracesIn: readonly TraceEntry[] | null | undefined,
): MailboxAssessment {
    const row: MailboxRow = input !== null && typeof input === 'object' ? input : EMPTY_ROW;
    const profile = profileIn !== null && typeof profileIn === 'object' ? profileIn : null;
    r.reset();

    // ---- identity ----
    const mailboxId = r.str(row.mailboxid, 'mailboxid') ?? null;
    const name = r.str(row.name, 'name') ?? null;
    const emailAddress = r.str(row.emailaddress, 'emailaddress') ?? null;
    const profileColumn = r.str(row.emailserverprofile, 'emailserverprofile');
    const profileName = r.str(row.emailserverprofilename, 'emailserverprofilename') ?? null;
    const profileId = typeof profileColumn === 'string' && (profileColumn.charCodeAt(0) > 32 || profileColumn.trim() !== '') ? profileColumn : null;

    // ---- group 1: statecode (rule 1; KB 4481318). 0 Active, 1 Inactive (§2.1 a) ----
    const statecode = r.option(row.statecode, 'statecode', 1);
    const g1 = statecode === 1 ? B_INACTIVE : statecode === undefined ? B_INACTIVE | B_NONE : B_NONE;

    // ---- group 2: workloads (rules 2, 7–9; §4.2, §3.2 E2–E5, trap T4) ----
    // Named property reads (not row[column]): they stay monomorphic and fast over a fleet of same-shaped rows.
    readWorkload(r, 0, row.incomingemaildeliverymethod, row.enabledforincomingemail, row.incomingemailstatus);
    readWorkload(r, 1, row.outgoingemaildeliverymethod, row.enabledforoutgoingemail, row.outgoingemailstatus);
    readWorkload(r, 2, row.actdeliverymethod, row.enabledforact, row.actstatus);
    // the states of the workloads known to be configured, when their state is known
    let knownMask = 0;
    for (let w = 0; w < 3; w++) if (CFG[w] === true && (DSETS[w] & (DSETS[w] - 1)) === 0) knownMask |= DSETS[w];
    const g2 = workloadOutcomes(CFG, DSETS);
    const alternatives = PSETS[0] !== DSETS[0] || PSETS[1] !== DSETS[1] || PSETS[2] !== DSETS[2];
    const g2Possible = alternatives ? workloadOutcomes(CFG, PSETS) : g2;

    // ---- group 3: server profile (rule 3; KB 4484702): the column is present and null ----
    // A profile handed in by the caller is the mailbox's profile, so the mailbox has one even if the row lacks the column.
    const g3 = profileColumn === undefined ? (profile !== null ? B_NONE : B_MISCONFIGURED | B_NONE) : profileId === null ? B_MISCONFIGURED : B_NONE;

    // ---- group 4: approval (rules 4–5; §3.4 A1/A3). 0 Empty, 1 Approved, 2 Pending Approval, 3 Rejected ----
    const approval = r.option(row.emailrouteraccessapproval, 'emailrouteraccessapproval', 3);
    const g4 = !o.approvalRequired
        ? B_NONE
        : approval === 3
          ? B_REJECTED
          : approval === 0 || approval === 2
            ? B_PENDING
            : approval === undefined
              ? B_REJECTED | B_PENDING | B_NONE
              : B_NONE;

    // ---- group 5: Test & Enable (rule 6; seed 000, §3.3 T1) ----
    const testScheduled = r.bool(row.testemailconfigurationscheduled, 'testemailconfigurationscheduled');
    const g5 = testScheduled === true ? B_TEST_PENDING : testScheduled === undefined ? B_TEST_PENDING | B_NONE : B_NONE;

    // ---- group 6: lock and schedule (rules 10 and 12; seed 000, §3.1 R2–R6, seed 003) ----
    const psc = r.num(row.processingstatecode, 'processingstatecode');
    const lockAt = r.date(row.processinglastattemptedon, 'processinglastattemptedon');
    const pColumn = r.date(row.postponemailboxprocessinguntil, 'postponemailboxprocessinguntil');
    const scheduledAt = nextProcessing(pColumn); // null also when unknown; see pColumn
    let g6 = 0;
    if (psc === 1 || psc === undefined) {
        // rule 10: processingstatecode = 1 and now − processinglastattemptedon > stuckMinutes
        if (typeof lockAt === 'number') g6 |= now - lockAt > o.stuckMs ? B_STUCK : B_NONE;
        else {
            g6 |= B_STUCK | B_NONE;
            if (lockAt === null) r.lacking('processinglastattemptedon');
        }
    }
    if (psc === 0 || psc === undefined) {
        // rule 12: processingstatecode = 0, next processing scheduled, now > P + grace
        if (pColumn === undefined) g6 |= B_OVERDUE | B_NONE;
        else g6 |= scheduledAt !== null && now > scheduledAt + o.graceMs ? B_OVERDUE : B_NONE;
    }
    if (psc !== 0 && psc !== 1) g6 |= B_NONE;

    // ---- group 7: last error and success (rules 11 and 13; seed 000, §1.2 C7, §3.2 E3) ----
    const count = r.num(row.lastsyncerrorcount, 'lastsyncerrorcount');
    const errorAt = r.date(row.lastsyncerroroccurredon, 'lastsyncerroroccurredon');
    const successAt = r.date(row.lastsuccessfulsynccompletedon, 'lastsuccessfulsynccompletedon');
    const countCan = count === undefined ? 3 : typeof count === 'number' && count > 0 ? 1 : 2; // bit 0: > 0, bit 1: not
    const successCan = successAt === undefined ? 3 : successAt === null ? 1 : 2; // bit 0: never, bit 1: some time
    let g7 = 0;
    if (successCan & 1) g7 |= (countCan & 1 ? B_FAILING : 0) | (countCan & 2 ? B_AWAITING : 0); // 11 before 13
    if (successCan & 2) {
        if (countCan & 2) g7 |= B_NONE;
        if (countCan & 1) {
            // 11: lastsyncerroroccurredon later than or equal to lastsuccessfulsynccompletedon
            if (typeof successAt === 'number' && typeof errorAt === 'number') g7 |= errorAt >= successAt ? B_FAILING : B_NONE;
            else {
                g7 |= B_FAILING | B_NONE;
                if (errorAt === null) r.lacking('lastsyncerroroccurredon');
            }
        }
    }

    // ---- verdict ----
    let h = highest(g1);
    const m2 = highest(g2);
    if (m2 < h) h = m2;
    const m3 = highest(g3);
    if (m3 < h) h = m3;
    const m4 = highest(g4);
    if (m4 < h) h = m4;
    const m5 = highest(g5);
    if (m5 < h) h = m5;
    const m6 = highest(g6);
    if (m6 < h) h = m6;
    const m7 = highest(g7);
    if (m7 < h) h = m7;
    const health = HEALTH_STATES[h];
    let undeterminedBits = 0;
    if (((g1 & (g1 - 1)) | (g2Possible & (g2Possible - 1)) | (g3 & (g3 - 1)) | (g4 & (g4 - 1)) | (g5 & (g5 - 1)) | (g6 & (g6 - 1)) | (g7 & (g7 - 1))) !== 0) {
        undeterminedBits = undetermined([g1, g2Possible, g3, g4, g5, g6, g7], h);
    }
    const undeterminedStates = statesOf(undeterminedBits);
    const unknownColumns = undeterminedBits === 0 || r.unknown === null ? EMPTY : unknownFor(undeterminedStates, r.unknown);

    // ---- errors: consecutive errors, retries (§3.2 E3; seed 000 / C7) ----
    const lastErrorIsCurrent =
        typeof count === 'number' && count > 0 && typeof errorAt === 'number' && (successAt === null || (typeof successAt === 'number' && errorAt >= successAt));
    const consecutiveErrors = lastErrorIsCurrent ? (count as number) : 0;
    const retriesLeft = lastErrorIsCurrent && RETRYING.has(health) ? Math.max(0, MAX_TRANSIENT_RETRIES - consecutiveErrors) : null;

    const reasons = REASONS;
    reasons.n = 0;
    // "No rule found a problem" is only true when nothing was left open by unknown columns.
    if (health !== 'healthy' || undeterminedBits === 0) {
        reasons.add(stateReason(health, knownMask, approval, now, lockAt, consecutiveErrors, scheduledAt));
    }
    if (retriesLeft !== null) reasons.add(reasonWithValue('retries-left', COLS_COUNT, retriesLeft));
    if (typeof errorAt === 'number' && typeof successAt === 'number' && errorAt < successAt) reasons.add(R_LAST_ERROR_OLD);

    // ---- schedule (health-model.md "Schedule", §4.4) ----
    // §4.4: an inactive mailbox, or one not using server-side sync, has no next sync ("—").
    const notApplicable = h <= 1;
    const nextProcessingAt = notApplicable ? null : scheduledAt;
    const pForRuns = notApplicable ? null : pColumn === undefined ? undefined : scheduledAt;
    const due = dueState(psc, nextProcessingAt, now, o.graceMs);
    const overdueMinutes = (due === 'due' || due === 'overdue') && nextProcessingAt !== null ? minutesBetween(nextProcessingAt, now) : null;

    // ---- flags (health-model.md "Flags"), their reasons in FLAGS order ----
    let flags = 0;
    if (psc === 1) {
        flags |= FLAG_BIT['syncing-now']; // seed 000, §1.2 C1: 1 = an async host is processing the mailbox now
        reasons.add(R_SYNCING);
    } else if (psc !== undefined && psc !== 0) {
        flags |= FLAG_BIT['unknown-processing-state']; // §2.7 T8: values other than 0/1 are undocumented
        reasons.add(psc === null ? R_UNKNOWN_PROCESSING : reasonWithValue('unknown-processing-state', COLS_PSC, psc));
    }
    const noEmail = r.num(row.noemailcount, 'noemailcount');
    if (typeof noEmail === 'number' && noEmail >= o.idleCycles) {
        flags |= FLAG_BIT.idle; // seed 000, §3.1 R10
        reasons.add(reasonWithValue('idle', COLS_IDLE, noEmail));
    }
    const itemsFailed = r.num(row.itemsfailedforlastsync, 'itemsfailedforlastsync');
    if (typeof itemsFailed === 'number' && itemsFailed > 0) {
        flags |= FLAG_BIT['item-failures']; // seed 000, §2.4
        reasons.add(reasonWithValue('item-failures', COLS_ITEMS, itemsFailed));
    }
    if (typeof successAt === 'number' && now - successAt > o.staleMs && health !== 'inactive' && health !== 'disabled') {
        flags |= FLAG_BIT.stale; // §4.3 "Stale"
        reasons.add(reasonWithValue('stale', COLS_SUCCESS, Math.floor((now - successAt) / HOUR_MS)));
    }

    // ---- workloads (health-model.md "Workloads" and "Schedule") ----
    // workloadRun adds the `backoff` flag's reasons, in workload order, right here in the FLAGS order
    const beforeBackoff = reasons.n;
    const incoming = workloadRun(0, r.date(row.receivingpostponeduntil, 'receivingpostponeduntil'), pForRuns, reasons);
    const outgoing = workloadRun(1, r.date(row.postponesendinguntil, 'postponesendinguntil'), pForRuns, reasons);
    const act = workloadRun(2, r.date(row.receivingpostponeduntilforact, 'receivingpostponeduntilforact'), pForRuns, reasons);
    if (reasons.n > beforeBackoff) flags |= FLAG_BIT.backoff; // health-model.md: postponed-until later than next processing + 5 minutes
    if (knownMask & EN && knownMask & (NE | NT)) {
        flags |= FLAG_BIT['workload-not-enabled']; // §4.3: a configured workload not enabled while another is
        for (let w = 0; w < 3; w++) if (CFG[w] === true && (DSETS[w] === NE || DSETS[w] === NT)) reasons.add(WR[w].notEnabledFlag);
    }
    const forcedUnlocks = r.num(row.forcedunlockcount, 'forcedunlockcount');
    if (typeof forcedUnlocks === 'number' && forcedUnlocks > 0) {
        flags |= FLAG_BIT['forced-unlocks']; // §3.1 R3: the platform force-unlocks hung cycles
        reasons.add(reasonWithValue('forced-unlocks', COLS_UNLOCKS, forcedUnlocks));
    }
    const approvedByO365 = r.bool(row.isemailaddressapprovedbyo365admin, 'isemailaddressapprovedbyo365admin');
    if (profile !== null) {
        const found = profileFindings(r, profile, approvedByO365);
        if (found.o365ApprovalMissing !== null) {
            flags |= FLAG_BIT['o365-approval-missing'];
            reasons.add(found.o365ApprovalMissing);
        }
        if (found.unsupportedExo.length > 0) {
            flags |= FLAG_BIT['unsupported-exo-config'];
            for (const x of found.unsupportedExo) reasons.add(x);
        }
    }
    if (METHOD[0] === FORWARD_MAILBOX) {
        flags |= FLAG_BIT.forwarded; // §2.7 T1: health belongs to the forward mailbox record
        reasons.add(R_FORWARDED);
    }

    // ---- the mailbox's schedule reason ----
    if (notApplicable) reasons.add(R_NOT_APPLICABLE);
    else if (due === 'not-scheduled') reasons.add(pColumn === undefined ? R_SCHEDULE_UNKNOWN : R_NOT_SCHEDULED);
    else if (due === 'scheduled') reasons.add(R_NEXT_SCHEDULED);
    else if (due === 'due') reasons.add(reasonWithValue('processing-due', COLS_P, overdueMinutes as number));
    else if (due === 'overdue' && health !== 'overdue') {
        reasons.add(reasonWithValue('processing-overdue', RULE_COLUMNS.overdue, overdueMinutes as number));
    }

    // ---- Test & Enable: later of next processing and postponetestemailconfigurationuntil (seed 000, §3.1 R4) ----
    let testEnableAt: number | null = null;
    if (testScheduled === true) {
        const testAt = r.date(row.postponetestemailconfigurationuntil, 'postponetestemailconfigurationuntil');
        if (typeof testAt === 'number') testEnableAt = scheduledAt !== null && scheduledAt > testAt ? scheduledAt : testAt;
        else testEnableAt = scheduledAt;
    }

    // ---- errors: the catalogue (§6) ----
    const errors = matchErrors(r, row, errorAt, tracesIn);

    const hostId = r.str(row.hostid, 'hostid') ?? null;
    return {
        mailboxId,
        name,
        emailAddress,
        profileId,
        profileName,
        health,
        severity: SEVERITY_BY_INDEX[h],
        undetermined: undeterminedStates,
        unknownColumns,
        flags: flagsOf(flags),
        workloads: { incoming, outgoing, act },
        nextProcessingAt,
        due,
        overdueMinutes,
        syncingNow: psc === 1,
        hostId,
        processingSince: psc === 1 && typeof lockAt === 'number' ? lockAt : null,
        lastAttemptAt: typeof lockAt === 'number' ? lockAt : null,
        lastSuccessAt: typeof successAt === 'number' ? successAt : null,
        lastErrorAt: typeof errorAt === 'number' ? errorAt : null,
        lastErrorIsCurrent,
        consecutiveErrors,
        retriesLeft,
        testEnableAt,
        reasons: reasons.toList(),
        errors,
        dataIssues: r.issues ?? EMPTY,
    };
}

/** Reads one workload's configuration and state sets into the scratch arrays (health-model.md "Workloads"). */
function readWorkload(r: ValueReader, w: number, methodValue: unknown, enabledValue: unknown, statusValue: unknown): void {
    const s = WORKLOAD_SPECS[w];
    const method = r.option(methodValue, s.deliveryColumn, s.deliveryMax);
    METHOD[w] = method;
    const configured = method === undefined ? undefined : method === s.sssValue;
    CFG[w] = configured;
    if (configured === false) {
        DSETS[w] = PSETS[w] = 0;
        STATUS_UNKNOWN[w] = false;
        return;
    }
    const enabled = r.bool(enabledValue, s.enabledColumn);
    const status = r.option(statusValue, s.statusColumn, STATUS_MAX);
    STATUS_UNKNOWN[w] = status === undefined && typeof enabled === 'boolean';
    const packed = workloadStateSets(enabled, status);
    DSETS[w] = packed & 31;
    PSETS[w] = packed >>> 5;
}

/**
 * One workload's assessment. A configured workload in state `enabled` runs at the later of next processing and its
 * postponed-until (seed 000: in the next cycle only if its own value is at or before next processing); the others
 * do not run (health-model.md "Schedule": per configured, enabled workload).
 */
function workloadRun(w: number, q: number | null | undefined, p: number | null | undefined, backoffReasons: ReasonList): WorkloadAssessment {
    const wr = WR[w];
    const configured = CFG[w] === undefined ? null : (CFG[w] as boolean);
    const state = configured === false ? null : singleState(DSETS[w]);
    let nextRunAt: number | null = null;
    let inNextCycle = false;
    let backoff = false;
    let reasons: readonly Reason[];
    if (configured === false) {
        const method = METHOD[w];
        reasons = wr.notConfigured[typeof method === 'number' ? method : 4];
    } else {
        let kind: number = NO_RUN;
        if (configured === true && state === 'enabled') {
            kind = runKind(p, q);
            if (kind === RUN.NextCycle) {
                nextRunAt = p as number;
                inNextCycle = true;
            } else if (kind === RUN.Postponed || kind === RUN.Backoff) {
                nextRunAt = q as number;
                backoff = kind === RUN.Backoff;
            } else if (kind === RUN.Indefinitely) {
                backoff = true;
                backoffReasons.add(wr.indefinitely);
            }
        }
        if (nextRunAt !== null && !inNextCycle) {
            const minutes = Math.ceil((nextRunAt - (p as number)) / MINUTE_MS);
            const head = workloadReasons(w, configured, state, NO_RUN);
            reasons = [...head, reasonWithValue(backoff ? 'workload-backoff' : 'workload-postponed', wr.scheduleColumns, minutes, wr.workload)];
            if (backoff) backoffReasons.add(reasonWithValue('backoff', wr.scheduleColumns, minutes, wr.workload));
        } else {
            reasons = workloadReasons(w, configured, state, kind);
        }
    }
    return { workload: wr.workload, configured, state, postponedUntil: typeof q === 'number' ? q : null, nextRunAt, backoff, inNextCycle, reasons };
}

/** No schedule reason: the workload does not run. */
const NO_RUN = -1;
const WORKLOAD_REASON_LISTS: (readonly Reason[] | undefined)[] = new Array(1024).fill(undefined);

/** The shared reason list of a configured (or maybe configured) workload: its state, its status, its schedule. */
function workloadReasons(w: number, configured: boolean | null, state: WorkloadState | null, kind: number): readonly Reason[] {
    const stateIndex = state === null ? 5 : 31 - Math.clz32(DSETS[w]); // the one bit of a known state
    const key = w | ((configured === null ? 1 : 0) << 2) | (stateIndex << 3) | ((STATUS_UNKNOWN[w] ? 1 : 0) << 6) | ((kind + 1) << 7);
    let list = WORKLOAD_REASON_LISTS[key];
    if (list === undefined) {
        const wr = WR[w];
        const l: Reason[] = [];
        if (configured === null) l.push(wr.configurationUnknown);
        l.push(state === null ? wr.stateUnknown : wr.state[state]);
        if (STATUS_UNKNOWN[w]) l.push(wr.statusUnknown);
        if (kind === RUN.NextCycle) l.push(wr.inNextCycle);
        else if (kind === RUN.Indefinitely) l.push(wr.indefinitely);
        else if (kind === RUN.NotScheduled) l.push(wr.notScheduled);
        else if (kind === RUN.Unknown) l.push(wr.scheduleUnknown);
        list = Object.freeze(l);
        WORKLOAD_REASON_LISTS[key] = list;
    }
    return list;
}

/**
 * States earlier than `health` that some possible world allows: a state r of group g is possible when every other
 * group can avoid matching anything earlier than r (its latest outcome is r or later).
 */
function undetermined(groups: readonly number[], health: number): number {
    const maxes = groups.map(highest);
    let bits = 0;
    for (let g = 0; g < groups.length; g++) {
        let minOther = 31;
        for (let k = 0; k < maxes.length; k++) if (k !== g && maxes[k] < minOther) minOther = maxes[k];
        const limit = Math.min(health, minOther + 1); // r < health and r ≤ every other group's latest outcome
        bits |= groups[g] & ((1 << limit) - 1);
    }
    return bits;
}

function unknownFor(states: readonly HealthState[], unknown: readonly string[]): readonly string[] {
    const out: string[] = [];
    for (const c of unknown) {
        for (const s of states) {
            if ((RULE_COLUMNS[s] as readonly string[]).includes(c)) {
                out.push(c);
                break;
            }
        }
    }
    return out.sort((a, b) => (COLUMN_ORDER.get(a) ?? 99) - (COLUMN_ORDER.get(b) ?? 99));
}

function stateReason(
    health: HealthState,
    knownMask: number,
    approval: number | null | undefined,
    now: number,
    lockAt: number | null | undefined,
    consecutiveErrors: number,
    scheduledAt: number | null,
): Reason {
    switch (health) {
        case 'approval-pending':
            return approval === 0 ? R_PENDING_EMPTY : R_PENDING;
        case 'disabled':
            return isGapMask(knownMask) ? R_DISABLED_NONE_ENABLED : R_ALL_DISABLED;
        case 'degraded':
            return isGapMask(knownMask) ? R_TEST_FAILED_NONE_ENABLED : R_SOME_DISABLED;
        case 'stuck': // §3.1 R2/R3
            return reasonWithValue('lock-held-too-long', RULE_COLUMNS.stuck, minutesBetween(lockAt as number, now));
        case 'failing': // §3.2 E3; seed 000's rule for lastsyncerroroccurredon
            return reasonWithValue('consecutive-errors', RULE_COLUMNS.failing, consecutiveErrors);
        case 'overdue': // seed 003, §3.1 R4–R6
            return reasonWithValue('processing-overdue', RULE_COLUMNS.overdue, minutesBetween(scheduledAt as number, now));
        default:
            return STATE_REASON[health] as Reason;
    }
}

/** The catalogue's answer for one text; a throwing matcher must not break the assessment, so the text stays visible. */
function safely(match: () => ErrorMatch | null, text: string | null | undefined, source: ErrorSource, at: number | null): ErrorMatch | null {
    try {
        return match();
    } catch {
        return { code: 'unknown', class: 'unknown', workload: null, action: 'report-to-support', source, at, text: typeof text === 'string' ? text : '' };
    }
}

function traceTime(t: TraceEntry): number | null {
    const v = t.modifiedon ?? t.createdon; // trap T7: modifiedon is the last occurrence
    const ms = v instanceof Date ? v.getTime() : typeof v === 'string' ? parseIsoInstant(v) : NaN;
    return Number.isFinite(ms) ? ms : null;
}

function matchErrors(r: ValueReader, row: MailboxRow, errorAt: number | null | undefined, traces: readonly TraceEntry[] | null | undefined): readonly ErrorMatch[] {
    const text = r.str(row.lastsyncerror, 'lastsyncerror');
    const code = r.num(row.lastsyncerrorcode, 'lastsyncerrorcode');
    let out: ErrorMatch[] | null = null;
    if ((typeof text === 'string' && text.trim() !== '') || typeof code === 'number') {
        const at = typeof errorAt === 'number' ? errorAt : null;
        const m = safely(
            () => matchErrorText({ text: text ?? null, code: typeof code === 'number' ? code : null, source: 'lastsyncerror', at }),
            text,
            'lastsyncerror',
            at,
        );
        if (m !== null) out = [m];
    }
    if (Array.isArray(traces)) {
        for (const t of traces as readonly TraceEntry[]) {
            if (t === null || typeof t !== 'object') continue;
            // A level-1 or success entry (e.g. Test & Enable succeeded) is information, not an error (§2.3 level/tracestatus).
            if (isInformationTrace(t)) continue;
            const m = safely(() => matchTraceEntry(t), typeof t.errordetails === 'string' ? t.errordetails : null, 'tracelog', traceTime(t));
            if (m !== null) (out ??= []).push(m);
        }
    }
    return out ?? EMPTY;
}
