#!/usr/bin/env node
'use strict';
/**
 * Moves MailboxHealth's one version number: the control version in MailboxHealth/ControlManifest.Input.xml, the
 * solution <Version> in solution/src/Other/Solution.xml (the same number plus ".0") and "version" in package.json.
 *
 *   npm run version:bump -- patch | minor | major | <x.y.z>     bump all three, counting from the control version
 *   npm run version:bump -- --check                              exit 1 unless the three agree
 *
 * --root <dir> works on another checkout (the tests use a temporary copy). See scripts/lib/version.js.
 */
const path = require('path');
const { FILES, VersionError, bumpVersion, checkVersions } = require('./lib/version');

const USAGE = `usage: node scripts/bump-version.js (patch | minor | major | <x.y.z>) [--root <dir>]
       node scripts/bump-version.js --check [--root <dir>]`;

function parseArgs(argv) {
    const args = { root: path.join(__dirname, '..'), check: false, spec: null, help: false };
    for (let i = 0; i < argv.length; i++) {
        const a = argv[i];
        if (a === '--check') args.check = true;
        else if (a === '--help' || a === '-h') args.help = true;
        else if (a === '--root') {
            if (i + 1 >= argv.length) throw new VersionError('--root needs a directory');
            args.root = path.resolve(argv[++i]);
        } else if (a.startsWith('-')) throw new VersionError(`unknown option ${a}`);
        else if (args.spec === null) args.spec = a;
        else throw new VersionError(`one version at a time (got "${args.spec}" and "${a}")`);
    }
    if (!args.help && args.check === (args.spec !== null)) {
        throw new VersionError(args.check ? '--check takes no version' : 'say which version: patch, minor, major or x.y.z');
    }
    return args;
}

function main(argv) {
    let args;
    try {
        args = parseArgs(argv);
    } catch (e) {
        console.error(`${e.message}\n${USAGE}`);
        return 2;
    }
    if (args.help) {
        console.log(USAGE);
        return 0;
    }
    try {
        if (args.check) {
            const result = checkVersions(args.root);
            if (!result.ok) {
                console.error(`Versions disagree:\n  ${result.problems.join('\n  ')}\nFix with: npm run version:bump -- <x.y.z>`);
                return 1;
            }
            console.log(`Versions agree: control ${result.versions.manifest}, solution ${result.versions.solution}, package.json ${result.versions.packageJson}`);
            return 0;
        }
        const r = bumpVersion(args.root, args.spec);
        console.log(`MailboxHealth ${r.from} -> ${r.to}`);
        console.log(`  ${FILES.manifest}: control version ${r.previous.manifest} -> ${r.to}`);
        console.log(`  ${FILES.solution}: <Version> ${r.previous.solution} -> ${r.solutionVersion}`);
        console.log(`  ${FILES.packageJson}: "version" ${r.previous.packageJson} -> ${r.to}`);
        return 0;
    } catch (e) {
        if (e instanceof VersionError) {
            console.error(e.message);
            return 1;
        }
        throw e;
    }
}

if (require.main === module) {
    process.exitCode = main(process.argv.slice(2));
}

module.exports = { main };
