/** @jest-environment node */
import type { ErrorMatch, TraceEntry } from '../../MailboxHealth/core/types';
import { assessMailbox } from '../../MailboxHealth/core/assess';
import { matchErrorText, matchTraceEntry } from '../../MailboxHealth/core/errorCatalogue';
import { aMailbox, minutesFromNow, msFromNow, NOW } from '../builders/mailbox';

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

describe('assessMailbox: consecutive errors and retries left (§3.2 E3)', () => {
    it('gives the error count as consecutive errors when the last error is current', () => {
        const a = assessMailbox(aMailbox({ ...CURRENT, lastsyncerrorcount: 4 }), NOW);
        expect(a.lastErrorIsCurrent).toBe(true);
        expect(a.consecutiveErrors).toBe(4);
        expect(a.lastErrorAt).toBe(msFromNow(-1));
    });

    it('estimates retries left as 10 − consecutive errors while failing', () => {
        const a = assessMailbox(aMailbox({ ...CURRENT, lastsyncerrorcount: 4 }), NOW);
        expect(a.retriesLeft).toBe(6);
        expect(a.reasons).toContainEqual({ code: 'retries-left', columns: ['lastsyncerrorcount'], value: 6 });
    });

    it('never estimates fewer than 0 retries left', () => {
        expect(assessMailbox(aMailbox({ ...CURRENT, lastsyncerrorcount: 14 }), NOW).retriesLeft).toBe(0);
    });

    it('estimates retries left on a partly disabled mailbox whose enabled workloads keep failing', () => {
        const a = assessMailbox(aMailbox({ ...CURRENT, lastsyncerrorcount: 3, enabledforact: false, actstatus: 2 }), NOW);
        expect(a.health).toBe('degraded');
        expect(a.retriesLeft).toBe(7);
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
        const a = assessMailbox(aMailbox({ ...CURRENT, lastsyncerrorcount: 1, lastsuccessfulsynccompletedon: null }), NOW);
        expect(a.lastErrorIsCurrent).toBe(true);
        expect(a.retriesLeft).toBe(9);
    });

    it('does not call an error current while the count is unknown or 0', () => {
        expect(assessMailbox(aMailbox({ ...CURRENT, lastsyncerrorcount: undefined }), NOW).lastErrorIsCurrent).toBe(false);
        expect(assessMailbox(aMailbox({ ...CURRENT, lastsyncerrorcount: 0 }), NOW).lastErrorIsCurrent).toBe(false);
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
