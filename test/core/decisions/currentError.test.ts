import { newestErrorAlert, retriesAreEstimated, shownError } from '../../../MailboxHealth/core/decisions';
import { assessMailbox } from '../../../MailboxHealth/core/assess';
import { aMailbox, minutesFromNow, NOW, transientCounters } from '../../builders/mailbox';
import { anAssessed, anError, MINUTE, T0 } from '../../builders/assessment';

const alert = (code: string, at: number, level: number) => anError({ code, source: 'tracelog', level, at });

describe('newestErrorAlert', () => {
    it('is the newest warning or error alert, never an information alert (docs/evidence.md §2.3)', () => {
        const a = anAssessed({
            errors: [alert('ExchangeLicenseMissing', T0 - 30 * MINUTE, 3), alert('Http503', T0 - 10 * MINUTE, 2), alert('TrackingCategoryEnabled', T0 - MINUTE, 1), anError({ at: T0 })],
        });
        expect(newestErrorAlert(a)?.code).toBe('Http503');
    });

    it('is null without error alerts: the last sync error is no alert, an information alert no error', () => {
        expect(newestErrorAlert(anAssessed({ errors: [anError(), alert('TrackingCategoryEnabled', T0, 1)] }))).toBeNull();
    });
});

describe('shownError', () => {
    it('never shows an information alert as the last error', () => {
        expect(shownError(anAssessed({ errors: [alert('TrackingCategoryEnabled', T0, 1)] }))).toBeNull();
        expect(shownError(anAssessed({ errors: [alert('TrackingCategoryEnabled', T0, 1), alert('Http503', T0 - MINUTE, 2)] }))?.code).toBe('Http503');
    });
});

describe('retriesAreEstimated', () => {
    const failingRow = { lastsyncerroroccurredon: minutesFromNow(-1), lastsyncerrorcount: 4 };

    it('is true when the row has no transientfailurecount and the retries are the version-1 estimate (v2)', () => {
        expect(retriesAreEstimated(assessMailbox(aMailbox({ ...failingRow, transientfailurecount: undefined }), NOW))).toBe(true);
    });

    it('is false when the platform counted the retries per workload in transientfailurecount', () => {
        expect(retriesAreEstimated(assessMailbox(aMailbox({ ...failingRow, transientfailurecount: transientCounters({ incoming: 4 }) }), NOW))).toBe(false);
    });
});
