/**
 * Errors on the Dataverse side: the mailbox record, its owner's roles, privileges and licence, approval, sign-in,
 * and customizations (plug-ins, workflows) that run while server-side synchronization creates records.
 */
import type { CatalogueEntry } from '../entries';
import { APOS } from './sources';

export const DATAVERSE_ENTRIES: readonly CatalogueEntry[] = [
    // exception-appears-server-side-sync, seed 000 (tracecode 2): a wrapper; the HRESULT or name in the detail decides
    {
        code: 'UnknownIncomingEmailIntegrationError',
        class: 'unknown',
        workload: 'incoming',
        action: 'read-detail',
        rank: 1,
        errorTypes: ['UnknownIncomingEmailIntegrationError'],
    },
    // errorsubmissionquotaexceeded-exception: the outgoing wrapper
    {
        code: 'UnknownOutgoingEmailIntegrationError',
        class: 'unknown',
        workload: 'outgoing',
        action: 'read-detail',
        rank: 1,
        errorTypes: ['UnknownOutgoingEmailIntegrationError'],
    },
    // an-error-occurred-while-synchronizing-item: "IncomingMailboxInternalCrmError", an internal error gone by the next cycle
    {
        code: 'IncomingMailboxInternalCrmError',
        class: 'transient',
        workload: 'incoming',
        action: 'wait',
        rank: 4,
        errorTypes: ['IncomingMailboxInternalCrmError'],
    },
    // an-error-occurred-while-synchronizing-item, exception-appears-server-side-sync: "Crm.80040216. An unexpected error
    // occurred." (−2147220970), normally fixed by the next cycle; generic, and the outer code of many specific faults
    {
        code: 'UnexpectedError',
        class: 'transient',
        workload: null,
        action: 'wait',
        rank: 2,
        hresults: [-2147220970],
    },
    // email-message-cannot-be-sent: the mailbox record is inactive (deactivated, or its user was disabled or unlicensed)
    {
        code: 'MailboxDisabled',
        class: 'permanent',
        workload: null,
        action: 'activate-mailbox',
        rank: 4,
        errorTypes: ['MailboxDisabled'],
        phrases: ['is deactivated or disabled for outgoing e-?mail'],
    },
    // an-internal-dynamics-365-error, error-when-you-test-enable-a-mailbox: the owner lacks privileges ("Crm.80048306", −2147187962)
    {
        code: 'UserPrivilegeError',
        class: 'permanent',
        workload: null,
        action: 'grant-privileges',
        rank: 4,
        hresults: [-2147187962],
        errorTypes: ['UserPrivilegeError'],
        phrases: [`mailbox user (?:doesn${APOS}t|does not) have sufficient permissions`],
    },
    // error-code-8005e259: 0x8005E259 (−2147098023) the mailbox's user or team lacks privileges
    { code: 'PrivilegesMissing', class: 'permanent', workload: null, action: 'grant-privileges', rank: 4, hresults: [-2147098023] },
    // Dataverse web service error codes: 0x80042F09 (−2147209463) "SecLib::RetrievePrivilegeForUser failed - no roles are assigned to user"
    {
        code: 'UserNotAssignedRoles',
        class: 'permanent',
        workload: null,
        action: 'assign-user-roles',
        rank: 4,
        hresults: [-2147209463],
        phrases: ['no roles are assigned to user'],
    },
    // error-2147209462-logged-mailbox-record: 0x80042F0A (−2147209462) the queue's owning team has no security role;
    // the alert says "will try to receive email again later", but retrying never heals it
    { code: 'QueueTeamWithoutRoles', class: 'permanent', workload: null, action: 'assign-team-roles', rank: 4, hresults: [-2147209462] },
    // exception-appears-server-side-sync: 0x80040520 (−2147220192) the queue's owner lacks Read on Queue
    { code: 'QueueOwnerPrivilegeMissing', class: 'permanent', workload: null, action: 'grant-privileges', rank: 4, hresults: [-2147220192] },
    // exception-appears-server-side-sync: 0x8004D24B (−2147167669) the mailbox owner (or another mailbox's with the same address) has no licence
    { code: 'OwnerNotLicensed', class: 'permanent', workload: null, action: 'assign-dynamics-licence', rank: 4, hresults: [-2147167669] },
    // a-failure-occurred-crmsecurity: approving without both Global/Exchange admin and System Administrator (inner 0x80040256)
    {
        code: 'ApproverRoleMissing',
        class: 'config',
        workload: null,
        action: 'use-approver-role',
        rank: 4,
        hresults: [-2147220906],
        phrases: ['failure occurred in CrmSecurity', 'should be a global administrator to approve'],
    },
    // cannot-send-email-as-another-user: no "Send Email as Another User" privilege, or the other user does not allow it
    {
        code: 'SendAsDenied',
        class: 'permanent',
        workload: 'outgoing',
        action: 'grant-send-as',
        rank: 4,
        phrases: ['cannot send email as the selected user', 'does not have send-as privilege'],
    },
    // error-when-signing-dynamics-365: the user is not in the environment's security group (or is disabled)
    {
        code: 'SignInDenied',
        class: 'permanent',
        workload: null,
        action: 'add-to-security-group',
        rank: 4,
        phrases: [
            'you are not part of this organization',
            'you are not a member of this organization',
            'no longer have the privilege to access this organization',
            'no instances found for this user id',
            'user authentication passed to the platform is not valid',
        ],
    },
    // unknownincomingemailintegrationerror-2147220891: 0x80040265 (−2147220891) IsvAborted, a plug-in or workflow stopped the
    // creation of the email (incoming) or of an appointment, contact or task (ACT): the sentence tells which
    {
        code: 'IsvAborted',
        class: 'item',
        workload: null,
        action: 'fix-customization',
        rank: 4,
        errorTypes: ['IsvAborted'],
        hresults: [-2147220891],
        phrases: ['isv code aborted the operation'],
    },
    // exception-appears-server-side-sync: 0x80040224 (−2147220956) IsvUnexpected, a plug-in or workflow threw
    { code: 'IsvUnexpected', class: 'item', workload: null, action: 'fix-customization', rank: 4, hresults: [-2147220956], errorTypes: ['IsvUnexpected'] },
    // emails-not-automatically-tracked-or-synchronized: "Sync workflow '1 Test' terminated with error …" while creating the email
    {
        code: 'WorkflowError',
        class: 'item',
        workload: null,
        action: 'fix-customization',
        rank: 4,
        phrases: [`workflow ['\u2018\u2019"][^'\u2018\u2019"\\r\\n]{0,200}['\u2018\u2019"] terminated with`],
    },
];
