/** @jest-environment node */
import { assessMailbox } from '../../MailboxHealth/core/assess';
import { REQUIRED_COLUMNS, RULE_COLUMNS } from '../../MailboxHealth/core/columns';
import { HEALTH_STATES, MAILBOX_COLUMNS } from '../../MailboxHealth/core/types';
import { aMailbox, anExchangeOnlineProfile, NOW } from '../builders/mailbox';

/** Assesses a row through a proxy and returns the columns the core read. */
function columnsRead(row: Record<string, unknown>): Set<string> {
    const read = new Set<string>();
    const proxy = new Proxy(row, {
        get(target, key) {
            if (typeof key === 'string') read.add(key);
            return target[key as string];
        },
    });
    assessMailbox(proxy as never, NOW, {}, { profile: anExchangeOnlineProfile() });
    return read;
}

describe('REQUIRED_COLUMNS', () => {
    it('is exactly the set of columns the core reads from a row', () => {
        // with an error text and a scheduled Test & Enable, so that the error and Test & Enable columns are read too
        expect([...columnsRead({ ...aMailbox(), lastsyncerror: 'x', testemailconfigurationscheduled: true })].sort()).toEqual([...REQUIRED_COLUMNS].sort());
    });

    it('keeps MAILBOX_COLUMNS order and contains every rule column', () => {
        expect(REQUIRED_COLUMNS).toEqual(MAILBOX_COLUMNS.filter((c) => REQUIRED_COLUMNS.includes(c)));
        for (const s of HEALTH_STATES) for (const c of RULE_COLUMNS[s]) expect(REQUIRED_COLUMNS).toContain(c);
    });
});

describe('RULE_COLUMNS', () => {
    it('names the columns of each rule', () => {
        expect(RULE_COLUMNS.inactive).toEqual(['statecode', 'statuscode']); // v2: statuscode = 2 when statecode is unknown
        expect(RULE_COLUMNS.misconfigured).toEqual(['emailserverprofile']);
        expect(RULE_COLUMNS.failing).toEqual(['lastsyncerrorcount', 'lastsyncerroroccurredon', 'lastsuccessfulsynccompletedon']);
        expect(RULE_COLUMNS.overdue).toEqual(['processingstatecode', 'postponemailboxprocessinguntil']);
        expect(RULE_COLUMNS.disabled).toHaveLength(9);
        expect(RULE_COLUMNS.healthy).toEqual([]);
    });

    it('never worsens the verdict when a rule column is missing, and names the column whenever a state is left open', () => {
        const open: string[] = [];
        for (const state of HEALTH_STATES) {
            for (const column of RULE_COLUMNS[state]) {
                const a = assessMailbox(aMailbox({ [column]: undefined }), NOW);
                expect({ column, health: a.health }).toEqual({ column, health: 'healthy' });
                if (a.undetermined.length > 0) {
                    expect(a.unknownColumns).toEqual([column]);
                    open.push(column);
                } else expect(a.unknownColumns).toEqual([]);
            }
        }
        // On this healthy row some absences leave nothing open, because the other columns settle the rule anyway:
        // a delivery method or enabled flag (the workload is enabled either way, or not configured), the error count
        // or time (the last error is older than the last success), the lock columns (a 2-minute-old cycle, next
        // processing still ahead). Every other rule column leaves its state open.
        expect(new Set(open)).toEqual(
            new Set([
                'statecode',
                'emailserverprofile',
                'emailrouteraccessapproval',
                'testemailconfigurationscheduled',
                'incomingemailstatus',
                'outgoingemailstatus',
                'actstatus',
                'postponemailboxprocessinguntil',
                'lastsuccessfulsynccompletedon',
            ]),
        );
    });
});
