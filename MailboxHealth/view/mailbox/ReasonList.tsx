import * as React from 'react';
import { useTheme } from '@fluentui/react';
import type { Reason } from '../../core/types';
import type { Strings } from '../../contract/strings';
import { detailStyles } from './styles';
import { optionalString } from './text';

/** One reason in words (Reason_<code>, {0} = its value, {1} = the workload) or, for a code the resx lacks, the code. */
export function reasonText(reason: Reason, strings: Strings): string {
    const workload = reason.workload ? strings(`Workload_${reason.workload}`) : '';
    const value = reason.value === undefined ? '' : reason.value;
    return optionalString(strings, `Reason_${reason.code}`, value, workload) ?? reason.code;
}

export interface ReasonListProps {
    readonly reasons: readonly Reason[];
    readonly strings: Strings;
}

/** Reasons with the columns they come from, as logical names (the names admins see in the log). */
export const ReasonList: React.FC<ReasonListProps> = React.memo(function ReasonList({ reasons, strings }) {
    const theme = useTheme();
    const classes = React.useMemo(() => detailStyles(theme), [theme]);
    if (reasons.length === 0) return null;
    return (
        <ul style={{ margin: 0, paddingLeft: 18 }}>
            {reasons.map((r, i) => (
                <li key={`${r.code}-${i}`} data-reason={r.code}>
                    <span>{reasonText(r, strings)}</span>
                    {r.columns.length > 0 && (
                        <>
                            {' '}
                            <span className={classes.muted}>{strings('Label_Detail_FromColumns')}</span>{' '}
                            {r.columns.map((c) => (
                                <code key={c} className={classes.code} style={{ marginRight: 4 }}>
                                    {c}
                                </code>
                            ))}
                        </>
                    )}
                </li>
            ))}
        </ul>
    );
});
