/** @jest-environment node */
import { WORKLOAD_SPECS } from '../../MailboxHealth/core/workloads';
import {
    ACT_DELIVERY,
    ACT_DELIVERY_LABELS,
    APPROVAL,
    APPROVAL_LABELS,
    APPROVAL_MAX,
    CREDENTIAL_RETRIEVAL_MAX,
    INCOMING_DELIVERY,
    INCOMING_DELIVERY_MAX,
    labelsByValue,
    OUTGOING_DELIVERY,
    SERVER_TYPE_MAX,
    TRANSIENT_FAILURE_SHIFT,
} from '../../MailboxHealth/core/vocabulary';

describe('vocabulary: the choice values in one place', () => {
    it('keeps the ACT trap: server-side sync is 1 for appointments, contacts and tasks, 2 for email (trap T1)', () => {
        expect(ACT_DELIVERY.ServerSideSync).toBe(1);
        expect(ACT_DELIVERY.None).toBe(2);
        expect(INCOMING_DELIVERY.ServerSideSync).toBe(2);
        expect(OUTGOING_DELIVERY.ServerSideSync).toBe(2);
    });

    it('is what the workload table reads its delivery values and counter positions from', () => {
        expect(WORKLOAD_SPECS.map((s) => [s.sssValue, s.transientShift])).toEqual([
            [INCOMING_DELIVERY.ServerSideSync, TRANSIENT_FAILURE_SHIFT.incoming],
            [OUTGOING_DELIVERY.ServerSideSync, TRANSIENT_FAILURE_SHIFT.outgoing],
            [ACT_DELIVERY.ServerSideSync, TRANSIENT_FAILURE_SHIFT.act],
        ]);
    });

    it('places the retry counters where the platform packs them: outgoing 24–27, incoming 20–23, ACT 16–19', () => {
        expect(TRANSIENT_FAILURE_SHIFT).toEqual({ outgoing: 24, incoming: 20, act: 16 });
    });

    it('gives each option its platform label by value, ACT included (docs/evidence.md §2.1 b)', () => {
        expect(labelsByValue(APPROVAL, APPROVAL_LABELS)).toEqual({ 0: 'Empty', 1: 'Approved', 2: 'Pending Approval', 3: 'Rejected' });
        expect(labelsByValue(ACT_DELIVERY, ACT_DELIVERY_LABELS)).toEqual({ 0: 'Microsoft Dynamics 365 for Outlook', 1: 'Server-Side Synchronization', 2: 'None' });
    });

    it('takes the highest documented value of each option set from its values', () => {
        expect([INCOMING_DELIVERY_MAX, APPROVAL_MAX, SERVER_TYPE_MAX, CREDENTIAL_RETRIEVAL_MAX]).toEqual([3, 3, 4, 7]);
    });
});
