import * as fs from 'fs';
import * as path from 'path';
import { hasString } from './support';

/**
 * The single-mailbox view's own resx keys (prefixes Label_Detail_, Message_Detail_, Label_Log_, Message_Log_): every
 * key the source names exists, and none of these keys is left unused. getString fails silently, so this matters.
 */
const SOURCE_DIR = path.join(__dirname, '..', '..', '..', 'MailboxHealth', 'view', 'mailbox');
const RESX = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'MailboxHealth', 'strings', 'MailboxHealth.1033.resx'), 'utf8');
const OWN_KEY = /^(Label|Message)_(Detail|Log)_/;

function sourceText(): string {
    return fs
        .readdirSync(SOURCE_DIR)
        .filter((f) => /\.tsx?$/.test(f))
        .map((f) => fs.readFileSync(path.join(SOURCE_DIR, f), 'utf8'))
        .join('\n');
}

/** Literal keys, plus the one key family built from a number (tracelog level 1–3). */
function keysUsed(): Set<string> {
    const keys = new Set<string>();
    for (const m of sourceText().matchAll(/'((?:Label|Message)_(?:Detail|Log)_[A-Za-z0-9_]+)'/g)) keys.add(m[1]);
    if (sourceText().includes('`Label_Detail_Level_${')) for (const level of [1, 2, 3]) keys.add(`Label_Detail_Level_${level}`);
    return keys;
}

describe('the single-mailbox view resx keys', () => {
    it('exist in the resx for every key the source names', () => {
        expect([...keysUsed()].filter((k) => !hasString(k))).toEqual([]);
    });

    it('are all used by the source', () => {
        const own = [...RESX.matchAll(/<data name="([^"]+)"/g)].map((m) => m[1]).filter((k) => OWN_KEY.test(k));
        const used = keysUsed();
        expect(own.length).toBeGreaterThan(100);
        expect(own.filter((k) => !used.has(k))).toEqual([]);
    });

    it('name option labels by the vocabulary\'s option names, never by a bare option value', () => {
        const own = [...RESX.matchAll(/<data name="([^"]+)"/g)].map((m) => m[1]).filter((k) => OWN_KEY.test(k));
        // The tracelog level family (Label_Detail_Level_1…3) is shared with the CLI's Cli_Level_ keys and left as is.
        expect(own.filter((k) => /_\d+$/.test(k) && !k.startsWith('Label_Detail_Level_'))).toEqual([]);
    });
});
