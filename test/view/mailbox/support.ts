/**
 * Test support for the single-mailbox view: Strings backed by the real resx (so a missing key shows up as the key
 * and fails the assertion), and an assessment builder with explicit defaults.
 */
import './fluentResolve';
import * as fs from 'fs';
import { setIconOptions } from '@fluentui/react';
import type { MailboxAssessment, Workload } from '../../../MailboxHealth/core/types';
import { aWorkloadAssessed, withWorkloadTimes } from '../../builders/assessment';
import type { WorkloadWithTimes } from '../../builders/assessment';
import { fillTemplate, Strings } from '../../../MailboxHealth/contract/strings';

import { parseResxEntries } from '../../../scripts/lib/resx';

const RESX = require.resolve('../../../MailboxHealth/strings/MailboxHealth.1033.resx');

// The host registers Fluent's icon font; tests do not, so keep the "icon not registered" warnings out of the output.
setIconOptions({ disableWarnings: true });

const entries = parseResxEntries(fs.readFileSync(RESX, 'utf8'));

/** The resx as the view sees it: a missing key comes back as the key (as pcf/strings.ts does). */
export const strings: Strings = (key, ...args) => {
    const e = entries.get(key);
    return e === undefined ? key : fillTemplate(e.value, args);
};

/** Whether the resx has a key (tests assert on words only where the resx has them). */
export function hasString(key: string): boolean {
    return entries.has(key);
}

export const NOW = Date.parse('2018-12-03T15:23:37Z');
export const MIN = 60_000;

/** A workload; times given here are moved onto the mailbox by anAssessment (test/builders/assessment.ts). */
export function aWorkload(workload: Workload, over: Partial<WorkloadWithTimes> = {}): WorkloadWithTimes {
    return aWorkloadAssessed(workload, over);
}

/** A healthy, settled mailbox with nothing scheduled; override what the test is about. */
export function anAssessment(over: Partial<MailboxAssessment> = {}): MailboxAssessment {
    return withWorkloadTimes({
        mailboxId: '9fb6600b-0965-e811-a97f-000d4a161089',
        name: 'Dana Whitfield',
        emailAddress: 'dana@contoso.com',
        profileId: 'p-1',
        profileName: 'Microsoft Exchange Online',
        health: 'healthy',
        severity: 'ok',
        undetermined: [],
        unknownColumns: [],
        flags: [],
        workloads: { incoming: aWorkload('incoming'), outgoing: aWorkload('outgoing'), act: aWorkload('act') },
        nextProcessingAt: null,
        due: 'not-scheduled',
        overdueMinutes: null,
        syncingNow: false,
        hostId: null,
        processingSince: null,
        lastAttemptAt: null,
        lastSuccessAt: null,
        lastErrorAt: null,
        lastErrorIsCurrent: false,
        consecutiveErrors: 0,
        retriesLeft: null,
        testEnableAt: null,
        reasons: [],
        errors: [],
        dataIssues: [],
        ...over,
    } as MailboxAssessment, over);
}
