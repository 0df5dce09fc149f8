import { assessMailbox } from '../../MailboxHealth/core';
import type { TraceEntry } from '../../MailboxHealth/core/types';
import { whyOf } from '../../MailboxHealth/core/why';
import type { Why } from '../../MailboxHealth/core/why';
import { whyErrorLabel, whySubject, whyWords } from '../../MailboxHealth/view/whyText';
import { aMailbox, minutesFromNow, NOW_MS, transientCounters } from '../builders/mailbox';
import { strings } from './fleetFixture';

const DAY = 24 * 60;

function failingOn503(count: number) {
    return assessMailbox(
        aMailbox({
            lastsyncerror: 'Email Server Error Code: Exchange server returned ServiceUnavailable (503) while sending email.',
            lastsyncerrorcount: count,
            transientfailurecount: transientCounters({ outgoing: count }),
            lastsyncerroroccurredon: minutesFromNow(-10),
            lastsuccessfulsynccompletedon: minutesFromNow(-60),
        }),
        NOW_MS,
    );
}

describe('whyWords: the Why cell in an admin\'s words', () => {
    it('says "Incoming disabled after 401 Unauthorized, 3 d ago"', () => {
        const traces: TraceEntry[] = [
            {
                tracelogid: 't1',
                level: 3,
                text: 'Email cannot be received for the mailbox because an authentication error occurred. The mailbox has been disabled for synchronizing mail.',
                errordetails: 'Http server returned 401 Unauthorized exception.',
                createdon: minutesFromNow(-3 * DAY),
                modifiedon: minutesFromNow(-3 * DAY),
            },
        ];
        const a = assessMailbox(aMailbox({ enabledforincomingemail: false, incomingemailstatus: 2 }), NOW_MS, {}, { traces });
        expect(whyWords(whyOf(a), NOW_MS, strings)).toEqual({ primary: 'Incoming disabled after 401 Unauthorized', detail: '3 d ago' });
    });

    it('says "Outgoing backing off after 503 Service Unavailable, 7 retries left"', () => {
        expect(whyWords(whyOf(failingOn503(3)), NOW_MS, strings)).toEqual({ primary: 'Outgoing backing off after 503 Service Unavailable', detail: '7 retries left · 10 min ago' });
    });

    it('counts one retry in the singular', () => {
        expect(whyWords(whyOf(failingOn503(9)), NOW_MS, strings).detail).toBe('1 retry left · 10 min ago');
    });

    it('says how many failures in a row once the retries are spent', () => {
        expect(whyWords(whyOf(failingOn503(10)), NOW_MS, strings)).toEqual({ primary: 'Outgoing failing after 503 Service Unavailable', detail: '10 failures in a row · 10 min ago' });
    });

    it('says "Every workload" when all three are disabled', () => {
        const a = assessMailbox(aMailbox({ enabledforincomingemail: false, incomingemailstatus: 2, enabledforoutgoingemail: false, outgoingemailstatus: 2, enabledforact: false, actstatus: 2 }), NOW_MS);
        expect(whyWords(whyOf(a), NOW_MS, strings).primary).toMatch(/^Every workload disabled/);
    });

    it('names a state without an error in plain words, with how long where it matters', () => {
        expect(whyWords(whyOf(assessMailbox(aMailbox({ emailserverprofile: null }), NOW_MS)), NOW_MS, strings).primary).toBe('No email server profile');
        expect(whyWords(whyOf(assessMailbox(aMailbox({ postponemailboxprocessinguntil: minutesFromNow(-130) }), NOW_MS)), NOW_MS, strings)).toEqual({ primary: 'Overdue by 2 h 10 min', detail: null });
    });

    it('says when a healthy mailbox last synced, and when a backing-off workload tries again', () => {
        expect(whyWords(whyOf(assessMailbox(aMailbox(), NOW_MS)), NOW_MS, strings).detail).toBe('last synced 2 min ago');
        const backoff = whyWords(whyOf(assessMailbox(aMailbox({ postponesendinguntil: minutesFromNow(120) }), NOW_MS)), NOW_MS, strings);
        expect(backoff).toEqual({ primary: 'Outgoing backing off', detail: 'next try in 2 h' });
    });

    it('adds how many columns keep a verdict from being settled', () => {
        const why: Why = { ...whyOf(assessMailbox(aMailbox(), NOW_MS)), unsettledColumns: 3 };
        expect(whyWords(why, NOW_MS, strings).detail).toMatch(/not settled: 3 columns missing from the view$/);
    });
});

describe('whyErrorLabel and whySubject', () => {
    const base = { code: 'x', errorClass: 'unknown' as const, httpStatus: null, exchangeError: null, errorType: null, hresultHex: null };

    it('prefers the HTTP status, then the Exchange error, the error type, the HRESULT, then the class', () => {
        expect(whyErrorLabel({ ...base, httpStatus: 418 }, strings)).toBe('HTTP 418');
        expect(whyErrorLabel({ ...base, exchangeError: 'ErrorMailboxMoveInProgress' }, strings)).toBe('ErrorMailboxMoveInProgress');
        expect(whyErrorLabel({ ...base, errorType: 'IncomingEmailServerServiceError' }, strings)).toBe('IncomingEmailServerServiceError');
        expect(whyErrorLabel({ ...base, hresultHex: '0x80040265' }, strings)).toBe('0x80040265');
        expect(whyErrorLabel(base, strings)).toBe('an unrecognised error');
    });

    it('says "Sync" when no workload can be told', () => {
        expect(whySubject([], strings)).toBe('Sync');
        expect(whySubject(['incoming', 'act'], strings)).toBe('Incoming, ACT');
    });
});
