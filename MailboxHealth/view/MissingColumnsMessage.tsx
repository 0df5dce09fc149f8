import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react';
import type { MissingColumns } from '../contract/model';
import type { Strings } from '../contract/strings';

/** Says which columns the view lacks and which states therefore cannot be judged (those verdicts show "not settled"). */
export function MissingColumnsMessage({ missing, strings }: { readonly missing: MissingColumns; readonly strings: Strings }): React.ReactElement {
    const states = missing.states.map((s) => strings(`State_${s}`)).join(strings('Label_ListSeparator'));
    return (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline={false} truncated overflowButtonAriaLabel={strings('Label_ShowMore')} data-message="missing-columns">
            {strings('Message_MissingColumns', missing.columns.length, missing.columns.join(', '))}
            {missing.states.length > 0 && ` ${strings('Message_CannotJudge', states)}`}
        </MessageBar>
    );
}
