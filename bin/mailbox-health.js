#!/usr/bin/env node
'use strict';
/**
 * The `mailbox-health` command (package.json "bin"): runs the compiled tool, out/cli/cli/main.js, which
 * `npm run build` (or `npm run build:cli`) makes from cli/*.ts and MailboxHealth/core.
 */
const fs = require('fs');
const path = require('path');

const ROOT = path.join(__dirname, '..');
const MAIN = path.join(ROOT, 'out', 'cli', 'cli', 'main.js');

/** The one-line hint, in the string table's words when it can be read. */
function notBuilt() {
    try {
        const { parseResx } = require('../scripts/lib/resx.js');
        const resx = path.join(ROOT, 'MailboxHealth', 'strings', 'MailboxHealth.1033.resx');
        const entry = parseResx(fs.readFileSync(resx, 'utf8')).get('Cli_Error_NotBuilt');
        if (entry) return 'mailbox-health: ' + entry;
    } catch {
        // fall through to the built-in words
    }
    return 'mailbox-health: not built yet: run `npm run build` first.';
}

if (!fs.existsSync(MAIN)) {
    process.stderr.write(notBuilt() + '\n');
    process.exit(2);
}

// A closed pipe (`mailbox-health assess … | head`) is not an error worth a stack trace.
process.stdout.on('error', (e) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode || 0);
    throw e;
});
process.exitCode = require(MAIN).run(process.argv.slice(2));
