'use strict';
/**
 * Lints source texts with the project's ESLint config in a child process (ESLint 9 loads its flat config with a
 * dynamic import, which jest's VM does not allow). Reads [{ file, code }] as JSON on stdin, writes
 * [{ file, messages: [{ ruleId, message }] }] as JSON on stdout.
 */
const path = require('path');
const { ESLint } = require('eslint');

async function main() {
    const root = path.resolve(__dirname, '..', '..');
    const input = JSON.parse(require('fs').readFileSync(0, 'utf8'));
    const eslint = new ESLint({ cwd: root });
    const out = [];
    for (const { file, code } of input) {
        const abs = path.join(root, file);
        const ignored = await eslint.isPathIgnored(abs);
        const [result] = code === undefined ? [{ messages: [] }] : await eslint.lintText(code, { filePath: abs });
        out.push({ file, ignored, messages: result.messages.map((m) => ({ ruleId: m.ruleId, message: m.message })) });
    }
    process.stdout.write(JSON.stringify(out));
}
main().catch((e) => {
    console.error(e);
    process.exit(1);
});
