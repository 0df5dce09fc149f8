/**
 * Reads the text of a "Download Mailbox Details" .log file into the same shapes the Web API gives: a mailbox row, the
 * email server profile's settings and the recent trace-log entries (docs/evidence.md §2.6; seed 000 is a full
 * real example, annotated by its blog author).
 *
 * What the file looks like (seed 000): section headers ("Mailbox Backoff Parameters"), `key : value` or `key: value`
 * lines, `Null` for empty, `True`/`False`, US dates in UTC (`12/3/2018 3:23:36 PM`), enum names (`EmailRouter`,
 * `AutoDetect`, `S2S`), and "Recent Trace Log details" entries whose errordetails run over several lines. The blog's
 * copy adds prose and parenthetical comment lines; a real file lacks them; both read.
 *
 * Never throws. Linear in the length of the text. Unknown keys are kept verbatim and listed; a value that cannot be
 * read leaves its column absent (unknown, never guessed) with a warning; lines that are not understood are warned
 * about, not dropped silently.
 */

import { type ColumnValue, type LogWarning, type MailboxColumn, type MailboxLog, type ProfileColumn, type TraceEntry } from '../types';
import { clipAt, colonIn, isCommentAt, isKeyAt, isSpace, trimEndAt } from './scanner';
import { NO_TIME, NO_VALUE, valueAt } from './values';
import { knownKeyAt, sectionAt, tableOf, TRACE_SECTION, type Context, type Kind } from './vocabulary';

interface Continuation {
    readonly target: 'mailbox' | 'trace';
    readonly key: 'lastsyncerror' | 'errordetails' | 'text';
    readonly lines: string[];
}

/**
 * @summary Reads a Download Mailbox Details .log text.
 * @returns the mailbox row, the profile (null when the file has no profile values), the trace entries, unknown keys
 * and warnings. Never throws.
 * @example
 * readMailboxLog('mailboxid : 9fb6…\nprocessingstatecode : 0\npostponemailboxprocessinguntil : 12/3/2018 3:28:37 PM').row
 * // { mailboxid: '9fb6…', processingstatecode: 0, postponemailboxprocessinguntil: '2018-12-03T15:28:37Z' }
 */
export function readMailboxLog(text: string): MailboxLog {
    const row: { [K in MailboxColumn]?: ColumnValue } = {};
    const profile: { [K in ProfileColumn]?: ColumnValue } = {};
    const traces: TraceEntry[] = [];
    const unknownKeys: { key: string; value: string; line: number }[] = [];
    const warnings: LogWarning[] = [];
    const empty = (): MailboxLog => ({ row, profile: null, traces, unknownKeys, warnings: [{ line: 0, code: 'empty' }] });

    if (typeof text !== 'string') return empty();

    let context: Context | null = null;
    let trace: Record<string, ColumnValue> | null = null;
    let cont: Continuation | null = null;
    let blankRun = 0;
    let lastSection = -1;
    let sawSection = false;
    let sawText = false;
    let mailboxValues = 0;
    let profileValues = 0;

    const closeTrace = (): void => {
        if (trace !== null) traces.push(trace as TraceEntry);
        trace = null;
    };
    const endContinuation = (): void => {
        if (cont === null) return;
        // "errordetails :" with the text on the following lines: the empty first line is not part of the text.
        const parts = cont.lines[0] === '' ? cont.lines.slice(1) : cont.lines;
        const value = parts.length === 0 || (parts.length === 1 && (parts[0] === '' || (parts[0].length === 4 && parts[0].toLowerCase() === 'null'))) ? null : parts.join('\n');
        if (cont.target === 'mailbox') row.lastsyncerror = value;
        else if (trace !== null) trace[cont.key] = value;
        cont = null;
    };

    const n = text.length;
    let lineNo = 0;
    // The next \n, \r and ':' at or after the line being read, or n when there is none. Each is searched for again (by
    // the native indexOf, ten times faster here than a charCodeAt loop) only once the reader has passed it, so the text
    // is scanned about once whatever the lines look like: no search runs ahead to the end of the text on every line.
    // (Not `indexOf(…) >>> 0` for "none": V8's optimised code went quadratic on that.)
    let lf = -1;
    let cr = -1;
    let nextColon = -1;
    const after = (c: string, from: number): number => {
        const i = text.indexOf(c, from);
        return i < 0 ? n : i;
    };
    // Lines end at \r\n, \r or \n, as split(/\r\n|\r|\n/) would cut them; a byte-order mark before line 1 is skipped.
    for (let next = text.charCodeAt(0) === 0xfeff ? 1 : 0; next <= n; ) {
        lineNo++;
        const start = next;
        if (lf < start) lf = after('\n', start);
        if (cr < start) cr = after('\r', start);
        const end = lf < cr ? lf : cr;
        next = end === n ? n + 1 : end === cr && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;

        // The line trimmed (as String.prototype.trim would) is [s, e).
        let s = start;
        while (s < end && isSpace(text.charCodeAt(s))) s++;
        if (s === end) {
            // Two blank lines end a multi-line value (seed 000 separates entries so, and ends the post so).
            if (cont !== null && ++blankRun >= 2) endContinuation();
            continue;
        }
        sawText = true;
        const e = trimEndAt(text, s, end);
        const section = sectionAt(text, s, e);
        if (nextColon < s) nextColon = after(':', s);
        const colon = colonIn(s, e, nextColon);
        const keyEnd = colon < 0 ? -1 : trimEndAt(text, s, colon);
        const known = keyEnd < 0 ? undefined : knownKeyAt(text, s, keyEnd);

        if (cont !== null) {
            // Only a section or a known key (in any letter case, health-model v2) ends the text: "Message: …" does not.
            const ends = section !== null || (known !== undefined && (cont.target === 'trace' ? known.trace !== undefined : known.mailbox !== undefined || known.profile !== undefined));
            if (!ends) {
                blankRun = 0;
                // Comment lines belong to the annotated copy, except inside exception text, which is kept whole.
                if (cont.target === 'trace' || !isCommentAt(text, s, e)) cont.lines.push(text.slice(start, e));
                continue;
            }
            endContinuation();
        }
        blankRun = 0;
        if (isCommentAt(text, s, e)) continue;

        if (section !== null) {
            if (context === 'trace' && section.context !== 'trace') closeTrace();
            context = section.context;
            sawSection = true;
            if (section.index > lastSection) lastSection = section.index;
            continue;
        }
        if (keyEnd < 0 || (known === undefined && !isKeyAt(text, s, keyEnd))) {
            warnings.push({ line: lineNo, code: 'garbled-line', raw: clipAt(text, s, e) });
            continue;
        }
        // The value is [vs, e): the rest of the line after the colon, trimmed.
        let vs = colon + 1;
        while (vs < e && isSpace(text.charCodeAt(vs))) vs++;
        // Keys are read in any case (`MailboxId`): knownKeyAt found them whatever their spelling.
        const info = known;
        const kind = info === undefined ? undefined : tableOf(info, context);
        if (info === undefined || kind === undefined) {
            const key = text.slice(s, keyEnd);
            unknownKeys.push({ key, value: text.slice(vs, e), line: lineNo });
            warnings.push({ line: lineNo, code: 'unknown-key', key, raw: clipAt(text, vs, e) });
            continue;
        }
        const name = info.name;
        if (kind === 'trace') {
            context = 'trace';
            if (name === 'tracecode' || trace === null) {
                closeTrace();
                trace = {};
            }
            if (info.trace === 'text') {
                cont = { target: 'trace', key: name as Continuation['key'], lines: [text.slice(vs, e)] };
                continue;
            }
            const v = valueAt(info.trace as Kind, text, vs, e);
            if (v === NO_VALUE || v === NO_TIME) warnings.push({ line: lineNo, code: 'bad-value', key: name, raw: clipAt(text, vs, e) });
            // A date without a time stays as written: no instant the catalogue could date the entry by.
            if (v === NO_TIME) trace[name] = text.slice(vs, e);
            else if (v !== NO_VALUE) trace[name] = v;
            continue;
        }
        const columnKind = (kind === 'profile' ? info.profile : info.mailbox) as Kind;
        if (columnKind === 'text') {
            cont = { target: 'mailbox', key: 'lastsyncerror', lines: [text.slice(vs, e)] };
            mailboxValues++;
            continue;
        }
        let v = valueAt(columnKind, text, vs, e);
        if (v === NO_VALUE) {
            warnings.push({ line: lineNo, code: 'bad-value', key: name, raw: clipAt(text, vs, e) });
            continue;
        }
        if (v === NO_TIME) {
            // A date without a time of day is no instant (health-model §Schedule, v2): the text is kept as written, so
            // the core reports it as a data issue and treats the column as unknown, never as midnight UTC.
            warnings.push({ line: lineNo, code: 'bad-value', key: name, raw: clipAt(text, vs, e) });
            v = text.slice(vs, e);
        }
        if (kind === 'profile') {
            profile[name as ProfileColumn] = v;
            profileValues++;
        } else {
            row[name as MailboxColumn] = v;
            mailboxValues++;
        }
    }
    // Nothing but white space (checked here, not by text.trim() first, which would scan a long blank run twice).
    if (!sawText) return empty();
    endContinuation();
    closeTrace();

    // The sections come in a fixed order and the trace section is last: a file that stops before it was cut off.
    if (sawSection && lastSection >= 0 && lastSection < TRACE_SECTION) {
        warnings.push({ line: lineNo, code: 'truncated' });
    }
    if (mailboxValues === 0) warnings.push({ line: 0, code: 'no-mailbox-section' });

    return { row, profile: profileValues > 0 ? profile : null, traces, unknownKeys, warnings };
}
