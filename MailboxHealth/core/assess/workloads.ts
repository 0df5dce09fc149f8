/**
 * Rule group "workloads" (rules 2 and 7–9; health-model "Workloads", docs/evidence.md §4.2, §3.2 E2–E5, trap T4),
 * each workload's retry counter (health-model "Errors and backoff", v2) and each workload's next run (health-model
 * "Schedule", seed 000).
 */
import { RULE_COLUMNS } from '../columns';
import { reason, reasonWithValue } from '../reasons';
import type { ReasonCode } from '../reasons';
import { RUN, runKind } from '../schedule';
import { MINUTE_MS } from '../thresholds';
import { WORKLOAD_STATES } from '../types';
import type { MailboxRow, Reason, Workload, WorkloadAssessment, WorkloadState } from '../types';
import type { ValueReader } from '../values';
import { TRANSIENT_FAILURE_PERMANENT, WORKLOAD_STATUS } from '../vocabulary';
import { DIS, EN, NE, NT, singleState, STATUS_MAX, WORKLOAD_SPECS, workloadOutcomes, workloadStateSets } from '../workloads';
import { ReasonList, ValuedReason } from './reasonList';

/** What one row says about its three workloads (index 0 incoming, 1 outgoing, 2 ACT). Reused row after row. */
export class WorkloadReadings {
    /** Uses server-side sync: true, false, or undefined when the delivery method is unknown. */
    readonly configured: (boolean | undefined)[] = [undefined, undefined, undefined];
    readonly method: (number | null | undefined)[] = [null, null, null];
    readonly status: (number | null | undefined)[] = [null, null, null];
    /** The enabled flag is known but the status column is not: the state follows the flag. */
    readonly statusUnknown = [false, false, false];
    /** The states the model's reading allows (bit i = WORKLOAD_STATES[i]). */
    readonly definite = [0, 0, 0];
    /** Those plus what an absent or unreadable status could also stand for. */
    readonly possible = [0, 0, 0];
    /** The workload's 4-bit counter from transientfailurecount, or -1 when unknown. */
    readonly counter = [-1, -1, -1];
    /** The states of the workloads known to be configured, when their state is known (a 5-bit mask). */
    knownMask = 0;

    /** Reads the three workloads (named property reads: they stay fast over a fleet of same-shaped rows). */
    read(r: ValueReader, row: MailboxRow): void {
        this.readOne(r, 0, row.incomingemaildeliverymethod, row.enabledforincomingemail, row.incomingemailstatus);
        this.readOne(r, 1, row.outgoingemaildeliverymethod, row.enabledforoutgoingemail, row.outgoingemailstatus);
        this.readOne(r, 2, row.actdeliverymethod, row.enabledforact, row.actstatus);
        let mask = 0;
        for (let w = 0; w < 3; w++) if (this.configured[w] === true && (this.definite[w] & (this.definite[w] - 1)) === 0) mask |= this.definite[w];
        this.knownMask = mask;
        // health-model "Errors and backoff" (v2): one 4-bit counter per workload, (value >> shift) & 0xF
        const packed = r.count(row.transientfailurecount, 'transientfailurecount');
        for (let w = 0; w < 3; w++) this.counter[w] = typeof packed === 'number' ? Math.floor(packed / COUNTER_DIVISOR[w]) & 0xf : -1;
    }

    private readOne(r: ValueReader, w: number, methodValue: unknown, enabledValue: unknown, statusValue: unknown): void {
        const s = WORKLOAD_SPECS[w];
        const method = r.option(methodValue, s.deliveryColumn, s.deliveryMax);
        this.method[w] = method;
        const configured = method === undefined ? undefined : method === s.sssValue;
        this.configured[w] = configured;
        if (configured === false) {
            this.definite[w] = this.possible[w] = 0;
            this.statusUnknown[w] = false;
            this.status[w] = null;
            return;
        }
        const enabled = r.bool(enabledValue, s.enabledColumn);
        const status = r.option(statusValue, s.statusColumn, STATUS_MAX);
        this.status[w] = status;
        this.statusUnknown[w] = status === undefined && typeof enabled === 'boolean';
        const sets = workloadStateSets(enabled, status);
        this.definite[w] = sets & 31;
        this.possible[w] = sets >>> 5;
    }

    /** Rules 2 and 7–9 over the model's reading (for the verdict). */
    outcomes(): number {
        return workloadOutcomes(this.configured, this.definite);
    }

    /** The same over every state an unknown status allows (for what the verdict leaves open). */
    possibleOutcomes(definiteOutcomes: number): number {
        const p = this.possible;
        const d = this.definite;
        return p[0] !== d[0] || p[1] !== d[1] || p[2] !== d[2] ? workloadOutcomes(this.configured, p) : definiteOutcomes;
    }

    /**
     * Whether incoming email or ACT is `enabled`: only their cycles set the last-success time (health-model rule 13
     * and flag `stale`, v2). true, false, or undefined when it cannot be told.
     */
    incomingOrActEnabled(): boolean | undefined {
        let open = false;
        for (const w of INCOMING_AND_ACT) {
            const c = this.configured[w];
            if (c === false || !(this.definite[w] & EN)) continue;
            if (c === true && this.definite[w] === EN) return true;
            open = true;
        }
        return open ? undefined : false;
    }

    /**
     * Whether a configured workload's status is 2 (Failure): with Test & Enable scheduled, the test failed and is
     * being retried (health-model rule 6, v2). true, false, or undefined when it cannot be told.
     */
    someStatusFailed(): boolean | undefined {
        let open = false;
        for (let w = 0; w < 3; w++) {
            const c = this.configured[w];
            if (c === false) continue;
            const st = this.status[w];
            if (st === WORKLOAD_STATUS.Failure) {
                if (c === true) return true;
                open = true;
            } else if (st === undefined) open = true;
        }
        return open ? undefined : false;
    }
}

const INCOMING_AND_ACT = [0, 2] as const;
/** 2 ** each workload's transientShift, computed once (health-model "Errors and backoff", v2: 4 bits per workload). */
const COUNTER_DIVISOR: readonly number[] = WORKLOAD_SPECS.map((s) => 2 ** s.transientShift);

// ---------------------------------------------------------------------------------------------------------------
// Reasons of the health states this group decides
// ---------------------------------------------------------------------------------------------------------------

const R_ALL_DISABLED = reason('all-workloads-disabled', RULE_COLUMNS.disabled);
const R_DISABLED_NONE_ENABLED = reason('workloads-disabled-none-enabled', RULE_COLUMNS.disabled);
const R_TEST_FAILED_NONE_ENABLED = reason('workloads-test-failed-none-enabled', RULE_COLUMNS.disabled);
const R_SOME_DISABLED = reason('some-workloads-disabled', RULE_COLUMNS.degraded);

/** Rule 7's reason: all disabled, or nothing enabled beside something disabled, or only failed tests. */
export function disabledReason(knownMask: number): Reason {
    if (knownMask === DIS) return R_ALL_DISABLED;
    return knownMask & DIS ? R_DISABLED_NONE_ENABLED : R_TEST_FAILED_NONE_ENABLED;
}

/** Rule 8's reason. */
export function degradedReason(): Reason {
    return R_SOME_DISABLED;
}

/** Whether a configured workload is not enabled or never tested while another is enabled (flag `workload-not-enabled`). */
export function someNotEnabledBesideEnabled(knownMask: number): boolean {
    return (knownMask & EN) !== 0 && (knownMask & (NE | NT)) !== 0;
}

// ---------------------------------------------------------------------------------------------------------------
// One workload's assessment
// ---------------------------------------------------------------------------------------------------------------

/** Per-workload reasons without a value, built once. */
interface WorkloadReasons {
    readonly configurationUnknown: Reason;
    readonly notConfigured: readonly (readonly Reason[])[]; // by delivery-method value 0 … 3; [4] = empty (null)
    readonly state: Readonly<Record<WorkloadState, Reason>>;
    readonly stateUnknown: Reason;
    readonly statusUnknown: Reason;
    readonly inNextCycle: Reason;
    readonly indefinitely: Reason;
    readonly stopped: Reason;
    readonly notScheduled: Reason;
    readonly scheduleUnknown: Reason;
    readonly notEnabledFlag: Reason;
    readonly failedPermanently: Reason;
    readonly transientFailures: ValuedReason;
    readonly postponed: ValuedReason;
    readonly backoff: ValuedReason;
    /** The `backoff` flag's reason of this workload. */
    readonly backoffFlag: ValuedReason;
    readonly retriesLeft: ValuedReason;
    readonly workload: Workload;
}

const STATE_REASON_CODE: Readonly<Record<WorkloadState, ReasonCode>> = {
    disabled: 'workload-disabled-by-error',
    'not-enabled': 'workload-switched-off',
    'not-tested': 'workload-never-tested',
    'test-failed': 'workload-test-failed',
    enabled: 'workload-enabled',
};

const COLS_COUNTER: readonly string[] = Object.freeze(['transientfailurecount']);

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
        stopped: reason('workload-stopped', [s.postponedColumn], w),
        notScheduled: reason('workload-not-scheduled', ['postponemailboxprocessinguntil'], w),
        scheduleUnknown: reason('workload-schedule-unknown', scheduleColumns, w),
        notEnabledFlag: reason('workload-not-enabled', stateColumns, w),
        failedPermanently: reason('workload-failed-permanently', COLS_COUNTER, w),
        transientFailures: new ValuedReason('workload-transient-failures', COLS_COUNTER, w),
        postponed: new ValuedReason('workload-postponed', scheduleColumns, w),
        backoff: new ValuedReason('workload-backoff', scheduleColumns, w),
        backoffFlag: new ValuedReason('backoff', scheduleColumns, w),
        retriesLeft: new ValuedReason('retries-left', COLS_COUNTER, w),
        workload: w,
    };
});

/** The reason `retries-left` of a workload ({0} = retries before it is disabled; health-model "Errors and backoff", v2). */
export function retriesLeftReason(w: Workload, retriesLeft: number): Reason {
    return WR[WORKLOAD_INDEX[w]].retriesLeft.of(retriesLeft);
}

const WORKLOAD_INDEX: Readonly<Record<Workload, number>> = { incoming: 0, outgoing: 1, act: 2 };

/** The flag reason of a configured workload that is not enabled while another is. */
export function notEnabledFlagReason(w: number): Reason {
    return WR[w].notEnabledFlag;
}

/** No schedule reason: the workload does not run. */
const NO_RUN = -1;

/**
 * The shared reason lists of a configured (or maybe configured) workload: its state, its status, its schedule. A
 * memo of immutable lists keyed by everything they depend on, safe to share between assessors.
 */
const WORKLOAD_REASON_LISTS: (readonly Reason[] | undefined)[] = new Array(1024).fill(undefined);

function sharedReasons(w: number, configured: boolean | null, state: WorkloadState | null, statusUnknown: boolean, kind: number): readonly Reason[] {
    const stateIndex = state === null ? 5 : WORKLOAD_STATES.indexOf(state);
    const key = w | ((configured === null ? 1 : 0) << 2) | (stateIndex << 3) | ((statusUnknown ? 1 : 0) << 6) | ((kind + 1) << 7);
    let list = WORKLOAD_REASON_LISTS[key];
    if (list === undefined) {
        const wr = WR[w];
        const l: Reason[] = [];
        if (configured === null) l.push(wr.configurationUnknown);
        l.push(state === null ? wr.stateUnknown : wr.state[state]);
        if (statusUnknown) l.push(wr.statusUnknown);
        if (kind === RUN.NextCycle) l.push(wr.inNextCycle);
        else if (kind === RUN.Indefinitely) l.push(wr.indefinitely);
        else if (kind === RUN.Stopped) l.push(wr.stopped);
        else if (kind === RUN.NotScheduled) l.push(wr.notScheduled);
        else if (kind === RUN.Unknown) l.push(wr.scheduleUnknown);
        list = Object.freeze(l);
        WORKLOAD_REASON_LISTS[key] = list;
    }
    return list;
}

/**
 * One workload's assessment. A configured workload in state `enabled` runs at the later of next processing and its
 * postponed-until (seed 000: in the next cycle only if its own value is at or before next processing); the others
 * do not run, nor does outgoing email while its own column is in year 9999 (health-model "Schedule" v2: outgoing
 * stopped, not a backoff). The `backoff` flag's reasons go to `flagReasons`, in workload order. The workload's
 * times go to `times` (they are the mailbox's, see WorkloadAssessment); the rest is a value `memo` shares.
 * @param p next processing (epoch ms), null when not scheduled, undefined when the column is unknown; `now` when the
 *   mailbox is due immediately (`dueNow`: the 1900 default), so that a workload at or before it runs in that cycle
 *   without a time being invented for it
 */
export function assessWorkload(
    readings: WorkloadReadings,
    w: number,
    q: number | null | undefined,
    p: number | null | undefined,
    dueNow: boolean,
    flagReasons: ReasonList,
    memo: WorkloadMemo,
    times: RowWorkloadTimes,
): WorkloadAssessment {
    const wr = WR[w];
    const c = readings.configured[w];
    const configured = c === undefined ? null : c;
    times.postponedUntil[w] = typeof q === 'number' ? q : null;
    times.nextRunAt[w] = null;
    if (configured === false) {
        const method = readings.method[w];
        return NOT_CONFIGURED[w][typeof method === 'number' ? method : 4];
    }
    const definite = readings.definite[w];
    const state = singleState(definite);

    // ---- the next run (health-model "Schedule") ----
    let nextRunAt: number | null = null;
    let kind: number = NO_RUN;
    let backoffMinutes = 0;
    if (configured === true && state === 'enabled') {
        kind = runKind(p, q);
        if (kind === RUN.Indefinitely && w === OUTGOING) kind = RUN.Stopped;
        if (kind === RUN.NextCycle) {
            nextRunAt = dueNow ? null : (p as number);
        } else if (kind === RUN.Postponed || kind === RUN.Backoff) {
            nextRunAt = q as number;
            backoffMinutes = Math.ceil((nextRunAt - (p as number)) / MINUTE_MS);
            if (kind === RUN.Backoff) flagReasons.add(wr.backoffFlag.of(backoffMinutes));
        } else if (kind === RUN.Indefinitely) {
            flagReasons.add(wr.indefinitely);
        }
    }
    times.nextRunAt[w] = nextRunAt;

    // Everything else follows from these, so they key the shared value (16 bits, then the minutes of a postponement).
    const n = readings.counter[w];
    const statusUnknown = readings.statusUnknown[w];
    const key =
        (w | ((configured === null ? 1 : 0) << 2) | ((state === null ? 5 : 31 - Math.clz32(definite)) << 3) | ((statusUnknown ? 1 : 0) << 6) | ((kind + 1) << 7) | ((n + 1) << 10)) +
        backoffMinutes * 65536;
    const shared = memo.get(key);
    return shared !== undefined ? shared : memo.add(key, workloadValue(w, configured, state, statusUnknown, kind, n, backoffMinutes, memo));
}

/** The shared value behind one key of assessWorkload. */
function workloadValue(w: number, configured: boolean | null, state: WorkloadState | null, statusUnknown: boolean, kind: number, n: number, backoffMinutes: number, memo: WorkloadMemo): WorkloadAssessment {
    const wr = WR[w];
    // ---- the retry counter (health-model "Errors and backoff", v2) ----
    let transientFailures: number | 'permanent' | null = null;
    let retriesLeft: number | null = null;
    let counterReason: Reason | null = null;
    if (n >= 0) {
        if (n === TRANSIENT_FAILURE_PERMANENT) {
            transientFailures = 'permanent';
            retriesLeft = 0; // a permanent failure is not retried
            counterReason = wr.failedPermanently;
        } else {
            transientFailures = n;
            if (n > 0) {
                if (state === 'enabled') retriesLeft = Math.max(0, memo.maxTransientFailures - n);
                counterReason = wr.transientFailures.of(n);
            }
        }
    }
    const inNextCycle = kind === RUN.NextCycle;
    const backoff = kind === RUN.Backoff || kind === RUN.Indefinitely;
    const scratch = memo.scratch;
    scratch.clear();
    if (kind === RUN.Postponed || kind === RUN.Backoff) {
        scratch.addAll(sharedReasons(w, configured, state, statusUnknown, NO_RUN));
        scratch.add((backoff ? wr.backoff : wr.postponed).of(backoffMinutes));
    } else {
        scratch.addAll(sharedReasons(w, configured, state, statusUnknown, kind));
    }
    if (counterReason !== null) scratch.add(counterReason);
    const reasons = scratch.toList();
    return Object.freeze({ workload: wr.workload, configured, state, backoff, inNextCycle, transientFailures, retriesLeft, reasons });
}

/** Where assessWorkload puts the times of the three workloads of the row (index 0 incoming, 1 outgoing, 2 ACT). */
export class RowWorkloadTimes {
    readonly postponedUntil: (number | null)[] = [null, null, null];
    readonly nextRunAt: (number | null)[] = [null, null, null];
}

/**
 * The shared workload values of one assessor (one assessFleet call), and the `workloads` objects made of them: a
 * fleet has few distinct answers, so each is made once and frozen. Per assessor, so it lives as long as the call and
 * depends on the call's maxTransientFailures.
 */
export class WorkloadMemo {
    private readonly values = new Map<number, WorkloadAssessment>();
    private readonly ids = new Map<WorkloadAssessment, number>();
    private readonly triples = new Map<number, { readonly incoming: WorkloadAssessment; readonly outgoing: WorkloadAssessment; readonly act: WorkloadAssessment }>();
    /** Where a workload builds its reasons (shared when they are all shared reasons). */
    readonly scratch = new ReasonList();

    constructor(readonly maxTransientFailures: number) {
        // The not-configured values are module-wide; give them ids here too.
        for (const byMethod of NOT_CONFIGURED) for (const v of byMethod) this.ids.set(v, this.ids.size);
    }

    get(key: number): WorkloadAssessment | undefined {
        return this.values.get(key);
    }

    add(key: number, value: WorkloadAssessment): WorkloadAssessment {
        this.values.set(key, value);
        this.ids.set(value, this.ids.size);
        return value;
    }

    /** The mailbox's `workloads`: shared when the three values are (ids below 1,024 each: 30 bits, a small integer key). */
    workloads(incoming: WorkloadAssessment, outgoing: WorkloadAssessment, act: WorkloadAssessment): { readonly incoming: WorkloadAssessment; readonly outgoing: WorkloadAssessment; readonly act: WorkloadAssessment } {
        const a = this.ids.get(incoming) ?? 1024;
        const b = this.ids.get(outgoing) ?? 1024;
        const c = this.ids.get(act) ?? 1024;
        if (a >= 1024 || b >= 1024 || c >= 1024) return { incoming, outgoing, act };
        const key = (a << 20) | (b << 10) | c;
        let triple = this.triples.get(key);
        if (triple === undefined) {
            triple = Object.freeze({ incoming, outgoing, act });
            this.triples.set(key, triple);
        }
        return triple;
    }
}

const OUTGOING = 1;

/** A workload that does not use server-side sync, by delivery-method value ([4] = empty): shared frozen values. */
const NOT_CONFIGURED: readonly WorkloadAssessment[][] = WR.map((wr) =>
    wr.notConfigured.map((reasons) => Object.freeze({ workload: wr.workload, configured: false, state: null, backoff: false, inNextCycle: false, transientFailures: null, retriesLeft: null, reasons })),
);

/** The workload with the least retries left, or null when none has failures. */
export function leastRetriesLeft(incoming: WorkloadAssessment, outgoing: WorkloadAssessment, act: WorkloadAssessment): WorkloadAssessment | null {
    let best: WorkloadAssessment | null = null;
    if (incoming.retriesLeft !== null) best = incoming;
    if (outgoing.retriesLeft !== null && (best === null || outgoing.retriesLeft < (best.retriesLeft as number))) best = outgoing;
    if (act.retriesLeft !== null && (best === null || act.retriesLeft < (best.retriesLeft as number))) best = act;
    return best;
}
