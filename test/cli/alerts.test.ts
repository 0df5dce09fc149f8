/** @jest-environment node */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { run, type Io } from '../../cli/main';

const TRACES = path.join(__dirname, '..', 'fixtures', 'webapi', 'traces.json');
const UNTIL = '2026-11-26T09:00:00Z';
const CLOCK = Date.parse('2030-01-01T00:00:00Z');

function cli(...argv: string[]): { code: number; out: string; err: string } {
    let out = '';
    let err = '';
    const io: Io = { out: (s) => void (out += s), err: (s) => void (err += s), clock: () => CLOCK };
    const code = run(argv, io);
    return { code, out, err };
}

let tmp: string;
beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mailbox-health-alerts-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function tmpFile(name: string, content: string): string {
    const file = path.join(tmp, name);
    fs.writeFileSync(file, content);
    return file;
}

describe('mailbox-health alerts on a Web API export', () => {
    it('groups the window’s alerts per error with counts, mailboxes and whether still happening (JSON)', () => {
        const r = cli('alerts', TRACES, '--until', UNTIL, '--json', '--fleet-size', '50');
        expect(r.err).toBe('');
        expect(r.code).toBe(0);
        const json = JSON.parse(r.out);
        expect(json.window).toEqual({ from: '2026-11-25T09:00:00.000Z', to: '2026-11-26T09:00:00.000Z', bucketMinutes: 60 });
        expect(json.errors.map((e: { code: string; class: string; count: number; mailboxes: number; stillHappening: boolean }) => [e.code, e.class, e.count, e.mailboxes, e.stillHappening])).toEqual([
            ['IncomingEmailServerServiceError', 'transient', 24, 12, false],
            ['InvalidSender', 'item', 6, 6, true],
            ['SecureChannelFailure', 'permanent', 3, 3, true],
        ]);
        expect(json.errors[0].fleetShare).toBe(0.24);
        expect(json).toMatchObject({ total: 33, mailboxes: 21, outsideWindow: 1, information: 1, skipped: 1 });
        expect(json.buckets).toHaveLength(24);
        expect(json.buckets[23].byClass).toEqual({ permanent: 3, config: 0, transient: 0, item: 1, unknown: 0 });
    });

    it('explains each error in words from the string table (text)', () => {
        const r = cli('alerts', TRACES, '--until', UNTIL);
        expect(r.code).toBe(0);
        expect(r.out).toContain('Mailbox alerts from 2026-11-25 09:00:00 UTC to 2026-11-26 09:00:00 UTC (hour)');
        expect(r.out).toContain('33 alerts on 21 mailboxes');
        expect(r.out).toMatch(/SecureChannelFailure \(Permanent.*\): 3 alerts on 3 mailboxes/);
        expect(r.out).toContain('still happening');
        expect(r.out).toContain('What to do: ');
        expect(r.out).not.toMatch(/Error_\w+_(Meaning|Action)/);
        expect(r.out.split('\n').filter((l) => /^ {2}\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC/.test(l))).toHaveLength(24);
    });

    it('writes one CSV row per error', () => {
        const r = cli('alerts', TRACES, '--until', UNTIL, '--csv');
        const lines = r.out.trim().split('\r\n');
        expect(lines[0]).toBe('code,errorType,class,workload,action,count,mailboxes,firstSeen,lastSeen,stillHappening,fleetShare');
        expect(lines).toHaveLength(4);
        expect(lines[1].startsWith('IncomingEmailServerServiceError,IncomingEmailServerServiceError,transient,incoming,wait,24,12,')).toBe(true);
    });

    it('reads a week in days with --since', () => {
        const json = JSON.parse(cli('alerts', TRACES, '--since', '2026-11-19T09:00:00Z', '--until', UNTIL, '--json').out);
        expect(json.window.bucketMinutes).toBe(24 * 60);
        expect(json.buckets).toHaveLength(7);
        expect(json.total).toBe(34);
    });

    it('exits 1 when alerts of a --fail-on class occurred, and says which', () => {
        const r = cli('alerts', TRACES, '--until', UNTIL, '--fail-on', 'config,permanent');
        expect(r.code).toBe(1);
        expect(r.err).toContain('permanent');
        expect(r.err).toContain('(3 alerts)');
    });

    it('exits 0 with --fail-on when none of those classes occurred', () => {
        expect(cli('alerts', TRACES, '--until', UNTIL, '--fail-on', 'config,unknown').code).toBe(0);
    });

    it('says when the window holds no alerts', () => {
        const r = cli('alerts', TRACES, '--until', '2026-10-01T00:00:00Z');
        expect(r.code).toBe(0);
        expect(r.out).toContain('No warnings or errors in this window.');
    });

    it('accepts a bare array as well as a value array', () => {
        const bare = tmpFile('bare.json', JSON.stringify(JSON.parse(fs.readFileSync(TRACES, 'utf8')).value));
        expect(JSON.parse(cli('alerts', bare, '--until', UNTIL, '--json').out).total).toBe(33);
    });

    it.each([
        [['alerts'], /needs a file/],
        [['alerts', TRACES, '--since', 'yesterday'], /--since 'yesterday' is not an ISO-8601 instant/],
        [['alerts', TRACES, '--since', '2026-11-27T00:00:00Z', '--until', UNTIL], /empty, reversed or longer than 31 days/],
        [['alerts', TRACES, '--fail-on', 'fatal'], /unknown class 'fatal'/],
        [['alerts', TRACES, '--fleet-size', '0'], /--fleet-size '0'/],
        [['alerts', TRACES, '--json', '--csv'], /./],
        [['alerts', TRACES, '--sideways'], /--sideways/],
        [['alerts', path.join(__dirname, 'no-such-file.json')], /no-such-file\.json/],
    ])('rejects bad input %j with one line on stderr and exit 2', (argv, message) => {
        const r = cli(...(argv as string[]));
        expect(r.code).toBe(2);
        expect(r.out).toBe('');
        expect(r.err.trim().split('\n')).toHaveLength(1);
        expect(r.err).toMatch(message);
    });

    it('rejects a file that is not JSON or not a list of records', () => {
        expect(cli('alerts', tmpFile('bad.json', '{"value": '), '--until', UNTIL).code).toBe(2);
        const r = cli('alerts', tmpFile('object.json', '{"count": 3}'), '--until', UNTIL);
        expect(r.code).toBe(2);
        expect(r.err).toContain('is not a Web API export of trace logs');
    });

    it('prints the help with the alerts command', () => {
        const r = cli('alerts', '--help');
        expect(r.code).toBe(0);
        expect(r.out).toContain('mailbox-health alerts <traces.json>');
    });
});
