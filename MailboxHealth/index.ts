import * as React from 'react';
import { IInputs, IOutputs } from './generated/ManifestTypes';

/** Placeholder until the control issue: renders the number of mailboxes in the bound dataset. */
export class MailboxHealth implements ComponentFramework.ReactControl<IInputs, IOutputs> {
    public init(): void {
        // nothing to set up yet
    }

    public updateView(context: ComponentFramework.Context<IInputs>): React.ReactElement {
        const count = context.parameters.mailboxes.sortedRecordIds.length;
        return React.createElement('div', null, `${count} mailboxes`);
    }

    public getOutputs(): IOutputs {
        return {};
    }

    public destroy(): void {
        // virtual control: the platform owns and unmounts the React tree
    }
}
