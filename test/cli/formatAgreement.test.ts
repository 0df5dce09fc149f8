/**
 * The control and the CLI say the same thing about the same instant: both formatters fill core/relativeTime.ts's
 * decision with the one resx, each through its own string reader (the view's test reader, the CLI's loadStrings).
 */
import * as cli from '../../cli/format';
import { loadStrings } from '../../cli/strings';
import * as view from '../../MailboxHealth/view/format';
import { strings } from '../view/mailbox/support';

const t = loadStrings();
const NOW = Date.UTC(2018, 11, 3, 15, 23, 37);
const S = 1000;
const MIN = 60 * S;
const H = 60 * MIN;
const D = 24 * H;
const DELTAS = [0, 400, 29 * S, 30 * S, 31 * S, 45 * S, 83 * S, 90 * S, 181 * S, 59 * MIN, 59 * MIN + 30 * S, 125 * MIN, 10 * H + 5 * MIN, 23 * H, 23 * H + 30 * MIN, 27 * H, 3 * D, 12 * D + 5 * H, 400 * D];

describe('relative times and durations: the control and the CLI agree', () => {
    it.each(DELTAS.flatMap((d) => (d === 0 ? [0] : [d, -d])))('prints the same phrase for an instant %p ms from now', (delta) => {
        const phrase = view.formatRelative(NOW + delta, NOW, strings);
        expect(cli.formatRelative(NOW + delta, NOW, t)).toBe(phrase);
        expect(phrase).not.toMatch(/Time_|\{\d\}/);
    });

    it.each(DELTAS)('prints the same duration for %p ms', (ms) => {
        expect(cli.formatDuration(ms, t)).toBe(view.formatDuration(ms, strings));
    });

    it('prints the same UTC time', () => {
        for (const ms of [NOW, NOW + 997, Date.UTC(9999, 11, 31, 23, 59, 59, 997), Date.parse('0050-01-01T00:00:00Z')]) {
            expect(cli.formatUtc(ms)).toBe(view.formatUtc(ms, strings));
        }
    });

    it('reads as the policy says at its edges', () => {
        const say = (delta: number): string => cli.formatRelative(NOW + delta, NOW, t);
        expect([29 * S, -29 * S, 30 * S, -31 * S, 59 * MIN, -(59 * MIN + 30 * S), 23 * H, -(23 * H + 30 * MIN), -3 * D, 36 * H].map(say)).toEqual([
            'now',
            'now',
            'in 1 min',
            '1 min ago',
            'in 59 min',
            '1 h ago',
            'in 23 h',
            '1 d ago',
            '3 d ago',
            'in 2 d',
        ]);
    });

    it('says so when there is no instant: "—" in the control, "?" in the CLI', () => {
        expect(view.formatRelative(null, NOW, strings)).toBe(strings('Label_NoValue'));
        expect(view.formatRelative(NaN, NOW, strings)).toBe(strings('Label_NoValue'));
        expect(cli.formatRelative(NaN, NOW, t)).toBe('?');
        expect(cli.formatDuration(NaN, t)).toBe('?');
        expect(view.formatUtc(NaN, strings)).toBe(strings('Label_NoValue'));
        expect(view.formatLocal(NaN, strings)).toBe(strings('Label_NoValue'));
    });

    it('shows the local time in the user’s zone from the host, with its offset', () => {
        expect(view.formatLocal(NOW, strings, () => 60)).toBe('2018-12-03 16:23:37 (UTC+01:00)');
        expect(view.formatLocal(NOW, strings, () => -330)).toBe('2018-12-03 09:53:37 (UTC-05:30)');
    });
});
