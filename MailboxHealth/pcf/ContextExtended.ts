/**
 * `context.mode.contextInfo` names the record of the page hosting the control (entity type and id). Model-driven
 * apps provide it on forms, and Microsoft's samples use it, but @types/powerapps-component-framework does not
 * declare it. It is the one undocumented member this control needs: it is read here, typed and checked, and
 * nowhere else.
 */
export interface ContextInfo {
    readonly entityTypeName: string | null;
    readonly entityId: string | null;
    readonly entityRecordName: string | null;
}

export function readContextInfo(mode: ComponentFramework.Mode | undefined): ContextInfo | null {
    const info: unknown = mode ? (mode as unknown as { contextInfo?: unknown }).contextInfo : undefined;
    if (typeof info !== 'object' || info === null) return null;
    const o = info as Record<string, unknown>;
    const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);
    return { entityTypeName: text(o.entityTypeName), entityId: text(o.entityId), entityRecordName: text(o.entityRecordName) };
}
