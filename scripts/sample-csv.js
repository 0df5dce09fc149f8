#!/usr/bin/env node
'use strict';
/**
 * Writes the embedded sample fleet as the CSV that Microsoft's test harness (pcf-start) loads into a dataset:
 *
 *   node scripts/sample-csv.js [--size 50] [--seed 1] [--now 2026-11-26T09:00:00Z] [--out <file>]
 *
 * One row per mailbox, one column per dataset column the health rules read (lookups as their id), plus the
 * expected health state of each (`expectedstate`, which the control ignores and the browser test counts), and a
 * sidecar <file>.types.json with the data type of every column, as chosen in the harness's panel. Dates are ISO-8601
 * UTC. The default writes test/fixtures/pcf-start/sample-fleet.csv, which the browser test loads.
 */
const fs = require('fs');
const path = require('path');
const esbuild = require('esbuild');

const ROOT = path.join(__dirname, '..');
const DEFAULT_OUT = path.join(ROOT, 'test', 'fixtures', 'pcf-start', 'sample-fleet.csv');

/** The TypeScript the CSV needs (fleet, columns, kinds), bundled in memory and run here. */
const ENTRY = `
import { generateFleet, scenarioByCode } from './sample/generateFleet';
import { REQUIRED_COLUMNS } from './MailboxHealth/core';
import { COLUMN_KINDS } from './MailboxHealth/pcf/mapDataset';
import { DERIVED_COLUMNS } from './MailboxHealth/manifest';
module.exports = { generateFleet, scenarioByCode, REQUIRED_COLUMNS, COLUMN_KINDS, DERIVED_COLUMNS };
`;

function load() {
    const out = esbuild.buildSync({ stdin: { contents: ENTRY, resolveDir: ROOT, loader: 'ts' }, bundle: true, platform: 'node', format: 'cjs', write: false, logLevel: 'error' });
    const module = { exports: {} };
    new Function('module', 'exports', 'require', out.outputFiles[0].text)(module, module.exports, require);
    return module.exports;
}

/** pcf-start's data types (the values of its type drop-down) for the control's column kinds. */
const HARNESS_TYPE = {
    id: 'SingleLine.Text',
    text: 'SingleLine.Text',
    lookup: 'SingleLine.Text',
    'lookup-name': 'SingleLine.Text',
    'entity-name': 'SingleLine.Text',
    boolean: 'TwoOptions',
    choice: 'OptionSet',
    integer: 'Whole.None',
    date: 'DateAndTime.DateAndTime',
};

function cell(value) {
    if (value === null || value === undefined) return '';
    const text = value instanceof Date ? value.toISOString() : typeof value === 'object' ? String(value.id ?? '') : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function parseArgs(argv) {
    const args = { size: 50, seed: 1, now: '2026-11-26T09:00:00Z', out: DEFAULT_OUT };
    for (let i = 0; i < argv.length; i++) {
        const [key, inline] = argv[i].split('=');
        const value = inline ?? argv[++i];
        if (key === '--size') args.size = Number(value);
        else if (key === '--seed') args.seed = Number(value);
        else if (key === '--now') args.now = value;
        else if (key === '--out') args.out = path.resolve(value);
        else throw new Error(`unknown option ${argv[i]}`);
    }
    if (!Number.isInteger(args.size) || args.size < 1 || Number.isNaN(Date.parse(args.now))) throw new Error('--size must be a whole number above 0 and --now an ISO-8601 instant');
    return args;
}

/** { csv, types, columns, expected }: the CSV text and the type of each column. */
function sampleCsv({ size, seed, now }) {
    const lib = load();
    const fleet = lib.generateFleet({ size, seed, now: Date.parse(now) });
    const derived = new Set(lib.DERIVED_COLUMNS);
    const columns = ['mailboxid', ...lib.REQUIRED_COLUMNS.filter((c) => !derived.has(c))];
    const types = Object.fromEntries(columns.map((c) => [c, HARNESS_TYPE[lib.COLUMN_KINDS[c]] ?? 'SingleLine.Text']));
    types.expectedstate = 'SingleLine.Text';
    const lines = [[...columns, 'expectedstate'].join(',')];
    fleet.rows.forEach((row, i) => {
        const expected = lib.scenarioByCode(fleet.scenarios[i]).state;
        lines.push([...columns.map((c) => cell(row[c])), cell(expected)].join(','));
    });
    return { csv: `${lines.join('\r\n')}\r\n`, types };
}

function main() {
    const args = parseArgs(process.argv.slice(2));
    const { csv, types } = sampleCsv(args);
    fs.mkdirSync(path.dirname(args.out), { recursive: true });
    fs.writeFileSync(args.out, csv);
    fs.writeFileSync(args.out.replace(/\.csv$/, '.types.json'), `${JSON.stringify({ size: args.size, seed: args.seed, now: args.now, types }, null, 2)}\n`);
    console.log(`${path.relative(ROOT, args.out)}: ${args.size} mailboxes, ${Object.keys(types).length} columns`);
}

module.exports = { sampleCsv, HARNESS_TYPE };

if (require.main === module) {
    try {
        main();
    } catch (e) {
        console.error(`sample-csv: ${e.message}`);
        process.exitCode = 2;
    }
}
