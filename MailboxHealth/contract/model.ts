import type { FleetSummary, HealthState, MailboxAssessment, MailboxColumn, MailboxRow, ProfileRow, TraceEntry } from '../core/types';

/**
 * The data the view is given, independent of PCF: the PCF layer (pcf/) produces these shapes from the dataset and
 * the Web API, the harness and the tests build them directly.
 */

/** Where loading the fleet stands (pcf/paging.ts). */
export interface LoadProgress {
    readonly loaded: number;
    /** The number of records in the view, or null when the host does not know it. */
    readonly total: number | null;
    /** `total` is a lower bound: Dataverse counts up to 5,000 and more pages follow (show "5,000+"). */
    readonly totalAtLeast?: boolean;
    readonly phase: 'loading' | 'complete' | 'partial';
}

/** Columns the rules need that the view lacks and the host could not add (pcf/columns.ts). */
export interface MissingColumns {
    readonly columns: readonly MailboxColumn[];
    /** States that cannot be judged without them, in rule order. */
    readonly states: readonly HealthState[];
}

export type TracesStatus = 'loading' | 'loaded' | 'no-privilege' | 'failed' | 'not-applicable';
export type FetchStatus = 'loaded' | 'no-privilege' | 'failed' | 'not-applicable';

/** What the Web API adds about one mailbox: its server profile and its recent alerts (pcf/formContext.ts). */
export interface MailboxExtras {
    readonly profile: ProfileRow | null;
    readonly profileStatus: FetchStatus;
    readonly traces: readonly TraceEntry[] | null;
    readonly tracesStatus: Exclude<TracesStatus, 'loading'>;
}

/** Fetches the extras for a mailbox (id, server profile id); never rejects. */
export type LoadExtras = (mailboxId: string, profileId: string | null) => Promise<MailboxExtras>;

/** The fleet as assessed at one moment: built once per dataset change, never per render. */
export interface FleetSnapshot {
    /** Host record ids, in the view's order. */
    readonly ids: readonly string[];
    readonly rows: readonly MailboxRow[];
    readonly assessments: readonly MailboxAssessment[];
    readonly summary: FleetSummary;
    /** The `now` the assessments were made with (epoch ms). */
    readonly assessedAt: number;
}

/**
 * On the mailbox form: where narrowing the dataset to the form's mailbox stands. `found` carries the mailbox's row,
 * not an assessment: the view assesses it once, with its server profile and alerts (MailboxInDepth), at `readAt`,
 * the instant the row was read (it stays the same while the host's record does).
 */
export type FormPlacement =
    | { readonly kind: 'found'; readonly key: string; readonly row: MailboxRow; readonly readAt: number }
    | { readonly kind: 'narrowing' }
    | { readonly kind: 'not-found' };

/** The dataset's own state. */
/** `preparing`: columns were added and the dataset reloads with them. */
export type DatasetStatus =
    | { readonly kind: 'loading' }
    /**
     * Columns were added and the refresh that brings them is awaited. `waitMs`: how much longer to wait before showing
     * what is there with the missing-columns message (the view does this itself: a host that ignores the refresh may
     * never call updateView again).
     */
    | { readonly kind: 'preparing'; readonly waitMs?: number }
    | { readonly kind: 'ready' }
    | { readonly kind: 'error'; readonly message: string }
    /** The control was bound to a view of another table (`table`, its logical name): nothing is read. */
    | { readonly kind: 'wrong-table'; readonly table: string };
