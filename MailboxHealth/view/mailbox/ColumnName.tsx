import * as React from 'react';
import { columnNameParts } from './text';

export interface ColumnNameProps {
    readonly name: string;
    readonly className: string;
}

/** A logical column name as code, with a line-break opportunity (<wbr>) between its words and nowhere else. */
export const ColumnName: React.FC<ColumnNameProps> = React.memo(function ColumnName({ name, className }) {
    const parts = columnNameParts(name);
    return (
        <code className={className} data-column={name}>
            {parts.map((part, i) => (
                <React.Fragment key={i}>
                    {i > 0 && <wbr />}
                    {part}
                </React.Fragment>
            ))}
        </code>
    );
});
