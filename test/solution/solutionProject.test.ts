/**
 * @jest-environment node
 *
 * The solution/ folder: the dotnet route (solution.cdsproj) and the source both routes pack.
 */
import * as fs from 'fs';
import * as path from 'path';
import { ROOT, Xml, asArray, childNames, parse, wellFormed } from './zipSupport';

const SOLUTION = path.join(ROOT, 'solution');
const readText = (...p: string[]): string => fs.readFileSync(path.join(...p), 'utf8');

describe('solution/solution.cdsproj', () => {
    const xml = readText(SOLUTION, 'solution.cdsproj');
    const project: Xml = parse(xml).Project;
    const items = (name: string): Xml[] => asArray(project.ItemGroup).flatMap((g: Xml) => asArray(g[name]));
    const property = (name: string): string[] => asArray(project.PropertyGroup).flatMap((g: Xml) => asArray(g[name]));

    it('is a well-formed MSBuild project', () => {
        expect(wellFormed(xml)).toBe(true);
        expect(project['@_xmlns']).toBe('http://schemas.microsoft.com/developer/msbuild/2003');
    });

    it('references the control project ../MailboxHealth.pcfproj, which exists and is a PCF project', () => {
        const refs = items('ProjectReference').map((r: Xml) => r['@_Include']);
        expect(refs).toEqual(['..\\MailboxHealth.pcfproj']);
        const pcfproj = path.resolve(SOLUTION, refs[0].replace(/\\/g, '/'));
        expect(pcfproj).toBe(path.join(ROOT, 'MailboxHealth.pcfproj'));
        expect(readText(pcfproj)).toContain('Microsoft.PowerApps.MSBuild.Pcf');
    });

    it('builds with the Solution MSBuild package from src, as both managed and unmanaged', () => {
        expect(items('PackageReference').map((r: Xml) => r['@_Include'])).toContain('Microsoft.PowerApps.MSBuild.Solution');
        expect(property('SolutionRootPath')).toEqual(['src']);
        expect(property('SolutionPackageType')).toEqual(['Both']);
        expect(property('ProjectGuid')[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    });

    it('keeps the dotnet build output out of git', () => {
        const ignored = readText(SOLUTION, '.gitignore').split('\n').map((l) => l.trim());
        expect(ignored).toEqual(expect.arrayContaining(['/bin', '/obj']));
    });
});

describe('solution/src/Other', () => {
    const src = path.join(SOLUTION, 'src', 'Other');

    it.each(['Solution.xml', 'Customizations.xml', 'Relationships.xml'])('has a well-formed %s', (file) => {
        expect(wellFormed(readText(src, file))).toBe(true);
    });

    it('lists the control as its one root component of type 66, named <publisher prefix>_<namespace>.<constructor> as pac names it', () => {
        const control: Xml = parse(readText(ROOT, 'MailboxHealth', 'ControlManifest.Input.xml')).manifest.control;
        const manifest: Xml = parse(readText(src, 'Solution.xml')).ImportExportXml.SolutionManifest;
        const roots = asArray(manifest.RootComponents.RootComponent);
        expect(manifest.Publisher.CustomizationPrefix).toBe('mbh');
        expect(roots).toEqual([{ '@_type': '66', '@_schemaName': `mbh_${control['@_namespace']}.${control['@_constructor']}`, '@_behavior': '0' }]);
    });

    it('says Managed 2 (both), as a pac solution with SolutionPackageType Both does', () => {
        expect(parse(readText(src, 'Solution.xml')).ImportExportXml.SolutionManifest.Managed).toBe('2');
    });

    it('orders the SolutionManifest elements as exported solutions do', () => {
        expect(childNames(readText(src, 'Solution.xml'), ['ImportExportXml', 'SolutionManifest'])).toEqual([
            'UniqueName', 'LocalizedNames', 'Descriptions', 'Version', 'Managed', 'Publisher', 'RootComponents', 'MissingDependencies',
        ]);
    });

    it('leaves <CustomControls> empty in Customizations.xml, for the packager to fill from the build', () => {
        expect(parse(readText(src, 'Customizations.xml')).ImportExportXml.CustomControls).toBe('');
    });

    it('defines no relationships', () => {
        expect(parse(readText(src, 'Relationships.xml')).EntityRelationships).toEqual({ '@_xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance' });
    });
});
