/** @jest-environment node */
import type { ErrorMatch, TraceEntry } from '../../MailboxHealth/core/types';
import { assessMailbox } from '../../MailboxHealth/core/assess';
import { matchErrorText, matchTraceEntry } from '../../MailboxHealth/core/errorCatalogue';
import { aMailbox, minutesFromNow, msFromNow, NOW, transientCounters } from '../builders/mailbox';

// The catalogue is another module's job: spy on it (real behaviour by default) to check what assess hands it.
jest.mock('../../MailboxHealth/core/errorCatalogue', () => {
    const actual = jest.requireActual('../../MailboxHealth/core/errorCatalogue');
    return { ...actual, matchErrorText: jest.fn(actual.matchErrorText), matchTraceEntry: jest.fn(actual.matchTraceEntry) };
});
const matchText = matchErrorText as jest.MockedFunction<typeof matchErrorText>;
const matchTrace = matchTraceEntry as jest.MockedFunction<typeof matchTraceEntry>;

beforeEach(() => {
    matchText.mockClear();
    matchTrace.mockClear();
});

const CURRENT = { lastsyncerroroccurredon: minutesFromNow(-1) };
/** transientfailurecount absent (the .log file, a view without it): retries left fall back to the version-1 estimate. */
const NO_COUNTERS = { transientfailurecount: undefined };

describe('assessMailbox: consecutive errors and retries left (§3.2 E3)', () => {
    it('gives the error count as consecutive errors when the last error is current', () => {
        const a = assessMailbox(aMailbox({ ...CURRENT, lastsyncerrorcount: 4 }), NOW);
        expect(a.lastErrorIsCurrent).toBe(true);
        expect(a.consecutiveErrors).toBe(4);
        expect(a.lastErrorAt).toBe(msFromNow(-1));
    });

    it('estimates retries left as 10 − consecutive errors while failing, only when transientfailurecount is unknown, and says it is an estimate (v2)', () => {
        const a = assessMailbox(aMailbox({ ...CURRENT, ...NO_COUNTERS, lastsyncerrorcount: 4 }), NOW);
        expect(a.retriesLeft).toBe(6);
        expect(a.reasons).toContainEqual({ code: 'retries-left-estimated', columns: ['lastsyncerrorcount'], value: 6 });
    });

    it('never estimates fewer than 0 retries left', () => {
        expect(assessMailbox(aMailbox({ ...CURRENT, ...NO_COUNTERS, lastsyncerrorcount: 14 }), NOW).retriesLeft).toBe(0);
    });

    it('estimates against maxTransientFailures when the organisation retries more or less often', () => {
        expect(assessMailbox(aMailbox({ ...CURRENT, ...NO_COUNTERS, lastsyncerrorcount: 4 }), NOW, { maxTransientFailures: 5 }).retriesLeft).toBe(1);
    });

    it('gives no estimate on a partly disabled mailbox: the fallback is only for failing (v2, was an estimate)', () => {
        const a = assessMailbox(aMailbox({ ...CURRENT, ...NO_COUNTERS, lastsyncerrorcount: 3, enabledforact: false, actstatus: 2 }), NOW);
        expect(a.health).toBe('degraded');
        expect(a.retriesLeft).toBeNull();
    });

    it('estimates 0 retries for a permanent error and none for a configuration error (v2)', () => {
        matchText.mockReturnValueOnce({ code: 'x', class: 'permanent', workload: null, action: 'a', source: 'lastsyncerror', text: 'x', at: null });
        expect(assessMailbox(aMailbox({ ...CURRENT, ...NO_COUNTERS, lastsyncerrorcount: 2, lastsyncerror: 'x' }), NOW).retriesLeft).toBe(0);
        matchText.mockReturnValueOnce({ code: 'y', class: 'config', workload: null, action: 'a', source: 'lastsyncerror', text: 'y', at: null });
        expect(assessMailbox(aMailbox({ ...CURRENT, ...NO_COUNTERS, lastsyncerrorcount: 2, lastsyncerror: 'y' }), NOW).retriesLeft).toBeNull();
    });

    it('gives no retries left on a disabled mailbox: the retries are over', () => {
        const a = assessMailbox(
            aMailbox({ ...CURRENT, lastsyncerrorcount: 10, enabledforincomingemail: false, incomingemailstatus: 2, enabledforoutgoingemail: false, outgoingemailstatus: 2, enabledforact: false, actstatus: 2 }),
            NOW,
        );
        expect(a.health).toBe('disabled');
        expect(a.consecutiveErrors).toBe(10);
        expect(a.retriesLeft).toBeNull();
    });

    it('gives 0 consecutive errors and no retries when the last error is older than the last success (seed 000, C7)', () => {
        const a = assessMailbox(aMailbox({ lastsyncerrorcount: 3, lastsyncerroroccurredon: minutesFromNow(-600) }), NOW);
        expect(a.lastErrorIsCurrent).toBe(false);
        expect(a.consecutiveErrors).toBe(0);
        expect(a.retriesLeft).toBeNull();
        expect(a.reasons).toContainEqual({ code: 'last-error-not-current', columns: ['lastsyncerroroccurredon', 'lastsuccessfulsynccompletedon'] });
    });

    it('counts an error as current when the mailbox never synced successfully', () => {
        const a = assessMailbox(aMailbox({ ...CURRENT, ...NO_COUNTERS, lastsyncerrorcount: 1, lastsuccessfulsynccompletedon: null }), NOW);
        expect(a.lastErrorIsCurrent).toBe(true);
        expect(a.retriesLeft).toBe(9);
    });

    it('counts an error with an empty error time as current: the platform clears the error columns on success (v2)', () => {
        const a = assessMailbox(aMailbox({ lastsyncerrorcount: 2, lastsyncerroroccurredon: null }), NOW);
        expect(a.health).toBe('failing');
        expect(a.lastErrorIsCurrent).toBe(true);
        expect(a.consecutiveErrors).toBe(2);
        expect(a.undetermined).toEqual([]);
    });

    it('never is failing with 0 consecutive errors or a last error that is not current: one condition decides all three (v2)', () => {
        for (const errorAt of [null, minutesFromNow(-1), minutesFromNow(-600)]) {
            const a = assessMailbox(aMailbox({ lastsyncerrorcount: 3, lastsyncerroroccurredon: errorAt }), NOW);
            expect(a.health === 'failing').toBe(a.lastErrorIsCurrent);
            expect(a.consecutiveErrors > 0).toBe(a.lastErrorIsCurrent);
        }
    });

    it('lets a failed last cycle (mailboxstatus = 2) settle a counted error whose time is unknown (v2)', () => {
        const a = assessMailbox(aMailbox({ lastsyncerrorcount: 2, lastsyncerroroccurredon: undefined, mailboxstatus: 2 }), NOW);
        expect(a.health).toBe('failing');
        expect(a.undetermined).toEqual([]);
    });

    it('does not call an error current while the count is unknown or 0', () => {
        expect(assessMailbox(aMailbox({ ...CURRENT, lastsyncerrorcount: undefined }), NOW).lastErrorIsCurrent).toBe(false);
        expect(assessMailbox(aMailbox({ ...CURRENT, lastsyncerrorcount: 0 }), NOW).lastErrorIsCurrent).toBe(false);
    });
});

describe('assessMailbox: per-workload retry counters from transientfailurecount (v2)', () => {
    it('decodes outgoing from bits 24–27, incoming from 20–23 and ACT from 16–19', () => {
        const a = assessMailbox(aMailbox({ transientfailurecount: transientCounters({ outgoing: 1, incoming: 3, act: 7 }) }), NOW);
        expect([a.workloads.incoming.transientFailures, a.workloads.outgoing.transientFailures, a.workloads.act.transientFailures]).toEqual([3, 1, 7]);
        expect([a.workloads.incoming.retriesLeft, a.workloads.outgoing.retriesLeft, a.workloads.act.retriesLeft]).toEqual([7, 9, 3]);
    });

    it('gives the mailbox the least retries left of its workloads, naming the workload', () => {
        const a = assessMailbox(aMailbox({ transientfailurecount: transientCounters({ incoming: 3, act: 7 }) }), NOW);
        expect(a.retriesLeft).toBe(3);
        expect(a.reasons).toContainEqual({ code: 'retries-left', columns: ['transientfailurecount'], workload: 'act', value: 3 });
    });

    it('reads 15 as a permanent failure with no retries left', () => {
        const a = assessMailbox(aMailbox({ transientfailurecount: transientCounters({ incoming: 15 }), enabledforincomingemail: false, incomingemailstatus: 2 }), NOW);
        expect(a.workloads.incoming.transientFailures).toBe('permanent');
        expect(a.workloads.incoming.retriesLeft).toBe(0);
        expect(a.retriesLeft).toBe(0);
        expect(a.workloads.incoming.reasons).toContainEqual({ code: 'workload-failed-permanently', columns: ['transientfailurecount'], workload: 'incoming' });
    });

    it('gives 0 failures and no retries left when the counters are 0, even while failing (no estimate beside a known counter)', () => {
        const a = assessMailbox(aMailbox({ ...CURRENT, lastsyncerrorcount: 2 }), NOW);
        expect(a.workloads.incoming.transientFailures).toBe(0);
        expect(a.workloads.incoming.retriesLeft).toBeNull();
        expect(a.retriesLeft).toBeNull();
    });

    it('counts retries only while the workload is enabled', () => {
        const a = assessMailbox(aMailbox({ transientfailurecount: transientCounters({ act: 4 }), enabledforact: false, actstatus: 1 }), NOW);
        expect(a.workloads.act.transientFailures).toBe(4);
        expect(a.workloads.act.retriesLeft).toBeNull();
    });

    it('honours maxTransientFailures, capped at 15', () => {
        const row = aMailbox({ transientfailurecount: transientCounters({ incoming: 3 }) });
        expect(assessMailbox(row, NOW, { maxTransientFailures: 5 }).retriesLeft).toBe(2);
        expect(assessMailbox(row, NOW, { maxTransientFailures: 40 }).retriesLeft).toBe(12);
    });

    it('gives no counter to a workload that does not use server-side sync', () => {
        const a = assessMailbox(aMailbox({ actdeliverymethod: 2, transientfailurecount: transientCounters({ act: 5 }) }), NOW);
        expect(a.workloads.act.transientFailures).toBeNull();
        expect(a.retriesLeft).toBeNull();
    });

    it.each([
        [-1, 'unknown-option'],
        [2.5, 'unknown-option'],
        ['3145728', 'wrong-type'],
    ])('reads a bad transientfailurecount (%p) as unknown with a data issue, never a crash', (value, code) => {
        const a = assessMailbox(aMailbox({ transientfailurecount: value }), NOW);
        expect(a.dataIssues).toEqual([{ column: 'transientfailurecount', code, raw: String(value) }]);
        expect(a.workloads.incoming.transientFailures).toBeNull();
        expect(a.health).toBe('healthy');
    });
});

describe('assessMailbox: errors from the catalogue (§6)', () => {
    it('asks nothing of the catalogue when there is no error text, code or trace', () => {
        const a = assessMailbox(aMailbox(), NOW);
        expect(a.errors).toEqual([]);
        expect(matchText).not.toHaveBeenCalled();
    });

    it('hands lastsyncerror and lastsyncerrorcode to matchErrorText with their time', () => {
        const text = 'Http server returned 401 Unauthorized exception.';
        assessMailbox(aMailbox({ ...CURRENT, lastsyncerrorcount: 1, lastsyncerror: text, lastsyncerrorcode: -2147097998 }), NOW);
        expect(matchText).toHaveBeenCalledWith({ text, code: -2147097998, source: 'lastsyncerror', at: msFromNow(-1) });
    });

    it('hands a code without a text to the catalogue', () => {
        assessMailbox(aMailbox({ lastsyncerrorcode: -2147220891, lastsyncerroroccurredon: null }), NOW);
        expect(matchText).toHaveBeenCalledWith({ text: null, code: -2147220891, source: 'lastsyncerror', at: null });
    });

    it('puts the catalogue match of the last error first, then the traces in order', () => {
        const fromText: ErrorMatch = { code: 'http-401', class: 'permanent', workload: null, action: 'fix-credentials', source: 'lastsyncerror', text: 'x', at: 1 };
        const fromTrace: ErrorMatch = { code: 'http-503', class: 'transient', workload: 'incoming', action: 'wait', source: 'tracelog', text: 'y', at: 2 };
        matchText.mockReturnValueOnce(fromText);
        matchTrace.mockReturnValueOnce(fromTrace).mockReturnValueOnce(null);
        const traces: TraceEntry[] = [{ errortypedisplay: 'IncomingEmailServerServiceError' }, { text: '' }];
        const a = assessMailbox(aMailbox({ lastsyncerror: 'x' }), NOW, {}, { traces });
        expect(a.errors).toEqual([fromText, fromTrace]);
        expect(matchTrace).toHaveBeenCalledTimes(2);
    });

    it('keeps a text visible as unknown when the catalogue throws', () => {
        matchText.mockImplementationOnce(() => {
            throw new Error('catalogue bug');
        });
        const a = assessMailbox(aMailbox({ lastsyncerror: 'Something odd', lastsyncerroroccurredon: minutesFromNow(-2) }), NOW);
        expect(a.errors).toEqual([
            { code: 'unknown', class: 'unknown', workload: null, action: 'report-to-support', source: 'lastsyncerror', at: msFromNow(-2), text: 'Something odd' },
        ]);
    });

    it('keeps a trace visible as unknown, at its last occurrence, when the catalogue throws on it', () => {
        matchTrace.mockImplementationOnce(() => {
            throw new Error('catalogue bug');
        });
        const traces: TraceEntry[] = [{ errordetails: 'odd', createdon: '2018-12-01T00:00:00Z', modifiedon: '2018-12-03T15:00:00Z' }];
        const a = assessMailbox(aMailbox(), NOW, {}, { traces });
        expect(a.errors).toEqual([
            { code: 'unknown', class: 'unknown', workload: null, action: 'report-to-support', source: 'tracelog', at: Date.parse('2018-12-03T15:00:00Z'), text: 'odd' },
        ]);
    });

    it('skips trace entries that are not objects and a traces value that is not a list', () => {
        const a = assessMailbox(aMailbox(), NOW, {}, { traces: [null, 3] as never });
        expect(a.errors).toEqual([]);
        expect(assessMailbox(aMailbox(), NOW, {}, { traces: 'x' as never }).errors).toEqual([]);
    });

    it("explains seed 000's three trace entries with the real catalogue, all transient", () => {
        const traces: TraceEntry[] = [
            {
                tracecode: 126,
                errortypedisplay: 'ExchangeSyncServerServiceError',
                errordetails: 'T:391\nActivityId: a2559263-94de-4886-bc28-5fc7511d4f5f\n>Exception : Unhandled exception:\nException type: System.Net.WebException\nMessage: The remote server returned an error: (503) Server Unavailable.',
            },
            {
                tracecode: 2,
                errortypedisplay: 'UnknownIncomingEmailIntegrationError',
                errordetails: 'ActivityId: 08657d6f-7e7b-424c-a974-6de3d4le2ae4a\n>Error : ?Mailbox move in progress. Try again later., Cannot open mailbox.ErrorMailboxMoveInProgress0',
            },
            {
                tracecode: 52,
                errortypedisplay: 'IncomingEmailServerServiceError',
                errordetails: 'ActivityId: b66413dd-c51e-43d1-9404-adb044abf655\n>Error : System.Net.WebException: The request failed with HTTP status 503: Service Unavailable.',
            },
        ];
        const a = assessMailbox(aMailbox(), NOW, {}, { traces });
        expect(a.health).toBe('healthy');
        expect(a.errors.map((e) => [e.class, e.workload, e.source])).toEqual([
            ['transient', 'act', 'tracelog'],
            ['transient', 'incoming', 'tracelog'],
            ['transient', 'incoming', 'tracelog'],
        ]);
        expect(a.errors.every((e) => e.code !== 'unknown')).toBe(true);
    });
});
