/** @jest-environment node */
import * as core from '../../MailboxHealth/core';

describe('the core index', () => {
    it('exports the whole contract', () => {
        const names = [
            'DEFAULT_OPTIONS',
            'assessMailbox',
            'assessFleet',
            'summarizeFleet',
            'severityOf',
            'SEVERITY_RANK',
            'REASON_CODES',
            'RULE_COLUMNS',
            'REQUIRED_COLUMNS',
            'assessmentToJson',
            'matchErrorText',
            'matchTraceEntry',
            'ERROR_CATALOGUE',
            'ERROR_CODES',
            'hresultToHex',
            'hexToHresult',
            'rowFromWebApi',
            'profileFromWebApi',
            'traceFromWebApi',
            'readMailboxLog',
            'MAILBOX_COLUMNS',
            'PROFILE_COLUMNS',
            'HEALTH_STATES',
            'FLAGS',
            'WORKLOADS',
            'SEVERITIES',
            'DUE_STATES',
        ];
        expect(names.filter((n) => !(n in core))).toEqual([]);
    });
});
