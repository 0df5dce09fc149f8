/** @jest-environment node */
import { parseArgs, UsageError } from '../../cli/args';
import { createStrings } from '../../cli/strings';

const t = createStrings(new Map());
const fails = (argv: string[]): string => {
    try {
        parseArgs(argv, t);
    } catch (e) {
        if (e instanceof UsageError) return e.message;
        throw e;
    }
    return 'no error';
};

describe('parseArgs', () => {
    it('reads explain with --now and --json', () => {
        expect(parseArgs(['explain', 'a.log', '--now', '2018-12-03T15:25:00Z', '--json'], t)).toEqual({ command: 'explain', file: 'a.log', now: Date.UTC(2018, 11, 3, 15, 25), json: true, csv: false, failOn: [] });
    });

    it('reads assess with --csv and --fail-on=…, dropping blanks and repeats', () => {
        expect(parseArgs(['assess', '--csv', '--fail-on=failing, disabled,,failing', 'm.json'], t)).toEqual({ command: 'assess', file: 'm.json', now: null, json: false, csv: true, failOn: ['failing', 'disabled'] });
    });

    it('takes a file that starts with a dash after --', () => {
        expect(parseArgs(['explain', '--', '-odd.log'], t).file).toBe('-odd.log');
    });

    it('returns help for --help anywhere', () => {
        expect(parseArgs(['--help'], t).command).toBe('help');
        expect(parseArgs(['assess', '-h'], t).command).toBe('help');
    });

    it('throws a UsageError naming the problem', () => {
        expect(fails([])).toBe('Cli_Error_NoCommand');
        expect(fails(['fix'])).toBe('Cli_Error_UnknownCommand fix');
        expect(fails(['explain'])).toBe('Cli_Error_MissingFile explain');
        expect(fails(['explain', 'a', '--fail-on', 'failing'])).toBe('Cli_Error_UnknownOption --fail-on explain');
        expect(fails(['explain', 'a', '--json=yes'])).toBe('Cli_Error_UnknownOption --json=yes explain');
        expect(fails(['explain', 'a', '--now'])).toBe('Cli_Error_MissingValue --now');
        expect(fails(['explain', 'a', '--now', 'soon'])).toBe('Cli_Error_BadNow soon');
        expect(fails(['explain', 'a', '--now', '2018-13-03T15:25:00Z'])).toBe('Cli_Error_BadNow 2018-13-03T15:25:00Z');
        expect(fails(['assess', 'a', '--fail-on', ','])).toBe('Cli_Error_MissingValue --fail-on');
        expect(fails(['assess', 'a', '--fail-on', 'Failing'])).toMatch(/^Cli_Error_BadFailOn Failing inactive, /);
        expect(fails(['assess', 'a', '--json', '--csv'])).toBe('Cli_Error_JsonAndCsv');
        expect(fails(['assess', 'a', 'b'])).toBe('Cli_Error_ExtraArgument b');
    });
});
