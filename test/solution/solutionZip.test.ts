/**
 * @jest-environment node
 */
import * as fs from 'fs';
import * as path from 'path';
import { PackResult, packSolution, isDevelopmentBundle, registeredControlNames } from '../../scripts/lib/solution';
import {
    PACK_TIMEOUT_MS,
    ROOT,
    asArray,
    childNames,
    entry,
    packIntoTemp,
    parse,
    readZip,
    removeDir,
    tempDir,
    text,
    wellFormed,
} from './zipSupport';

// The shared build helper is plain JavaScript.
const { BUNDLE, OUT } = require('../support/ensureBuild') as { BUNDLE: string; OUT: string };

/** The name the bundle registers and the built manifest carries (namespace.constructor). */
const REGISTERED = 'MailboxHealthControls.MailboxHealth';
/** The name in the solution: publisher prefix, underscore, namespace.constructor (as pac's solution build writes it). */
const CONTROL = `mbh_${REGISTERED}`;
const FOLDER = `Controls/${CONTROL}`;
const CONTROL_FOLDER_MANIFEST = `${FOLDER}/ControlManifest.xml`;
const packageVersion: string = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;

let dir: string;
let result: PackResult;
let unmanaged: Map<string, Buffer>;
let managed: Map<string, Buffer>;

beforeAll(async () => {
    ({ dir, result } = await packIntoTemp('zip'));
    unmanaged = await readZip(result.outputs.find((o) => !o.managed)!.path);
    managed = await readZip(result.outputs.find((o) => o.managed)!.path);
}, PACK_TIMEOUT_MS);

afterAll(() => removeDir(dir));

describe('the solution zips npm run pack writes', () => {
    it('are one unmanaged and one managed zip named after the solution and the version', () => {
        expect(result.outputs.map((o) => path.basename(o.path))).toEqual([
            `MailboxHealth_${packageVersion}.zip`,
            `MailboxHealth_${packageVersion}_managed.zip`,
        ]);
        for (const o of result.outputs) {
            expect(fs.statSync(o.path).size).toBe(o.size);
            expect(o.size).toBeGreaterThan(0);
        }
    });

    it('hold the content types, solution.xml, customizations.xml and the built control, nothing else', () => {
        const builtFiles = fs.readdirSync(OUT, { recursive: true, withFileTypes: true })
            .filter((d) => d.isFile() && !d.name.startsWith('.'))
            .map((d) => path.relative(OUT, path.join(d.parentPath, d.name)).split(path.sep).join('/'));
        const controlEntries = [...unmanaged.keys()].filter((n) => n.startsWith(`${FOLDER}/`)).map((n) => n.slice(FOLDER.length + 1));

        expect([...unmanaged.keys()].filter((n) => !n.startsWith(`${FOLDER}/`)).sort()).toEqual(['[Content_Types].xml', 'customizations.xml', 'solution.xml']);
        expect(controlEntries).toEqual(expect.arrayContaining(['ControlManifest.xml', 'bundle.js', 'strings/MailboxHealth.1033.resx']));
        // Everything shipped for the control comes from the build output.
        expect(controlEntries.filter((f) => !builtFiles.includes(f))).toEqual([]);
    });

    it('have no directory entries and only forward slashes in entry names', () => {
        for (const name of unmanaged.keys()) {
            expect(name.endsWith('/')).toBe(false);
            expect(name.includes('\\')).toBe(false);
        }
    });

    it('contain only well-formed XML in every .xml and .resx entry', () => {
        const xmlEntries = [...unmanaged.keys()].filter((n) => /\.(xml|resx)$/i.test(n));
        expect(xmlEntries.length).toBeGreaterThanOrEqual(5);
        for (const name of xmlEntries) expect([name, wellFormed(text(entry(unmanaged, name)))]).toEqual([name, true]);
    });

    it('declare a content type for the extension of every entry', () => {
        const types = parse(text(entry(unmanaged, '[Content_Types].xml'))).Types;
        expect(types['@_xmlns']).toBe('http://schemas.openxmlformats.org/package/2006/content-types');
        const defaults = new Map<string, string>(asArray(types.Default).map((d: { '@_Extension': string; '@_ContentType': string }) => [d['@_Extension'], d['@_ContentType']]));
        const overrides = asArray(types.Override).map((o: { '@_PartName': string }) => o['@_PartName']);
        expect(defaults.get('xml')).toBe('text/xml');
        expect(overrides).toEqual([`/${FOLDER}/ControlManifest.xml`]);
        for (const name of unmanaged.keys()) {
            if (name === '[Content_Types].xml') continue;
            const ext = path.posix.extname(name).slice(1).toLowerCase();
            expect([name, defaults.has(ext) || overrides.includes(`/${name}`)]).toEqual([name, true]);
        }
    });

    it('name the control mbh_<namespace>.<constructor> in customizations.xml, solution.xml, the Controls folder and the content types', () => {
        const control = parse(text(entry(unmanaged, `${FOLDER}/ControlManifest.xml`))).manifest.control;
        const publisher = parse(text(entry(unmanaged, 'solution.xml'))).ImportExportXml.SolutionManifest.Publisher;
        expect(`${publisher.CustomizationPrefix}_${control['@_namespace']}.${control['@_constructor']}`).toBe(CONTROL);
        expect(result.controlName).toBe(CONTROL);
        expect([...unmanaged.keys()].filter((n) => n.startsWith('Controls/') && !n.startsWith(`${FOLDER}/`))).toEqual([]);
        const overrides = asArray(parse(text(entry(unmanaged, '[Content_Types].xml'))).Types.Override).map((o: { '@_PartName': string }) => o['@_PartName']);
        expect(overrides).toEqual([`/${CONTROL_FOLDER_MANIFEST}`]);

        const customControls = asArray(parse(text(entry(unmanaged, 'customizations.xml'))).ImportExportXml.CustomControls.CustomControl);
        expect(customControls).toEqual([{ Name: CONTROL, FileName: `/${FOLDER}/ControlManifest.xml` }]);
        expect(unmanaged.has(customControls[0].FileName.slice(1))).toBe(true);

        const roots = asArray(parse(text(entry(unmanaged, 'solution.xml'))).ImportExportXml.SolutionManifest.RootComponents.RootComponent);
        expect(roots).toEqual([{ '@_type': '66', '@_schemaName': CONTROL, '@_behavior': '0' }]);
    });

    it('keep the unprefixed namespace.constructor in the zipped manifest and in the bundle\'s registerControl', () => {
        const control = parse(text(entry(unmanaged, `${FOLDER}/ControlManifest.xml`))).manifest.control;
        expect(`${control['@_namespace']}.${control['@_constructor']}`).toBe(REGISTERED);
        expect(result.registeredName).toBe(REGISTERED);
        expect(registeredControlNames(entry(unmanaged, `${FOLDER}/bundle.js`).toString('utf8'))).toEqual([REGISTERED]);
    });

    it('carry one version: control x.y.z, solution x.y.z.0, package.json x.y.z', () => {
        const controlVersion = parse(text(entry(unmanaged, `${FOLDER}/ControlManifest.xml`))).manifest.control['@_version'];
        const solutionVersion = parse(text(entry(unmanaged, 'solution.xml'))).ImportExportXml.SolutionManifest.Version;
        expect(controlVersion).toBe(packageVersion);
        expect(solutionVersion).toBe(`${packageVersion}.0`);
        expect(result.solutionVersion).toBe(`${packageVersion}.0`);
    });

    it('give solution.xml the root attributes and the SolutionManifest elements in the order the importer reads them', () => {
        const xml = text(entry(unmanaged, 'solution.xml'));
        const root = parse(xml).ImportExportXml;
        expect(root['@_version']).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
        expect(root['@_SolutionPackageVersion']).toMatch(/^\d+\.\d+$/);
        expect(root['@_languagecode']).toBe('1033');
        expect(root['@_generatedBy']).toBe('CrmLive');
        expect(childNames(xml, ['ImportExportXml', 'SolutionManifest'])).toEqual([
            'UniqueName', 'LocalizedNames', 'Descriptions', 'Version', 'Managed', 'Publisher', 'RootComponents', 'MissingDependencies',
        ]);
        expect(childNames(xml, ['ImportExportXml', 'SolutionManifest', 'Publisher'])).toEqual([
            'UniqueName', 'LocalizedNames', 'Descriptions', 'EMailAddress', 'SupportingWebsiteUrl', 'CustomizationPrefix', 'CustomizationOptionValuePrefix', 'Addresses',
        ]);
        const manifest = root.SolutionManifest;
        expect(manifest.UniqueName).toBe('MailboxHealth');
        expect(manifest.LocalizedNames.LocalizedName['@_languagecode']).toBe('1033');
        expect(manifest.LocalizedNames.LocalizedName['@_description']).toBe('Mailbox Health');
    });

    it('declare a publisher whose prefix and option value prefix Dataverse accepts', () => {
        const publisher = parse(text(entry(unmanaged, 'solution.xml'))).ImportExportXml.SolutionManifest.Publisher;
        expect(publisher.UniqueName).toBe('mailboxhealth');
        // Prefix: 2 to 8 letters or digits, starting with a letter, never "mscrm"; option value prefix: 10000-99999.
        expect(publisher.CustomizationPrefix).toMatch(/^[a-z][a-z0-9]{1,7}$/);
        expect(publisher.CustomizationPrefix.startsWith('mscrm')).toBe(false);
        const optionPrefix = Number(publisher.CustomizationOptionValuePrefix);
        expect(optionPrefix).toBeGreaterThanOrEqual(10000);
        expect(optionPrefix).toBeLessThanOrEqual(99999);
    });

    it('put customizations.xml in the ImportExportXml shape with the elements of an exported solution', () => {
        const xml = text(entry(unmanaged, 'customizations.xml'));
        expect(childNames(xml, ['ImportExportXml'])).toEqual([
            'Entities', 'Roles', 'Workflows', 'FieldSecurityProfiles', 'Templates', 'EntityMaps', 'EntityRelationships',
            'OrganizationSettings', 'optionsets', 'CustomControls', 'SolutionPluginAssemblies', 'EntityDataProviders', 'Languages',
        ]);
        expect(parse(xml).ImportExportXml.Languages.Language).toBe('1033');
    });

    it('mark the unmanaged zip Managed 0 and the managed zip Managed 1, and differ in nothing else', () => {
        const u = text(entry(unmanaged, 'solution.xml'));
        const m = text(entry(managed, 'solution.xml'));
        expect(parse(u).ImportExportXml.SolutionManifest.Managed).toBe('0');
        expect(parse(m).ImportExportXml.SolutionManifest.Managed).toBe('1');
        expect(m.replace('<Managed>1</Managed>', '<Managed>0</Managed>')).toBe(u);
        expect([...managed.keys()]).toEqual([...unmanaged.keys()]);
        for (const name of unmanaged.keys()) {
            if (name !== 'solution.xml') expect([name, entry(managed, name).equals(entry(unmanaged, name))]).toEqual([name, true]);
        }
    });

    it('ship the production bundle: the bytes of out/controls, without webpack development eval wrappers', () => {
        const zipped = entry(unmanaged, `${FOLDER}/bundle.js`);
        expect(zipped.equals(fs.readFileSync(BUNDLE))).toBe(true);
        expect(fs.existsSync(path.join(OUT, '.production-build'))).toBe(true);
        expect(isDevelopmentBundle(zipped.toString('utf8'))).toBe(false);
        expect(zipped.toString('utf8')).not.toContain('eval("');
    });

    it('contain every file the zipped control manifest names, at the same relative path', () => {
        const resources = parse(text(entry(unmanaged, `${FOLDER}/ControlManifest.xml`))).manifest.control.resources;
        const named = [...asArray(resources.code), ...asArray(resources.css), ...asArray(resources.resx), ...asArray(resources.img)]
            .map((r: { '@_path': string }) => r['@_path']);
        expect(named).toEqual(expect.arrayContaining(['bundle.js', 'strings/MailboxHealth.1033.resx']));
        for (const p of named) expect([p, unmanaged.has(`${FOLDER}/${p}`)]).toEqual([p, true]);
    });

    it('are byte-identical when the same build is packed again', async () => {
        const again = tempDir('zip-again');
        try {
            const second = await packSolution({ outDir: again, build: false });
            for (const [i, o] of second.outputs.entries()) {
                expect(fs.readFileSync(o.path).equals(fs.readFileSync(result.outputs[i].path))).toBe(true);
            }
        } finally {
            removeDir(again);
        }
    });
});
