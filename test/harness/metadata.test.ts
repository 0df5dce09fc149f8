import { MAILBOX_COLUMNS } from '../../MailboxHealth/core/types';
import { MAILBOX_METADATA } from '../../harness/src/metadata';

describe('the harness metadata', () => {
    it('serves every mailbox column the core reads, in MAILBOX_COLUMNS order, so addColumn never fails in the harness for a column a real table has', () => {
        expect(MAILBOX_METADATA.map((c) => c.name)).toEqual([...MAILBOX_COLUMNS]);
    });
});
