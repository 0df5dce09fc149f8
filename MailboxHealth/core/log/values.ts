/**
 * A log value read as its column's kind (docs/evidence.md §2.1–2.3, §2.6): `Null` for empty, `True`/`False`, numbers,
 * HRESULTs in either form, log dates, enum names. A value that cannot be read is never guessed.
 */
import type { ColumnValue } from '../types';
import { hexToHresult } from '../errors/hresult';
import { DATE_ONLY, NOT_US, readLogDate, usDateAt } from './dates';
import { equalsIgnoreCase, integerAt, isNullAt } from './scanner';
import { norm, type Kind } from './vocabulary';

/** The value cannot be read: the column stays absent (unknown), with a warning. */
export const NO_VALUE = Symbol('bad value');
/** A date without a time of day: no instant, never midnight (health-model §Schedule, v2). */
export const NO_TIME = Symbol('date without a time');
export type Parsed = ColumnValue | typeof NO_VALUE | typeof NO_TIME;

/** The value in [s, e) (trimmed, not empty unless null) read as `kind`. */
export function valueAt(kind: Kind, text: string, s: number, e: number): Parsed {
    if (isNullAt(text, s, e)) return null;
    switch (kind) {
        case 'text':
        case 'string':
            return text.slice(s, e);
        case 'int': {
            const n = integerAt(text, s, e, 15);
            return n === n ? n : NO_VALUE;
        }
        case 'hresult': {
            // lastsyncerrorcode: signed HRESULT (−2147220891) or its hex form (0x80040265), docs/evidence.md §2.1 f
            const n = integerAt(text, s, e, 15);
            if (n === n) return n;
            const v = text.slice(s, e);
            return /^0[xX][0-9A-Fa-f]{1,8}$/.test(v) ? hexToHresult(v) : NO_VALUE;
        }
        case 'bool':
            if (equalsIgnoreCase(text, s, e, 'true') || equalsIgnoreCase(text, s, e, 'yes') || equalsIgnoreCase(text, s, e, '1')) return true;
            if (equalsIgnoreCase(text, s, e, 'false') || equalsIgnoreCase(text, s, e, 'no') || equalsIgnoreCase(text, s, e, '0')) return false;
            return NO_VALUE;
        case 'date': {
            if (e - s > 40) return NO_VALUE;
            let d = usDateAt(text, s, e);
            if (d === NOT_US) d = readLogDate(text.slice(s, e));
            return d === DATE_ONLY ? NO_TIME : (d ?? NO_VALUE);
        }
        default: {
            // a choice: the number itself (an unknown option value is passed on for the core to report), or an enum name
            const n = integerAt(text, s, e, 10);
            if (n === n) return n;
            if (e - s > 80) return NO_VALUE;
            const option = kind[norm(text.slice(s, e))];
            return option === undefined ? NO_VALUE : option;
        }
    }
}
