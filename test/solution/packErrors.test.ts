/**
 * @jest-environment node
 *
 * The packer against a small fabricated checkout (no real build needed): what it ships for css and extra languages,
 * and the message it gives for each way the inputs can be wrong.
 */
import * as fs from 'fs';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { PackError, contentTypesXml, customizationsXmlFor, isDevelopmentBundle, packSolution, solutionXmlFor } from '../../scripts/lib/solution';
import { ROOT, parse, readZip, removeDir, tempDir, text } from './zipSupport';

/** The control's name in the solution: the publisher prefix of Solution.xml, an underscore, namespace.constructor. */
const CONTROL = 'mbh_MailboxHealthControls.MailboxHealth';
const VERSION = '3.1.4';

function manifest(version: string, resources: string): string {
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<manifest>
  <control namespace="MailboxHealthControls" constructor="MailboxHealth" version="${version}" display-name-key="Control_DisplayName" control-type="virtual">
    <resources>
${resources}
    </resources>
  </control>
</manifest>`;
}

const BUILT_RESOURCES = `      <code path="bundle.js" order="1"/>
      <platform-library name="React" version="16.14.0"/>
      <css path="css/MailboxHealth.css" order="1"/>
      <resx path="strings/MailboxHealth.1033.resx" version="1.0.0"/>`;

const RESX = '<?xml version="1.0" encoding="utf-8"?><root><data name="Control_DisplayName"><value>Mailbox Health</value></data></root>';

/** A checkout with the real solution source at VERSION and a fabricated production build of the control. */
function fakeCheckout(): string {
    const dir = tempDir('packerr');
    const put = (rel: string, data: string | Buffer) => {
        fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
        fs.writeFileSync(path.join(dir, rel), data);
    };
    for (const f of ['Solution.xml', 'Customizations.xml', 'Relationships.xml']) {
        put(`solution/src/Other/${f}`, fs.readFileSync(path.join(ROOT, 'solution', 'src', 'Other', f)));
    }
    const solution = fs.readFileSync(path.join(dir, 'solution/src/Other/Solution.xml'), 'utf8');
    put('solution/src/Other/Solution.xml', solution.replace(/<Version>[^<]*<\/Version>/, `<Version>${VERSION}.0</Version>`));
    put('package.json', JSON.stringify({ name: 'mailbox-health', version: VERSION }, null, 2));
    put('MailboxHealth/ControlManifest.Input.xml', manifest(VERSION, '      <code path="index.ts" order="1"/>'));
    const out = 'out/controls/MailboxHealth';
    put(`${out}/ControlManifest.xml`, manifest(VERSION, BUILT_RESOURCES));
    put(`${out}/bundle.js`, 'var pcf_tools=function(){"use strict";return{}}();');
    put(`${out}/css/MailboxHealth.css`, '.mbh{color:#323130}');
    put(`${out}/strings/MailboxHealth.1033.resx`, RESX);
    put(`${out}/strings/MailboxHealth.1031.resx`, RESX);
    put(`${out}/strings/Other.1033.resx`, RESX);
    put(`${out}/leftover-from-an-old-build.js`, 'old');
    put(`${out}/.production-build`, 'stamp');
    return dir;
}

const dirs: string[] = [];
function checkout(): string {
    const dir = fakeCheckout();
    dirs.push(dir);
    return dir;
}
afterAll(() => dirs.forEach(removeDir));

async function packError(root: string): Promise<string> {
    try {
        await packSolution({ root, build: false, outDir: path.join(root, 'zips') });
    } catch (e) {
        expect(e).toBeInstanceOf(PackError);
        return (e as Error).message;
    }
    throw new Error('packSolution did not fail');
}

function edit(root: string, rel: string, change: (s: string) => string): void {
    const file = path.join(root, rel);
    fs.writeFileSync(file, change(fs.readFileSync(file, 'utf8')));
}

describe('packSolution on a control with css and a second language', () => {
    it('ships the css, both resx languages and nothing the manifest does not name', async () => {
        const root = checkout();
        const result = await packSolution({ root, build: false, outDir: path.join(root, 'zips') });
        const entries = await readZip(result.outputs[0].path);
        expect([...entries.keys()]).toEqual([
            'solution.xml',
            'customizations.xml',
            `Controls/${CONTROL}/ControlManifest.xml`,
            `Controls/${CONTROL}/bundle.js`,
            `Controls/${CONTROL}/css/MailboxHealth.css`,
            `Controls/${CONTROL}/strings/MailboxHealth.1031.resx`,
            `Controls/${CONTROL}/strings/MailboxHealth.1033.resx`,
            '[Content_Types].xml',
        ]);
        const defaults = parse(text(entries.get('[Content_Types].xml')!)).Types.Default.map((d: Record<string, string>) => d['@_Extension']);
        expect(defaults).toEqual(['xml', 'css', 'js', 'resx']);
        expect(path.basename(result.outputs[1].path)).toBe(`MailboxHealth_${VERSION}_managed.zip`);
    });
});

describe('packSolution refuses, with a message that says what to do,', () => {
    it('when there is no build of the control', async () => {
        const root = checkout();
        fs.rmSync(path.join(root, 'out'), { recursive: true });
        expect(await packError(root)).toMatch(/^no built control in .*out\/controls\/MailboxHealth: run npm run pack \(it builds the control\)/);
    });

    it('a development bundle', async () => {
        const root = checkout();
        edit(root, 'out/controls/MailboxHealth/bundle.js', () => '/*\n * ATTENTION: The "eval" devtool has been used (maybe by default in mode: "development").\n */\neval("x")');
        expect(await packError(root)).toBe('out/controls/MailboxHealth/bundle.js is a development build (webpack eval devtool); build with --buildMode production');
    });

    it('a build older than the manifest version', async () => {
        const root = checkout();
        edit(root, 'MailboxHealth/ControlManifest.Input.xml', (s) => s.replace(`version="${VERSION}"`, 'version="3.2.0"'));
        expect(await packError(root)).toBe('the build in out/controls/MailboxHealth is stale: its version is "3.1.4" but MailboxHealth/ControlManifest.Input.xml says "3.2.0"; rebuild with npm run build:prod');
    });

    it('a build older than a source file, which is what a quietly failed pcf-scripts build leaves', async () => {
        const root = checkout();
        const later = new Date(Date.now() + 60_000);
        fs.mkdirSync(path.join(root, 'MailboxHealth', 'view'));
        fs.writeFileSync(path.join(root, 'MailboxHealth', 'view', 'Broken.tsx'), 'export const x = ;');
        fs.utimesSync(path.join(root, 'MailboxHealth', 'view', 'Broken.tsx'), later, later);
        expect(await packError(root)).toBe(
            'the build in out/controls/MailboxHealth is older than MailboxHealth/view/Broken.tsx: the last build failed or a source changed since; ' +
                'run npx pcf-scripts build --buildMode production to see its errors (pcf-scripts exits 0 even when it fails)',
        );
    });

    it('a Solution.xml version that is not the control version plus .0', async () => {
        const root = checkout();
        edit(root, 'solution/src/Other/Solution.xml', (s) => s.replace(`<Version>${VERSION}.0</Version>`, '<Version>3.1.5.0</Version>'));
        expect(await packError(root)).toBe('solution/src/Other/Solution.xml has <Version>3.1.5.0</Version> but the control is 3.1.4 (expected 3.1.4.0); run npm run version:bump -- --check');
    });

    it('a package.json version that differs from the control', async () => {
        const root = checkout();
        edit(root, 'package.json', (s) => s.replace(VERSION, '3.1.3'));
        expect(await packError(root)).toBe('package.json has "version": "3.1.3" but the control is 3.1.4; run npm run version:bump -- --check');
    });

    it('a Solution.xml that does not list the control as a root component', async () => {
        const root = checkout();
        edit(root, 'solution/src/Other/Solution.xml', (s) => s.replace(`schemaName="${CONTROL}"`, 'schemaName="Other.Control"'));
        expect(await packError(root)).toBe(
            `solution/src/Other/Solution.xml must list <RootComponent type="66" schemaName="${CONTROL}" behavior="0" /> (publisher prefix, underscore, namespace.constructor; custom controls listed: Other.Control)`,
        );
    });

    it('a Solution.xml that lists the control without the publisher prefix (what pac would pack as a second control)', async () => {
        const root = checkout();
        edit(root, 'solution/src/Other/Solution.xml', (s) => s.replace(`schemaName="${CONTROL}"`, 'schemaName="MailboxHealthControls.MailboxHealth"'));
        expect(await packError(root)).toContain(`must list <RootComponent type="66" schemaName="${CONTROL}"`);
    });

    it('a bundle that registers another name than the manifest', async () => {
        const root = checkout();
        edit(root, 'out/controls/MailboxHealth/bundle.js', () => 'ComponentFramework.registerControl("mbh_MailboxHealthControls.MailboxHealth",x)');
        expect(await packError(root)).toBe(
            'out/controls/MailboxHealth/bundle.js registers mbh_MailboxHealthControls.MailboxHealth but the manifest names MailboxHealthControls.MailboxHealth; rebuild with npm run build:prod',
        );
    });

    it('a resource the built manifest names but the build does not have', async () => {
        const root = checkout();
        fs.rmSync(path.join(root, 'out/controls/MailboxHealth/css'), { recursive: true });
        expect(await packError(root)).toMatch(/^the built manifest names files that are not in .*MailboxHealth: css\/MailboxHealth\.css$/);
    });

    it('a Solution.xml that is not well-formed, naming the file and the line', async () => {
        const root = checkout();
        edit(root, 'solution/src/Other/Solution.xml', (s) => s.replace('</UniqueName>', '</UniqueNam>'));
        expect(await packError(root)).toMatch(/^solution\/src\/Other\/Solution\.xml is not well-formed XML: .* \(line 5\)$/);
    });

    it('relationships, which only the dotnet route packs', async () => {
        const root = checkout();
        edit(root, 'solution/src/Other/Relationships.xml', (s) => s.replace(' />', '><EntityRelationship Name="mbh_x" /></EntityRelationships>'));
        expect(await packError(root)).toBe('solution/src/Other/Relationships.xml defines relationships; npm run pack only packs the control (use dotnet build)');
    });
});

describe('node scripts/pack-solution.js', () => {
    it('exits 1 and prints the reason without a stack trace', () => {
        const root = checkout();
        edit(root, 'package.json', (s) => s.replace(VERSION, '3.1.3'));
        const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'pack-solution.js'), '--root', root, '--skip-build'], { encoding: 'utf8' });
        expect(r.status).toBe(1);
        expect(r.stderr.trim()).toBe('npm run pack: package.json has "version": "3.1.3" but the control is 3.1.4; run npm run version:bump -- --check');
    });

    it('prints the zip paths and sizes and the files inside', () => {
        const root = checkout();
        const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'pack-solution.js'), '--root', root, '--skip-build', '--out', path.join(root, 'zips')], { encoding: 'utf8' });
        expect(r.status).toBe(0);
        const size = fs.statSync(path.join(root, 'zips', `MailboxHealth_${VERSION}.zip`)).size;
        expect(r.stdout).toContain(`zips/MailboxHealth_${VERSION}.zip  ${size} bytes`);
        expect(r.stdout).toContain(`Controls/${CONTROL}/css/MailboxHealth.css  19 bytes`);
    });

    it('refuses --root without --skip-build, since the build helper builds this checkout only', () => {
        const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'pack-solution.js'), '--root', '/nowhere'], { encoding: 'utf8' });
        expect(r.status).toBe(1);
        expect(r.stderr).toContain('--root needs --skip-build');
    });
});

describe('the packer pieces', () => {
    it('tell a development bundle from a production one', () => {
        expect(isDevelopmentBundle('eval("var a = 1;\\n\\n//# sourceURL=webpack://pcf_tools/./MailboxHealth/index.ts?");')).toBe(true);
        expect(isDevelopmentBundle('var pcf_tools=function(){"use strict";return{}}();')).toBe(false);
    });

    it('give a file without an extension its own content type override', () => {
        expect(contentTypesXml(['solution.xml', `Controls/${CONTROL}/LICENSE`], CONTROL)).toBe(
            '<?xml version="1.0" encoding="utf-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
                '<Default Extension="xml" ContentType="text/xml" />' +
                `<Override PartName="/Controls/${CONTROL}/ControlManifest.xml" ContentType="application/octet-stream" />` +
                `<Override PartName="/Controls/${CONTROL}/LICENSE" ContentType="application/octet-stream" /></Types>`,
        );
    });

    it('replace an existing <CustomControls> list and keep CRLF line endings', () => {
        const source = '<ImportExportXml>\r\n\t<CustomControls>\r\n\t\t<CustomControl><Name>Old.One</Name></CustomControl>\r\n\t</CustomControls>\r\n</ImportExportXml>\r\n';
        expect(customizationsXmlFor(source, 'A.B')).toBe(
            '\uFEFF<ImportExportXml>\r\n\t<CustomControls>\r\n\t\t<CustomControl>\r\n\t\t\t<Name>A.B</Name>\r\n' +
                '\t\t\t<FileName>/Controls/A.B/ControlManifest.xml</FileName>\r\n\t\t</CustomControl>\r\n\t</CustomControls>\r\n</ImportExportXml>\r\n',
        );
    });

    it('ignore a <Managed> inside a comment of solution.xml', () => {
        const source = '<SolutionManifest><!-- <Managed>2</Managed> --><Managed>2</Managed></SolutionManifest>';
        expect(solutionXmlFor(source, true)).toBe('\uFEFF<SolutionManifest><!-- <Managed>2</Managed> --><Managed>1</Managed></SolutionManifest>');
        expect(() => solutionXmlFor('<SolutionManifest/>', false)).toThrow('solution/src/Other/Solution.xml: no <Managed> element');
    });
});
