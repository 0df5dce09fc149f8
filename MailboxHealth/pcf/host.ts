import { TABLES } from '../manifest';

type DataSet = ComponentFramework.PropertyTypes.DataSet;

/**
 * A size the host allocated (context.mode.allocatedWidth / allocatedHeight) as a usable number of pixels, or
 * undefined. Hosts give -1 for "not limited" or "not tracked", Microsoft's test harness can give "" or a numeric
 * string (the Creator Kit's controls parse it: "The test harness provides width/height as strings"), and nothing
 * else must ever reach a CSS width or height (React warns on NaN).
 */
export function allocatedSize(value: unknown): number | undefined {
    const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
    return Number.isFinite(n) && n > 0 ? n : undefined;
}

/**
 * The table of the bound view when it is not `mailbox` (the control was picked for another table's view), or null.
 * A host that does not say (no getTargetEntityType, or an empty name) is given the benefit of the doubt.
 */
export function otherTable(dataset: Pick<DataSet, 'getTargetEntityType'> | undefined): string | null {
    let table: unknown;
    try {
        table = typeof dataset?.getTargetEntityType === 'function' ? dataset.getTargetEntityType() : null;
    } catch {
        return null;
    }
    if (typeof table !== 'string' || table.trim() === '') return null;
    return table.trim().toLowerCase() === TABLES.mailbox ? null : table.trim();
}
