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
import { parseManifestProperties } from '../../harness/src/resources';

const root = path.resolve(__dirname, '..', '..');
const read = (file: string): string => fs.readFileSync(path.join(root, file), 'utf8');
const manifest = parseManifestProperties(read('MailboxHealth/ControlManifest.Input.xml'));
const property = (name: string) => {
    const p = manifest.find((m) => m.name === name);
    if (!p) throw new Error(`the manifest has no property ${name}`);
    return p;
};

/** The rows of the first Markdown table whose header starts with `| # | State`: [number, code, severity]. */
function stateTable(markdown: string): [number, string, string][] {
    const lines = markdown.split(/\r?\n/);
    const start = lines.findIndex((l) => /^\|\s*#\s*\|\s*State/.test(l));
    if (start < 0) throw new Error('no state table (| # | State … |)');
    const rows: [number, string, string][] = [];
    for (const line of lines.slice(start + 2)) {
        if (!line.startsWith('|')) break;
        const cells = line.split('|').map((c) => c.trim());
        const code = /`([a-z-]+)`/.exec(cells[2]);
        rows.push([Number(cells[1]), code ? code[1] : cells[2], cells[3]]);
    }
    return rows;
}

/** The README's property table: name → default as written. */
function propertyTable(markdown: string): Map<string, string> {
    const out = new Map<string, string>();
    const lines = markdown.split(/\r?\n/);
    const start = lines.findIndex((l) => /^\|\s*Name\s*\|\s*Type\s*\|\s*Default/.test(l));
    if (start < 0) throw new Error('no property table (| Name | Type | Default … |)');
    for (const line of lines.slice(start + 2)) {
        if (!line.startsWith('|')) break;
        const cells = line.split('|').map((c) => c.trim());
        out.set(cells[1].replace(/`/g, ''), cells[3]);
    }
    return out;
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

    it('gives each numeric property the manifest default', () => {
        const table = propertyTable(readme);
        for (const p of manifest.filter((m) => m.ofType.startsWith('Whole'))) {
            expect([p.name, table.get(p.name)]).toEqual([p.name, p.defaultValue]);
        }
    });

    it('lists every manifest property', () => {
        expect([...propertyTable(readme).keys()].sort()).toEqual(['mailboxes', ...manifest.map((m) => m.name)].sort());
    });
});

describe('docs/health-model.md and the core agree', () => {
    it('lists every health state in rule order with its severity', () => {
        expect(stateTable(read('docs/health-model.md'))).toEqual(expectedStates);
    });
});
