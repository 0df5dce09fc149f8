/**
 * How the harness host formats values the way a model-driven app shows them to an English (1033) user: dates in the
 * user's time zone as M/D/YYYY h:mm AM, DateOnly columns as the date alone (trap T2), option labels, Yes/No.
 * Everything takes the user's UTC offset as a function so tests can pin it.
 */
import { columnMeta, ENTITY_DISPLAY_NAMES } from './metadata';

/** Minutes to add to UTC to get the user's local time at `date`. */
export type OffsetMinutes = (date: Date) => number;

/** The browser's own zone, as the platform uses the user's Dataverse time-zone setting. */
export const browserOffset: OffsetMinutes = (date) => -date.getTimezoneOffset();

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** The wall-clock fields of `date` in the user's zone. */
function local(date: Date, offset: OffsetMinutes): Date {
    return new Date(date.getTime() + offset(date) * 60000);
}

function pad(n: number): string {
    return n < 10 ? `0${n}` : String(n);
}

export function formatTime(date: Date, offset: OffsetMinutes): string {
    const d = local(date, offset);
    const h = d.getUTCHours();
    return `${h % 12 === 0 ? 12 : h % 12}:${pad(d.getUTCMinutes())} ${h < 12 ? 'AM' : 'PM'}`;
}

export function formatDateShort(date: Date, includeTime: boolean, offset: OffsetMinutes): string {
    const d = local(date, offset);
    const day = `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()}`;
    return includeTime ? `${day} ${formatTime(date, offset)}` : day;
}

export function formatDateLong(date: Date, offset: OffsetMinutes, abbreviated = false): string {
    const d = local(date, offset);
    const day = DAYS[d.getUTCDay()];
    const month = MONTHS[d.getUTCMonth()];
    return abbreviated
        ? `${day.slice(0, 3)}, ${month.slice(0, 3)} ${d.getUTCDate()}, ${d.getUTCFullYear()}`
        : `${day}, ${month} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;
}

export function formatDateYearMonth(date: Date, offset: OffsetMinutes): string {
    const d = local(date, offset);
    return `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

export function formatDateYearMonthDay(date: Date, offset: OffsetMinutes): string {
    const d = local(date, offset);
    return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** "2026-11-26" or "2026-11-26T09:00:00Z" in UTC, for filters. */
export function formatDateAsFilterStringInUTC(date: Date, includeTime: boolean): string {
    const iso = date.toISOString();
    return includeTime ? `${iso.slice(0, 19)}Z` : iso.slice(0, 10);
}

export function formatInteger(n: number): string {
    return Math.round(n).toLocaleString('en-US');
}

export function formatDecimal(n: number, precision = 2): string {
    return n.toLocaleString('en-US', { minimumFractionDigits: precision, maximumFractionDigits: precision });
}

/** ISO 8601 week number in the user's zone. */
export function weekOfYear(date: Date, offset: OffsetMinutes): number {
    const d = local(date, offset);
    const day = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
    const weekday = day.getUTCDay() || 7;
    day.setUTCDate(day.getUTCDate() + 4 - weekday);
    const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
    return Math.ceil(((day.getTime() - yearStart) / 86400000 + 1) / 7);
}

/** Dataverse's Web API date-time text: whole seconds, Z. */
export function isoSeconds(date: Date): string {
    return `${date.toISOString().slice(0, 19)}Z`;
}

/**
 * What the platform shows for a mailbox column value (EntityRecord.getFormattedValue): labels for options, Yes/No,
 * the lookup's name, dates in the user's zone and only the date for DateOnly-format columns. Empty → "".
 */
export function formattedValue(column: string, raw: unknown, offset: OffsetMinutes, lookupName?: string | null): string {
    if (raw === null || raw === undefined) return '';
    const meta = columnMeta(column);
    if (!meta) return String(raw);
    switch (meta.kind) {
        case 'choice':
            return meta.options?.[raw as number] ?? String(raw);
        case 'boolean':
            return meta.twoOptions ? meta.twoOptions[raw ? 1 : 0] : String(raw);
        case 'integer':
            return typeof raw === 'number' ? formatInteger(raw) : String(raw);
        case 'datetime':
            return raw instanceof Date ? formatDateShort(raw, true, offset) : String(raw);
        case 'dateonly':
            return raw instanceof Date ? formatDateShort(raw, false, offset) : String(raw);
        case 'lookup':
            return lookupName ?? '';
        case 'entityname':
            return ENTITY_DISPLAY_NAMES[String(raw)] ?? String(raw);
        default:
            return String(raw);
    }
}
