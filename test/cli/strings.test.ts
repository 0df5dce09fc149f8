/** @jest-environment node */
import * as fs from 'fs';
import * as path from 'path';
import { CLI_KEYS, cliStringKeys, createStrings, findResx, loadStrings, parseResx } from '../../cli/strings';

const RESX = path.join(__dirname, '..', '..', 'MailboxHealth', 'strings', 'MailboxHealth.1033.resx');
const table = parseResx(fs.readFileSync(RESX, 'utf8'));

describe('the CLI string contract', () => {
    it('finds every key the CLI may ask for in the resx', () => {
        expect(cliStringKeys().filter((k) => !table.has(k))).toEqual([]);
    });

    it('lists every Cli_ key of the resx in CLI_KEYS (no unused CLI strings)', () => {
        const listed = new Set<string>(CLI_KEYS);
        expect([...table.keys()].filter((k) => k.startsWith('Cli_') && !listed.has(k))).toEqual([]);
    });

    it('uses every CLI_KEYS entry in the CLI sources', () => {
        const cli = (f: string): string => fs.readFileSync(path.join(__dirname, '..', '..', 'cli', f), 'utf8');
        const strings = cli('strings.ts');
        const withoutList = strings.slice(0, strings.indexOf('export const CLI_KEYS')) + strings.slice(strings.indexOf('] as const;'));
        const sources = ['main.ts', 'args.ts', 'explain.ts', 'assess.ts', 'format.ts', 'alerts.ts'].map(cli).join('\n') + withoutList + fs.readFileSync(path.join(__dirname, '..', '..', 'bin', 'mailbox-health.js'), 'utf8');
        // Keys made of a prefix and a code are used through the prefix: `Cli_Level_${m.level}`, `Cli_DataIssue_${d.code}`.
        const dynamic = (k: string): boolean => [/^Cli_Level_/, /^Cli_DataIssue_/].some((re) => re.test(k) && sources.includes('`' + re.source.slice(1) + '${'));
        expect(CLI_KEYS.filter((k) => !sources.includes(`'${k}'`) && !dynamic(k))).toEqual([]);
    });
});

describe('createStrings', () => {
    const t = createStrings(new Map([['A', 'in {0}'], ['B', '{1} then {0} and {2}']]));

    it('fills numbered placeholders', () => {
        expect(t('A', '3 min')).toBe('in 3 min');
        expect(t('B', 'x', 2)).toBe('2 then x and {2}');
    });

    it('returns the key (and its arguments) for a key the table lacks, never throwing', () => {
        expect(t('Missing')).toBe('Missing');
        expect(t('Reason_x', 4, '')).toBe('Reason_x 4');
    });
});

describe('parseResx', () => {
    it('reads values with XML entities and line breaks', () => {
        const m = parseResx('<root><data name="K" xml:space="preserve">\n    <value>a &lt;b&gt; &amp; &quot;c&quot; &#x41;&#66;\nline 2</value>\n  </data></root>');
        expect(m.get('K')).toBe('a <b> & "c" AB\nline 2');
    });
});

describe('findResx and loadStrings', () => {
    it('finds the string table from the compiled folder as from the sources', () => {
        expect(findResx(path.join(__dirname, '..', '..', 'out', 'cli', 'cli'))).toBe(RESX);
        expect(findResx(path.join(__dirname, '..', '..', 'cli'))).toBe(RESX);
    });

    it('returns null when no folder above holds the table, and loadStrings says so', () => {
        expect(findResx('/')).toBeNull();
        expect(() => loadStrings('/')).toThrow('MailboxHealth.1033.resx is missing');
    });
});
