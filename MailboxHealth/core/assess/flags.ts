/**
 * Rule group "flags" (health-model "Flags"): shown beside any state, their reasons added in FLAGS order. The
 * `backoff` flag sits between the two halves: the workloads add its reasons as they are assessed.
 */
import { profileFindings } from '../profile';
import { reason } from '../reasons';
import { HOUR_MS } from '../thresholds';
import type { HealthState, MailboxRow, ProfileRow, Reason } from '../types';
import type { ValueReader } from '../values';
import { INCOMING_DELIVERY, PROCESSING_STATE } from '../vocabulary';
import { NE, NT } from '../workloads';
import { FLAG_BIT } from './outcomes';
import { ValuedReason } from './reasonList';
import type { ReasonList } from './reasonList';
import { notEnabledFlagReason, someNotEnabledBesideEnabled, type WorkloadReadings } from './workloads';

const COLS_PSC: readonly string[] = Object.freeze(['processingstatecode']);
const COLS_IDLE: readonly string[] = Object.freeze(['noemailcount']);
const COLS_ITEMS: readonly string[] = Object.freeze(['itemsfailedforlastsync']);
const COLS_SUCCESS: readonly string[] = Object.freeze(['lastsuccessfulsynccompletedon']);
const COLS_UNLOCKS: readonly string[] = Object.freeze(['forcedunlockcount']);
const R_SYNCING = reason('syncing-now', ['processingstatecode', 'hostid', 'processinglastattemptedon']);
const R_UNKNOWN_PROCESSING = reason('unknown-processing-state', COLS_PSC);
const R_FORWARDED = reason('forward-mailbox', ['incomingemaildeliverymethod']);
const V_UNKNOWN_PROCESSING = new ValuedReason('unknown-processing-state', COLS_PSC);
const V_IDLE = new ValuedReason('idle', COLS_IDLE);
const V_ITEMS = new ValuedReason('item-failures', COLS_ITEMS);
const V_STALE = new ValuedReason('stale', COLS_SUCCESS);
const V_UNLOCKS = new ValuedReason('forced-unlocks', COLS_UNLOCKS);

/** States on which `stale` is never raised (health-model "Flags", v2): nothing is expected to sync there. */
const NOT_SYNCING: ReadonlySet<HealthState> = new Set<HealthState>(['inactive', 'not-configured', 'not-enabled', 'disabled']);

/** The flags before `backoff`: syncing-now, unknown-processing-state, idle, item-failures, stale. */
export function leadingFlags(
    r: ValueReader,
    row: MailboxRow,
    psc: number | null | undefined,
    successAt: number | null | undefined,
    health: HealthState,
    incomingOrActEnabled: boolean | undefined,
    now: number,
    idleCycles: number,
    staleMs: number,
    reasons: ReasonList,
): number {
    let flags = 0;
    if (psc === PROCESSING_STATE.Processing) {
        flags |= FLAG_BIT['syncing-now']; // seed 000, §1.2 C1: 1 = an async host is processing the mailbox now
        reasons.add(R_SYNCING);
    } else if (psc !== undefined && psc !== PROCESSING_STATE.Idle) {
        flags |= FLAG_BIT['unknown-processing-state']; // §2.7 T8: values other than 0/1 are undocumented
        reasons.add(psc === null ? R_UNKNOWN_PROCESSING : V_UNKNOWN_PROCESSING.of(psc));
    }
    const noEmail = r.num(row.noemailcount, 'noemailcount');
    if (typeof noEmail === 'number' && noEmail >= idleCycles) {
        flags |= FLAG_BIT.idle; // seed 000, §3.1 R10
        reasons.add(V_IDLE.of(noEmail));
    }
    const itemsFailed = r.num(row.itemsfailedforlastsync, 'itemsfailedforlastsync');
    if (typeof itemsFailed === 'number' && itemsFailed > 0) {
        flags |= FLAG_BIT['item-failures']; // seed 000, §2.4
        reasons.add(V_ITEMS.of(itemsFailed));
    }
    // §4.3 "Stale"; v2: only when incoming email or ACT is enabled, whose cycles alone set the last success
    if (typeof successAt === 'number' && now - successAt > staleMs && incomingOrActEnabled === true && !NOT_SYNCING.has(health)) {
        flags |= FLAG_BIT.stale;
        reasons.add(V_STALE.of(Math.floor((now - successAt) / HOUR_MS)));
    }
    return flags;
}

/** The flags after `backoff`: workload-not-enabled, forced-unlocks, o365-approval-missing, unsupported-exo-config, forwarded. */
export function trailingFlags(r: ValueReader, row: MailboxRow, workloads: WorkloadReadings, profile: ProfileRow | null, reasons: ReasonList): number {
    let flags = 0;
    if (someNotEnabledBesideEnabled(workloads.knownMask)) {
        flags |= FLAG_BIT['workload-not-enabled']; // §4.3: a configured workload not enabled while another is
        for (let w = 0; w < 3; w++) {
            const d = workloads.definite[w];
            if (workloads.configured[w] === true && (d === NE || d === NT)) reasons.add(notEnabledFlagReason(w));
        }
    }
    const forcedUnlocks = r.num(row.forcedunlockcount, 'forcedunlockcount');
    if (typeof forcedUnlocks === 'number' && forcedUnlocks > 0) {
        flags |= FLAG_BIT['forced-unlocks']; // §3.1 R3: the platform force-unlocks hung cycles
        reasons.add(V_UNLOCKS.of(forcedUnlocks));
    }
    const approvedByO365 = r.bool(row.isemailaddressapprovedbyo365admin, 'isemailaddressapprovedbyo365admin');
    if (profile !== null) {
        const found = profileFindings(r, profile, approvedByO365);
        if (found.o365ApprovalMissing !== null) {
            flags |= FLAG_BIT['o365-approval-missing']; // §4.3
            reasons.add(found.o365ApprovalMissing);
        }
        if (found.unsupportedExo.length > 0) {
            flags |= FLAG_BIT['unsupported-exo-config']; // §4.3, §3.5 L7
            for (const x of found.unsupportedExo as readonly Reason[]) reasons.add(x);
        }
    }
    if (workloads.method[0] === INCOMING_DELIVERY.ForwardMailbox) {
        flags |= FLAG_BIT.forwarded; // §2.7 T1: health belongs to the forward mailbox record
        reasons.add(R_FORWARDED);
    }
    return flags;
}
