/**
 * The resx contract: every key the control (view, PCF layer, lifecycle), the manifest and the CLI use exists in
 * MailboxHealth.1033.resx, and every key in the resx is used. getString fails silently (it returns the key), so
 * this is the only guard against a missing or dead string.
 *
 * Used keys are read from the sources with the TypeScript parser (string literals and template literals, comments
 * excluded). A template such as `State_${a.health}` is expanded over the core's code list for that family; a
 * template of an unknown family fails the test until it is added to FAMILIES below with its list.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import { ERROR_CODES, REASON_CODES } from '../../MailboxHealth/core';
import { WORKLOAD_INDICATORS } from '../../MailboxHealth/core/decisions';
import { DUE_STATES, ERROR_CLASSES, FLAGS, HEALTH_STATES, SEVERITIES, WORKLOAD_STATES, WORKLOADS } from '../../MailboxHealth/core/types';
import type { DataIssue } from '../../MailboxHealth/core/types';
import { MockResources } from '../mocks/pcf';

const ROOT = path.join(__dirname, '..', '..');
const PREFIXES = ['Control', 'Property', 'Dataset', 'Filter', 'Time', 'State', 'Flag', 'Reason', 'Error', 'ErrorClass', 'Due', 'Workload', 'WorkloadState', 'Severity', 'Label', 'Message', 'Cli', 'Why'];
const KEY = new RegExp(`^(?:${PREFIXES.join('|')})_[A-Za-z0-9_.-]*$`);

const DATA_ISSUE_CODES = ['wrong-type', 'malformed-date', 'unknown-option'] as const;
// Fails to compile if DataIssue gains a code the list above lacks.
const dataIssueCodesComplete: Exclude<DataIssue['code'], (typeof DATA_ISSUE_CODES)[number]> extends never ? true : never = true;
/** tracelog.level: 1 Information, 2 Warning, 3 Error (docs/evidence.md §2.3). */
const TRACE_LEVELS = [1, 2, 3];

/** Template families: `${prefix}|${suffix}` → the values the placeholder takes. */
const FAMILIES: Readonly<Record<string, readonly (string | number)[]>> = {
    'State_|': HEALTH_STATES,
    'State_|_Action': HEALTH_STATES,
    'State_|_Description': HEALTH_STATES,
    'Flag_|': FLAGS,
    'Flag_|_Description': FLAGS,
    'Reason_|': REASON_CODES,
    'Error_|_Meaning': ERROR_CODES,
    'Error_|_Action': ERROR_CODES,
    'ErrorClass_|': ERROR_CLASSES,
    'Due_|': DUE_STATES,
    'Workload_|': WORKLOADS,
    'WorkloadState_|': WORKLOAD_STATES,
    'Severity_|': SEVERITIES,
    'Label_WorkloadShort_|': WORKLOADS,
    'Label_WorkloadIndicator_|': WORKLOAD_INDICATORS,
    'Label_Detail_Level_|': TRACE_LEVELS,
    'Cli_Level_|': TRACE_LEVELS,
    'Cli_DataIssue_|': DATA_ISSUE_CODES,
};

function sourceFiles(dir: string): string[] {
    if (!fs.existsSync(dir)) return [];
    const out: string[] = [];
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, entry.name);
        if (entry.isDirectory()) {
            if (entry.name !== 'generated') out.push(...sourceFiles(p));
        } else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(p);
    }
    return out;
}

interface Usage {
    readonly keys: Map<string, string>; // key → first file using it
    readonly templates: Map<string, string>; // family → first file
}

/** String and template literals that look like resx keys, per file, comments excluded. */
export function scanUsage(files: readonly string[]): Usage {
    const keys = new Map<string, string>();
    const templates = new Map<string, string>();
    for (const file of files) {
        const text = fs.readFileSync(file, 'utf8');
        const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
        const rel = path.relative(ROOT, file);
        const visit = (node: ts.Node): void => {
            if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
                const s = node.text;
                if (KEY.test(s)) {
                    if (s.endsWith('_')) {
                        if (!templates.has(`${s}|`)) templates.set(`${s}|`, rel); // 'State_' + code
                    } else if (!keys.has(s)) keys.set(s, rel);
                }
            } else if (ts.isTemplateExpression(node) && KEY.test(node.head.text)) {
                const family = node.templateSpans.length === 1 ? `${node.head.text}|${node.templateSpans[0].literal.text}` : `${node.head.text}|<${node.templateSpans.length} placeholders>`;
                if (!templates.has(family)) templates.set(family, rel);
            }
            ts.forEachChild(node, visit);
        };
        visit(source);
    }
    return { keys, templates };
}

function manifestKeys(): string[] {
    const xml = fs.readFileSync(path.join(ROOT, 'MailboxHealth', 'ControlManifest.Input.xml'), 'utf8');
    return [...xml.matchAll(/(?:display-name-key|description-key)="([^"]+)"/g)].map((m) => m[1]);
}

const resx = MockResources.strings();
const files = [...sourceFiles(path.join(ROOT, 'MailboxHealth')), ...sourceFiles(path.join(ROOT, 'cli'))];
const usage = scanUsage(files);

function expandedFamilies(): Map<string, string> {
    const out = new Map<string, string>();
    for (const [family, file] of usage.templates) {
        const values = FAMILIES[family];
        if (!values) continue;
        const [prefix, suffix] = family.split('|');
        for (const v of values) out.set(`${prefix}${v}${suffix}`, file);
    }
    return out;
}

describe('the resx contract', () => {
    it('reads the sources it checks (control and, when present, the CLI)', () => {
        expect(dataIssueCodesComplete).toBe(true);
        expect(files.some((f) => f.endsWith(path.join('MailboxHealth', 'view', 'FleetView.tsx')))).toBe(true);
        expect(usage.keys.size).toBeGreaterThan(50);
        expect(usage.templates.has('State_|')).toBe(true);
    });

    it('knows every template family the sources use', () => {
        const unknown = [...usage.templates].filter(([family]) => !FAMILIES[family]).map(([family, file]) => `${family.replace('|', '${…}')} in ${file}`);
        expect(unknown).toEqual([]);
    });

    it('has every key the sources use', () => {
        const missing = [...usage.keys].filter(([key]) => !resx.has(key)).map(([key, file]) => `${key} (${file})`);
        expect(missing).toEqual([]);
    });

    it('has every key a template expands to over the core code lists', () => {
        const missing = [...expandedFamilies()].filter(([key]) => !resx.has(key)).map(([key, file]) => `${key} (${file})`);
        expect(missing).toEqual([]);
    });

    it('has every display-name-key and description-key of the manifest', () => {
        expect(manifestKeys().filter((k) => !resx.has(k))).toEqual([]);
    });

    it('has no key that nothing uses', () => {
        const used = new Set<string>([...usage.keys.keys(), ...expandedFamilies().keys(), ...manifestKeys()]);
        expect([...resx.keys()].filter((k) => !used.has(k))).toEqual([]);
    });

    it('follows the key scheme and has no empty value', () => {
        expect([...resx.keys()].filter((k) => !KEY.test(k))).toEqual([]);
        expect([...resx].filter(([, v]) => v.trim() === '').map(([k]) => k)).toEqual([]);
    });
});

describe('scanUsage', () => {
    const tmp = path.join(require('os').tmpdir(), `resx-scan-${process.pid}.ts`);
    afterAll(() => fs.rmSync(tmp, { force: true }));

    it('finds literal keys and template families but not keys in comments', () => {
        fs.writeFileSync(tmp, "// strings('Label_InAComment')\nconst a = strings('Label_Used');\nconst b = strings(`State_${s}`);\nconst c = 'Flag_' + f;\nconst d = 'not a key';\n");
        const found = scanUsage([tmp]);
        expect([...found.keys.keys()]).toEqual(['Label_Used']);
        expect([...found.templates.keys()]).toEqual(['State_|', 'Flag_|']);
    });
});
