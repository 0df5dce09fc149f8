/**
 * Command-line arguments (README, "The command-line tool"):
 *   mailbox-health explain <file.log> [--now <ISO>] [--json]
 *   mailbox-health assess <mailboxes.json> [--now <ISO>] [--json|--csv] [--fail-on <state,...>]
 *   mailbox-health alerts <traces.json> [--since <ISO>] [--until <ISO>] [--json|--csv] [--fail-on <class,...>] (cli/alerts.ts)
 *   mailbox-health --help
 * Options take `--name value` or `--name=value`; `--` ends the options.
 */
import { HEALTH_STATES, parseIsoInstant, type HealthState } from '../MailboxHealth/core/index';
import type { Translate } from './strings';

export type Command = 'explain' | 'assess';

export interface CliArgs {
    readonly command: Command | 'help';
    readonly file: string;
    /** Epoch ms, or null for "the current time". */
    readonly now: number | null;
    readonly json: boolean;
    readonly csv: boolean;
    readonly failOn: readonly HealthState[];
}

/** Bad usage: the message is already in the user's words; the tool prints it on one line and exits 2. */
export class UsageError extends Error {}

const OPTIONS: Readonly<Record<Command, readonly string[]>> = {
    explain: ['--now', '--json', '--help'],
    assess: ['--now', '--json', '--csv', '--fail-on', '--help'],
};
const TAKES_VALUE = new Set(['--now', '--fail-on']);
const STATES = new Set<string>(HEALTH_STATES);

/** @summary Parses argv (without node and the script). @throws UsageError */
export function parseArgs(argv: readonly string[], t: Translate): CliArgs {
    const help: CliArgs = { command: 'help', file: '', now: null, json: false, csv: false, failOn: [] };
    const [command, ...rest] = argv;
    if (command === undefined) throw new UsageError(t('Cli_Error_NoCommand'));
    if (command === '--help' || command === '-h' || command === 'help') return help;
    if (command !== 'explain' && command !== 'assess') throw new UsageError(t('Cli_Error_UnknownCommand', command));

    let file: string | null = null;
    let now: number | null = null;
    let json = false;
    let csv = false;
    let failOn: HealthState[] = [];
    let optionsEnded = false;
    for (let i = 0; i < rest.length; i++) {
        const arg = rest[i];
        if (!optionsEnded && arg === '--') {
            optionsEnded = true;
            continue;
        }
        if (!optionsEnded && arg.startsWith('-') && arg !== '-') {
            const eq = arg.indexOf('=');
            const name = eq > 0 ? arg.slice(0, eq) : arg === '-h' ? '--help' : arg;
            if (!OPTIONS[command].includes(name)) throw new UsageError(t('Cli_Error_UnknownOption', name, command));
            let value: string | undefined;
            if (TAKES_VALUE.has(name)) {
                value = eq > 0 ? arg.slice(eq + 1) : rest[++i];
                if (value === undefined || value === '') throw new UsageError(t('Cli_Error_MissingValue', name));
            } else if (eq > 0) {
                throw new UsageError(t('Cli_Error_UnknownOption', arg, command));
            }
            switch (name) {
                case '--help':
                    return help;
                case '--json':
                    json = true;
                    break;
                case '--csv':
                    csv = true;
                    break;
                case '--now':
                    now = parseNow(value as string, t);
                    break;
                case '--fail-on':
                    failOn = parseStates(value as string, t);
                    break;
            }
            continue;
        }
        if (file !== null) throw new UsageError(t('Cli_Error_ExtraArgument', arg));
        file = arg;
    }
    if (file === null) throw new UsageError(t('Cli_Error_MissingFile', command));
    if (json && csv) throw new UsageError(t('Cli_Error_JsonAndCsv'));
    return { command, file, now, json, csv, failOn };
}

/** An ISO-8601 instant; without a zone it is UTC (the clock of the log and of Dataverse, trap T6). */
function parseNow(v: string, t: Translate): number {
    const ms = parseIsoInstant(v.trim());
    if (!Number.isFinite(ms)) throw new UsageError(t('Cli_Error_BadNow', v));
    return ms;
}

function parseStates(v: string, t: Translate): HealthState[] {
    const out: HealthState[] = [];
    for (const raw of v.split(',')) {
        const s = raw.trim();
        if (s === '') continue;
        if (!STATES.has(s)) throw new UsageError(t('Cli_Error_BadFailOn', s, HEALTH_STATES.join(', ')));
        if (!out.includes(s as HealthState)) out.push(s as HealthState);
    }
    if (out.length === 0) throw new UsageError(t('Cli_Error_MissingValue', '--fail-on'));
    return out;
}
