/**
 * Item-level errors: one email, appointment, contact or task failed; the mailbox keeps syncing (docs/evidence.md
 * §6.1: "An error occurred while creating the incoming email …" / "… while synchronizing the item …").
 */
import type { CatalogueEntry } from '../entries';
import { APOS } from './sources';

export const ITEM_ENTRIES: readonly CatalogueEntry[] = [
    // error-when-creating-an-incoming-email: the email has no valid address in From
    { code: 'InvalidSender', class: 'item', workload: 'incoming', action: 'none', rank: 4, errorTypes: ['InvalidSender'] },
    // error-when-creating-an-incoming-email: a forward mailbox got an email not forwarded as an attachment, or from a
    // mailbox whose Incoming Email is not "Forward Mailbox"
    { code: 'InvalidForwardMailItem', class: 'item', workload: 'incoming', action: 'fix-forwarding', rank: 4, errorTypes: ['InvalidForwardMailItem'] },
    // email-fails-to-create-with-nocorrelationmatch-error: no recipient's tracking option accepts the email
    {
        code: 'NoCorrelationMatch',
        class: 'item',
        workload: 'incoming',
        action: 'adjust-tracking-options',
        rank: 4,
        errorTypes: ['NoCorrelationMatch'],
    },
    // email-fails-to-create-with-norecipientmatch-error: no To/Cc address resolves to a user or queue (−2147218683)
    {
        code: 'NoRecipientMatch',
        class: 'item',
        workload: 'incoming',
        action: 'fix-recipient-addresses',
        rank: 4,
        errorTypes: ['NoRecipientMatch'],
        hresults: [-2147218683],
    },
    // exception-appears-server-side-sync: 0x80040B0B (−2147218677) an invalid address on To or Cc
    { code: 'InvalidEmailAddress', class: 'item', workload: null, action: 'fix-email-data', rank: 4, hresults: [-2147218677] },
    // scheduling-conflict-saving-appointment: a tracked appointment conflicts with another one of the user's
    {
        code: 'ExchangeSyncSchedulingConflictsError',
        class: 'item',
        workload: 'act',
        action: 'resolve-scheduling-conflict',
        rank: 4,
        errorTypes: ['ExchangeSyncSchedulingConflictsError'],
        phrases: ['scheduling conflict was found when saving appointment'],
    },
    // troubleshooting-monitoring-server-side-synchronization: the Organizer field is missing from the appointment form
    {
        code: 'OrganizerFieldMissing',
        class: 'item',
        workload: 'act',
        action: 'add-organizer-field',
        rank: 4,
        phrases: [`organizer field (?:isn${APOS}t|is not) present`],
    },
    // error-when-creating-an-incoming-email: Outlook's Clutter notice has no valid sender; an information alert to ignore
    {
        code: 'ClutterMessageSkipped',
        class: 'item',
        workload: 'incoming',
        action: 'none',
        rank: 4,
        phrases: ['clutter moved new and different messages'],
    },
    // tracked-to-dynamics-365-category-added: information, category tracking switched on for the mailbox
    {
        code: 'TrackingCategoryEnabled',
        class: 'config',
        workload: null,
        action: 'none',
        rank: 4,
        phrases: [`tracked to dynamics 365['\u2019"\u201d]? has been enabled`],
    },
    // error-when-creating-an-incoming-email: one incoming email failed; generic, the code after it tells why
    {
        code: 'IncomingItemFailed',
        class: 'item',
        workload: 'incoming',
        action: 'read-detail',
        rank: 2,
        phrases: ['error occurred while creating the incoming email'],
    },
    // an-error-occurred-while-synchronizing-item: one item failed; generic, the code after it tells why
    {
        code: 'ItemSyncFailed',
        class: 'item',
        workload: null,
        action: 'read-detail',
        rank: 2,
        phrases: ['while synchroni[sz]ing the item'],
    },
];
