import type { AlertRow } from '../core/alerts';

/**
 * The fleet's recent alerts as the PCF layer reads them (pcf/alerts.ts) and the view shows them (view/alerts/):
 * tracelog rows regarding mailboxes, warning and error levels, over a window, newest first.
 */

/** What to read: a window, and on the form one mailbox. */
export interface AlertQuery {
    /** Inclusive start (epoch ms). */
    readonly from: number;
    /** Exclusive end (epoch ms). */
    readonly to: number;
    /** Only this mailbox's alerts (the form), or null for the fleet. */
    readonly mailboxId: string | null;
}

/** Where a load stands while it follows the next-links. */
export interface AlertProgress {
    readonly loaded: number;
    readonly pages: number;
    /** Set while waiting out a throttle (HTTP 429) before the next try: seconds. */
    readonly retryInSeconds?: number;
}

/**
 * How a load ended. `capped`: the newest `cap` rows were read and there are more; `no-privilege`: the user cannot
 * read trace logs (prvReadTraceLog); `throttled`: the server kept answering 429 after the retries; `failed`: any
 * other error (its message, verbatim, as text). Nothing is half-drawn: a load that did not complete has no rows.
 */
export type AlertLoadStatus = 'loaded' | 'capped' | 'no-privilege' | 'throttled' | 'failed';

export interface AlertLoad {
    readonly status: AlertLoadStatus;
    readonly query: AlertQuery;
    /** Newest first; empty unless loaded or capped. */
    readonly rows: readonly AlertRow[];
    /** The most rows a load reads (the `alertCap` property). */
    readonly cap: number;
    readonly pages: number;
    /** Retries after a 429. */
    readonly retries: number;
    /** The server's message for `failed` / `throttled`, kept for support; shown as text. */
    readonly message?: string;
}

/** Reads the alerts of a window; reports progress; never rejects. `signal` stops following next-links. */
export type LoadAlerts = (query: AlertQuery, onProgress?: (progress: AlertProgress) => void, signal?: { readonly aborted: boolean }) => Promise<AlertLoad>;
