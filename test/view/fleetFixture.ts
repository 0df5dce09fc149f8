/** Builds the view's inputs (a FleetSnapshot, Strings) from dataset-style records, as the PCF layer would. */
import { assessFleet, summarizeFleet, DEFAULT_OPTIONS } from '../../MailboxHealth/core';
import type { MailboxColumn } from '../../MailboxHealth/core/types';
import { mapRecord } from '../../MailboxHealth/pcf/mapDataset';
import { createStrings } from '../../MailboxHealth/pcf/strings';
import type { FleetSnapshot } from '../../MailboxHealth/contract/model';
import type { Strings } from '../../MailboxHealth/contract/strings';
import { aMailboxRecord, DATASET_COLUMNS, guid, NOW } from '../builders/pcfRecords';
import { MockResources } from '../mocks/pcf';

export const strings: Strings = createStrings(new MockResources());
export const options = DEFAULT_OPTIONS;

/** One mailbox per entry: its number and the values that differ from a healthy mailbox. */
export function snapshotOf(entries: readonly (readonly [number, Record<string, unknown>])[], columns: readonly string[] = DATASET_COLUMNS): FleetSnapshot {
    const rows = entries.map(([n, values]) => mapRecord(aMailboxRecord(n, values), columns as readonly MailboxColumn[]));
    const assessments = assessFleet(rows, NOW, options);
    return { ids: entries.map(([n]) => guid(n)), rows, assessments, summary: summarizeFleet(assessments), assessedAt: NOW };
}
