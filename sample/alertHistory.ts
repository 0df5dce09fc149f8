/**
 * A seeded alert history for the sample fleet, generated around the harness's `now`: the mailbox alerts (tracelog
 * rows, warning and error levels) an admin would find over the last week of a real organization.
 *
 *   - an Exchange outage 5 to 4 hours ago: HTTP 503 on incoming email (and appointment sync) for 40% of the
 *     mailboxes, an hour of warnings that stop when Exchange recovers;
 *   - a certificate / credential expiry on the hybrid profile's mailboxes, 3 hours ago and still happening: first
 *     warnings (the TLS channel fails), then errors as the mailboxes are disabled;
 *   - a steady trickle of item-level errors (a sender that is no user, a message that matches no record), every day,
 *     with a quiet night 14 to 8 hours ago;
 *   - a smaller outgoing-email outage five days ago, so the week's view has history.
 *
 * Rows are reused by the platform for a recurring alert (docs/evidence.md §2.7 T7): one row per mailbox and error,
 * createdon its first occurrence and modifiedon its last, as here.
 */
import type { MailboxRow, TraceEntry } from '../MailboxHealth/core/types';
import { PROFILE_IDS } from './generateFleet';
import { Random } from './random';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export interface AlertHistoryOptions {
    readonly rows: readonly MailboxRow[];
    /** epoch ms: the history ends here. */
    readonly now: number;
    readonly seed?: number;
}

/** When each incident happened, relative to now (ms before now), for tests and the README. */
export const INCIDENTS = {
    outage: { from: 5 * HOUR, to: 4 * HOUR, share: 0.4 },
    expiry: { from: 3 * HOUR },
    quiet: { from: 14 * HOUR, to: 8 * HOUR },
    outgoingOutage: { from: 5 * DAY + 2 * HOUR, to: 5 * DAY },
} as const;

/** Server names of the async hosts that write the alerts. */
const HOSTS = ['CRMASYNC01', 'CRMASYNC02', 'CRMASYNC03'];

function activity(r: Random): string {
    return `ActivityId: ${r.guid()}`;
}

function entry(r: Random, first: number, last: number, fields: Omit<TraceEntry, 'tracelogid' | 'createdon' | 'modifiedon' | 'machinename' | 'tracestatus'>): TraceEntry {
    return { tracelogid: r.guid(), tracestatus: false, machinename: r.pick(HOSTS), createdon: new Date(first), modifiedon: new Date(last), ...fields };
}

/**
 * @summary The alert history per mailbox id, newest (modifiedon) first; the same seed, rows and now give the same
 * history.
 */
export function generateAlertHistory(options: AlertHistoryOptions): Map<string, TraceEntry[]> {
    const { rows, now } = options;
    // Its own stream: the fleet's generator, on the same seed, must not hand out the same ids.
    const r = new Random(((options.seed ?? 1) * 7919 + 104729) | 0);
    const out = new Map<string, TraceEntry[]>();
    const add = (id: string, t: TraceEntry): void => {
        const list = out.get(id);
        if (list) list.push(t);
        else out.set(id, [t]);
    };
    const ids = rows.map((row) => String(row.mailboxid));
    const at = (msBefore: number): number => now - msBefore;

    // The Exchange outage: each hit mailbox fails from some minute of the hour until Exchange is back.
    const { outage } = INCIDENTS;
    for (const id of ids) {
        if (!r.chance(outage.share)) continue;
        const first = at(outage.from) + r.int(0, 40) * MINUTE;
        const last = Math.min(at(outage.to), first + r.int(5, 30) * MINUTE);
        add(id, entry(r, first, last, {
            tracecode: 52,
            level: 2,
            errortypedisplay: 'IncomingEmailServerServiceError',
            errordetails: `${activity(r)}\n>Exception : Unhandled exception: System.Net.WebException: The remote server returned an error: (503) Server Unavailable.`,
            text: 'An error occurred while receiving email messages from the email server. The email server returned (503) Server Unavailable. The system will try to receive email again later.',
        }));
        if (r.chance(0.5)) {
            const actLast = Math.min(at(outage.to), last + r.int(0, 10) * MINUTE);
            add(id, entry(r, first, actLast, {
                tracecode: 126,
                level: 2,
                errortypedisplay: 'ExchangeSyncServerServiceError',
                errordetails: `${activity(r)}\n>Exception : The request failed. The remote server returned an error: (503) Server Unavailable.`,
                text: 'Appointments, contacts, and tasks could not be synchronized because the email server returned (503) Server Unavailable. The system will try again later.',
            }));
        }
    }

    // The certificate / credential expiry on the hybrid profile: warnings, then errors once the retries run out.
    const hybrid = rows.filter((row) => row.emailserverprofile === PROFILE_IDS.hybrid).map((row) => String(row.mailboxid));
    for (const id of hybrid) {
        const first = at(INCIDENTS.expiry.from) + r.int(0, 30) * MINUTE;
        const warned = first + r.int(10, 50) * MINUTE;
        add(id, entry(r, first, warned, {
            tracecode: 2,
            level: 2,
            errortypedisplay: 'UnknownIncomingEmailIntegrationError',
            errordetails: `${activity(r)}\n>Exception : The request was aborted: Could not create SSL/TLS secure channel.`,
            text: 'Email cannot be received because of a problem connecting to the email server. The system will try to receive email again later.',
        }));
        const disabled = Math.min(now - r.int(1, 20) * MINUTE, warned + r.int(30, 90) * MINUTE);
        add(id, entry(r, warned, disabled, {
            tracecode: 2,
            level: 3,
            errortypedisplay: 'UnknownIncomingEmailIntegrationError',
            errordetails: `${activity(r)}\n>Exception : The request was aborted: Could not create SSL/TLS secure channel.`,
            text: 'Email cannot be received because of a problem connecting to the email server. The mailbox has been disabled for receiving email.',
        }));
    }

    // The trickle of item-level errors over the week, quiet at night.
    const perDay = Math.max(3, Math.round(ids.length / 25));
    const items = [
        { errortypedisplay: 'InvalidSender', text: 'An email message was not delivered because the sender is not a valid user or queue.' },
        { errortypedisplay: 'NoCorrelationMatch', text: 'An incoming email message could not be tracked because it does not match any record.' },
    ];
    if (ids.length > 0) {
        for (let n = 0; n < perDay * 7; n++) {
            const before = r.int(1, 7 * 24 * 60) * MINUTE;
            if (before >= INCIDENTS.quiet.to && before < INCIDENTS.quiet.from) continue;
            const kind = r.pick(items);
            add(r.pick(ids), entry(r, at(before), at(before), { tracecode: 41, level: 2, errortypedisplay: kind.errortypedisplay, errordetails: activity(r), text: kind.text }));
        }
    }

    // Five days ago: outgoing email stopped for two hours on a tenth of the mailboxes.
    for (const id of ids) {
        if (!r.chance(0.1)) continue;
        const first = at(INCIDENTS.outgoingOutage.from) + r.int(0, 60) * MINUTE;
        add(id, entry(r, first, Math.min(at(INCIDENTS.outgoingOutage.to), first + r.int(10, 60) * MINUTE), {
            tracecode: 60,
            level: 2,
            errortypedisplay: 'OutgoingEmailServerServiceError',
            errordetails: `${activity(r)}\n>Exception : The remote server returned an error: (503) Server Unavailable.`,
            text: 'An error occurred while sending email messages. The email server returned (503) Server Unavailable. The system will try to send email again later.',
        }));
    }

    const newest = (a: TraceEntry, b: TraceEntry): number => (b.modifiedon as Date).getTime() - (a.modifiedon as Date).getTime();
    for (const list of out.values()) list.sort(newest);
    return out;
}
