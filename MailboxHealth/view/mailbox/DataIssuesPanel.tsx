import * as React from 'react';
import { getId, useTheme } from '@fluentui/react';
import type { HealthState, MailboxAssessment } from '../../core/types';
import { RULE_COLUMNS } from '../../core/columns';
import type { Strings } from '../../contract/strings';
import { detailStyles } from './styles';
import { plural } from '../plural';
import { joinColumns } from './text';

/** The missing columns that keep a state from being ruled out (the rule's columns the row lacks). */
export function missingColumnsFor(state: HealthState, unknownColumns: readonly string[]): string[] {
    const needed: readonly string[] = RULE_COLUMNS[state] ?? [];
    const missing = needed.filter((c) => unknownColumns.includes(c));
    return missing.length > 0 ? missing : [...unknownColumns];
}

const DATA_ISSUE_KEYS = {
    'wrong-type': 'Label_Detail_DataIssue_WrongType',
    'malformed-date': 'Label_Detail_DataIssue_MalformedDate',
    'unknown-option': 'Label_Detail_DataIssue_UnknownOption',
} as const;

export interface DataIssuesPanelProps {
    readonly assessment: MailboxAssessment;
    readonly strings: Strings;
    /** The mailbox was read from a downloaded log: a missing column is a line the log lacks, not one the view lacks. */
    readonly fromLog?: boolean;
}

/** What could not be read or judged, said plainly: "cannot tell … because column X is missing". */
export const DataIssuesPanel: React.FC<DataIssuesPanelProps> = React.memo(function DataIssuesPanel({ assessment: a, strings, fromLog = false }) {
    const theme = useTheme();
    const classes = React.useMemo(() => detailStyles(theme), [theme]);
    const [headingId] = React.useState(() => getId('mh-data'));
    if (a.undetermined.length === 0 && a.unknownColumns.length === 0 && a.dataIssues.length === 0) return null;
    return (
        <section className={classes.section} aria-labelledby={headingId} data-testid="data-issues">
            <h3 id={headingId} className={classes.heading3}>
                {strings('Label_Detail_DataIssues')}
            </h3>
            <ul style={{ margin: 0, paddingLeft: 18 }}>
                {a.undetermined.map((s) => {
                    const missing = missingColumnsFor(s, a.unknownColumns);
                    const state = strings(`State_${s}`);
                    return (
                        <li key={`u-${s}`}>
                            {fromLog
                                ? strings('Message_Log_CannotTell', state, joinColumns(missing))
                                : plural(strings, { one: 'Message_Detail_CannotTell_One', other: 'Message_Detail_CannotTell_Other' }, missing.length, joinColumns(missing), state)}
                        </li>
                    );
                })}
                {a.unknownColumns.length > 0 && <li key="missing">{strings('Message_Detail_MissingColumns', joinColumns(a.unknownColumns))}</li>}
                {a.dataIssues.map((d, i) => (
                    <li key={`d-${d.column}-${i}`}>{strings('Message_Detail_DataIssue', d.column, d.raw, strings(DATA_ISSUE_KEYS[d.code] ?? 'Label_Detail_DataIssue_WrongType'))}</li>
                ))}
            </ul>
        </section>
    );
});
