/**
 * @jest-environment node
 *
 * The layer boundaries (README "Architecture") are ESLint rules; this suite feeds ESLint one forbidden import per
 * boundary, at more than one folder depth, and expects an error, so a rule that stops matching fails here instead
 * of rotting silently. It also checks that the allowed directions stay allowed.
 */
import { execFileSync } from 'child_process';
import * as path from 'path';

interface Linted {
    readonly file: string;
    readonly ignored: boolean;
    readonly messages: readonly { readonly ruleId: string | null; readonly message: string }[];
}

/** One ESLint run (a child process: ESLint's config loader needs real dynamic import) for every text of the suite. */
function lintAll(cases: readonly { readonly file: string; readonly code?: string }[]): Linted[] {
    const script = path.join(__dirname, '..', 'support', 'lintTexts.js');
    return JSON.parse(execFileSync(process.execPath, [script], { input: JSON.stringify(cases), encoding: 'utf8' })) as Linted[];
}

const BOUNDARY_RULES = new Set(['no-restricted-imports', 'no-restricted-syntax']);
const boundaryErrors = (l: Linted): string[] => l.messages.filter((m) => m.ruleId !== null && BOUNDARY_RULES.has(m.ruleId)).map((m) => m.message);

const forbidden: readonly (readonly [string, string, string])[] = [
    ['core', 'MailboxHealth/core/x.ts', "import { a } from '../view/listModel';\nexport const b = a;\n"],
    ['core, two folders deep, into the view', 'MailboxHealth/core/errors/x.ts', "import { a } from '../../view/mailbox/text';\nexport const b = a;\n"],
    ['core into pcf', 'MailboxHealth/core/errors/x.ts', "import { a } from '../../pcf/paging';\nexport const b = a;\n"],
    ['core into the contract', 'MailboxHealth/core/x.ts', "import type { A } from '../contract/model';\nexport type B = A;\n"],
    ['core into React', 'MailboxHealth/core/x.ts', "import * as React from 'react';\nexport const b = React;\n"],
    ['core into Fluent', 'MailboxHealth/core/log/x.ts', "import { Text } from '@fluentui/react';\nexport const b = Text;\n"],
    ['core into Chart.js', 'MailboxHealth/core/x.ts', "import { Chart } from 'chart.js';\nexport const b = Chart;\n"],
    ['core reading the clock', 'MailboxHealth/core/x.ts', 'export const now = Date.now();\n'],
    ['core using PCF types', 'MailboxHealth/core/x.ts', 'export type D = ComponentFramework.PropertyTypes.DataSet;\n'],
    ['view into pcf', 'MailboxHealth/view/x.tsx', "import { a } from '../pcf/paging';\nexport const b = a;\n"],
    ['view, two folders deep, into pcf', 'MailboxHealth/view/mailbox/x.tsx', "import { a } from '../../pcf/formContext';\nexport const b = a;\n"],
    ['view into react-dom', 'MailboxHealth/view/x.tsx', "import * as ReactDOM from 'react-dom';\nexport const b = ReactDOM;\n"],
    ['view using PCF types', 'MailboxHealth/view/mailbox/x.ts', 'export type D = ComponentFramework.PropertyTypes.DataSet;\n'],
    ['pcf into the view', 'MailboxHealth/pcf/x.ts', "import type { A } from '../view/listModel';\nexport type B = A;\n"],
    ['pcf, two folders deep, into the view', 'MailboxHealth/pcf/sub/x.ts', "import { a } from '../../view/mailbox/text';\nexport const b = a;\n"],
    ['pcf into React', 'MailboxHealth/pcf/x.ts', "import * as React from 'react';\nexport const b = React;\n"],
    ['contract into the view', 'MailboxHealth/contract/x.ts', "import type { A } from '../view/listModel';\nexport type B = A;\n"],
    ['contract into pcf', 'MailboxHealth/contract/x.ts', "import type { A } from '../pcf/paging';\nexport type B = A;\n"],
    ['view past core/index into the decisions', 'MailboxHealth/view/mailbox/x.ts', "import { adviceFor } from '../../core/decisions';\nexport const b = adviceFor;\n"],
    ['pcf past core/index into the decisions', 'MailboxHealth/pcf/x.ts', "import type { Advice } from '../core/decisions/advice';\nexport type B = Advice;\n"],
];

const allowed: readonly (readonly [string, string, string])[] = [
        ['pcf importing the contract and the core', 'MailboxHealth/pcf/x.ts', "import type { A } from '../contract/model';\nimport { B } from '../core';\nexport type C = A;\nexport const d = B;\n"],
        ['the view importing the contract and the core', 'MailboxHealth/view/mailbox/x.tsx', "import type { A } from '../../contract/model';\nimport { B } from '../../core';\nexport type C = A;\nexport const d = B;\n"],
        ['the core importing date-fns and its own modules', 'MailboxHealth/core/errors/x.ts', "import { addMinutes } from 'date-fns';\nimport { B } from '../types';\nexport const d = [addMinutes, B];\n"],
];

describe('layer boundaries', () => {
    let results: Linted[];
    beforeAll(() => {
        results = lintAll([
            ...forbidden.map(([, file, code]) => ({ file, code })),
            ...allowed.map(([, file, code]) => ({ file, code })),
            { file: 'sample/x.ts', code: 'const x: any = 1;\nexport default x;\n' },
            { file: 'bin/mailbox-health.js' },
        ]);
    }, 60_000);

    it.each(forbidden.map((c, i) => [c[0], i] as const))('rejects %s', (_name, i) => {
        expect(boundaryErrors(results[i]).length).toBeGreaterThan(0);
    });

    it.each(allowed.map((c, i) => [c[0], forbidden.length + i] as const))('allows %s', (_name, i) => {
        expect(boundaryErrors(results[i])).toEqual([]);
    });

    it('lints the sample generator and the bin script too', () => {
        const [sample, bin] = results.slice(-2);
        expect(sample.messages.map((m) => m.ruleId)).toContain('@typescript-eslint/no-explicit-any');
        expect(bin.ignored).toBe(false);
    });
});
