/** @jest-environment node */
import * as fs from 'fs';
import * as path from 'path';
import { assessMailbox } from '../../MailboxHealth/core/assess';
import { REASON_CODES } from '../../MailboxHealth/core/reasons';
import type { MailboxAssessment, Reason } from '../../MailboxHealth/core/types';
import { DUE_STATES, FLAGS, HEALTH_STATES, SEVERITIES, WORKLOAD_STATES, WORKLOADS } from '../../MailboxHealth/core/types';
import { parseResx } from '../../scripts/lib/resx';
import { aMailbox, anExchangeOnlineProfile, minutesFromNow, NOW, transientCounters } from '../builders/mailbox';

const resx = parseResx(fs.readFileSync(path.join(__dirname, '../../MailboxHealth/strings/MailboxHealth.1033.resx'), 'utf8'));

/** Rows that between them produce most reason codes, with and without values and workloads. */
function sampleAssessments(): MailboxAssessment[] {
    const dis = { enabledforincomingemail: false, incomingemailstatus: 2 };
    const rows = [
        aMailbox(),
        aMailbox({ statecode: 1 }),
        aMailbox({ incomingemaildeliverymethod: 3, outgoingemaildeliverymethod: null, actdeliverymethod: 2 }),
        aMailbox({ emailserverprofile: null }),
        aMailbox({ emailrouteraccessapproval: 3 }),
        aMailbox({ emailrouteraccessapproval: 2 }),
        aMailbox({ testemailconfigurationscheduled: true }),
        aMailbox({ ...dis, enabledforoutgoingemail: false, outgoingemailstatus: 2, enabledforact: false, actstatus: 2 }),
        aMailbox({ ...dis, enabledforoutgoingemail: false, outgoingemailstatus: 1, enabledforact: false, actstatus: 0 }),
        aMailbox({ ...dis, lastsyncerrorcount: 2, lastsyncerroroccurredon: minutesFromNow(-1) }),
        aMailbox({ enabledforincomingemail: true, incomingemailstatus: 2, outgoingemaildeliverymethod: 0, actdeliverymethod: 2 }),
        aMailbox({ enabledforincomingemail: true, incomingemailstatus: 0, enabledforoutgoingemail: false, outgoingemailstatus: 0, actdeliverymethod: 2 }),
        aMailbox({ processingstatecode: 1, processinglastattemptedon: minutesFromNow(-90), hostid: 'H' }),
        aMailbox({ processingstatecode: 7, lastsyncerrorcount: 3, lastsyncerroroccurredon: minutesFromNow(-1) }),
        aMailbox({ processingstatecode: null, postponemailboxprocessinguntil: minutesFromNow(-40) }),
        aMailbox({ postponemailboxprocessinguntil: minutesFromNow(-5), lastsuccessfulsynccompletedon: null }),
        aMailbox({ postponemailboxprocessinguntil: '9999-12-31T23:59:59.997Z', lastsuccessfulsynccompletedon: minutesFromNow(-3000) }),
        aMailbox({ postponemailboxprocessinguntil: undefined, noemailcount: 30, itemsfailedforlastsync: 2, forcedunlockcount: 1 }),
        aMailbox({ receivingpostponeduntil: minutesFromNow(30), postponesendinguntil: minutesFromNow(6), receivingpostponeduntilforact: '9999-12-31T23:59:59.997Z' }),
        aMailbox({ enabledforact: true, actstatus: 0, incomingemailstatus: undefined, enabledforoutgoingemail: undefined, actdeliverymethod: undefined }),
        aMailbox({ isemailaddressapprovedbyo365admin: false, receivingpostponeduntil: undefined }),
        // version 2
        aMailbox({ statecode: undefined, statuscode: 2 }),
        aMailbox({ testemailconfigurationscheduled: true, testemailconfigurationretrycount: 2, outgoingemailstatus: 2 }),
        aMailbox({ processingstatecode: 1, processinglastattemptedon: minutesFromNow(-90), modifiedon: undefined }),
        aMailbox({ processingstatecode: 1, processinglastattemptedon: minutesFromNow(-90), modifiedon: minutesFromNow(-89) }),
        aMailbox({ lastsyncerrorcount: 2, lastsyncerroroccurredon: minutesFromNow(-1), transientfailurecount: undefined }),
        aMailbox({ transientfailurecount: transientCounters({ incoming: 3, act: 15 }), enabledforact: false, actstatus: 2 }),
        aMailbox({ postponemailboxprocessinguntil: new Date(Date.UTC(1900, 0, 1)), postponesendinguntil: '9999-12-31T23:59:59.997Z' }),
    ];
    const profile = anExchangeOnlineProfile({ useautodiscover: false, incominguseimpersonation: true, outgoingcredentialretrieval: 1 });
    const inactiveProfile = assessMailbox(aMailbox(), NOW, {}, { profile: anExchangeOnlineProfile({ statecode: 1 }) });
    return [...rows.map((r) => assessMailbox(r, NOW, {}, { profile })), inactiveProfile];
}

function allReasons(a: MailboxAssessment): Reason[] {
    return [...a.reasons, ...WORKLOADS.flatMap((w) => a.workloads[w].reasons)];
}

describe('REASON_CODES', () => {
    it('has no duplicates', () => {
        expect(new Set(REASON_CODES).size).toBe(REASON_CODES.length);
    });

    it('has a sentence in the string table for every code', () => {
        expect(REASON_CODES.filter((c) => !resx.has(`Reason_${c}`))).toEqual([]);
    });

    it('covers every code the samples emit, and the samples emit most codes', () => {
        const emitted = new Set(sampleAssessments().flatMap(allReasons).map((r) => r.code));
        expect([...emitted].filter((c) => !(REASON_CODES as readonly string[]).includes(c))).toEqual([]);
        expect(emitted.size).toBeGreaterThanOrEqual(REASON_CODES.length - 3);
    });

    it('has {0} in the sentence of every reason emitted with a value, and {1} for every reason that names a workload', () => {
        const missing: string[] = [];
        for (const r of sampleAssessments().flatMap(allReasons)) {
            // A counted value is said by the plural pair (view/mailbox/text.ts); the plain sentence is its count-free form.
            const sentence = resx.get(`Reason_${r.code}_Other`) ?? resx.get(`Reason_${r.code}`) ?? '';
            if (r.value !== undefined && !sentence.includes('{0}')) missing.push(`${r.code} {0}`);
            if (r.workload !== undefined && !sentence.includes('{1}')) missing.push(`${r.code} {1}`);
        }
        expect([...new Set(missing)]).toEqual([]);
    });
});

describe('the string table for the core vocabulary', () => {
    it('has a name, a description and an action for every health state', () => {
        const keys = HEALTH_STATES.flatMap((s) => [`State_${s}`, `State_${s}_Description`, `State_${s}_Action`]);
        expect(keys.filter((k) => !resx.has(k))).toEqual([]);
    });

    it('has a name and a description for every flag', () => {
        expect(FLAGS.flatMap((f) => [`Flag_${f}`, `Flag_${f}_Description`]).filter((k) => !resx.has(k))).toEqual([]);
    });

    it('has a word for every severity, due state, workload and workload state', () => {
        const keys = [
            ...SEVERITIES.map((s) => `Severity_${s}`),
            ...DUE_STATES.map((d) => `Due_${d}`),
            ...WORKLOADS.map((w) => `Workload_${w}`),
            ...WORKLOAD_STATES.map((s) => `WorkloadState_${s}`),
        ];
        expect(keys.filter((k) => !resx.has(k))).toEqual([]);
    });
});
