import * as React from 'react';
import { DefaultButton } from '@fluentui/react';
import type { Strings } from '../../contract/strings';
import { formatCount } from '../format';
import type { AffectedMailboxes } from './AlertsSection';

export interface AffectedChipProps {
    readonly affected: AffectedMailboxes;
    readonly strings: Strings;
    readonly onRemove: () => void;
}

/** Says the list shows only the mailboxes an error hit; removing it shows every mailbox again. */
export const AffectedChip: React.FC<AffectedChipProps> = function AffectedChip({ affected, strings, onRemove }) {
    const text = strings('Label_Alerts_FilterChip', affected.label, formatCount(affected.ids.size));
    // The visible text starts the accessible name (WCAG 2.5.3), then what pressing it does.
    const name = `${text}. ${strings('Label_Alerts_ClearFilter', affected.label)}`;
    return (
        <div style={{ display: 'flex', alignItems: 'center', gap: 6, flex: '0 0 auto' }} data-testid="alerts-filter-chip">
            <DefaultButton
                iconProps={{ iconName: 'Cancel' }}
                onClick={onRemove}
                ariaLabel={name}
                title={strings('Label_Alerts_ClearFilter', affected.label)}
                styles={{ root: { height: 28, borderRadius: 14, padding: '0 10px', maxWidth: '100%' }, label: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }, flexContainer: { flexDirection: 'row-reverse' } }}
            >
                {text}
            </DefaultButton>
        </div>
    );
};
