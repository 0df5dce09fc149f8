import * as fs from 'fs';
import * as path from 'path';
import { buildProperties, createResources, parseManifestProperties, parseResx } from '../../harness/src/resources';

const ROOT = path.join(__dirname, '..', '..');
const RESX = fs.readFileSync(path.join(ROOT, 'MailboxHealth', 'strings', 'MailboxHealth.1033.resx'), 'utf8');
const MANIFEST = fs.readFileSync(path.join(ROOT, 'MailboxHealth', 'ControlManifest.Input.xml'), 'utf8');

describe('parseResx', () => {
    it('reads the control string table', () => {
        const strings = parseResx(RESX);
        expect(strings.size).toBeGreaterThan(10);
        expect(strings.get('Control_DisplayName')).toBeTruthy();
    });

    it('unescapes XML entities in values', () => {
        const strings = parseResx('<root><data name="A" xml:space="preserve"><value>Tom &amp; Jerry &lt;b&gt; &quot;x&quot;</value></data></root>');
        expect(strings.get('A')).toBe('Tom & Jerry <b> "x"');
    });
});

describe('createResources', () => {
    it('returns the key itself for a missing string, as the platform does, and reports it', () => {
        const missing: string[] = [];
        const resources = createResources(new Map([['Label_Known', 'Known']]), (key) => missing.push(key));
        expect(resources.getString('Label_Known')).toBe('Known');
        expect(resources.getString('Label_Unknown')).toBe('Label_Unknown');
        expect(missing).toEqual(['Label_Unknown']);
    });
});

describe('parseManifestProperties and buildProperties', () => {
    const properties = parseManifestProperties(MANIFEST);

    it('reads the input properties with their types, defaults and enum values', () => {
        const byName = new Map(properties.map((p) => [p.name, p]));
        expect(byName.get('graceMinutes')).toEqual({ name: 'graceMinutes', ofType: 'Whole.None', defaultValue: '20', enumValues: [] });
        expect(byName.get('approvalRequired')).toMatchObject({ ofType: 'Enum', defaultValue: 'yes', enumValues: ['yes', 'no'] });
        expect(byName.get('defaultFilter')?.enumValues).toContain('failing');
    });

    it('gives the defaults as the platform hands them to the control', () => {
        const params = buildProperties(properties, new Map(), () => undefined) as Record<string, { raw: unknown; type: string }>;
        expect(params.graceMinutes).toMatchObject({ raw: 20, type: 'Whole.None', formatted: '20' });
        expect(params.approvalRequired).toMatchObject({ raw: 'yes', type: 'Enum' });
        expect(params.defaultFilter).toMatchObject({ raw: 'all', type: 'Enum' });
    });

    it('applies query overrides and keeps the default of an invalid one with a warning', () => {
        const warnings: string[] = [];
        const params = buildProperties(
            properties,
            new Map([
                ['graceMinutes', '30'],
                ['showCharts', 'no'],
                ['defaultFilter', 'sideways'],
            ]),
            (m) => warnings.push(m),
        ) as Record<string, { raw: unknown }>;
        expect(params.graceMinutes.raw).toBe(30);
        expect(params.showCharts.raw).toBe('no');
        expect(params.defaultFilter.raw).toBe('all');
        expect(warnings).toEqual(['defaultFilter=sideways is not a valid Enum value; the default all is used']);
    });
});
