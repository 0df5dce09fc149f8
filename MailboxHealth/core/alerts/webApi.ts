import { traceFromWebApi } from '../webApi';
import type { AlertRow } from './group';

const FORMATTED = '@OData.Community.Display.V1.FormattedValue';
const LOGICAL_NAME = '@Microsoft.Dynamics.CRM.lookuplogicalname';

/**
 * @summary One Web API tracelog record → an alert row: the regarding mailbox (`_regardingobjectid_value`, its name
 * from the formatted-value annotation) and the trace columns.
 * @returns null for a row regarding an email server profile (docs/evidence.md §2.3: alerts exist per mailbox and per profile).
 */
export function alertRowFromWebApi(e: Record<string, unknown>): AlertRow | null {
    if (typeof e !== 'object' || e === null) return null;
    const type = e['_regardingobjectid_value' + LOGICAL_NAME] ?? e.regardingobjecttypecode;
    if (typeof type === 'string' && type !== 'mailbox') return null;
    const id = e._regardingobjectid_value;
    const name = e['_regardingobjectid_value' + FORMATTED];
    return { mailboxId: typeof id === 'string' ? id : null, mailboxName: typeof name === 'string' ? name : null, trace: traceFromWebApi(e) };
}
