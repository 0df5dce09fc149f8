/**
 * What the host reads from the built control folder: the resx string table (context.resources.getString) and the
 * manifest's input properties with their defaults (context.parameters), as the platform reads them from the
 * solution. Parsed with plain regular expressions so that the same code runs in the page and under jest.
 */
import { parseResx, unescapeXml } from '../../scripts/lib/resx';

/** The <data name="…"><value>…</value></data> entries of a .resx file (the project's one reader). */
export { parseResx };

/** context.resources: a missing key comes back as the key itself, as the platform does. */
export function createResources(strings: ReadonlyMap<string, string>, onMissing: (key: string) => void): ComponentFramework.Resources {
    return {
        getString: (id: string) => {
            const value = strings.get(id);
            if (value === undefined) {
                onMissing(id);
                return id;
            }
            return value;
        },
        getResource: (_id: string, _success: (data: string) => void, failure: () => void) => failure(),
    };
}

export interface ManifestProperty {
    readonly name: string;
    readonly ofType: string;
    readonly defaultValue: string | null;
    readonly enumValues: readonly string[];
}

function attribute(tag: string, name: string): string | null {
    const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
    return m ? unescapeXml(m[1]) : null;
}

/** The input <property> elements of ControlManifest.xml. */
export function parseManifestProperties(xml: string): ManifestProperty[] {
    const out: ManifestProperty[] = [];
    const re = /<property\s[^>]*?(\/>|>([\s\S]*?)<\/property>)/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(xml)) !== null) {
        const tag = m[0].slice(0, m[0].indexOf('>') + 1);
        const name = attribute(tag, 'name');
        const ofType = attribute(tag, 'of-type');
        if (!name || !ofType) continue;
        const enumValues: string[] = [];
        const values = /<value\s[^>]*>([^<]*)<\/value>/g;
        let v: RegExpExecArray | null;
        while ((v = values.exec(m[2] ?? '')) !== null) enumValues.push(unescapeXml(v[1]).trim());
        out.push({ name, ofType, defaultValue: attribute(tag, 'default-value'), enumValues });
    }
    return out;
}

/**
 * context.parameters entries for the manifest's properties: the default value, or the query-string override
 * (`?graceMinutes=30&showCharts=0&defaultFilter=failing`). An override that is not a valid value of the property
 * is reported and the default kept.
 */
export function buildProperties(
    properties: readonly ManifestProperty[],
    overrides: ReadonlyMap<string, string>,
    onInvalid: (message: string) => void,
): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const p of properties) {
        const given = overrides.get(p.name);
        let text = given ?? p.defaultValue;
        const parse = (s: string | null): unknown => {
            if (s === null) return null;
            if (p.ofType.startsWith('Whole') || p.ofType === 'Decimal' || p.ofType === 'FP') {
                const n = Number(s);
                return s.trim() !== '' && Number.isFinite(n) ? n : undefined;
            }
            if (p.ofType === 'TwoOptions') {
                const t = s.trim().toLowerCase();
                return t === 'true' || t === '1' || t === 'yes' ? true : t === 'false' || t === '0' || t === 'no' ? false : undefined;
            }
            if (p.ofType === 'Enum') return p.enumValues.includes(s) ? s : undefined;
            return s;
        };
        let raw = parse(text);
        if (raw === undefined) {
            onInvalid(`${p.name}=${String(given)} is not a valid ${p.ofType} value; the default ${String(p.defaultValue)} is used`);
            text = p.defaultValue;
            raw = parse(text) ?? null;
        }
        out[p.name] = {
            raw,
            formatted: raw === null ? '' : p.ofType === 'TwoOptions' ? (raw ? 'Yes' : 'No') : String(raw),
            type: p.ofType,
            error: false,
            errorMessage: '',
            attributes: { DisplayName: p.name, LogicalName: p.name, RequiredLevel: 0, IsSecured: false, SourceType: 0, Description: '' },
            security: { editable: true, readable: true, secured: false },
        };
    }
    return out;
}
