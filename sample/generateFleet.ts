/**
 * The embedded sample fleet: a deterministic, seeded generator of realistic mailbox rows, email server profiles and
 * trace-log entries, with every time relative to a given "now". Pure: no clock, no DOM, no PCF. The harness, the
 * browser tests, the benchmarks and the unit tests all use it.
 *
 * Rows are keyed by Dataverse logical names with the raw values the PCF dataset gives (Date objects for date-times,
 * numbers for choices, booleans for two-options, GUID strings for ids). Every row carries every column of
 * MAILBOX_COLUMNS (null where empty), like a Web API read with a full $select.
 */
import type { ColumnValue, MailboxColumn, MailboxRow, ProfileRow, TraceEntry } from '../MailboxHealth/core/types';
import { TRANSIENT_FAILURE_PERMANENT, TRANSIENT_FAILURE_SHIFT } from '../MailboxHealth/core/vocabulary';
import { FLEET_MIX, scenarioCounts, type OwnerKind, type ProfileKey, type Scenario } from './fleetMix';
import { Random } from './random';
import { ERRORS, FIRST_NAMES, INFO, LAST_NAMES, QUEUES, REGIONS, SUBJECTS, type ErrorKey } from './sampleText';

export { FLEET_MIX, expectedStateCounts, scenarioByCode, scenarioCounts } from './fleetMix';
export type { Scenario } from './fleetMix';

export const DEFAULT_FLEET_SIZE = 50;
export const MAX_FLEET_SIZE = 100000;
export const DEFAULT_SEED = 1;

export interface FleetOptions {
    /** Number of mailboxes (default 50). */
    readonly size?: number;
    /** Seed of the random stream (default 1). The same seed, size and now give the same fleet. */
    readonly seed?: number;
    /** The instant every time is relative to (epoch ms or Date). */
    readonly now: number | Date;
}

export interface Fleet {
    readonly rows: MailboxRow[];
    readonly profiles: ProfileRow[];
    /** Trace-log entries per mailboxid, newest (modifiedon) first. */
    readonly traces: Map<string, TraceEntry[]>;
    /** The scenario code (FLEET_MIX) of rows[i]. */
    readonly scenarios: string[];
    /** `now` as epoch ms. */
    readonly now: number;
}

// Read once: global lookups are slow in sandboxes such as jest's vm context (see random.ts).
const DateCtor = Date;
const floor = Math.floor;

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** The "not scheduled" sentinel the platform writes into postponemailboxprocessinguntil (reference §2.7 T3). */
export const NOT_SCHEDULED = Date.UTC(9999, 11, 31, 23, 59, 59);

/** Fixed ids so that the profiles are the same in every fleet. */
export const PROFILE_IDS: Readonly<Record<Exclude<ProfileKey, 'none'>, string>> = {
    exo: '5f1c0b7e-3a2d-4e8b-9c61-0d2a7f4b9e01',
    hybrid: '8a47d2c3-6b19-4f05-a7e2-31c9d8e4f602',
    gmail: 'c3e9a1f4-2d7b-4c68-b015-9e6f3a2d7c03',
    'exo-legacy': 'e6b2f8d1-9c34-4a7e-8d53-7b1e0c9a4f04',
};

const PROFILE_NAMES: Readonly<Record<Exclude<ProfileKey, 'none'>, string>> = {
    exo: 'Microsoft Exchange Online',
    hybrid: 'Exchange Server (Hybrid) - HMA',
    gmail: 'Gmail (POP3/SMTP)',
    'exo-legacy': 'Exchange Online (legacy credentials)',
};

/** The four email server profiles (reference §2.2 option values). */
export function sampleProfiles(): ProfileRow[] {
    const base = {
        statecode: 0,
        useautodiscover: true,
        maxconcurrentconnections: 108,
        minpollingintervalinminutes: 0,
        incomingauthenticationprotocol: 0,
        outgoingauthenticationprotocol: 0,
        incominguseimpersonation: false,
        outgoinguseimpersonation: false,
        incomingusessl: true,
        outgoingusessl: true,
        incomingportnumber: 443,
        outgoingportnumber: 443,
        incomingserverlocation: null,
        outgoingserverlocation: null,
        sendemailalert: true,
    };
    return [
        // The default Exchange Online profile: servertype 0 with server-to-server authentication (seed 000).
        { ...base, emailserverprofileid: PROFILE_IDS.exo, name: PROFILE_NAMES.exo, servertype: 0, incomingcredentialretrieval: 2, outgoingcredentialretrieval: 2 },
        // On-premises Exchange through Hybrid Modern Auth, EWS URL set explicitly.
        {
            ...base,
            emailserverprofileid: PROFILE_IDS.hybrid,
            name: PROFILE_NAMES.hybrid,
            servertype: 2,
            useautodiscover: false,
            maxconcurrentconnections: 20,
            incomingauthenticationprotocol: 4,
            outgoingauthenticationprotocol: 4,
            incomingcredentialretrieval: 6,
            outgoingcredentialretrieval: 6,
            incomingserverlocation: 'https://mail.contoso.com/EWS/Exchange.asmx',
            outgoingserverlocation: 'https://mail.contoso.com/EWS/Exchange.asmx',
        },
        // Gmail over POP3 995 / SMTP 587 with Gmail OAuth (seed 002 → KB 3185281).
        {
            ...base,
            emailserverprofileid: PROFILE_IDS.gmail,
            name: PROFILE_NAMES.gmail,
            servertype: 1,
            useautodiscover: false,
            maxconcurrentconnections: 10,
            minpollingintervalinminutes: 5,
            incomingauthenticationprotocol: 4,
            outgoingauthenticationprotocol: 4,
            incomingcredentialretrieval: 5,
            outgoingcredentialretrieval: 5,
            incomingportnumber: 995,
            outgoingportnumber: 587,
            incomingserverlocation: 'pop.gmail.com',
            outgoingserverlocation: 'smtp.gmail.com',
            sendemailalert: false,
        },
        // Exchange Online with settings the 2023 docs call unsupported (§3.5 L7): no autodiscover, credentials in the
        // profile, impersonation.
        {
            ...base,
            emailserverprofileid: PROFILE_IDS['exo-legacy'],
            name: PROFILE_NAMES['exo-legacy'],
            servertype: 0,
            useautodiscover: false,
            incomingauthenticationprotocol: 3,
            outgoingauthenticationprotocol: 3,
            incomingcredentialretrieval: 1,
            outgoingcredentialretrieval: 1,
            incominguseimpersonation: true,
            outgoinguseimpersonation: true,
            incomingserverlocation: 'https://outlook.office365.com/EWS/Exchange.asmx',
            outgoingserverlocation: 'https://outlook.office365.com/EWS/Exchange.asmx',
            sendemailalert: false,
        },
    ];
}

type MutableRow = { -readonly [K in MailboxColumn]: ColumnValue };

/**
 * Generates a fleet.
 * @example generateFleet({ size: 50, seed: 1, now: Date.parse('2026-11-26T09:00:00Z') }).rows.length // 50
 */
export function generateFleet(options: FleetOptions): Fleet {
    const size = options.size ?? DEFAULT_FLEET_SIZE;
    if (!Number.isInteger(size) || size < 0 || size > MAX_FLEET_SIZE) {
        throw new RangeError(`fleet size must be a whole number from 0 to ${MAX_FLEET_SIZE}, not ${String(options.size)}`);
    }
    const now = options.now instanceof Date ? options.now.getTime() : options.now;
    if (typeof now !== 'number' || !Number.isFinite(now)) {
        throw new RangeError(`now must be a valid instant, not ${String(options.now)}`);
    }
    const seed = options.seed ?? DEFAULT_SEED;
    if (!Number.isFinite(seed)) throw new RangeError(`seed must be a number, not ${String(options.seed)}`);

    const counts = scenarioCounts(size);
    const order: number[] = [];
    counts.forEach((count, i) => {
        for (let k = 0; k < count; k++) order.push(i);
    });
    const rng = new Random(seed);
    rng.shuffle(order);

    const gen = new Generator(rng, now);
    const rows: MailboxRow[] = new Array(order.length);
    const scenarios: string[] = new Array(order.length);
    for (let i = 0; i < order.length; i++) {
        const scenario = FLEET_MIX[order[i]];
        rows[i] = gen.mailbox(scenario);
        scenarios[i] = scenario.code;
    }
    for (const list of gen.traces.values()) list.sort(byModifiedDesc);
    return { rows, profiles: sampleProfiles(), traces: gen.traces, scenarios, now };
}

function byModifiedDesc(a: TraceEntry, b: TraceEntry): number {
    return (b.modifiedon as Date).getTime() - (a.modifiedon as Date).getTime();
}

class Generator {
    public readonly traces = new Map<string, TraceEntry[]>();
    private readonly usedAddresses = new Map<string, number>();
    /** How often each first/last name pair was used, per domain (a Map of 100,000 addresses is slow). */
    private readonly personCounts = new Uint32Array(2 * FIRST_NAMES.length * LAST_NAMES.length);
    private queueIndex = 0;
    private forwardIndex = 0;

    public constructor(
        private readonly rng: Random,
        private readonly now: number,
    ) {}

    public mailbox(s: Scenario): MailboxRow {
        const row = emptyRow();
        row.mailboxid = this.rng.guid();
        this.identity(row, s.owner, s.profile);
        this.healthyCycle(row, s);
        this.apply(row, s);
        // never empty in Dataverse: a record nothing has touched since it was made keeps its creation time
        if (row.modifiedon === null) row.modifiedon = lastWrite(row) ?? this.at(-this.rng.int(1, 400) * DAY);
        return row;
    }

    /** An instant `offset` ms from now, on a whole second like Dataverse stores it. */
    private at(offset: number): Date {
        return new DateCtor(floor((this.now + offset) / SECOND) * SECOND);
    }

    private minutesAgo(min: number, max: number): number {
        return -this.rng.int(min * 60, max * 60) * SECOND;
    }

    private identity(row: MutableRow, owner: OwnerKind, profile: ProfileKey): void {
        const domain = profile === 'gmail' ? 'gmail.com' : 'contoso.com';
        if (owner === 'queue') {
            const [name, local] = QUEUES[this.queueIndex % QUEUES.length];
            const round = Math.floor(this.queueIndex / QUEUES.length);
            this.queueIndex++;
            const region = round === 0 ? '' : REGIONS[(round - 1) % REGIONS.length];
            const lap = round > REGIONS.length ? ` ${Math.ceil(round / REGIONS.length)}` : '';
            row.name = region ? `${name} - ${region}${lap}` : name;
            row.emailaddress = this.address(region ? `${local}.${region.toLowerCase()}` : local, domain);
            row.regardingobjecttypecode = 'queue';
        } else if (owner === 'forward') {
            this.forwardIndex++;
            row.name = this.forwardIndex === 1 ? 'Forward Mailbox' : `Forward Mailbox ${this.forwardIndex}`;
            row.emailaddress = this.address('crmforward', domain);
            row.isforwardmailbox = true;
            row.regardingobjecttypecode = null;
            row.regardingobjectid = null;
            row.regardingobjectidname = null;
        } else {
            const fi = this.rng.int(0, FIRST_NAMES.length - 1);
            const li = this.rng.int(0, LAST_NAMES.length - 1);
            const first = FIRST_NAMES[fi];
            const last = LAST_NAMES[li];
            row.name = `${first} ${last}`;
            const slot = ((domain === 'gmail.com' ? 1 : 0) * FIRST_NAMES.length + fi) * LAST_NAMES.length + li;
            const seen = ++this.personCounts[slot];
            const local = `${first}.${last}`.toLowerCase();
            row.emailaddress = seen === 1 ? `${local}@${domain}` : `${local}${seen}@${domain}`;
            row.regardingobjecttypecode = 'systemuser';
        }
        if (owner !== 'forward') {
            row.regardingobjectid = this.rng.guid();
            row.regardingobjectidname = row.name;
        }
        if (profile !== 'none') {
            row.emailserverprofile = PROFILE_IDS[profile];
            row.emailserverprofilename = PROFILE_NAMES[profile];
        }
        // Only an Exchange Online server-to-server profile asks for the Microsoft 365 admin approval (§4.3).
        row.isemailaddressapprovedbyo365admin = profile === 'exo';
        if (profile === 'gmail') {
            // POP3/SMTP cannot synchronise appointments, contacts and tasks.
            row.actdeliverymethod = 2;
        }
    }

    private address(local: string, domain: string): string {
        const key = `${local}@${domain}`;
        const seen = this.usedAddresses.get(key) ?? 0;
        this.usedAddresses.set(key, seen + 1);
        return seen === 0 ? key : `${local}${seen + 1}@${domain}`;
    }

    /** A mailbox that synced a few minutes ago and is scheduled for the next cycle (seed 003: completion + 5 min). */
    private healthyCycle(row: MutableRow, s: Scenario): void {
        const rng = this.rng;
        const lastSuccess = this.minutesAgo(0.5, 6);
        const started = lastSuccess - rng.int(2, 50) * SECOND;
        const next = lastSuccess + 5 * MINUTE;
        // Equal instants share one Date: 100,000 mailboxes hold a million of them, and allocation is the cost.
        row.processinglastattemptedon = this.at(started);
        row.lastsyncstartedon = row.processinglastattemptedon;
        row.lastsuccessfulsynccompletedon = this.at(lastSuccess);
        row.postponemailboxprocessinguntil = this.at(next);
        row.receivingpostponeduntil = row.postponemailboxprocessinguntil;
        row.postponesendinguntil = this.at(lastSuccess - rng.int(0, 180) * SECOND);
        row.receivingpostponeduntilforact = this.at(next + rng.int(0, 180) * SECOND);
        row.nextscheduledactsyncinseconds = rng.pick([300, 420, 600, 720, 900]);
        row.noemailcount = rng.int(0, 6);
        row.noactcount = rng.int(0, 8);
        row.itemsprocessedforlastsync = rng.int(0, 14);
        row.processemailreceivedafter = this.at(lastSuccess - rng.int(1, 180) * MINUTE);
        // Online keeps lastsyncerroroccurredon after a success (seed 000, C7): an old time with no current error.
        if (rng.chance(0.3)) {
            const old = lastSuccess - rng.int(1, 60) * DAY - rng.int(0, 86399) * SECOND;
            row.lastsyncerroroccurredon = this.at(old);
            row.lastsyncerrormachinename = this.host();
        }
        const tested = lastSuccess - rng.int(2, 400) * DAY - rng.int(0, 86399) * SECOND;
        this.tested(row, tested);
        if (s.state === 'healthy' && rng.chance(0.05)) {
            this.trace(row, { level: 1, text: INFO.trackedCategory, tracestatus: true }, tested + 10 * MINUTE, tested + 10 * MINUTE);
        }
    }

    /** Test & Enable completed successfully at `at` (§3.3 T1): postponetestemailconfigurationuntil follows it. */
    private tested(row: MutableRow, at: number): void {
        row.testandenablelastattemptedon = this.at(at - this.rng.int(20, 90) * SECOND);
        row.testmailboxaccesscompletedon = this.at(at);
        row.postponetestemailconfigurationuntil = this.at(at + 5 * MINUTE);
        // Information alerts are often switched off (reference §2.3), so only some mailboxes keep the success entry.
        if (this.rng.chance(0.15)) this.trace(row, { level: 1, text: INFO.testSucceeded, tracestatus: true }, at, at);
    }

    private untested(row: MutableRow): void {
        row.testandenablelastattemptedon = null;
        row.testmailboxaccesscompletedon = null;
        row.postponetestemailconfigurationuntil = null;
        row.incomingemailstatus = 0;
        row.outgoingemailstatus = 0;
        row.actstatus = 0;
        row.mailboxstatus = 0;
        this.traces.delete(row.mailboxid as string);
    }

    private neverSynced(row: MutableRow): void {
        row.lastsuccessfulsynccompletedon = null;
        row.lastsyncerroroccurredon = null;
        row.lastsyncerrormachinename = null;
        row.noemailcount = 0;
        row.noactcount = 0;
        row.itemsprocessedforlastsync = null;
        row.processemailreceivedafter = null;
    }

    private neverProcessed(row: MutableRow): void {
        row.processinglastattemptedon = null;
        row.lastsyncstartedon = null;
    }

    private host(): string {
        return `RD${this.rng.hex(12)}`;
    }

    /** Writes a current error: `count` consecutive failures, the last one `at` (rule 11: later than the last success). */
    private currentError(row: MutableRow, key: ErrorKey, count: number, at: number): void {
        const e = ERRORS[key];
        row.lastsyncerror = e.stack;
        row.lastsyncerrorcode = e.code;
        row.lastsyncerrorcount = count;
        row.lastsyncerroroccurredon = this.at(at);
        row.lastsyncerrormachinename = this.host();
        row.mailboxstatus = 2;
    }

    /** Adds the alert-wall entry for an error; a reused record keeps createdon and moves modifiedon (trap T7). */
    private errorTrace(row: MutableRow, key: ErrorKey, level: 2 | 3, created: number, modified: number, subject?: string): void {
        const e = ERRORS[key];
        this.trace(
            row,
            {
                level,
                tracecode: e.tracecode,
                errortypedisplay: e.errortypedisplay,
                errordetails: `ActivityId: ${this.rng.guid()}\n${e.details}`,
                text: e.alert.replace('{1}', subject ?? ''),
                tracestatus: false,
            },
            created,
            modified,
        );
    }

    private trace(
        row: MutableRow,
        entry: { level: number; text: string; tracestatus: boolean; tracecode?: number | null; errortypedisplay?: string | null; errordetails?: string | null },
        created: number,
        modified: number,
    ): void {
        const id = row.mailboxid as string;
        const full: TraceEntry = {
            tracelogid: this.rng.guid(),
            tracecode: entry.tracecode ?? null,
            level: entry.level,
            errortypedisplay: entry.errortypedisplay ?? null,
            errordetails: entry.errordetails ?? null,
            text: entry.text.replace('{0}', String(row.name)),
            tracestatus: entry.tracestatus,
            machinename: this.host(),
            createdon: this.at(created),
            modifiedon: this.at(modified),
        };
        const list = this.traces.get(id);
        if (list) list.push(full);
        else this.traces.set(id, [full]);
    }

    /**
     * Sets one workload's retry counter in transientfailurecount (health-model "Errors and backoff": outgoing bits
     * 24–27, incoming 20–23, ACT 16–19; 15 = permanent).
     */
    private counter(row: MutableRow, workload: 'incoming' | 'outgoing' | 'act', n: number): void {
        const shift = TRANSIENT_FAILURE_SHIFT[workload];
        const packed = row.transientfailurecount as number;
        const old = Math.floor(packed / 2 ** shift) & 0xf;
        row.transientfailurecount = packed + (n - old) * 2 ** shift;
    }

    /** Disables one workload the way the platform does after a permanent error (§3.2 E5): its counter at 15. */
    private disable(row: MutableRow, workload: 'incoming' | 'outgoing' | 'act'): void {
        this.counter(row, workload, TRANSIENT_FAILURE_PERMANENT);
        if (workload === 'incoming') {
            row.enabledforincomingemail = false;
            row.incomingemailstatus = 2;
        } else if (workload === 'outgoing') {
            row.enabledforoutgoingemail = false;
            row.outgoingemailstatus = 2;
        } else {
            row.enabledforact = false;
            row.actstatus = 2;
        }
    }

    private apply(row: MutableRow, s: Scenario): void {
        const rng = this.rng;
        const lastSuccess = (row.lastsuccessfulsynccompletedon as Date).getTime() - this.now;
        const next = (row.postponemailboxprocessinguntil as Date).getTime() - this.now;
        switch (s.code) {
            case 'healthy':
            case 'healthy-hybrid':
            case 'healthy-gmail':
                return;
            case 'healthy-queue':
                // Queue mailboxes process email only; appointments, contacts and tasks are set to None.
                row.actdeliverymethod = 2;
                row.noemailcount = rng.int(0, 3);
                return;
            case 'forward-mailbox':
                row.outgoingemaildeliverymethod = 0;
                row.actdeliverymethod = 2;
                return;
            case 'healthy-idle':
                row.noemailcount = rng.int(12, 240);
                row.noactcount = rng.int(12, 120);
                row.itemsprocessedforlastsync = 0;
                row.processemailreceivedafter = this.at(lastSuccess - rng.int(2, 20) * DAY);
                return;
            case 'healthy-backoff':
                // Incoming postponed beyond the next cycle (§4.3 backoff flag: more than 5 minutes after it).
                row.receivingpostponeduntil = this.at(next + rng.int(20, 90) * MINUTE);
                // backing off after a transient failure or two (the shared error columns were cleared by another workload's success)
                this.counter(row, 'incoming', rng.int(1, 2));
                return;
            case 'healthy-item-failures': {
                const failed = rng.int(1, 4);
                row.itemsfailedforlastsync = failed;
                row.itemsprocessedforlastsync = failed + rng.int(1, 12);
                this.errorTrace(row, 'isvAborted', 2, lastSuccess - 40 * SECOND, lastSuccess - 40 * SECOND, rng.pick(SUBJECTS));
                return;
            }
            case 'healthy-forced-unlock':
                row.forcedunlockcount = rng.int(1, 3);
                row.lastmailboxforcedunlockoccurredon = this.at(-rng.int(1, 20) * DAY - rng.int(0, 86399) * SECOND);
                return;
            case 'healthy-act-not-enabled':
                row.enabledforact = false;
                row.actstatus = 0;
                return;
            case 'healthy-unknown-processing':
                row.processingstatecode = 2;
                return;
            case 'healthy-unsupported-exo':
                return;
            case 'syncing-now': {
                // An async host holds the lock: hostid set, processingstatecode 1, since processinglastattemptedon (R2).
                const started = -rng.int(5, 120) * SECOND;
                row.processingstatecode = 1;
                row.hostid = this.host();
                row.processinglastattemptedon = this.at(started);
                row.lastsyncstartedon = this.at(started);
                row.lastsuccessfulsynccompletedon = this.at(started - rng.int(5, 7) * MINUTE);
                row.postponemailboxprocessinguntil = this.at(started - rng.int(0, 60) * SECOND);
                this.alignWorkloads(row);
                // the platform writes 9999 into the postpone column while it processes the mailbox (health-model v2)
                if (rng.chance(0.5)) row.postponemailboxprocessinguntil = new Date(NOT_SCHEDULED);
                row.modifiedon = this.at(Math.min(0, started + rng.int(0, 60) * SECOND));
                return;
            }
            case 'stuck': {
                // Locked for hours (rule 10); the platform has force-unlocked this mailbox before (R3).
                const started = -rng.int(75, 400) * MINUTE;
                row.processingstatecode = 1;
                row.hostid = this.host();
                row.processinglastattemptedon = this.at(started);
                row.lastsyncstartedon = this.at(started);
                row.lastsuccessfulsynccompletedon = this.at(started - rng.int(5, 8) * MINUTE);
                row.postponemailboxprocessinguntil = this.at(started - rng.int(0, 60) * SECOND);
                this.alignWorkloads(row);
                row.forcedunlockcount = rng.int(1, 4);
                row.lastmailboxforcedunlockoccurredon = this.at(-rng.int(2, 30) * DAY);
                // health-model "Locks" (v2): a live host keeps refreshing modifiedon (a cycle running long); a stopped one does not
                row.modifiedon = rng.chance(0.5) ? this.at(-rng.int(0, 4) * MINUTE) : this.at(started + rng.int(1, 10) * MINUTE);
                return;
            }
            case 'failing-503':
                return this.failing(row, 'incoming503', 'incoming', 'receivingpostponeduntil');
            case 'failing-act-503':
                return this.failing(row, 'act503', 'act', 'receivingpostponeduntilforact');
            case 'failing-mailbox-move':
                return this.failing(row, 'mailboxMove', 'incoming', null);
            case 'failing-store-unavailable':
                return this.failing(row, 'storeUnavailable', 'incoming', null);
            case 'failing-submission-quota':
                row.actdeliverymethod = 2;
                return this.failing(row, 'submissionQuota', 'outgoing', 'postponesendinguntil');
            case 'failing-never-succeeded': {
                const tested = -rng.int(30, 300) * MINUTE;
                this.traces.delete(row.mailboxid as string);
                this.tested(row, tested);
                this.neverSynced(row);
                return this.failing(row, 'incoming503', 'incoming', null);
            }
            case 'failing-hostile-text':
                return this.failing(row, 'hostile', 'incoming', null);
            case 'disabled-401': {
                // Permanent error: every workload disabled at once (§3.2 E2), processing no longer scheduled (T3).
                const at = -rng.int(60, 10 * 24 * 60) * MINUTE;
                this.disable(row, 'incoming');
                this.disable(row, 'outgoing');
                this.disable(row, 'act');
                this.shiftCycle(row, at - rng.int(0, 25) * MINUTE);
                row.processinglastattemptedon = this.at(at - 20 * SECOND);
                row.lastsyncstartedon = row.processinglastattemptedon;
                row.postponemailboxprocessinguntil = new Date(NOT_SCHEDULED);
                this.currentError(row, 'unauthorized401', 1, at);
                this.errorTrace(row, 'unauthorized401', 3, at, at);
                return;
            }
            case 'degraded-incoming-retries': {
                // Ten transient failures five minutes apart, then incoming disabled (§3.2 E3/E4): warnings, then an error.
                const disabledAt = -rng.int(2, 48) * HOUR;
                this.disable(row, 'incoming');
                // After the next successful cycle (outgoing, ACT) Online keeps only the error's time (seed 000, C7).
                row.lastsyncerrorcount = 0;
                row.lastsyncerroroccurredon = this.at(disabledAt);
                row.lastsyncerrormachinename = this.host();
                this.errorTrace(row, 'incoming503', 2, disabledAt - 45 * MINUTE, disabledAt - 5 * MINUTE);
                this.errorTrace(row, 'incoming503', 3, disabledAt, disabledAt);
                return;
            }
            case 'degraded-act-tls': {
                const at = -rng.int(1, 9) * DAY;
                this.disable(row, 'act');
                row.lastsyncerroroccurredon = this.at(at);
                row.lastsyncerrormachinename = this.host();
                this.errorTrace(row, 'actSecureChannel', 3, at, at);
                return;
            }
            case 'degraded-gmail-smtp-auth': {
                const at = -rng.int(3, 72) * HOUR;
                this.disable(row, 'outgoing');
                row.lastsyncerroroccurredon = this.at(at);
                this.errorTrace(row, 'gmailSmtpAuth', 3, at, at);
                return;
            }
            case 'approval-pending': {
                // A new mailbox: address waiting for approval (§3.4 A1); half of them already failed Test & Enable.
                row.emailrouteraccessapproval = rng.chance(0.2) ? 0 : 2;
                row.isemailaddressapprovedbyo365admin = false;
                this.untested(row);
                this.neverSynced(row);
                this.neverProcessed(row);
                if (rng.chance(0.5)) {
                    const at = -rng.int(10, 3 * 24 * 60) * MINUTE;
                    this.tested(row, at);
                    this.traces.delete(row.mailboxid as string);
                    this.disable(row, 'incoming');
                    this.disable(row, 'outgoing');
                    this.disable(row, 'act');
                    row.postponemailboxprocessinguntil = new Date(NOT_SCHEDULED);
                    this.errorTrace(row, 's2sApproval', 3, at, at);
                }
                return;
            }
            case 'approval-rejected': {
                const at = -rng.int(1, 30) * DAY;
                this.shiftCycle(row, at - rng.int(0, 60) * MINUTE);
                row.emailrouteraccessapproval = 3;
                row.isemailaddressapprovedbyo365admin = false;
                this.disable(row, 'incoming');
                this.disable(row, 'outgoing');
                this.disable(row, 'act');
                row.postponemailboxprocessinguntil = new Date(NOT_SCHEDULED);
                this.errorTrace(row, 'notApproved', 3, at, at);
                return;
            }
            case 'test-retrying': {
                // Test & Enable failed transiently for incoming email (status 2) and is retried (health-model rule 6, v2)
                const requested = -rng.int(10, 90) * MINUTE;
                this.untested(row);
                this.neverSynced(row);
                this.neverProcessed(row);
                row.testemailconfigurationscheduled = true;
                row.testemailconfigurationretrycount = rng.int(1, 3);
                row.testandenablelastattemptedon = this.at(requested);
                row.postponetestemailconfigurationuntil = this.at(rng.int(1, 15) * MINUTE);
                row.postponemailboxprocessinguntil = this.at(rng.int(0, 5 * 60) * SECOND);
                row.incomingemailstatus = 2;
                row.mailboxstatus = 2;
                this.counter(row, 'incoming', rng.int(1, 3));
                this.errorTrace(row, 'incoming503', 2, requested + MINUTE, requested + MINUTE);
                return;
            }
            case 'test-pending': {
                // Test & Enable requested: scheduled flag, retry count 1, postponed until about now (§3.3 T1).
                const requested = -rng.int(1, 10) * MINUTE;
                this.untested(row);
                this.neverSynced(row);
                this.neverProcessed(row);
                row.testemailconfigurationscheduled = true;
                row.testemailconfigurationretrycount = 1;
                row.testandenablelastattemptedon = this.at(requested);
                row.postponetestemailconfigurationuntil = this.at(requested + rng.int(0, 60) * SECOND);
                row.postponemailboxprocessinguntil = this.at(rng.int(0, 5 * 60) * SECOND);
                return;
            }
            case 'never-tested':
                // enabledfor* keep their default Yes (trap T4) while every status is Not Run.
                this.untested(row);
                this.neverSynced(row);
                this.neverProcessed(row);
                row.postponemailboxprocessinguntil = this.at(-rng.int(1, 60) * DAY);
                return;
            case 'overdue': {
                // Due long ago and not picked up (rule 12), e.g. background operations off in admin mode (R15).
                const due = -rng.int(25, 240) * MINUTE;
                this.shiftCycle(row, due);
                return;
            }
            case 'overdue-stale': {
                const due = -rng.int(26, 40) * HOUR;
                this.shiftCycle(row, due);
                return;
            }
            case 'awaiting-first-sync': {
                const tested = -rng.int(2, 20) * MINUTE;
                this.traces.delete(row.mailboxid as string);
                this.tested(row, tested);
                this.neverSynced(row);
                this.neverProcessed(row);
                row.postponemailboxprocessinguntil = this.at(rng.int(0, 4 * 60) * SECOND);
                row.receivingpostponeduntil = row.postponemailboxprocessinguntil;
                return;
            }
            case 'misconfigured': {
                const at = -rng.int(1, 72) * HOUR;
                this.shiftCycle(row, at - rng.int(0, 30) * MINUTE);
                row.emailserverprofile = null;
                row.emailserverprofilename = null;
                row.mailboxstatus = 2;
                this.errorTrace(row, 'noProfile', 3, at, at);
                return;
            }
            case 'inactive': {
                const left = -rng.int(14, 400) * DAY;
                row.statecode = 1;
                row.statuscode = 2;
                this.shiftTimes(row, left);
                this.traces.delete(row.mailboxid as string);
                this.tested(row, left - rng.int(10, 300) * DAY);
                this.errorTrace(row, 'mailboxDisabled', 3, left + HOUR, left + HOUR);
                return;
            }
            case 'not-using-sss':
                row.incomingemaildeliverymethod = rng.pick([0, 1]);
                row.outgoingemaildeliverymethod = rng.pick([0, 1]);
                row.actdeliverymethod = rng.pick([0, 2]);
                this.clearSync(row);
                return;
            case 'forwarded-user':
                // Incoming arrives through the forward mailbox (trap T1: 3 = Forward Mailbox).
                row.incomingemaildeliverymethod = 3;
                row.outgoingemaildeliverymethod = 0;
                row.actdeliverymethod = 2;
                this.clearSync(row);
                return;
            default:
                throw new Error(`sample scenario '${s.code}' has no generator`);
        }
    }

    /** A current transient failure: 1..10 consecutive errors, retried every 5 minutes (§3.2 E3). */
    private failing(
        row: MutableRow,
        key: ErrorKey,
        workload: 'incoming' | 'outgoing' | 'act',
        backoffColumn: 'receivingpostponeduntil' | 'receivingpostponeduntilforact' | 'postponesendinguntil' | null,
    ): void {
        const rng = this.rng;
        // Mostly a blip, sometimes close to the limit of 10.
        const count = rng.chance(0.6) ? rng.int(1, 3) : rng.int(4, 10);
        const at = -rng.int(10, 240) * SECOND;
        const next = at + 5 * MINUTE;
        row.processinglastattemptedon = this.at(at - rng.int(5, 40) * SECOND);
        row.lastsyncstartedon = row.processinglastattemptedon;
        row.postponemailboxprocessinguntil = this.at(next);
        row.receivingpostponeduntil = this.at(next);
        row.receivingpostponeduntilforact = this.at(next + rng.int(0, 120) * SECOND);
        if (row.lastsuccessfulsynccompletedon !== null) {
            row.lastsuccessfulsynccompletedon = this.at(at - count * 5 * MINUTE - rng.int(10, 200) * SECOND);
        }
        if (backoffColumn) row[backoffColumn] = this.at(next + rng.int(10, 60) * MINUTE);
        this.currentError(row, key, count, at);
        // the failing workload's own counter: one per transient failure in a row (health-model v2)
        this.counter(row, workload, count);
        const first = at - (count - 1) * 5 * MINUTE;
        this.errorTrace(row, key, 2, first, at);
    }

    /** Puts every workload's postponement at or just after the mailbox's next processing (no backoff). */
    private alignWorkloads(row: MutableRow): void {
        const next = (row.postponemailboxprocessinguntil as Date).getTime() - this.now;
        row.receivingpostponeduntil = row.postponemailboxprocessinguntil;
        row.receivingpostponeduntilforact = this.at(next + this.rng.int(0, 180) * SECOND);
        row.postponesendinguntil = this.at(next - this.rng.int(0, 180) * SECOND);
    }

    /** Moves the last cycle so that the next one was due `due` ms from now (negative = in the past). */
    private shiftCycle(row: MutableRow, due: number): void {
        const lastSuccess = due - 5 * MINUTE;
        const started = lastSuccess - this.rng.int(2, 50) * SECOND;
        row.processinglastattemptedon = this.at(started);
        row.lastsyncstartedon = this.at(started);
        row.lastsuccessfulsynccompletedon = this.at(lastSuccess);
        row.postponemailboxprocessinguntil = this.at(due);
        row.receivingpostponeduntil = this.at(due);
        row.receivingpostponeduntilforact = this.at(due);
        row.postponesendinguntil = this.at(lastSuccess);
        if (row.lastsyncerroroccurredon !== null && (row.lastsyncerroroccurredon as Date).getTime() > this.now + lastSuccess) {
            row.lastsyncerroroccurredon = this.at(lastSuccess - DAY);
        }
    }

    /** Shifts every time of the last cycle back to `offset` (an inactive mailbox stopped long ago). */
    private shiftTimes(row: MutableRow, offset: number): void {
        this.shiftCycle(row, offset + 5 * MINUTE);
        row.postponemailboxprocessinguntil = new Date(NOT_SCHEDULED);
        row.processemailreceivedafter = this.at(offset - this.rng.int(1, 48) * HOUR);
        row.lastsyncerroroccurredon = null;
        row.lastsyncerrormachinename = null;
    }

    /** A mailbox that does not use server-side sync carries no sync times. */
    private clearSync(row: MutableRow): void {
        this.untested(row);
        this.neverSynced(row);
        row.processinglastattemptedon = null;
        row.lastsyncstartedon = null;
        row.postponemailboxprocessinguntil = new Date(NOT_SCHEDULED);
        row.receivingpostponeduntil = null;
        row.receivingpostponeduntilforact = null;
        row.postponesendinguntil = null;
        row.nextscheduledactsyncinseconds = null;
        row.isemailaddressapprovedbyo365admin = false;
    }
}

/** When the platform last wrote the row: the latest instant of its last cycle, error or test (never after now). */
function lastWrite(row: MutableRow): Date | null {
    let latest: Date | null = null;
    for (const v of [row.processinglastattemptedon, row.lastsuccessfulsynccompletedon, row.lastsyncerroroccurredon, row.testandenablelastattemptedon, row.testmailboxaccesscompletedon]) {
        if (v instanceof Date && (latest === null || v.getTime() > latest.getTime())) latest = v;
    }
    return latest;
}

/** A row with every column in MAILBOX_COLUMNS order, at the values of a working Exchange Online user mailbox. */
function emptyRow(): MutableRow {
    return {
        mailboxid: null,
        name: null,
        emailaddress: null,
        statecode: 0,
        statuscode: 1,
        emailserverprofile: null,
        emailserverprofilename: null,
        regardingobjectid: null,
        regardingobjectidname: null,
        regardingobjecttypecode: null,
        isforwardmailbox: false,
        incomingemaildeliverymethod: 2,
        outgoingemaildeliverymethod: 2,
        actdeliverymethod: 1,
        enabledforincomingemail: true,
        enabledforoutgoingemail: true,
        enabledforact: true,
        incomingemailstatus: 1,
        outgoingemailstatus: 1,
        actstatus: 1,
        mailboxstatus: 1,
        transientfailurecount: 0,
        emailrouteraccessapproval: 1,
        isemailaddressapprovedbyo365admin: true,
        testemailconfigurationscheduled: false,
        testemailconfigurationretrycount: 0,
        testmailboxaccesscompletedon: null,
        postponetestemailconfigurationuntil: null,
        testandenablelastattemptedon: null,
        processingstatecode: 0,
        hostid: null,
        processinglastattemptedon: null,
        lastsyncstartedon: null,
        forcedunlockcount: 0,
        lastmailboxforcedunlockoccurredon: null,
        postponemailboxprocessinguntil: null,
        receivingpostponeduntil: null,
        receivingpostponeduntilforact: null,
        postponesendinguntil: null,
        nextscheduledactsyncinseconds: null,
        noemailcount: 0,
        noactcount: 0,
        lastsuccessfulsynccompletedon: null,
        lastsyncerror: null,
        lastsyncerrorcode: null,
        lastsyncerrorcount: 0,
        lastsyncerroroccurredon: null,
        lastsyncerrormachinename: null,
        itemsprocessedforlastsync: 0,
        itemsfailedforlastsync: 0,
        processemailreceivedafter: null,
        modifiedon: null,
    };
}
