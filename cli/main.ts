/**
 * The `mailbox-health` command-line tool (README, "The command-line tool"). bin/mailbox-health.js runs the compiled form of this file
 * (out/cli/cli/main.js, `npm run build:cli`).
 *
 * Exit codes: 0 done; 1 a mailbox is in a --fail-on state; 2 bad input (one line on stderr).
 * The clock is read here, and only when --now is not given.
 */
import * as fs from 'fs';
import { HEALTH_STATES, compareStatesWorstFirst, recordsFromWebApi } from '../MailboxHealth/core/index';
import { parseArgs, UsageError, type CliArgs } from './args';
import { assessRecords, fleetCsv, fleetJson, fleetText } from './assess';
import { explainCommand } from './explain';
import { loadStrings, type Translate } from './strings';
import { AlertsInputError, alertsCsv, alertsFailOn, alertsJson, alertsText, failOnHits, parseAlertsArgs, summarizeExport } from './alerts';
import { plural } from '../MailboxHealth/view/plural';

export interface Io {
    readonly out: (s: string) => void;
    readonly err: (s: string) => void;
    readonly clock: () => number;
}

const defaultIo: Io = {
    out: (s) => process.stdout.write(s),
    err: (s) => process.stderr.write(s),
    clock: () => Date.now(),
};

/** Bad input found after parsing (a file that cannot be read or is not what it should be). */
class InputError extends Error {}

/** Reads a text file; Windows tools may write UTF-16 with a byte-order mark. */
function readText(file: string, t: Translate): string {
    let buf: Buffer;
    try {
        buf = fs.readFileSync(file);
    } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'ENOENT') throw new InputError(t('Cli_Error_FileNotFound', file));
        if (code === 'EISDIR') throw new InputError(t('Cli_Error_IsDirectory', file));
        throw new InputError(t('Cli_Error_ReadFailed', file, (e as Error).message));
    }
    try {
        if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return buf.toString('utf16le', 2);
        if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return Buffer.from(buf.subarray(2)).swap16().toString('utf16le');
        return buf.toString('utf8');
    } catch (e) {
        throw new InputError(t('Cli_Error_ReadFailed', file, (e as Error).message));
    }
}

function explain(args: CliArgs, now: number, t: Translate, io: Io): number {
    // A log is judged at its own latest time unless --now is given (the core decides; health-model, the log).
    io.out(explainCommand(readText(args.file, t), { at: args.now, now }, args.json, t));
    return 0;
}

function assess(args: CliArgs, now: number, t: Translate, io: Io): number {
    const text = readText(args.file, t);
    let json: unknown;
    try {
        json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    } catch (e) {
        throw new InputError(t('Cli_Error_BadJson', args.file, (e as Error).message));
    }
    const page = recordsFromWebApi(json);
    if (page === null) throw new InputError(t('Cli_Error_NotMailboxes', args.file));
    if (page.skipped > 0) io.err(t('Cli_ErrorLine', plural(t, { one: 'Cli_Warn_SkippedRecords_One', other: 'Cli_Warn_SkippedRecords_Other' }, page.skipped)) + '\n');

    const fleet = assessRecords(page.records, now);
    const { assessments } = fleet;

    if (args.json) io.out(JSON.stringify(fleetJson(fleet, now), null, 2) + '\n');
    else if (args.csv) io.out(fleetCsv(assessments));
    else io.out(fleetText(fleet, now, t));

    if (args.failOn.length > 0) {
        const hit = assessments.filter((a) => args.failOn.includes(a.health));
        if (hit.length > 0) {
            const states = [...new Set(hit.map((a) => a.health))].sort(compareStatesWorstFirst);
            io.err(t('Cli_ErrorLine', plural(t, { one: 'Cli_Assess_FailOn_One', other: 'Cli_Assess_FailOn_Other' }, hit.length, String(hit.length), states.join(', '))) + '\n');
            return 1;
        }
    }
    return 0;
}

/** `alerts`: the fleet's alerts over a window from a Web API export of tracelog rows (cli/alerts.ts). */
function alerts(argv: readonly string[], t: Translate, io: Io): number {
    const args = parseAlertsArgs(argv, t);
    if (args === 'help') {
        io.out(t('Cli_Help', HEALTH_STATES.join(', ')) + '\n');
        return 0;
    }
    const text = readText(args.file, t);
    let json: unknown;
    try {
        json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    } catch (e) {
        throw new InputError(t('Cli_Error_BadJson', args.file, (e as Error).message));
    }
    const result = summarizeExport(json, args, io.clock(), args.file, t);
    if (args.json) io.out(JSON.stringify(alertsJson(result), null, 2) + '\n');
    else if (args.csv) io.out(alertsCsv(result));
    else io.out(alertsText(result, t));
    const hits = failOnHits(result, args.failOn);
    if (hits.length === 0) return 0;
    io.err(t('Cli_ErrorLine', alertsFailOn(hits.join(', '), hits.reduce((n, c) => n + result.summary.byClass[c], 0), t)) + '\n');
    return 1;
}

/** @summary Runs the tool on argv (without node and the script) and returns the exit code. */
export function run(argv: readonly string[], io: Io = defaultIo): number {
    let t: Translate;
    try {
        t = loadStrings();
    } catch (e) {
        io.err(`mailbox-health: ${(e as Error).message}\n`);
        return 2;
    }
    try {
        if (argv[0] === 'alerts') return alerts(argv.slice(1), t, io);
        const args = parseArgs(argv, t);
        if (args.command === 'help') {
            io.out(t('Cli_Help', HEALTH_STATES.join(', ')) + '\n');
            return 0;
        }
        const now = args.now ?? io.clock();
        return args.command === 'explain' ? explain(args, now, t, io) : assess(args, now, t, io);
    } catch (e) {
        const message = e instanceof UsageError || e instanceof InputError || e instanceof AlertsInputError ? e.message : t('Cli_Error_Internal', (e as Error)?.message ?? String(e));
        io.err(t('Cli_ErrorLine', message.replace(/\s*[\r\n]+\s*/g, ' ')) + '\n');
        return 2;
    }
}

if (require.main === module) {
    // A closed pipe (`… | head`) is not an error worth a stack trace.
    process.stdout.on('error', (e: NodeJS.ErrnoException) => {
        if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
        throw e;
    });
    process.exitCode = run(process.argv.slice(2));
}
