/**
 * @jest-environment node
 *
 * The repository stands alone: a clone holds everything its files point to. Every tracked file (`git ls-files`) is
 * read as it is on disk and must not mention a path outside the checkout (the workshop folder beside it, an
 * absolute machine path) nor cite a task-tracker "issue N" instead of saying what it means. Every Markdown link to
 * a file must reach a tracked file (and a heading, when it names one), and every `docs/….md §…` citation must name
 * a section that exists. The checks are pure functions, each also run on a planted bad line so it cannot pass vacuously.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const root = path.resolve(__dirname, '..', '..');

/** A finding: file, 1-based line, what is wrong. */
interface Finding {
    readonly file: string;
    readonly line: number;
    readonly problem: string;
}

// Built from pieces so that this file does not match its own patterns.
const OUTSIDE_PATHS: readonly [RegExp, string][] = [
    [new RegExp('\\.\\./' + 'shared\\b'), 'a path into the workshop folder beside the checkout'],
    [new RegExp("['\"]\\.\\.['\"],\\s*['\"]" + "shared['\"]"), 'a path.join into the workshop folder beside the checkout'],
    [new RegExp('/' + 'work/'), 'an absolute path of the machine the project was built on'],
    [new RegExp('mailbox-' + 'reference'), 'the workshop\'s reference file, which a clone does not have: cite docs/evidence.md'],
];
/** An issue number in words ("issue" and a number); another repository's GitHub issue is a public source, not a task. */
const ISSUE_REF = new RegExp('(?<!GitHub )\\b' + 'issues?\\s+#?\\d', 'i');

/** Lines of `text` that point outside the repository or cite an issue number. */
function forbiddenMentions(file: string, text: string): Finding[] {
    const out: Finding[] = [];
    text.split('\n').forEach((line, i) => {
        for (const [re, what] of OUTSIDE_PATHS) if (re.test(line)) out.push({ file, line: i + 1, problem: what });
        if (ISSUE_REF.test(line)) out.push({ file, line: i + 1, problem: 'an "issue N" reference: say what the thing is' });
    });
    return out;
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens; repeats get -1, -2, … */
function anchorsOf(markdown: string): Set<string> {
    const seen = new Map<string, number>();
    const out = new Set<string>();
    for (const h of headings(markdown)) {
        const base = h.text
            .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
            .toLowerCase()
            .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
            .replace(/ /g, '-');
        const n = seen.get(base) ?? 0;
        seen.set(base, n + 1);
        out.add(n === 0 ? base : `${base}-${n}`);
    }
    return out;
}

/** The headings of a Markdown text outside fenced code: level, text and line index. */
function headings(markdown: string): { level: number; text: string; index: number }[] {
    const out: { level: number; text: string; index: number }[] = [];
    let fenced = false;
    markdown.split('\n').forEach((line, index) => {
        if (/^\s*```/.test(line)) fenced = !fenced;
        const m = fenced ? null : /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
        if (m) out.push({ level: m[1].length, text: m[2], index });
    });
    return out;
}

/**
 * Markdown links (inline `[x](target)`, images, and reference definitions `[x]: target`) from `file` whose target
 * is neither a tracked path (a file, or a folder holding one) nor a heading of the target Markdown file.
 */
function brokenLinks(file: string, markdown: string, tracked: ReadonlySet<string>, readFile: (f: string) => string): Finding[] {
    const out: Finding[] = [];
    const folders = new Set<string>();
    for (const f of tracked) for (let d = path.posix.dirname(f); d !== '.'; d = path.posix.dirname(d)) folders.add(d);
    let fenced = false;
    markdown.split('\n').forEach((line, i) => {
        if (/^\s*```/.test(line)) fenced = !fenced;
        if (fenced) return;
        const targets: string[] = [];
        const scan = line.replace(/`[^`]*`/g, '');
        for (const m of scan.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) targets.push(m[1]);
        const def = /^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/.exec(scan);
        if (def) targets.push(def[1]);
        for (const target of targets) {
            if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // https:, mailto:
            const [rawPath, anchor] = target.split('#', 2);
            const pathPart = decodeURIComponent(rawPath.split('?')[0]);
            const resolved = pathPart === '' ? file : path.posix.normalize(path.posix.join(path.posix.dirname(file), pathPart)).replace(/\/$/, '');
            if (!tracked.has(resolved) && !folders.has(resolved)) {
                out.push({ file, line: i + 1, problem: `links to ${target}, which is not in the repository` });
            } else if (anchor && resolved.endsWith('.md') && !anchorsOf(readFile(resolved)).has(anchor)) {
                out.push({ file, line: i + 1, problem: `links to ${target}: ${resolved} has no heading #${anchor}` });
            }
        }
    });
    return out;
}

/**
 * `docs/evidence.md §3.2 E8, §2.1 f`, `docs/health-model.md §Schedule`, `docs/performance.md §Budgets`: the
 * numbered sections (with their labelled rows or lettered parts) up to the closing bracket, or the named heading,
 * must exist in that document. Inside docs/, `evidence §…` (and in docs/evidence.md a bare `§…`) is checked alike,
 * and so is the short form `health-model §Schedule` / `health-model "Schedule"` anywhere.
 */
function badCitations(file: string, text: string, readFile: (f: string) => string): Finding[] {
    const out: Finding[] = [];
    const citation = file === 'docs/evidence.md' ? /()(?<![\w.])§\s*(\d[^§\n]*)/g : file.startsWith('docs/') ? /(evidence) §\s*(\d[^§\n]*)/g : null;
    text.split('\n').forEach((line, i) => {
        // Each citation runs to the next one on the line (or a quote): "docs/health-model.md §Flags; docs/evidence.md §2.2".
        const found = Array.from(line.matchAll(/docs\/([\w-]+\.md) §\s*"?((?:(?!docs\/|health-model)[^"\n])*)/g), (m) => [`docs/${m[1]}`, m[2]]);
        if (citation) for (const m of line.matchAll(citation)) found.push(['docs/evidence.md', m[2]]);
        for (const m of line.matchAll(/(?<![/\w])health-model(?:\.md)? (?:§\s*((?:(?!docs\/|health-model)[^"\n])+)|§?\s*"([^"\n]+)")/g)) {
            found.push(['docs/health-model.md', m[1] ?? `"${m[2]}"`]);
        }
        for (const [doc, cited] of found) {
            let markdown: string;
            try {
                markdown = readFile(doc);
            } catch {
                out.push({ file, line: i + 1, problem: `cites ${doc}, which does not exist` });
                continue;
            }
            // "§2.2, §4.3, §3.5 L7)": every numbered section up to the closing bracket.
            const each = /^\d/.test(cited) ? cited.split(')')[0].split(/§\s*/).filter((c) => /^\d/.test(c)) : [cited];
            for (const c of each) {
                const problem = /^\d/.test(c) ? numberedSection(markdown, c) : /^".*"$/.test(c) ? quotedSection(markdown, c.slice(1, -1)) : namedSection(markdown, c);
                if (problem) out.push({ file, line: i + 1, problem: `cites ${doc} §${c.slice(0, 40)}: ${problem}` });
            }
        }
    });
    return out;
}

/** Why `§<number> [label]` does not resolve in `markdown`, or null when it does. */
function numberedSection(markdown: string, cited: string): string | null {
    const m = /^(\d+(?:\.\d+)*)(?: ([A-Z]\d+|[a-z])(?![\w]))?/.exec(cited) as RegExpExecArray;
    const [, number, label] = m;
    const lines = markdown.split('\n');
    const hs = headings(markdown);
    const at = hs.findIndex((h) => h.text.startsWith(`${number}. `) || h.text.startsWith(`${number} `));
    if (at < 0) return `no section ${number}`;
    if (!label) return null;
    const next = hs.slice(at + 1).find((h) => h.level <= hs[at].level);
    const body = lines.slice(hs[at].index + 1, next ? next.index : lines.length).join('\n');
    const found = /[A-Z]/.test(label) ? new RegExp(`^\\| ${label} \\|`, 'm').test(body) : new RegExp(`^#+ ${label}\\)`, 'm').test(body);
    return found ? null : `section ${number} has no ${label}`;
}

/** Why a quoted `"<heading>"` is not a heading of `markdown` nor the start of one, or null when it is. */
function quotedSection(markdown: string, cited: string): string | null {
    return headings(markdown).some((h) => h.text.startsWith(cited)) ? null : 'no such heading';
}

/** Why `§<heading>` does not name a heading of `markdown` (or its title before " (…" or ":"), or null when it does. */
function namedSection(markdown: string, cited: string): string | null {
    const names = headings(markdown).flatMap((h) => [h.text, h.text.replace(/ \(.*$/, ''), h.text.replace(/:.*$/, '')]);
    return names.some((n) => n.length > 0 && cited.startsWith(n) && !/\w/.test(cited.charAt(n.length))) ? null : 'no such heading';
}

const report = (findings: readonly Finding[]): string => findings.map((f) => `${f.file}:${f.line}: ${f.problem}`).join('\n');

describe('the checks find what they look for (planted lines)', () => {
    const docs: Record<string, string> = {
        'docs/evidence.md': '# Evidence\n## Sources\n### 3.2 Errors\n| E8 | per hour |\n### 2.1 `mailbox`\n#### f) Outcome\n',
        'docs/health-model.md': '# Model\n## Errors and backoff\n## Schedule\n',
    };
    const readFile = (f: string): string => {
        if (!(f in docs)) throw new Error(`no ${f}`);
        return docs[f];
    };
    const tracked = new Set(['README.md', 'docs/evidence.md', 'docs/health-model.md', 'test/fixtures/logs/seed000.log']);

    it.each([
        ['// see ' + '../' + 'shared/seeds/000.txt'],
        ["const dir = path.join(ROOT, '..', " + "'shared', 'seeds');"],
        ['const SEED = "/' + 'work/shared/seeds/000.txt";'],
        [' * Bundle benchmark (iss' + 'ue 6): the production bundle'],
        ['/** Iss' + 'ue #2 item 4. */'],
    ])('flags %s', (line) => {
        expect(forbiddenMentions('x.ts', `ok\n${line}\n`)).toEqual([expect.objectContaining({ file: 'x.ts', line: 2 })]);
    });

    it('lets a public source through: another repository\'s GitHub issue, colours, ordinary words', () => {
        expect(forbiddenMentions('x.md', '[C] MicrosoftDocs/dynamics-365-customer-engagement, GitHub iss' + 'ue #269\ncolor: #323130; no issues here\n')).toEqual([]);
    });

    it('flags a link to a missing file or heading, and passes tracked files, folders, headings and web addresses', () => {
        const md = [
            '[model](docs/health-model.md) [schedule](docs/health-model.md#schedule) [logs](test/fixtures/logs/) [web](https://example.com)',
            '[gone](../' + 'shared/domain/health-model.md)',
            '![shot](docs/missing.png)',
            '[anchor](docs/evidence.md#no-such-heading)',
            '[sources](docs/evidence.md#sources) [32](docs/evidence.md#32-errors)',
            '```',
            '[in code](nowhere.md)',
            '```',
            '[ref]: docs/nowhere.md',
        ].join('\n');
        expect(brokenLinks('README.md', md, tracked, readFile).map((f) => f.line)).toEqual([2, 3, 4, 9]);
    });

    it('flags a citation of a section, row, part or heading that does not exist', () => {
        // Written with ${E} and ${H} so that the repository-wide check below does not read these as citations.
        const [E, H] = ['docs/evidence.md', 'docs/health-model.md'];
        const text = [
            `// ${E} §3.2 E8: per hour; ${E} §2.1 f; ${H} §Errors and backoff, v2`,
            `// ${H} §"Schedule" (v2)`,
            `// ${E} §3.3 T1`,
            `// (${E} §2.1 f, §3.2 E8) and §9 outside the brackets`,
            `// (${E} §2.1 f, §3.2 E7)`,
            `// ${E} §3.2 E9`,
            `// ${E} §2.1 g`,
            `// ${H} §Retries`,
            `// ${'health-model'} "Schedule" (v2), ${'health-model'} §Errors and backoff; ${'health-model'} "Retries" and ${'health-model'} §Retry`,
            `// ${H} §Flags; ${E} §9.9`,
            `// ${H} §Schedules are`,
            `// ${'docs/nothing.md'} §1`,
        ].join('\n');
        expect(badCitations('x.ts', text, readFile).map((f) => f.line)).toEqual([3, 5, 6, 7, 8, 9, 9, 10, 10, 11, 12]);
    });
});

describe('the repository is self-contained', () => {
    const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' })
        .split('\0')
        .filter((f) => f !== '' && fs.existsSync(path.join(root, f)));
    const trackedSet = new Set(tracked);
    const cache = new Map<string, string>();
    const readFile = (f: string): string => {
        let text = cache.get(f);
        if (text === undefined) cache.set(f, (text = fs.readFileSync(path.join(root, f), 'utf8')));
        return text;
    };
    const textFiles = tracked.filter((f) => !/\.(png|jpe?g|gif|ico|zip|woff2?)$/i.test(f) && !readFile(f).includes('\0'));

    it('lists the tracked files', () => {
        expect(tracked).toContain('README.md');
        expect(tracked).toContain('docs/evidence.md');
    });

    it('mentions no path outside the checkout and no "issue N"', () => {
        expect(report(textFiles.flatMap((f) => forbiddenMentions(f, readFile(f))))).toBe('');
    });

    it('links (Markdown) only to files and headings in the repository', () => {
        expect(report(textFiles.filter((f) => f.endsWith('.md')).flatMap((f) => brokenLinks(f, readFile(f), trackedSet, readFile)))).toBe('');
    });

    it('cites only sections that exist in docs/', () => {
        expect(report(textFiles.flatMap((f) => badCitations(f, readFile(f), readFile)))).toBe('');
    });
});
