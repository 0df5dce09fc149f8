#!/usr/bin/env node
'use strict';
/**
 * npm run pack: builds the control in production mode and writes the importable Dataverse solutions
 *
 *   out/solution/MailboxHealth_<version>.zip           unmanaged
 *   out/solution/MailboxHealth_<version>_managed.zip   managed
 *
 * without dotnet. Options: --skip-build (pack the production build already in out/controls; it is still checked),
 * --unmanaged-only, --out <dir>, --root <dir> (another checkout whose out/controls is built; needs --skip-build).
 * How the zip is laid out and why: solution/README.md and scripts/lib/solution.js.
 */
const path = require('path');
const { PackError, packSolution, ROOT } = require('./lib/solution');

const USAGE = 'usage: node scripts/pack-solution.js [--skip-build] [--unmanaged-only] [--out <dir>] [--root <dir> --skip-build]';

function parseArgs(argv) {
    const options = { build: true, managed: true, outDir: undefined, root: undefined };
    for (let i = 0; i < argv.length; i++) {
        const a = argv[i];
        if (a === '--skip-build') options.build = false;
        else if (a === '--unmanaged-only') options.managed = false;
        else if (a === '--out' && i + 1 < argv.length) options.outDir = path.resolve(argv[++i]);
        else if (a === '--root' && i + 1 < argv.length) options.root = path.resolve(argv[++i]);
        else throw new PackError(`unknown argument ${a}\n${USAGE}`);
    }
    // The build helper always builds this checkout, so another root must bring its own build.
    if (options.root && options.build) throw new PackError(`--root needs --skip-build\n${USAGE}`);
    return options;
}

function formatSize(bytes) {
    return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KiB`;
}

async function main(argv) {
    try {
        const options = parseArgs(argv);
        if (options.build) console.log('Building the control in production mode (skipped when out/controls is fresh)…');
        const result = await packSolution(options);
        console.log(`Solution ${result.uniqueName} ${result.solutionVersion} with control ${result.controlName} ${result.version}:`);
        for (const o of result.outputs) {
            console.log(`  ${path.relative(options.root || ROOT, o.path) || o.path}  ${o.size} bytes (${formatSize(o.size)})  ${o.managed ? 'managed' : 'unmanaged'}`);
        }
        console.log('Files in each zip:');
        for (const e of result.outputs[0].entries) console.log(`  ${e.name}  ${e.size} bytes`);
        console.log('Import: make.powerapps.com > Solutions > Import solution, or pac solution import --path <zip>');
        return 0;
    } catch (e) {
        if (e instanceof PackError) {
            console.error(`npm run pack: ${e.message}`);
            return 1;
        }
        throw e;
    }
}

if (require.main === module) {
    main(process.argv.slice(2)).then((code) => {
        process.exitCode = code;
    });
}

module.exports = { main };
