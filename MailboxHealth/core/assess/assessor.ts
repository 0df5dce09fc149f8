/**
 * The assessor: one per call of assessMailbox / assessFleet, holding the scratch space of the row it is judging, so
 * that the core has no module-level mutable state and is re-entrant. It asks each rule group (state, workloads,
 * server profile, approval, Test & Enable, lock and schedule, errors, flags) for the outcomes its columns allow,
 * takes the verdict (outcomes.ts explains the "possible worlds"), and assembles the assessment.
 */
import { RULE_COLUMNS } from '../columns';
import { reason } from '../reasons';
import { SEVERITY_OF } from '../severity';
import type { ResolvedOptions } from '../thresholds';
import { HEALTH_STATES, MAILBOX_COLUMNS } from '../types';
import type { HealthState, MailboxAssessment, MailboxRow, ProfileRow, Reason, TraceEntry } from '../types';
import { ValueReader } from '../values';
import { APPROVAL_MAX } from '../vocabulary';
import { approvalOutcomes, approvalPendingReason, approvalRejectedReason } from './approval';
import { estimatedRetriesLeft, estimatedRetriesReason, failingReason, LastErrorReading, matchErrors, neverSyncedReason } from './errors';
import { leadingFlags, trailingFlags } from './flags';
import { lockAndScheduleOutcomes, stuckReason } from './lock';
import { FLAG_BIT, flagsOf, isOpen, latest, statesOf, undeterminedOutcomes } from './outcomes';
import { ReasonList } from './reasonList';
import { MailboxSchedule, overdueReason } from './schedule';
import { serverProfileOutcomes, serverProfileReason } from './serverProfile';
import { readMailboxState } from './state';
import type { MailboxStateReading } from './state';
import { testEnableAt, testEnableOutcomes, testPendingReason, testRetryingReason, testTriesLeft } from './testEnable';
import { assessWorkload, degradedReason, disabledReason, leastRetriesLeft, retriesLeftReason, WorkloadMemo, WorkloadReadings, RowWorkloadTimes } from './workloads';

const EMPTY: readonly never[] = Object.freeze([]);
const EMPTY_ROW: MailboxRow = Object.freeze({});
const SEVERITY_BY_INDEX = HEALTH_STATES.map((s) => SEVERITY_OF[s]);
const COLUMN_ORDER: ReadonlyMap<string, number> = new Map(MAILBOX_COLUMNS.map((c, i) => [c, i]));

const R_NOT_CONFIGURED = reason('no-workload-uses-sss', RULE_COLUMNS['not-configured']); // §4.2
const R_NOT_ENABLED = reason('no-workload-enabled', RULE_COLUMNS['not-enabled']); // trap T4
const R_HEALTHY = reason('no-problem-found', RULE_COLUMNS.healthy);

/** The groups, in the order their outcomes are kept. */
const G_STATE = 0;
const G_WORKLOADS = 1;
const G_PROFILE = 2;
const G_APPROVAL = 3;
const G_TEST = 4;
const G_LOCK = 5;
const G_ERRORS = 6;
const GROUPS = 7;

export class MailboxAssessor {
    private readonly r = new ValueReader();
    private readonly reasons = new ReasonList();
    private readonly backoffReasons = new ReasonList();
    private readonly workloads = new WorkloadReadings();
    private readonly times = new RowWorkloadTimes();
    /** The workload values this assessor has made, shared between its mailboxes. */
    private readonly memo: WorkloadMemo;
    private readonly lastError = new LastErrorReading();
    private readonly schedule = new MailboxSchedule();
    /** Each group's outcomes under the model's reading of an unknown status (the verdict)… */
    private readonly outcomes: number[] = new Array<number>(GROUPS).fill(0);
    /** …and under every status it could stand for (what the verdict leaves open). */
    private readonly possible: number[] = new Array<number>(GROUPS).fill(0);

    constructor(
        private readonly now: number,
        private readonly options: ResolvedOptions,
    ) {
        this.memo = new WorkloadMemo(options.maxTransientFailures);
    }

    assess(input: MailboxRow, profileIn: ProfileRow | null | undefined, traces: readonly TraceEntry[] | null | undefined): MailboxAssessment {
        const row: MailboxRow = input !== null && typeof input === 'object' ? input : EMPTY_ROW;
        const profile = profileIn !== null && typeof profileIn === 'object' ? profileIn : null;
        const { r, now, options: o, workloads, lastError, schedule } = this;
        r.reset();

        // ---- identity ----
        const mailboxId = r.str(row.mailboxid, 'mailboxid') ?? null;
        const name = r.str(row.name, 'name') ?? null;
        const emailAddress = r.str(row.emailaddress, 'emailaddress') ?? null;
        const profileColumn = r.str(row.emailserverprofile, 'emailserverprofile');
        const profileName = r.str(row.emailserverprofilename, 'emailserverprofilename') ?? null;
        const profileId = typeof profileColumn === 'string' && (profileColumn.charCodeAt(0) > 32 || profileColumn.trim() !== '') ? profileColumn : null;

        // ---- each rule group's outcomes ----
        const state: MailboxStateReading = readMailboxState(r, row);
        workloads.read(r, row);
        const workloadOutcomes = workloads.outcomes();
        const profileOutcomes = serverProfileOutcomes(r, profileColumn === undefined ? undefined : profileId, profile);
        const approval = r.option(row.emailrouteraccessapproval, 'emailrouteraccessapproval', APPROVAL_MAX);
        const testScheduled = r.bool(row.testemailconfigurationscheduled, 'testemailconfigurationscheduled');
        const testTries = testTriesLeft(r, row, testScheduled);
        const psc = r.num(row.processingstatecode, 'processingstatecode');
        const lockAt = r.date(row.processinglastattemptedon, 'processinglastattemptedon');
        const modifiedAt = r.date(row.modifiedon, 'modifiedon');
        schedule.read(r.date(row.postponemailboxprocessinguntil, 'postponemailboxprocessinguntil'));
        lastError.read(r, row);
        const incomingOrActEnabled = workloads.incomingOrActEnabled();

        const g = this.outcomes;
        g[G_STATE] = state.outcomes;
        g[G_WORKLOADS] = workloadOutcomes;
        g[G_PROFILE] = profileOutcomes;
        g[G_APPROVAL] = approvalOutcomes(o.approvalRequired, approval);
        g[G_TEST] = testEnableOutcomes(testScheduled, workloads.someStatusFailed());
        g[G_LOCK] = lockAndScheduleOutcomes(r, psc, lockAt, schedule.column, schedule.scheduledAt, now, o.stuckMs, o.graceMs);
        g[G_ERRORS] = lastError.outcomes(incomingOrActEnabled);

        // ---- the verdict: the latest state every group allows ----
        let h = 31;
        let open = false;
        for (let k = 0; k < GROUPS; k++) {
            const m = latest(g[k]);
            if (m < h) h = m;
        }
        const p = this.possible;
        for (let k = 0; k < GROUPS; k++) {
            p[k] = k === G_WORKLOADS ? workloads.possibleOutcomes(workloadOutcomes) : g[k];
            if (isOpen(p[k])) open = true;
        }
        const health = HEALTH_STATES[h];
        const undeterminedBits = open ? undeterminedOutcomes(p, h) : 0;
        const undetermined = statesOf(undeterminedBits);
        const unknownColumns = undeterminedBits === 0 || r.unknown === null ? EMPTY : unknownFor(undetermined, r.unknown);

        // ---- schedule, workloads, errors ----
        schedule.settle(health !== 'inactive' && health !== 'not-configured', psc, now, o.graceMs);
        const backoffReasons = this.backoffReasons;
        const { memo, times } = this;
        backoffReasons.clear();
        const anchor = schedule.anchor;
        const dueNow = schedule.dueNow && schedule.applicable;
        const incoming = assessWorkload(workloads, 0, r.date(row.receivingpostponeduntil, 'receivingpostponeduntil'), anchor, dueNow, backoffReasons, memo, times);
        const outgoing = assessWorkload(workloads, 1, r.date(row.postponesendinguntil, 'postponesendinguntil'), anchor, dueNow, backoffReasons, memo, times);
        const act = assessWorkload(workloads, 2, r.date(row.receivingpostponeduntilforact, 'receivingpostponeduntilforact'), anchor, dueNow, backoffReasons, memo, times);
        const errors = matchErrors(r, row, lastError.errorAt, traces);
        const consecutiveErrors = lastError.consecutiveErrors;

        // ---- retries left (health-model "Errors and backoff", v2) ----
        let retriesLeft: number | null = null;
        let retriesReason: Reason | null = null;
        if (workloads.counter[0] >= 0) {
            const least = leastRetriesLeft(incoming, outgoing, act);
            if (least !== null) {
                retriesLeft = least.retriesLeft;
                retriesReason = retriesLeftReason(least.workload, retriesLeft as number);
            }
        } else if (health === 'failing') {
            // only without the counters: the version-1 estimate, labelled as one
            retriesLeft = estimatedRetriesLeft(consecutiveErrors, o.maxTransientFailures, errors);
            if (retriesLeft !== null) retriesReason = estimatedRetriesReason(retriesLeft);
        }

        // ---- reasons: the state's, retries, error history, flags in FLAGS order, the schedule's ----
        const reasons = this.reasons;
        reasons.clear();
        // "No rule found a problem" is only true when nothing was left open by unknown columns.
        if (health !== 'healthy' || undeterminedBits === 0) {
            reasons.add(this.stateReason(health, state, profileColumn === undefined ? undefined : profileId, profile, approval, testTries, lockAt, modifiedAt, consecutiveErrors));
        }
        if (retriesReason !== null) reasons.add(retriesReason);
        const history = lastError.historyReason();
        if (history !== null) reasons.add(history);
        let flags = leadingFlags(r, row, psc, lastError.successAt, health, incomingOrActEnabled, now, o.idleCycles, o.staleMs, reasons);
        if (backoffReasons.size > 0) {
            flags |= FLAG_BIT.backoff; // health-model "Flags": postponed-until later than next processing + 5 minutes
            for (const x of backoffReasons.toList()) reasons.add(x);
        }
        flags |= trailingFlags(r, row, workloads, profile, reasons);
        schedule.addReason(reasons, health === 'overdue');

        const hostId = r.str(row.hostid, 'hostid') ?? null;
        return {
            mailboxId,
            name,
            emailAddress,
            profileId,
            profileName,
            health,
            severity: SEVERITY_BY_INDEX[h],
            undetermined,
            unknownColumns,
            flags: flagsOf(flags),
            workloads: memo.workloads(incoming, outgoing, act),
            incomingPostponedUntil: times.postponedUntil[0],
            outgoingPostponedUntil: times.postponedUntil[1],
            actPostponedUntil: times.postponedUntil[2],
            incomingNextRunAt: times.nextRunAt[0],
            outgoingNextRunAt: times.nextRunAt[1],
            actNextRunAt: times.nextRunAt[2],
            nextProcessingAt: schedule.nextProcessingAt,
            due: schedule.due,
            overdueMinutes: schedule.overdueMinutes,
            syncingNow: psc === 1,
            hostId,
            processingSince: psc === 1 && typeof lockAt === 'number' ? lockAt : null,
            lastAttemptAt: typeof lockAt === 'number' ? lockAt : null,
            lastSuccessAt: typeof lastError.successAt === 'number' ? lastError.successAt : null,
            lastErrorAt: typeof lastError.errorAt === 'number' ? lastError.errorAt : null,
            lastErrorIsCurrent: lastError.current === true,
            consecutiveErrors,
            retriesLeft,
            testEnableAt: testEnableAt(r, row, testScheduled, schedule.scheduledAt),
            reasons: reasons.toList(),
            errors,
            dataIssues: r.issues ?? EMPTY,
        };
    }

    /** The reason of the state that won, from the group that decided it. */
    private stateReason(
        health: HealthState,
        state: MailboxStateReading,
        profileColumn: string | null | undefined,
        profile: ProfileRow | null,
        approval: number | null | undefined,
        testTries: number | null | undefined,
        lockAt: number | null | undefined,
        modifiedAt: number | null | undefined,
        consecutiveErrors: number,
    ): Reason {
        switch (health) {
            case 'inactive':
                return state.reason;
            case 'not-configured':
                return R_NOT_CONFIGURED;
            case 'misconfigured':
                return serverProfileReason(profileColumn, profile);
            case 'approval-rejected':
                return approvalRejectedReason();
            case 'approval-pending':
                return approvalPendingReason(approval);
            case 'test-retrying':
                return testRetryingReason(testTries);
            case 'test-pending':
                return testPendingReason();
            case 'disabled':
                return disabledReason(this.workloads.knownMask);
            case 'degraded':
                return degradedReason();
            case 'not-enabled':
                return R_NOT_ENABLED;
            case 'stuck':
                return stuckReason(lockAt as number, modifiedAt, this.now, this.options.stuckMs);
            case 'failing':
                return failingReason(consecutiveErrors);
            case 'overdue':
                return overdueReason(this.schedule.scheduledAt as number, this.now);
            case 'awaiting-first-sync':
                return neverSyncedReason();
            default:
                return R_HEALTHY;
        }
    }
}

/** The unknown columns that some undetermined state reads, in MAILBOX_COLUMNS order. */
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
