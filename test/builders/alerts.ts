/**
 * Test data: tracelog rows regarding mailboxes, as the pcf layer and the CLI hand them to the core (AlertRow), with
 * alert texts the catalogue knows, one per class.
 *
 *   anAlert('outage', { minutesAgo: 30, mailbox: 2 })      a transient 503 on mailbox #2, 30 minutes before NOW
 *   anAlertJson('expiry', { minutesAgo: 5 })              the same row in the Web API's shape
 */
import type { AlertRow } from '../../MailboxHealth/core/alerts';
import type { TraceEntry } from '../../MailboxHealth/core/types';
/** The instant every alert suite judges at (the same as the mailbox builder's NOW). */
export const NOW_MS = Date.parse('2018-12-03T15:25:00Z');

/** Alert texts, one per class (the code the catalogue gives in the comment). */
export const ALERT_KINDS = {
    /** IncomingEmailServerServiceError, transient at level 2. */
    outage: {
        level: 2,
        errortypedisplay: 'IncomingEmailServerServiceError',
        errordetails: 'ActivityId: 0865c2a1-6f1e-4bd0-9a3c-5c1f3f0e2d11\n>Exception : Unhandled exception: System.Net.WebException: The remote server returned an error: (503) Server Unavailable.',
        text: 'An error occurred while receiving email messages. The email server returned (503) Server Unavailable. The system will try to receive email again later.',
    },
    /** SecureChannelFailure, permanent. */
    expiry: {
        level: 3,
        errortypedisplay: 'UnknownIncomingEmailIntegrationError',
        errordetails: 'ActivityId: 1d7e0b55-2b9a-4c61-8e0f-7a6c2d4b9e30\n>Exception : The request was aborted: Could not create SSL/TLS secure channel.',
        text: 'Email cannot be received because of a problem connecting to the email server. The mailbox has been disabled for receiving email.',
    },
    /** InvalidSender, item level. */
    item: {
        level: 2,
        errortypedisplay: 'InvalidSender',
        errordetails: 'ActivityId: 5a1f3c77-0e2d-4b8a-9c61-2f7d8e4a1b90',
        text: 'An email message was not delivered because the sender is not a valid user or queue.',
    },
    /** CredentialsRequireTls, configuration. */
    config: {
        level: 2,
        errortypedisplay: 'OutgoingEmailServerServiceError',
        errordetails: 'ActivityId: 7c2b9e10-4f3d-4a55-8b21-0d6e9f3a2c48',
        text: 'The email server profile requires using a secure mode (SSL) when credentials are sent.',
    },
    /** Nothing the catalogue knows, and no level to tell transient from permanent. */
    unknown: {
        level: null,
        errortypedisplay: 'SomethingNobodyHasSeen',
        errordetails: 'ActivityId: 9e4d1a23-8b7c-4f60-a5e2-3c1b0d9f8a77\n>Exception : Gremlins.',
        text: 'Something happened.',
    },
    /** The "tested and enabled" entry: information, not an alert. */
    information: {
        level: 1,
        errortypedisplay: null,
        errordetails: null,
        text: 'The mailbox was tested and enabled successfully.',
    },
} as const;
export type AlertKind = keyof typeof ALERT_KINDS;

/** Mailbox #n's id. */
export function mailboxId(n: number): string {
    return `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
}

export interface AlertSpec {
    readonly minutesAgo?: number;
    readonly mailbox?: number;
    readonly level?: number;
    /** A fixed instant instead of minutesAgo. */
    readonly at?: number;
}

let serial = 0;

export function aTrace(kind: AlertKind, spec: AlertSpec = {}): TraceEntry {
    const k = ALERT_KINDS[kind];
    const at = new Date(spec.at ?? NOW_MS - (spec.minutesAgo ?? 10) * 60_000);
    serial++;
    return {
        tracelogid: `aaaaaaaa-0000-4000-8000-${String(serial).padStart(12, '0')}`,
        level: spec.level ?? k.level,
        errortypedisplay: k.errortypedisplay,
        errordetails: k.errordetails,
        text: k.text,
        createdon: at,
        modifiedon: at,
    };
}

export function anAlert(kind: AlertKind, spec: AlertSpec = {}): AlertRow {
    const n = spec.mailbox ?? 1;
    return { mailboxId: mailboxId(n), mailboxName: `Mailbox ${n}`, trace: aTrace(kind, spec) };
}

/** The row as the Web API returns it (an export's `value` item). */
export function anAlertJson(kind: AlertKind, spec: AlertSpec = {}): Record<string, unknown> {
    const t = aTrace(kind, spec);
    const n = spec.mailbox ?? 1;
    return {
        '@odata.etag': 'W/"4471007"',
        tracelogid: t.tracelogid,
        level: t.level,
        errortypedisplay: t.errortypedisplay,
        errordetails: t.errordetails,
        text: t.text,
        createdon: (t.createdon as Date).toISOString().replace(/\.\d{3}Z$/, 'Z'),
        modifiedon: (t.modifiedon as Date).toISOString().replace(/\.\d{3}Z$/, 'Z'),
        _regardingobjectid_value: mailboxId(n),
        '_regardingobjectid_value@OData.Community.Display.V1.FormattedValue': `Mailbox ${n}`,
        '_regardingobjectid_value@Microsoft.Dynamics.CRM.lookuplogicalname': 'mailbox',
    };
}
