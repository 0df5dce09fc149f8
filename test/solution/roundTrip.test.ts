/**
 * @jest-environment node
 */
import * as fs from 'fs';
import * as path from 'path';
import { PackResult, describeManifest, listControlFiles } from '../../scripts/lib/solution';
import { PACK_TIMEOUT_MS, ROOT, Xml, entry, packIntoTemp, parse, readZip, removeDir, text } from './zipSupport';

const { OUT } = require('../support/ensureBuild') as { OUT: string };

const SOURCE = path.join(ROOT, 'solution', 'src', 'Other');

let dir: string;
let result: PackResult;

beforeAll(async () => {
    ({ dir, result } = await packIntoTemp('roundtrip'));
}, PACK_TIMEOUT_MS);

afterAll(() => removeDir(dir));

describe.each([
    ['unmanaged', false],
    ['managed', true],
])('unzipping the %s solution', (_label, isManaged) => {
    let entries: Map<string, Buffer>;
    let folder: string;

    beforeAll(async () => {
        entries = await readZip(result.outputs.find((o) => o.managed === isManaged)!.path);
        folder = `Controls/${result.controlName}/`;
    });

    it('gives back every built control file byte for byte, and no other control file', () => {
        const builtManifest = describeManifest(fs.readFileSync(path.join(OUT, 'ControlManifest.xml'), 'utf8'), 'built manifest');
        const expected = listControlFiles(OUT, builtManifest);
        const zipped = [...entries.keys()].filter((n) => n.startsWith(folder)).map((n) => n.slice(folder.length));
        expect(zipped.sort()).toEqual([...expected].sort());
        for (const rel of expected) {
            const same = entry(entries, folder + rel).equals(fs.readFileSync(path.join(OUT, rel)));
            expect([rel, same]).toEqual([rel, true]);
        }
    });

    it('gives back solution.xml as the solution source with only <Managed> changed', () => {
        const source = fs.readFileSync(path.join(SOURCE, 'Solution.xml'), 'utf8');
        expect(source).toContain('<Managed>2</Managed>');
        expect(text(entry(entries, 'solution.xml'))).toBe(source.replace('<Managed>2</Managed>', `<Managed>${isManaged ? 1 : 0}</Managed>`));
    });

    it('gives back customizations.xml as the source with the control added to <CustomControls> and nothing else', () => {
        const source: Xml = parse(fs.readFileSync(path.join(SOURCE, 'Customizations.xml'), 'utf8')).ImportExportXml;
        const zipped: Xml = parse(text(entry(entries, 'customizations.xml'))).ImportExportXml;
        expect(zipped.CustomControls).toEqual({
            CustomControl: { Name: result.controlName, FileName: `/${folder}ControlManifest.xml` },
        });
        expect({ ...zipped, CustomControls: '' }).toEqual({ ...source, CustomControls: '' });
    });

    it('starts solution.xml and customizations.xml with a UTF-8 byte-order mark (solution/README.md says why)', () => {
        for (const name of ['solution.xml', 'customizations.xml']) {
            expect([name, [...entry(entries, name).subarray(0, 3)]]).toEqual([name, [0xef, 0xbb, 0xbf]]);
        }
    });
});
