/**
 * @jest-environment node
 *
 * Runs the real command: bin/mailbox-health.js over the compiled tool (built once here with `npm run build:cli`).
 */
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.join(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'mailbox-health.js');
const FIXTURES = path.join(ROOT, 'test', 'fixtures');
const log = (name: string): string => path.join(FIXTURES, 'logs', name);
/** Seed 000 as published: the blog post around its log (docs/evidence.md#sources). */
const SEED000 = log('seed000-annotated.txt');
const MAILBOXES = path.join(FIXTURES, 'webapi', 'mailboxes.json');
const NOW = '2018-12-03T15:25:00Z';

interface Result {
    readonly code: number | null;
    readonly stdout: string;
    readonly stderr: string;
}

function cli(...args: string[]): Result {
    const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let tmp: string;
function tmpFile(name: string, content: string | Buffer): string {
    const file = path.join(tmp, name);
    fs.writeFileSync(file, content);
    return file;
}

/** A file a removed source once compiled to: the build must not leave it behind. */
const STALE = path.join(ROOT, 'out', 'cli', 'cli', 'removedCommand.js');

beforeAll(() => {
    fs.mkdirSync(path.dirname(STALE), { recursive: true });
    fs.writeFileSync(STALE, '// compiled from a source that no longer exists\n');
    try {
        execFileSync('npm', ['run', 'build:cli'], { cwd: ROOT, stdio: 'pipe', timeout: 300_000 });
    } catch (e) {
        const err = e as { stdout?: Buffer; stderr?: Buffer };
        throw new Error(`npm run build:cli failed:\n${String(err.stdout ?? '')}${String(err.stderr ?? '')}`);
    }
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mailbox-health-cli-'));
}, 300_000);

afterAll(() => {
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

describe('npm run build:cli', () => {
    it('starts from an empty out/cli: no file of a removed source is left to run', () => {
        expect(fs.existsSync(STALE)).toBe(false);
        expect(fs.existsSync(path.join(ROOT, 'out', 'cli', 'cli', 'main.js'))).toBe(true);
    });
});

describe('mailbox-health explain on seed 000 at 2018-12-03T15:25:00Z (the acceptance example)', () => {
    let r: Result;
    beforeAll(() => {
        r = cli('explain', SEED000, '--now', NOW);
    });

    it('exits 0 with nothing on stderr', () => {
        expect(r.stderr).toBe('');
        expect(r.code).toBe(0);
    });

    it('says the mailbox is healthy', () => {
        expect(r.stdout).toContain('State: Healthy (OK)');
    });

    it('says it last synced at 15:23:37 UTC and processes next at 15:28:37 UTC', () => {
        expect(r.stdout).toContain('Last synced: 2018-12-03 15:23:37 UTC (1 min ago)');
        // 3 min 37 s away rounds to 4 min, as the control says it (core/relativeTime.ts).
        expect(r.stdout).toContain('Next processing: 2018-12-03 15:28:37 UTC (in 4 min)');
    });

    it('says incoming, outgoing and ACT all run in that cycle', () => {
        expect(r.stdout).toContain('  Incoming email: in this cycle (2018-12-03 15:28:37 UTC)\n');
        expect(r.stdout).toContain('  Outgoing email: in this cycle (2018-12-03 15:28:37 UTC)\n');
        expect(r.stdout).toContain('  Appointments, contacts and tasks: in this cycle (2018-12-03 15:28:37 UTC)\n');
    });

    it('says there is no current error: none in a row and the 10/17 error is older than the last success', () => {
        expect(r.stdout).toContain('Consecutive errors: 0\n');
        expect(r.stdout).toContain('Last recorded sync error: 2018-10-17 17:41:58 UTC, older than the last success');
    });

    it('explains the 503 on ACT, older than the last success, as not current', () => {
        expect(r.stdout).toContain('1. tracecode 126: ExchangeSyncServerServiceError — Not current, Appointments, contacts and tasks');
        expect(r.stdout).toContain('Details: HTTP 503 · ActivityId a2559263-94de-4886-bc28-5fc7511d4f5f');
    });

    it('explains the mailbox move in progress as transient, reported under the wrapper type', () => {
        expect(r.stdout).toContain('2. tracecode 2: ErrorMailboxMoveInProgress (reported as UnknownIncomingEmailIntegrationError) — Not current, Incoming email');
        expect(r.stdout).toContain('What it means: Exchange is moving this mailbox');
    });

    it('explains the 503 on FindItem for incoming email', () => {
        expect(r.stdout).toContain('3. tracecode 52: IncomingEmailServerServiceError — Not current, Incoming email');
        expect(r.stdout).toContain('Details: HTTP 503 · EWS FindItem · ActivityId b66413dd-c51e-43d1-9404-adb044abf655');
        expect(r.stdout).toContain('Error text: System.Net.WebException: The request failed with HTTP status 503: Service Unavailable.');
    });

    it('notes what no log records (state, approval, status) without calling the verdict unsettled', () => {
        expect(r.stdout).toContain(
            "State: Healthy (OK)\n  A downloaded log doesn't record whether the mailbox is active, approved or which status Test & Enable left (statecode, ",
        );
        expect(r.stdout).toMatch(/\): check those on the mailbox form\. From the log alone, Inactive, Approval rejected, Approval pending\b.* cannot be ruled out\.\n/);
        expect(r.stdout).not.toContain('Not settled');
        // "No rule found a problem: … approved …" would claim what the log cannot show.
        expect(r.stdout).not.toContain('No rule found a problem');
    });

    it('says that the blog prose was not understood', () => {
        expect(r.stdout).toContain('Log warnings (7):');
        expect(r.stdout).toContain('line 281: a line that is not "key : value": "Aaron Richards"');
    });

    it('reads the real-file fixture (CRLF, no comments) to the same verdict without warnings', () => {
        const real = cli('explain', log('seed000.log'), '--now', NOW);
        expect(real.code).toBe(0);
        const cut = (s: string): string => s.slice(0, s.indexOf('Log file:'));
        expect(cut(real.stdout)).toBe(cut(r.stdout));
        expect(real.stdout).not.toContain('Log warnings');
    });
});

describe('mailbox-health explain --json', () => {
    it('prints the assessment with codes, ISO-8601 UTC times, workloads and catalogue matches', () => {
        const r = cli('explain', SEED000, '--now', NOW, '--json');
        expect(r.code).toBe(0);
        const j = JSON.parse(r.stdout);
        expect({
            mailboxId: j.mailboxId,
            health: j.health,
            severity: j.severity,
            flags: j.flags,
            nextProcessingAt: j.nextProcessingAt,
            due: j.due,
            syncingNow: j.syncingNow,
            lastSuccessAt: j.lastSuccessAt,
            lastErrorAt: j.lastErrorAt,
            lastErrorIsCurrent: j.lastErrorIsCurrent,
            consecutiveErrors: j.consecutiveErrors,
            retriesLeft: j.retriesLeft,
        }).toEqual({
            mailboxId: '9fb6600b-0965-e811-a97f-000d4a161089',
            health: 'healthy',
            severity: 'ok',
            flags: [],
            nextProcessingAt: '2018-12-03T15:28:37.000Z',
            due: 'scheduled',
            syncingNow: false,
            lastSuccessAt: '2018-12-03T15:23:37.000Z',
            lastErrorAt: '2018-10-17T17:41:58.000Z',
            lastErrorIsCurrent: false,
            consecutiveErrors: 0,
            retriesLeft: null,
        });
        for (const w of ['incoming', 'outgoing', 'act']) {
            expect([j.workloads[w].configured, j.workloads[w].state, j.workloads[w].nextRunAt]).toEqual([true, 'enabled', '2018-12-03T15:28:37.000Z']);
        }
        expect(j.errors.map((e: Record<string, unknown>) => [e.code, e.class, e.workload, e.action])).toEqual([
            ['ExchangeSyncServerServiceError', 'transient', 'act', 'wait'],
            ['ErrorMailboxMoveInProgress', 'transient', 'incoming', 'wait'],
            ['IncomingEmailServerServiceError', 'transient', 'incoming', 'wait'],
        ]);
        // A log cannot show approval or active state, so "no rule found a problem" is not claimed (undetermined is open).
        expect(j.reasons.map((x: { code: string }) => x.code)).not.toContain('no-problem-found');
        expect(j.reasons.map((x: { code: string }) => x.code)).toContain('next-processing-scheduled');
        expect(j.log.warnings.length).toBe(7);
    });
});

describe('mailbox-health explain on other logs', () => {
    it('explains the failing fixture: incoming disabled, six errors in a row, four retries left for outgoing, and the 401', () => {
        const r = cli('explain', log('failing-incoming.log'), '--now', NOW);
        expect(r.code).toBe(0);
        expect(r.stdout).toContain('State: Partly disabled (Error)');
        expect(r.stdout).toContain('  Incoming email: disabled after an error');
        expect(r.stdout).toContain('  Outgoing email: in this cycle (2018-12-03 15:25:14 UTC)');
        expect(r.stdout).toContain('Consecutive errors: 6\n');
        expect(r.stdout).toContain('Retries left: Incoming email none (failed permanently: fix the cause, then run Test & Enable); Outgoing email 4 (after 6 transient failures in a row)');
        expect(r.stdout).toContain('Last sync error, 2018-12-03 15:20:14 UTC (6 in a row):\n  SendFailure — Transient (being retried), Outgoing email');
        expect(r.stdout).toContain('2. tracecode 41: Http401 (reported as UnknownIncomingEmailIntegrationError) — Permanent (workload disabled), Incoming email');
        expect(r.stdout).not.toContain('Unknown keys'); // transientfailurecount is a known column (health-model v2)
    });

    it('reads what it can of a truncated log and says it looks cut off', () => {
        const r = cli('explain', log('truncated.log'), '--now', NOW);
        expect(r.code).toBe(0);
        expect(r.stdout).toContain('Next processing: 2018-12-03 15:28:37 UTC (in 4 min)');
        expect(r.stdout).toContain('line 38: a value that could not be read (lastsyncerroroccurredon: "10/17/20")');
        expect(r.stdout).toContain('line 38: the file looks cut off');
    });

    it('judges a log at its own latest recorded time without --now, not at the clock', () => {
        const r = cli('explain', log('seed000.log'));
        expect(r.code).toBe(0);
        expect(r.stdout).toContain('Assessed at 2018-12-03 15:23:37 UTC, the latest time the log records');
        expect(r.stdout).toContain('Next processing: 2018-12-03 15:28:37 UTC (in 5 min)');
    });

    it('takes a --now without a zone as UTC and accepts --now=<ISO>', () => {
        expect(cli('explain', log('seed000.log'), '--now=2018-12-03T15:25:00').stdout).toContain('Assessed at 2018-12-03 15:25:00 UTC');
    });

    it('reads a UTF-16 log with a byte-order mark, as Windows tools may save it', () => {
        const text = fs.readFileSync(log('seed000.log'), 'utf8');
        const file = tmpFile('utf16.log', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
        expect(cli('explain', file, '--now', NOW).stdout).toContain('State: Healthy (OK)');
    });

    it('prints control characters from error texts as visible escapes, never raw', () => {
        const file = tmpFile('hostile.log', 'mailboxid : x1\nlastsyncerrorcount : 1\nlastsyncerroroccurredon : 12/3/2018 3:20:00 PM\nlastsyncerror : \u001b[2J\u001b[31mboom <script>alert(1)</script>\n');
        const r = cli('explain', file, '--now', NOW);
        expect(r.code).toBe(0);
        expect(r.stdout).not.toContain('\u001b');
        expect(r.stdout).toContain('Error text: \\x1b[2J\\x1b[31mboom <script>alert(1)</script>');
    });

    it('leaves the verdict unsettled when the log lacks a line it normally has, and names it', () => {
        const text = fs.readFileSync(log('seed000.log'), 'utf8').replace(/enabledforincomingemail : True\r?\n/, '');
        const r = cli('explain', tmpFile('no-enabled-line.log', text), '--now', NOW);
        expect(r.code).toBe(0);
        expect(r.stdout).toMatch(/\n {2}Not settled: [^\n]*Partly disabled[^\n]* cannot be ruled out, because the log lacks enabledforincomingemail\b/);
        expect(r.stdout).toMatch(/\n {2}A downloaded log doesn't record [^\n]*\(statecode, [^)]*emailrouteraccessapproval\)[^\n]*From the log alone, Inactive, Approval rejected, Approval pending cannot be ruled out\.\n/);
    });

    it('prints an information trace entry (Test & Enable succeeded) as information, not as an unknown error', () => {
        const entry = [
            'tracecode : 1',
            'level : Information',
            'tracestatus : True',
            'text : The mailbox dana@contoso.com was tested and enabled successfully.',
            'ActivityId: 5e2f7c1a-8d4b-4f3e-9a61-0c2d3b4a5f60',
        ].join('\r\n');
        const file = tmpFile('tested.log', `${fs.readFileSync(log('seed000.log'), 'utf8').trimEnd()}\r\n\r\n${entry}\r\n`);
        const r = cli('explain', file, '--now', NOW);
        expect(r.code).toBe(0);
        expect(r.stdout).toContain('Recent trace log entries (4), in the file');
        const block = r.stdout.slice(r.stdout.indexOf('  4. tracecode 1:'), r.stdout.indexOf('\n\nLog file:'));
        expect(block).toBe(
            [
                '  4. tracecode 1: Information — The mailbox dana@contoso.com was tested and enabled successfully.',
                '     Details: Succeeded · ActivityId 5e2f7c1a-8d4b-4f3e-9a61-0c2d3b4a5f60 (quote it to Microsoft support)',
                '     For information only: not an error, nothing to fix.',
            ].join('\n'),
        );
        expect(block).not.toMatch(/unknown|What to do|Error text/i);
    });

    it('explains a text that is not a log at all without crashing', () => {
        const r = cli('explain', tmpFile('notalog.txt', '<html>Sign in to your account</html>'), '--now', NOW);
        expect(r.code).toBe(0);
        expect(r.stdout).toContain('no mailbox section was found');
    });
});

describe('mailbox-health assess', () => {
    it('prints the fleet summary and one line per mailbox, worst first', () => {
        const r = cli('assess', MAILBOXES, '--now', NOW);
        expect(r.code).toBe(0);
        expect(r.stderr).toBe('');
        const lines = r.stdout.split('\n');
        expect(lines[0]).toBe('16 mailboxes, assessed at 2018-12-03 15:25:00 UTC');
        expect(lines[1]).toBe(
            'By state, worst first: No server profile 1 · Approval rejected 1 · Disabled 1 · Partly disabled 1 · Failing 1 · Approval pending 1 · Not enabled 1 · Stuck 1 · Overdue 1 · Test & Enable pending 1 · Waiting for first sync 1 · Inactive 1 · Not using server-side sync 1 · Healthy 3',
        );
        expect(lines[2]).toBe('Failing 1 · Disabled 1 · Overdue 1 · Syncing now 2 · Not settled 0');
        expect(r.stdout).toContain('  Microsoft Exchange Online: 14 mailboxes, 14% failing or disabled');
        const rows = lines.filter((l) => /@contoso\.com/.test(l));
        expect(rows.length).toBe(16);
        expect(rows[0]).toMatch(/^No server profile +Miriam Graham +miriamg@contoso\.com/);
        // The single advice, as the form says it: a transient 503 being retried, nothing to do yet.
        expect(rows.find((l) => l.includes('Alex Wilber'))).toMatch(/^Failing .* 2018-12-03 15:28:00 UTC +consecutive errors: 4, error Http503, wait: the platform is retrying .+ \(6 retries left\)$/);
        expect(rows.find((l) => l.includes('Megan Bowen'))).toMatch(/overdue 30 min/);
        expect(rows.find((l) => l.includes('Diego Siciliani'))).toMatch(/not scheduled/);
    });

    it('prints JSON with the summary and every assessment in input order', () => {
        const r = cli('assess', MAILBOXES, '--now', NOW, '--json');
        expect(r.code).toBe(0);
        const j = JSON.parse(r.stdout);
        expect(j.assessedAt).toBe('2018-12-03T15:25:00.000Z');
        expect(j.summary.total).toBe(16);
        expect(Object.fromEntries(j.mailboxes.map((m: { name: string; health: string }) => [m.name, m.health]))).toEqual({
            'Adele Vance': 'healthy',
            'Contoso Support': 'healthy',
            'Alex Wilber': 'failing',
            'Diego Siciliani': 'disabled',
            'Grady Archie': 'degraded',
            'Henrietta Mueller': 'approval-pending',
            'Isaiah Langer': 'approval-rejected',
            'Johanna Lorenz': 'test-pending',
            'Lee Gu': 'not-enabled',
            'Lidia Holloway': 'stuck',
            'Megan Bowen': 'overdue',
            'Miriam Graham': 'misconfigured',
            'Nestor Wilke': 'inactive',
            'Patti Fernandez': 'not-configured',
            'Pradeep Gupta': 'awaiting-first-sync',
            'Lynne Robbins': 'healthy',
        });
        const diego = j.mailboxes.find((m: { name: string }) => m.name === 'Diego Siciliani');
        expect(diego.errors[0]).toMatchObject({ code: 'Http401', class: 'permanent', hresult: -2147097998, hresultHex: '0x8005E272' });
        // The core's totals and each mailbox's single advice, as the control shows them.
        expect(j.totals.failing).toEqual({ certain: 1, open: 0 });
        expect(diego.advice).toMatchObject({ action: 'error', errorCode: 'Http401', key: 'Error_Http401_Action' });
        expect(j.mailboxes.find((m: { name: string }) => m.name === 'Alex Wilber').advice).toMatchObject({ action: 'wait-retrying', retriesLeft: 6 });
    });

    it('prints CSV with a header and one row per mailbox', () => {
        const r = cli('assess', MAILBOXES, '--now', NOW, '--csv');
        expect(r.code).toBe(0);
        const rows = r.stdout.trimEnd().split('\r\n');
        expect(rows.length).toBe(17);
        expect(rows[0]).toBe(
            'mailboxId,name,emailAddress,profileName,health,severity,undetermined,flags,due,nextProcessingAt,lastSuccessAt,lastErrorAt,lastErrorIsCurrent,consecutiveErrors,retriesLeft,errorCodes,' +
                'incomingTransientFailures,outgoingTransientFailures,actTransientFailures,incomingRetriesLeft,outgoingRetriesLeft,actRetriesLeft',
        );
        expect(rows[3]).toBe(
            '00000003-7c1e-4b2a-9f3d-5e6a7b8c9d0e,Alex Wilber,alexw@contoso.com,Microsoft Exchange Online,failing,error,,,scheduled,2018-12-03T15:28:00.000Z,2018-12-03T14:58:00.000Z,2018-12-03T15:20:00.000Z,true,4,6,Http503,,,,,,',
        );
    });

    it('neutralises spreadsheet formulas and quotes commas in CSV cells', () => {
        const file = tmpFile('formula.json', JSON.stringify([{ mailboxid: 'm1', name: "=HYPERLINK(\"http://x\",\"a, b\")", emailaddress: '+1@x.com' }]));
        const row = cli('assess', file, '--now', NOW, '--csv').stdout.split('\r\n')[1];
        expect(row.startsWith('m1,"\'=HYPERLINK(""http://x"",""a, b"")",\'+1@x.com,')).toBe(true);
    });

    it('accepts a bare array and says how many items were not records', () => {
        const file = tmpFile('bare.json', JSON.stringify([{ mailboxid: 'm1', name: 'One', statecode: 1 }, 42, 'x']));
        const r = cli('assess', file, '--now', NOW);
        expect(r.code).toBe(0);
        expect(r.stdout).toContain('1 mailbox, assessed at 2018-12-03 15:25:00 UTC');
        expect(r.stderr).toBe('mailbox-health: 2 items of the file are not mailbox records and were skipped.\n');
    });

    it('says an empty page holds no mailboxes', () => {
        const r = cli('assess', tmpFile('empty.json', '{"value": []}'), '--now', NOW);
        expect([r.code, r.stdout]).toEqual([0, '0 mailboxes, assessed at 2018-12-03 15:25:00 UTC\nThe file holds no mailboxes.\n']);
    });
});

describe('mailbox-health assess --fail-on', () => {
    it('exits 1 and names the states when a mailbox is in one of them', () => {
        const r = cli('assess', MAILBOXES, '--now', NOW, '--fail-on', 'failing,disabled');
        expect(r.code).toBe(1);
        expect(r.stderr).toBe('mailbox-health: 2 mailboxes in a --fail-on state (disabled, failing).\n');
        expect(r.stdout).toContain('16 mailboxes');
    });

    it('exits 0 when no mailbox is in those states', () => {
        const file = tmpFile('healthy.json', JSON.stringify({ value: [{ mailboxid: 'm1', statecode: 1 }] }));
        expect(cli('assess', file, '--now', NOW, '--fail-on=failing,disabled').code).toBe(0);
    });

    it('exits 2 for a state name that does not exist', () => {
        const r = cli('assess', MAILBOXES, '--fail-on', 'failing,broken');
        expect(r.code).toBe(2);
        expect(r.stderr).toMatch(/^mailbox-health: --fail-on: unknown state 'broken'\. Valid states: inactive, .*healthy\.\n$/);
    });
});

describe('mailbox-health on bad input', () => {
    const bad: readonly (readonly [string, readonly string[], RegExp])[] = [
        ['no command', [], /no command given/],
        ['an unknown command', ['repair', 'x'], /unknown command 'repair'/],
        ['a missing file argument', ['explain'], /explain needs a file/],
        ['a missing file', ['explain', 'nope.log'], /cannot read nope\.log: no such file/],
        ['a folder', ['assess', 'test'], /cannot read test: it is a folder/],
        ['bad JSON', ['assess', 'test/fixtures/logs/seed000.log'], /is not valid JSON/],
        ['JSON that is not mailboxes', ['assess', 'package.json'], /is not a Web API mailboxes response/],
        ['a bad --now', ['explain', 'test/fixtures/logs/seed000.log', '--now', '12/3/2018'], /--now needs an ISO-8601 date-time/],
        ['--now without a value', ['explain', 'test/fixtures/logs/seed000.log', '--now'], /option --now needs a value/],
        ['an unknown option', ['explain', 'test/fixtures/logs/seed000.log', '--csv'], /unknown option '--csv' for explain/],
        ['both --json and --csv', ['assess', 'x.json', '--json', '--csv'], /choose one of --json and --csv/],
        ['two files', ['explain', 'a.log', 'b.log'], /unexpected argument 'b\.log'/],
    ];

    it.each(bad)('prints one clear line on stderr and exits 2 for %s', (_what, args, message) => {
        const r = cli(...args);
        expect(r.code).toBe(2);
        expect(r.stdout).toBe('');
        expect(r.stderr).toMatch(message);
        expect(r.stderr.split('\n')).toEqual([expect.stringMatching(/^mailbox-health: /), '']);
    });
});

describe('mailbox-health --help', () => {
    it('prints the usage of both commands and exits 0', () => {
        for (const args of [['--help'], ['-h'], ['explain', '--help'], ['assess', 'x', '--help']]) {
            const r = cli(...args);
            expect(r.code).toBe(0);
            expect(r.stdout).toContain('mailbox-health explain <file.log> [--now <ISO>] [--json]');
            expect(r.stdout).toContain('mailbox-health assess <mailboxes.json> [--now <ISO>] [--json | --csv] [--fail-on <state,...>]');
            expect(r.stdout).toContain('States: inactive, not-configured,');
        }
    });
});

describe('bin/mailbox-health.js', () => {
    it('says in one line to run the build, and exits 2, when the compiled tool is missing', () => {
        const copy = path.join(tmp, 'unbuilt');
        fs.mkdirSync(path.join(copy, 'bin'), { recursive: true });
        fs.mkdirSync(path.join(copy, 'scripts', 'lib'), { recursive: true });
        fs.mkdirSync(path.join(copy, 'MailboxHealth', 'strings'), { recursive: true });
        fs.copyFileSync(BIN, path.join(copy, 'bin', 'mailbox-health.js'));
        fs.copyFileSync(path.join(ROOT, 'scripts', 'lib', 'resx.js'), path.join(copy, 'scripts', 'lib', 'resx.js'));
        fs.copyFileSync(path.join(ROOT, 'MailboxHealth', 'strings', 'MailboxHealth.1033.resx'), path.join(copy, 'MailboxHealth', 'strings', 'MailboxHealth.1033.resx'));
        const r = spawnSync(process.execPath, [path.join(copy, 'bin', 'mailbox-health.js'), '--help'], { encoding: 'utf8' });
        expect(r.status).toBe(2);
        expect(r.stdout).toBe('');
        expect(r.stderr).toBe('mailbox-health: not built yet: run `npm run build` (or `npm run build:cli`) first.\n');
    });

    it('runs as `npx mailbox-health` from the package folder (npm exec finds the package’s own bin)', () => {
        const r = spawnSync('npx', ['--no-install', 'mailbox-health', '--help'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
        expect(r.status).toBe(0);
        expect(r.stdout).toContain('mailbox-health explain <file.log>');
    });
});
