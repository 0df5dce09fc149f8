/**
 * Names from ControlManifest.Input.xml and the Dataverse tables the control reads, in one place. The property names
 * need no constants: they are the keys of IInputs (generated/ManifestTypes.d.ts, made from the manifest), so a
 * renamed property fails the type check.
 */

/** Values of the `defaultFilter` enum besides the health-state codes (which are used verbatim). */
export const FILTER_ALL = 'all' as const;
export const FILTER_ATTENTION = 'attention' as const;

/** Tables (logical names). */
export const TABLES = {
    mailbox: 'mailbox',
    emailServerProfile: 'emailserverprofile',
    traceLog: 'tracelog',
} as const;

/** Lookup columns of the mailbox table: the dataset gives an EntityReference; the row keeps id and name apart. */
export const LOOKUP_COLUMNS = {
    emailserverprofile: { name: 'emailserverprofilename' },
    regardingobjectid: { name: 'regardingobjectidname', type: 'regardingobjecttypecode' },
} as const;

/**
 * Columns of the row that are not dataset columns of their own: the record id and the lookups' display names (and
 * target type), which come with the lookup's EntityReference.
 */
export const DERIVED_COLUMNS = ['mailboxid', 'emailserverprofilename', 'regardingobjectidname'] as const;

/** Web API columns read for the mailbox's alerts (docs/evidence.md §2.3). */
export const TRACE_SELECT = [
    'tracelogid',
    'tracecode',
    'level',
    'errortypedisplay',
    'errordetails',
    'text',
    'tracestatus',
    'machinename',
    'createdon',
    'modifiedon',
] as const;

/** The alert wall shows the latest 10 (the Download Mailbox Details log prints the same number, §2.6). */
export const TRACE_TOP = 10;
