/**
 * @jest-environment node
 *
 * ControlManifest.Input.xml as model-driven apps read it: settings a maker can set, the features used, the preview.
 */
import * as fs from 'fs';
import * as path from 'path';
import { XMLParser } from 'fast-xml-parser';
import { DEFAULT_OPTIONS } from '../../MailboxHealth/core';
import { describeManifest } from '../../scripts/lib/solution';

const ROOT = path.join(__dirname, '..', '..');
const SOURCE = fs.readFileSync(path.join(ROOT, 'MailboxHealth', 'ControlManifest.Input.xml'), 'utf8');
type Node = Record<string, unknown> & { '@_name'?: string };
const control = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_' }).parse(SOURCE).manifest.control as Record<string, unknown>;
const asArray = <T>(x: T | T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);
const property = (name: string): Node => asArray(control.property as Node[]).find((p) => p['@_name'] === name) as Node;

/** Every .ts/.tsx file under dir. */
function sources(dir: string): string[] {
    return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) return e.name === 'generated' ? [] : sources(p);
        return /\.tsx?$/.test(e.name) ? [p] : [];
    });
}

describe('the control manifest', () => {
    it.each(['approvalRequired', 'showCharts'])('offers %s as a yes/no Enum defaulting to yes (a TwoOptions input can only be bound to a column in model-driven apps)', (name) => {
        const p = property(name);
        expect(p['@_of-type']).toBe('Enum');
        expect(p['@_default-value']).toBe('yes');
        expect(asArray(p.value as Node[]).map((v) => [v['@_name'], v['#text']])).toEqual([
            ['yes', 'yes'],
            ['no', 'no'],
        ]);
    });

    it('offers maxTransientFailures as a whole number defaulting to the core default', () => {
        const p = property('maxTransientFailures');
        expect(p['@_of-type']).toBe('Whole.None');
        expect(Number(p['@_default-value'])).toBe(DEFAULT_OPTIONS.maxTransientFailures);
    });

    it('declares only the features the code uses: the Web API, not Utility', () => {
        const features = asArray((control['feature-usage'] as { 'uses-feature': Node[] })['uses-feature']).map((f) => f['@_name']);
        expect(features).toEqual(['WebAPI']);
        const code = sources(path.join(ROOT, 'MailboxHealth')).map((f) => fs.readFileSync(f, 'utf8'));
        expect(code.filter((t) => /\bcontext\.utils\b|\.utils\.(getEntityMetadata|hasEntityPrivilege|lookupObjects)/.test(t))).toEqual([]);
        expect(code.some((t) => /\bwebAPI\b/.test(t))).toBe(true);
    });

    // Only as preview-image: naming the same file as an <img> resource too makes pcf-scripts rename one copy
    // (img/preview1.png) and leave the preview-image path pointing at nothing.
    it('has a preview image, a PNG the build copies and the packer ships', () => {
        const preview = control['@_preview-image'] as string;
        expect(preview).toBe('img/preview.png');
        const png = fs.readFileSync(path.join(ROOT, 'MailboxHealth', preview));
        expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
        expect(describeManifest(SOURCE, 'manifest').resources.filter((r) => r.path === preview)).toEqual([{ kind: 'preview-image', path: preview }]);
    });

    it('ships a preview image the resources do not name as well', () => {
        const bare = '<manifest><control namespace="N" constructor="C" version="1.0.0" display-name-key="K" preview-image="img\\p.png"><resources><code path="bundle.js" order="1"/></resources></control></manifest>';
        expect(describeManifest(bare, 'bare').resources).toEqual([
            { kind: 'code', path: 'bundle.js' },
            { kind: 'preview-image', path: 'img/p.png' },
        ]);
    });
});
