/**
 * A mailbox's recent alerts (its tracelog rows), each with the catalogue match the assessment already made: the
 * form lists them without matching any text a second time.
 */
import { isInformationTrace } from '../errorCatalogue';
import { instantOf } from '../dates';
import type { ErrorMatch, MailboxAssessment, TraceEntry } from '../types';

/** One recent alert: an error explained from the catalogue, or an information / success entry (not an error). */
export type AlertItem =
    | {
          readonly kind: 'error';
          readonly match: ErrorMatch;
          /** The tracelog row, when the caller has it (first occurrence, host, trace code). */
          readonly trace: TraceEntry | null;
      }
    | {
          readonly kind: 'information';
          /** The alert text as Dataverse wrote it. */
          readonly text: string;
          /** tracelog.errortypedisplay, when the entry has one. */
          readonly errorType: string | null;
          /** tracestatus true: the entry records a success (e.g. Test & Enable). */
          readonly success: boolean;
          readonly at: number | null;
          readonly trace: TraceEntry | null;
      };

function textOf(v: unknown): string | null {
    return typeof v === 'string' && v.trim() !== '' ? v : null;
}

/**
 * @summary When a tracelog row last happened: modifiedon, else createdon (docs/evidence.md §2.7 T7: rows are reused).
 * @example traceTime({ createdon: '2018-12-01T10:00:00Z', modifiedon: '2018-12-03T15:00:00Z' }) // 1543849200000
 */
export function traceTime(t: TraceEntry): number | null {
    return instantOf(t.modifiedon) ?? instantOf(t.createdon);
}

/**
 * @summary When a tracelog row first happened (createdon), or null.
 * @example traceFirstSeen({ createdon: '2018-12-01T10:00:00Z' }) // 1543658400000
 */
export function traceFirstSeen(t: TraceEntry): number | null {
    return instantOf(t.createdon);
}

/** A row the assessment matched: an error entry with a type, details or text (errorCatalogue.matchTraceEntry). */
function hasErrorContent(t: TraceEntry): boolean {
    return textOf(t.errortypedisplay) !== null || textOf(t.errordetails) !== null || textOf(t.text) !== null;
}

/** A level 1 / success tracelog row as information (docs/evidence.md §2.3), never as an unrecognised error. */
function informationItem(t: TraceEntry): AlertItem | null {
    const text = [textOf(t.text), textOf(t.errordetails)].filter((x): x is string => x !== null).join('\n');
    const errorType = textOf(t.errortypedisplay);
    if (text === '' && errorType === null) return null;
    return { kind: 'information', text, errorType, success: t.tracestatus === true, at: traceTime(t), trace: t };
}

/**
 * @summary The recent alerts, newest first. Error rows take the assessment's catalogue matches (the assessment lists
 * them in the order of the rows it was given); information and success rows (level 1, tracestatus true) are listed as
 * information. Without rows, or when the rows are not the ones the assessment saw, the information rows and the
 * assessment's matches, without their rows.
 * Rows without a time keep the order they came in (the log lists newest first).
 * @example recentAlerts(assessMailbox(row, now, undefined, { traces }), traces)[0].kind // 'error'
 */
export function recentAlerts(a: MailboxAssessment, traces: readonly TraceEntry[] | null | undefined): AlertItem[] {
    const matches = a.errors.filter((e) => e.source === 'tracelog');
    const items: AlertItem[] = [];
    const rows = Array.isArray(traces) ? (traces as readonly TraceEntry[]).filter((t) => t !== null && typeof t === 'object') : [];
    const errorRows = rows.filter((t) => !isInformationTrace(t) && hasErrorContent(t));
    if (rows.length > 0 && errorRows.length === matches.length) {
        let next = 0;
        for (const t of rows) {
            if (isInformationTrace(t)) {
                const info = informationItem(t);
                if (info) items.push(info);
            } else if (hasErrorContent(t)) {
                items.push({ kind: 'error', match: matches[next++], trace: t });
            }
        }
    } else {
        for (const t of rows) {
            const info = isInformationTrace(t) ? informationItem(t) : null;
            if (info) items.push(info);
        }
        for (const e of matches) {
            if (e.level === 1) items.push({ kind: 'information', text: e.text, errorType: e.errorType ?? null, success: false, at: e.at ?? null, trace: null });
            else items.push({ kind: 'error', match: e, trace: null });
        }
    }
    const at = (i: AlertItem): number | null => (i.kind === 'information' ? i.at : i.trace ? traceTime(i.trace) : (i.match.at ?? null));
    return items
        .map((item, index) => ({ item, index }))
        .sort((x, y) => {
            const ax = at(x.item);
            const ay = at(y.item);
            if (ax === null || ay === null || ax === ay) return x.index - y.index;
            return ay - ax;
        })
        .map((x) => x.item);
}
