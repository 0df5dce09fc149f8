/**
 * @jest-environment node
 *
 * One home per fact: the manifest's defaults and filter values, the README's tables and docs/health-model.md are
 * tested against the core (the state list, rule order, severities, default thresholds), so none of them can drift
 * from the code that decides.
 */
import * as fs from 'fs';
import * as path from 'path';
import { DEFAULT_OPTIONS, HEALTH_STATES, SEVERITY_OF } from '../../MailboxHealth/core';
import { readAlertCap } from '../../MailboxHealth/pcf/alerts';
import { readOptions } from '../../MailboxHealth/pcf/readOptions';
import { parseManifestProperties, parseResx } from '../../harness/src/resources';

const root = path.resolve(__dirname, '..', '..');
const read = (file: string): string => fs.readFileSync(path.join(root, file), 'utf8');
const manifest = parseManifestProperties(fs.readFileSync(path.join(root, 'MailboxHealth/ControlManifest.Input.xml'), 'utf8'));
const manifestXml = read('MailboxHealth/ControlManifest.Input.xml');
const resx = parseResx(read('MailboxHealth/strings/MailboxHealth.1033.resx'));
const packageScripts = Object.keys((JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts);
const property = (name: string) => {
    const p = manifest.find((m) => m.name === name);
    if (!p) throw new Error(`the manifest has no property ${name}`);
    return p;
};

/** The rows of the first Markdown table whose header starts with `| # | State`: [number, code, severity]. */
function stateTable(markdown: string): [number, string, string][] {
    return stateRows(markdown).map(([n, code, severity]) => [n, code, severity]);
}

/** The same rows with the state's name as written before its code: [number, code, severity, name]. */
function stateRows(markdown: string): [number, string, string, string][] {
    const lines = markdown.split(/\r?\n/);
    const start = lines.findIndex((l) => /^\|\s*#\s*\|\s*State/.test(l));
    if (start < 0) throw new Error('no state table (| # | State … |)');
    const rows: [number, string, string, string][] = [];
    for (const line of lines.slice(start + 2)) {
        if (!line.startsWith('|')) break;
        const cells = line.split('|').map((c) => c.trim());
        const code = /`([a-z-]+)`/.exec(cells[2]);
        rows.push([Number(cells[1]), code ? code[1] : cells[2], cells[3], cells[2].replace(/\s*\(`[^`]*`\)\s*$/, '')]);
    }
    return rows;
}

/** A row of the README's property table, as written (backticks kept in `values`). */
interface PropertyRow {
    readonly displayName: string;
    readonly type: string;
    readonly defaultValue: string;
    readonly values: string;
}

/** The README's property table (`| Name | Display name | Type | Default | Values | Description |`): name → row. */
export function propertyTable(markdown: string): Map<string, PropertyRow> {
    const out = new Map<string, PropertyRow>();
    const lines = markdown.split(/\r?\n/);
    const start = lines.findIndex((l) => /^\|\s*Name\s*\|\s*Display name\s*\|\s*Type\s*\|\s*Default\s*\|\s*Values\s*\|/.test(l));
    if (start < 0) throw new Error('no property table (| Name | Display name | Type | Default | Values | … |)');
    for (const line of lines.slice(start + 2)) {
        if (!line.startsWith('|')) break;
        const cells = line.split('|').map((c) => c.trim());
        out.set(cells[1].replace(/`/g, ''), { displayName: cells[2], type: cells[3], defaultValue: cells[4].replace(/`/g, ''), values: cells[5] });
    }
    return out;
}

/** The manifest's of-type in the words the README uses. */
const TYPE_WORDS: Readonly<Record<string, string>> = { 'Whole.None': 'Whole number', Enum: 'Enum', TwoOptions: 'Two options', 'SingleLine.Text': 'Text' };

/** A property's display-name-key in the manifest. */
function displayNameKey(name: string): string {
    const tag = new RegExp(`<(?:property|data-set)\\s[^>]*\\bname="${name}"[^>]*>`).exec(manifestXml)?.[0] ?? '';
    const key = /display-name-key="([^"]+)"/.exec(tag)?.[1];
    if (!key) throw new Error(`the manifest gives ${name} no display-name-key`);
    return key;
}

/** The value a whole-number property takes at run time for `raw` (what the control reads, fallback included). */
const READERS: Readonly<Record<string, (raw: number) => number>> = {
    alertCap: (raw) => readAlertCap({ alertCap: { raw } as never }),
    ...Object.fromEntries(
        (['graceMinutes', 'stuckMinutes', 'staleHours', 'idleCycles', 'maxTransientFailures'] as const).map((name) => [name, (raw: number) => readOptions({ [name]: { raw } } as never)[name]]),
    ),
};

/** "0–1,440" → [0, 1440]. */
function rangeOf(text: string): [number, number] {
    const m = /^(\d[\d,]*)\s*[–-]\s*(\d[\d,]*)$/.exec(text.trim());
    if (!m) throw new Error(`not a range: ${text}`);
    return [Number(m[1].replace(/,/g, '')), Number(m[2].replace(/,/g, ''))];
}

/** The commands a Markdown text tells people to run: `npm run x`, `npm start`, `npm test`, `node <file>`, `bash <file>`. */
export function commandsIn(markdown: string): { scripts: string[]; files: string[] } {
    const scripts = new Set<string>();
    const files = new Set<string>();
    for (const m of markdown.matchAll(/\bnpm run ([\w:.-]+)/g)) scripts.add(m[1]);
    for (const m of markdown.matchAll(/\bnpm (start|test)\b/g)) scripts.add(m[1]);
    for (const m of markdown.matchAll(/\b(?:node|bash) ((?:\.?[\w-]+\/)+[\w.-]+)/g)) files.add(m[1]);
    return { scripts: [...scripts].sort(), files: [...files].sort() };
}

const expectedStates = HEALTH_STATES.map((s, i) => [i + 1, s, SEVERITY_OF[s]] as [number, string, string]);

describe('the manifest and the core agree', () => {
    it.each(Object.entries(DEFAULT_OPTIONS).filter(([, v]) => typeof v === 'number'))('has the core default for %s', (name, value) => {
        expect(property(name).defaultValue).toBe(String(value));
    });

    it('defaults "approval required" the way the core does', () => {
        const p = property('approvalRequired');
        expect(['yes', 'true'].includes(String(p.defaultValue).toLowerCase())).toBe(DEFAULT_OPTIONS.approvalRequired);
    });

    it('offers every health state, in rule order, after "all" and "attention" as the default filter', () => {
        expect(property('defaultFilter').enumValues).toEqual(['all', 'attention', ...HEALTH_STATES]);
    });
});

describe('the README and the core agree', () => {
    const readme = read('README.md');

    it('lists every health state in rule order with its severity', () => {
        expect(stateTable(readme)).toEqual(expectedStates);
    });

    it('names every state as the control does (the resx State_ strings)', () => {
        expect(stateRows(readme).map(([, code, , name]) => [code, name])).toEqual(HEALTH_STATES.map((s) => [s, resx.get(`State_${s}`)]));
    });

    it('lists every manifest property', () => {
        expect([...propertyTable(readme).keys()].sort()).toEqual(['mailboxes', ...manifest.map((m) => m.name)].sort());
    });

    it.each(manifest.map((m) => [m.name, m] as const))('gives %s its manifest type, default and display name', (name, p) => {
        const row = propertyTable(readme).get(name);
        expect({ type: row?.type, defaultValue: row?.defaultValue, displayName: row?.displayName }).toEqual({
            type: TYPE_WORDS[p.ofType] ?? p.ofType,
            defaultValue: p.defaultValue,
            displayName: resx.get(displayNameKey(name)),
        });
    });

    it('names the data set as the manifest does', () => {
        const row = propertyTable(readme).get('mailboxes');
        expect(row?.displayName).toBe(resx.get(displayNameKey('mailboxes')));
        expect(row?.type).toMatch(/^Data set\b/);
    });

    it.each(manifest.filter((m) => m.ofType === 'Enum').map((m) => [m.name, m] as const))('lists the values of %s as the manifest has them', (name, p) => {
        const cell = propertyTable(readme).get(name)?.values ?? '';
        const listed = [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]);
        // "…, or any health state": the states follow the listed values, in rule order.
        expect(/health state/.test(cell) ? [...listed, ...HEALTH_STATES] : listed).toEqual(p.enumValues);
    });

    it.each(manifest.filter((m) => m.ofType.startsWith('Whole')).map((m) => [m.name] as const))('gives the range %s is read with: its ends are kept, one beyond falls back to the default', (name) => {
        const read = READERS[name];
        if (!read) throw new Error(`no reader for ${name}: add it to READERS`);
        const [min, max] = rangeOf(propertyTable(readme).get(name)?.values ?? '');
        const fallback = Number(property(name).defaultValue);
        expect([read(min), read(max), read(min - 1), read(max + 1)]).toEqual([min, max, fallback, fallback]);
    });

    it('tells only commands that exist: npm scripts in package.json, files in the repository', () => {
        const { scripts, files } = commandsIn(readme);
        expect(scripts.length).toBeGreaterThan(5);
        expect(scripts.filter((s) => !packageScripts.includes(s))).toEqual([]);
        expect(files.filter((f) => !fs.existsSync(path.join(root, f)))).toEqual([]);
    });
});

describe('the manifest descriptions and the manifest agree', () => {
    it.each(manifest.map((m) => [m.name, m] as const))('states the default of %s right, where its description states one', (name, p) => {
        const key = /description-key="([^"]+)"/.exec(new RegExp(`<property\\s[^>]*\\bname="${name}"[^>]*>`).exec(manifestXml)?.[0] ?? '')?.[1] ?? '';
        const stated = /\bdefault (\d[\d,]*|yes|no)\b/i.exec(resx.get(key) ?? '')?.[1];
        if (stated !== undefined) expect([name, stated.replace(/,/g, '').toLowerCase()]).toEqual([name, String(p.defaultValue).toLowerCase()]);
    });
});

describe('the checks above can fail', () => {
    it('finds a wrong default, a missing property, a wrong range and a command that does not exist', () => {
        const readme = read('README.md');
        const wrongDefault = readme.replace(/^(\| `graceMinutes` \|[^|]*\|[^|]*\|) 20 \|/m, '$1 15 |');
        expect(wrongDefault).not.toBe(readme);
        expect(propertyTable(wrongDefault).get('graceMinutes')?.defaultValue).not.toBe(property('graceMinutes').defaultValue);
        const missing = readme.replace(/^\| `alertCap` \|.*\n/m, '');
        expect(propertyTable(missing).has('alertCap')).toBe(false);
        expect(READERS.maxTransientFailures(16)).toBe(Number(property('maxTransientFailures').defaultValue));
        expect(commandsIn('run `npm run start:nothing` or `node scripts/nothing.js`')).toEqual({ scripts: ['start:nothing'], files: ['scripts/nothing.js'] });
    });
});

describe('docs/health-model.md and the core agree', () => {
    it('lists every health state in rule order with its severity', () => {
        expect(stateTable(read('docs/health-model.md'))).toEqual(expectedStates);
    });
});
