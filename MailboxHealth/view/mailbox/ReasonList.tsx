import * as React from 'react';
import { getId, useTheme } from '@fluentui/react';
import type { Reason } from '../../core/types';
import type { Strings } from '../../contract/strings';
import { ColumnName } from './ColumnName';
import { detailStyles } from './styles';

/** The single-mailbox view's class names, as `detailStyles` makes them. */
type DetailStyles = ReturnType<typeof detailStyles>;
import { reasonText } from './text';

export { reasonText };

export interface ReasonListProps {
    readonly reasons: readonly Reason[];
    readonly strings: Strings;
}

interface ReasonItemProps {
    readonly reason: Reason;
    readonly strings: Strings;
    readonly classes: DetailStyles;
}

/**
 * One reason: the sentence, then a small "Columns (n)" disclosure with the logical names it was read from (the names
 * admins see in the log), closed until asked for, so no name sits inside the sentence.
 */
const ReasonItem: React.FC<ReasonItemProps> = function ReasonItem({ reason, strings, classes }) {
    const [open, setOpen] = React.useState(false);
    const [listId] = React.useState(() => getId('mh-reason-columns'));
    const columns = reason.columns;
    return (
        <li data-reason={reason.code}>
            <span data-reason-text="">{reasonText(reason, strings)}</span>
            {columns.length > 0 && (
                <>
                    {' '}
                    <button type="button" className={classes.columnsToggle} aria-expanded={open} aria-controls={listId} onClick={() => setOpen(!open)} data-columns-toggle="">
                        {strings('Label_Detail_ReasonColumns', columns.length)}
                    </button>
                    <ul id={listId} className={classes.columnList} hidden={!open} aria-label={strings('Label_Detail_ReasonColumnsList')} data-reason-columns="">
                        {columns.map((c) => (
                            <li key={c}>
                                <ColumnName name={c} className={classes.columnName} />
                            </li>
                        ))}
                    </ul>
                </>
            )}
        </li>
    );
};

/** Reasons in an admin's words, each with the columns it comes from behind its own "Columns" disclosure. */
export const ReasonList: React.FC<ReasonListProps> = React.memo(function ReasonList({ reasons, strings }) {
    const theme = useTheme();
    const classes = React.useMemo(() => detailStyles(theme), [theme]);
    if (reasons.length === 0) return null;
    return (
        <ul style={{ margin: 0, paddingLeft: 18 }}>
            {reasons.map((r, i) => (
                <ReasonItem key={`${r.code}-${i}`} reason={r} strings={strings} classes={classes} />
            ))}
        </ul>
    );
});
