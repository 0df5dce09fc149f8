import { DEFAULT_OPTIONS } from '../core';
import { HEALTH_STATES } from '../core/types';
import type { AssessOptions, HealthState } from '../core/types';
import type { IInputs } from '../generated/ManifestTypes';
import { FILTER_ALL, FILTER_ATTENTION } from '../manifest';
import type { StateFilter } from '../contract/viewState';

/** Sensible bounds per threshold; a value outside them (or not a number) falls back to the default. */
const BOUNDS: Readonly<Record<'graceMinutes' | 'stuckMinutes' | 'staleHours' | 'idleCycles' | 'maxTransientFailures', readonly [number, number]>> = {
    graceMinutes: [0, 24 * 60], // up to a day late still counts as "due"
    stuckMinutes: [1, 7 * 24 * 60],
    staleHours: [1, 365 * 24],
    idleCycles: [1, 100_000],
    // The organization setting MaximumMailboxSyncTransientFailures; the packed per-workload counter holds 0–15.
    maxTransientFailures: [1, 15],
};

type Parameters = Partial<
    Pick<IInputs, 'graceMinutes' | 'stuckMinutes' | 'staleHours' | 'idleCycles' | 'maxTransientFailures' | 'approvalRequired' | 'showCharts' | 'defaultFilter'>
>;

/** The manifest's threshold properties → the core's options, with the core's defaults for anything unusable. */
export function readOptions(parameters: Parameters): AssessOptions {
    return {
        approvalRequired: readFlag(parameters.approvalRequired?.raw, DEFAULT_OPTIONS.approvalRequired),
        graceMinutes: readWhole(parameters.graceMinutes?.raw, 'graceMinutes'),
        stuckMinutes: readWhole(parameters.stuckMinutes?.raw, 'stuckMinutes'),
        staleHours: readWhole(parameters.staleHours?.raw, 'staleHours'),
        idleCycles: readWhole(parameters.idleCycles?.raw, 'idleCycles'),
        maxTransientFailures: readWhole(parameters.maxTransientFailures?.raw, 'maxTransientFailures'),
    };
}

/** "Show charts" (default yes). */
export function readShowCharts(parameters: Parameters): boolean {
    return readFlag(parameters.showCharts?.raw, true);
}

/** The list's starting filter: "all", "attention" or a health-state code; anything else is "all". */
export function readDefaultFilter(parameters: Parameters): StateFilter {
    const raw: unknown = parameters.defaultFilter?.raw;
    if (raw === FILTER_ALL || raw === FILTER_ATTENTION) return raw;
    if (typeof raw === 'string' && (HEALTH_STATES as readonly string[]).includes(raw)) return raw as HealthState;
    return FILTER_ALL;
}

function readWhole(raw: unknown, name: keyof typeof BOUNDS): number {
    const fallback = DEFAULT_OPTIONS[name];
    const n = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : NaN;
    if (!Number.isFinite(n) || !Number.isInteger(n)) return fallback;
    const [min, max] = BOUNDS[name];
    return n < min || n > max ? fallback : n;
}

/** A yes/no setting: the manifest's Enum values `yes`/`no` (TwoOptions-style booleans from older hosts read too). */
function readFlag(raw: unknown, fallback: boolean): boolean {
    if (typeof raw === 'boolean') return raw;
    if (raw === 'yes' || raw === 1 || raw === '1' || raw === 'true') return true;
    if (raw === 'no' || raw === 0 || raw === '0' || raw === 'false') return false;
    return fallback;
}
