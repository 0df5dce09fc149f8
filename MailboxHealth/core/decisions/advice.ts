/**
 * The single "what to do" of a mailbox, decided once: the form's header, its error cards and the command-line tool
 * all say this, so a transient error never reads "fix it before the retries run out" in one place and "nothing to
 * do while it clears" in another.
 */
import type { ErrorMatch, HealthState, MailboxAssessment, Workload } from '../types';
import { WORKLOADS } from '../types';
import { currentError, newestErrorAlert, retriesLeftFor } from './currentError';

/**
 * - `state`: the verdict's own action (resx `State_<state>_Action`).
 * - `error`: the catalogue's action for the error behind the verdict (resx `Error_<errorCode>_Action`).
 * - `wait-retrying`: a transient error the platform is still retrying; nothing to do yet (resx `Message_Advice_WaitRetrying`,
 *   `{0}` = the workload's name or "the mailbox", `{1}` = retries left).
 * - `fix-then-test-enable`: the retries are spent or the workload was disabled; fix the error's cause, then run Test &
 *   Enable (resx `Message_Advice_FixThenTestEnable`, `{0}` = the workload's name or "the mailbox").
 */
export const ADVICE_ACTIONS = ['state', 'error', 'wait-retrying', 'fix-then-test-enable'] as const;
export type AdviceAction = (typeof ADVICE_ACTIONS)[number];

export interface Advice {
    readonly action: AdviceAction;
    /** The verdict the advice is for. */
    readonly state: HealthState;
    /** The error it concerns (its catalogue code), or null. */
    readonly errorCode: string | null;
    /** The workload it concerns, when it can be told. */
    readonly workload: Workload | null;
    /** Retries left for that workload (or the mailbox, when no workload can be told) before the platform disables it. */
    readonly retriesLeft: number | null;
}

/** States whose problem is an error the platform reports (health-model §Health states 7, 8, 11). */
const ERROR_DRIVEN: ReadonlySet<HealthState> = new Set<HealthState>(['failing', 'degraded', 'disabled']);

/** The single failed or backing-off workload, when exactly one is. */
function onlyAffectedWorkload(a: MailboxAssessment): Workload | null {
    const hit = WORKLOADS.filter((w) => {
        const s = a.workloads[w];
        return s.state === 'disabled' || s.state === 'test-failed' || (s.state === 'enabled' && s.backoff);
    });
    return hit.length === 1 ? hit[0] : null;
}

/** The error behind an error-driven verdict: the current last sync error, else (disabled) the newest error alert. */
function errorBehind(a: MailboxAssessment): ErrorMatch | null {
    const current = currentError(a);
    if (current !== null) return current;
    if (a.health !== 'disabled' && a.health !== 'degraded') return null;
    return newestErrorAlert(a);
}

/**
 * @summary The one thing to do about a mailbox (health-model §Errors and backoff): while a transient error is being
 * retried, wait; once the retries are spent or the workload is disabled, fix the cause and run Test & Enable; for a
 * permanent, configuration or unrecognised error, the catalogue's action; otherwise the verdict's own action. A verdict
 * that is not settled gets the verdict's action (the real state can only be worse).
 * @example adviceFor(failingOn503).action // 'wait-retrying'
 * @example adviceFor(failingOn401).action // 'error' (errorCode 'Http401')
 */
export function adviceFor(a: MailboxAssessment): Advice {
    const state: HealthState = a.health;
    const plain: Advice = { action: 'state', state, errorCode: null, workload: null, retriesLeft: null };
    if (!ERROR_DRIVEN.has(state)) return plain;
    const error = errorBehind(a);
    if (error === null) return { ...plain, workload: onlyAffectedWorkload(a) };
    const workload = error.workload ?? onlyAffectedWorkload(a);
    const retriesLeft = retriesLeftFor(a, workload);
    const base = { state, errorCode: error.code, workload, retriesLeft };
    // health-model §Errors and backoff: a transient error is retried (up to maxTransientFailures) before the platform
    // disables the workload; a disabled workload needs Test & Enable (seed 001/002).
    if (error.class === 'transient') {
        return state !== 'disabled' && retriesLeft !== null && retriesLeft > 0 ? { ...base, action: 'wait-retrying' } : { ...base, action: 'fix-then-test-enable' };
    }
    // An item failure does not stop the mailbox: the verdict's action applies.
    if (error.class === 'item') return { ...plain, workload };
    return { ...base, action: 'error' };
}

/**
 * @summary The resx key of an advice's sentence (see ADVICE_ACTIONS for its arguments).
 * @example adviceKey({ action: 'error', errorCode: 'Http401', … }) // 'Error_Http401_Action'
 */
export function adviceKey(advice: Advice): string {
    switch (advice.action) {
        case 'state':
            return `State_${advice.state}_Action`;
        case 'error':
            return `Error_${advice.errorCode ?? 'unknown'}_Action`;
        case 'wait-retrying':
            return 'Message_Advice_WaitRetrying';
        case 'fix-then-test-enable':
            return 'Message_Advice_FixThenTestEnable';
    }
}

/**
 * @summary Whether an error card should show the mailbox's advice instead of the catalogue's action: the error is
 * the one the advice is about (same catalogue code), so the card and the header say the same.
 * @example adviceCovers(advice, a.errors[0]) // true
 */
export function adviceCovers(advice: Advice, error: ErrorMatch): boolean {
    return advice.errorCode !== null && advice.action !== 'state' && error.code === advice.errorCode;
}
