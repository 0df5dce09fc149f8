/**
 * @jest-environment node
 *
 * The version script always runs on a temporary copy of the three files; the real ones are checked to stay untouched.
 */
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { spawnSync } from 'child_process';
import {
    FILES,
    VersionError,
    bumpVersion,
    checkVersions,
    fromSolutionVersion,
    nextVersion,
    readVersions,
    toSolutionVersion,
} from '../../scripts/lib/version';
import { ROOT, removeDir, tempDir } from './zipSupport';

const SCRIPT = path.join(ROOT, 'scripts', 'bump-version.js');
const KEYS = Object.keys(FILES) as (keyof typeof FILES)[];

function hashes(root: string): Record<string, string> {
    const out: Record<string, string> = {};
    for (const key of KEYS) out[key] = crypto.createHash('sha256').update(fs.readFileSync(path.join(root, FILES[key]))).digest('hex');
    return out;
}

function read(root: string, key: keyof typeof FILES): string {
    return fs.readFileSync(path.join(root, FILES[key]), 'utf8');
}

function write(root: string, key: keyof typeof FILES, text: string): void {
    fs.writeFileSync(path.join(root, FILES[key]), text);
}

/** A copy of the three versioned files of the repository, all at `version` (the real files' layout otherwise). */
function copyAt(version: string): string {
    const dir = tempDir('bump');
    for (const key of KEYS) {
        fs.mkdirSync(path.dirname(path.join(dir, FILES[key])), { recursive: true });
        fs.copyFileSync(path.join(ROOT, FILES[key]), path.join(dir, FILES[key]));
    }
    const current = readVersions(dir);
    write(dir, 'manifest', read(dir, 'manifest').replace(/(<control\b[^>]*\sversion=")[^"]*"/, `$1${version}"`));
    write(dir, 'solution', read(dir, 'solution').replace(`<Version>${current.solution}</Version>`, `<Version>${version}.0</Version>`));
    write(dir, 'packageJson', read(dir, 'packageJson').replace(`"version": "${current.packageJson}"`, `"version": "${version}"`));
    expect(readVersions(dir)).toEqual({ manifest: version, solution: `${version}.0`, packageJson: version });
    return dir;
}

function runCli(args: string[]): { status: number | null; stdout: string; stderr: string } {
    const r = spawnSync(process.execPath, [SCRIPT, ...args], { encoding: 'utf8' });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const realBefore = hashes(ROOT);
const dirs: string[] = [];
function scratch(version: string): string {
    const dir = copyAt(version);
    dirs.push(dir);
    return dir;
}

afterAll(() => {
    dirs.forEach(removeDir);
    expect(hashes(ROOT)).toEqual(realBefore);
});

describe('nextVersion', () => {
    it('adds one to the patch for patch', () => expect(nextVersion('1.4.9', 'patch')).toBe('1.4.10'));
    it('adds one to the minor and resets the patch for minor', () => expect(nextVersion('1.4.9', 'minor')).toBe('1.5.0'));
    it('adds one to the major and resets the rest for major', () => expect(nextVersion('1.4.9', 'major')).toBe('2.0.0'));
    it('takes an explicit higher or equal version as it is', () => {
        expect(nextVersion('1.4.9', '1.10.0')).toBe('1.10.0');
        expect(nextVersion('1.4.9', '1.4.9')).toBe('1.4.9');
    });
    it('refuses an explicit lower version, since Dataverse does not downgrade an installed solution', () => {
        expect(() => nextVersion('1.4.9', '1.4.8')).toThrow('1.4.8 is lower than the current version 1.4.9; versions only go up');
    });
    it('refuses anything that is not major.minor.patch', () => {
        for (const bad of ['1.4', '1.4.9.0', 'v1.4.9', '1.04.9', '1.4.9-beta', 'next', '']) {
            expect(() => nextVersion('1.4.9', bad)).toThrow(VersionError);
        }
    });
});

describe('the solution version mapping', () => {
    it('appends .0 to the control version', () => expect(toSolutionVersion('0.1.0')).toBe('0.1.0.0'));
    it('reads x.y.z back from x.y.z.0', () => expect(fromSolutionVersion('3.2.1.0')).toBe('3.2.1'));
    it('rejects a solution version whose fourth part is not 0, or that has three parts', () => {
        expect(fromSolutionVersion('3.2.1.5')).toBe(null);
        expect(fromSolutionVersion('3.2.1')).toBe(null);
    });
});

describe('bumpVersion on a copy of the repository files', () => {
    it('moves the manifest, Solution.xml and package.json to the next patch together', () => {
        const dir = scratch('0.1.0');
        const r = bumpVersion(dir, 'patch');
        expect(r.from).toBe('0.1.0');
        expect(r.to).toBe('0.1.1');
        expect(readVersions(dir)).toEqual({ manifest: '0.1.1', solution: '0.1.1.0', packageJson: '0.1.1' });
        expect(checkVersions(dir).ok).toBe(true);
    });

    it('moves all three to an explicit version', () => {
        const dir = scratch('0.1.0');
        bumpVersion(dir, '2.3.4');
        expect(readVersions(dir)).toEqual({ manifest: '2.3.4', solution: '2.3.4.0', packageJson: '2.3.4' });
    });

    it('changes nothing but the version text in each file', () => {
        const dir = scratch('0.1.0');
        const before = { manifest: read(dir, 'manifest'), solution: read(dir, 'solution'), packageJson: read(dir, 'packageJson') };
        bumpVersion(dir, 'minor');
        expect(read(dir, 'manifest')).toBe(before.manifest.replace(/(<control\b[^>]*\sversion=")0\.1\.0"/, '$10.2.0"'));
        expect(read(dir, 'solution')).toBe(before.solution.replace('<Version>0.1.0.0</Version>', '<Version>0.2.0.0</Version>'));
        expect(read(dir, 'packageJson')).toBe(before.packageJson.replace('"version": "0.1.0"', '"version": "0.2.0"'));
    });

    it('leaves the resx, platform-library and XML declaration versions of the manifest alone', () => {
        const dir = scratch('0.1.0');
        bumpVersion(dir, 'major');
        const manifest = read(dir, 'manifest');
        expect(manifest).toContain('<?xml version="1.0"');
        expect(manifest).toMatch(/<resx path="[^"]+" version="1\.0\.0"/);
        expect(manifest).toContain('<platform-library name="React" version="16.14.0"');
        expect(manifest).toMatch(/<control\b[^>]*\sversion="1\.0\.0"/);
    });

    it('keeps CRLF line endings and a version inside a nested object of package.json untouched', () => {
        const dir = scratch('0.1.0');
        write(dir, 'packageJson', '{\r\n  "name": "x",\r\n  "config": { "version": "0.1.0" },\r\n  "version": "0.1.0"\r\n}\r\n');
        write(dir, 'solution', read(dir, 'solution').replace(/\r?\n/g, '\r\n'));
        bumpVersion(dir, 'patch');
        expect(read(dir, 'packageJson')).toBe('{\r\n  "name": "x",\r\n  "config": { "version": "0.1.0" },\r\n  "version": "0.1.1"\r\n}\r\n');
        expect(read(dir, 'solution')).not.toMatch(/[^\r]\n/);
        expect(read(dir, 'solution')).toContain('<Version>0.1.1.0</Version>');
    });

    it('ignores a <Version> written inside an XML comment of Solution.xml', () => {
        const dir = scratch('0.1.0');
        write(dir, 'solution', read(dir, 'solution').replace('<SolutionManifest>', '<SolutionManifest>\n    <!-- <Version>9.9.9.9</Version> -->'));
        bumpVersion(dir, 'patch');
        expect(read(dir, 'solution')).toContain('<!-- <Version>9.9.9.9</Version> -->');
        expect(readVersions(dir).solution).toBe('0.1.1.0');
    });

    it('writes nothing when the version is refused', () => {
        const dir = scratch('0.3.0');
        const before = hashes(dir);
        expect(() => bumpVersion(dir, '0.2.9')).toThrow('0.2.9 is lower than the current version 0.3.0');
        expect(() => bumpVersion(dir, 'banana')).toThrow('"banana" is not a version of the form major.minor.patch');
        expect(hashes(dir)).toEqual(before);
    });

    it('says which file is broken when the manifest has no control version', () => {
        const dir = scratch('0.1.0');
        write(dir, 'manifest', read(dir, 'manifest').replace(/(<control\b[^>]*)\sversion="0\.1\.0"/, '$1'));
        expect(() => bumpVersion(dir, 'patch')).toThrow(`${FILES.manifest}: the <control> element has no version="…" attribute`);
    });
});

describe('checkVersions', () => {
    it('lists each file that disagrees with the control version', () => {
        const dir = scratch('0.1.0');
        write(dir, 'solution', read(dir, 'solution').replace('<Version>0.1.0.0</Version>', '<Version>0.1.0.3</Version>'));
        write(dir, 'packageJson', read(dir, 'packageJson').replace('"version": "0.1.0"', '"version": "0.1.1"'));
        expect(checkVersions(dir)).toEqual({
            ok: false,
            versions: { manifest: '0.1.0', solution: '0.1.0.3', packageJson: '0.1.1' },
            problems: [
                `${FILES.solution}: <Version>0.1.0.3</Version> is not of the form major.minor.patch.0`,
                `${FILES.packageJson}: "version": "0.1.1" does not match the control version 0.1.0`,
            ],
        });
    });

    it('passes on the repository as committed', () => {
        expect(checkVersions(ROOT).problems).toEqual([]);
    });
});

describe('node scripts/bump-version.js', () => {
    it('exits 0 for --check when the versions agree', () => {
        const dir = scratch('1.2.3');
        const r = runCli(['--check', '--root', dir]);
        expect(r.status).toBe(0);
        expect(r.stdout).toContain('Versions agree: control 1.2.3, solution 1.2.3.0, package.json 1.2.3');
    });

    it('exits 1 for --check and names the file when they disagree', () => {
        const dir = scratch('1.2.3');
        write(dir, 'solution', read(dir, 'solution').replace('<Version>1.2.3.0</Version>', '<Version>1.2.4.0</Version>'));
        const r = runCli(['--check', '--root', dir]);
        expect(r.status).toBe(1);
        expect(r.stderr).toContain(`${FILES.solution}: <Version>1.2.4.0</Version> does not match the control version 1.2.3 (expected 1.2.3.0)`);
    });

    it('bumps all three files and reports each change', () => {
        const dir = scratch('1.2.3');
        const r = runCli(['minor', '--root', dir]);
        expect(r.status).toBe(0);
        expect(r.stdout).toContain('MailboxHealth 1.2.3 -> 1.3.0');
        expect(readVersions(dir)).toEqual({ manifest: '1.3.0', solution: '1.3.0.0', packageJson: '1.3.0' });
    });

    it('exits 2 with the usage when no version is given, and writes nothing', () => {
        const dir = scratch('1.2.3');
        const before = hashes(dir);
        const r = runCli(['--root', dir]);
        expect(r.status).toBe(2);
        expect(r.stderr).toContain('say which version: patch, minor, major or x.y.z');
        expect(hashes(dir)).toEqual(before);
    });

    it('exits 1 with a clear message for a lower version', () => {
        const dir = scratch('1.2.3');
        const r = runCli(['1.0.0', '--root', dir]);
        expect(r.status).toBe(1);
        expect(r.stderr.trim()).toBe('1.0.0 is lower than the current version 1.2.3; versions only go up');
    });
});
