import * as React from 'react';
import { DefaultButton, MessageBar, MessageBarType, Panel, PanelType, Shimmer, Spinner, SpinnerSize, ThemeProvider, useTheme } from '@fluentui/react';
import type { ITheme } from '@fluentui/react';
import { FleetView } from './FleetView';
import type { FleetViewProps } from './FleetView';
import { formatCount } from './format';
import { LogExplainer } from './mailbox/LogExplainer';
import { MailboxInDepth } from './MailboxInDepth';
import { MissingColumnsMessage } from './MissingColumnsMessage';
import type { DatasetStatus, FormPlacement } from '../contract/model';
import { fleetStyles } from './styles';

/** The fleet view's props plus what only the root needs: the dataset status, the form placement and the theme. */
export interface MailboxHealthViewProps extends FleetViewProps {
    readonly status: DatasetStatus;
    /** On the mailbox form: the one mailbox in depth instead of the fleet. null on dashboards and views. */
    readonly form: FormPlacement | null;
    readonly theme?: ITheme;
}

const READY: DatasetStatus = { kind: 'ready' };

/** "Preparing" for at most its `waitMs`, then ready: what is there is shown with the missing-columns message. */
function useBoundedWait(status: DatasetStatus): DatasetStatus {
    const [expired, setExpired] = React.useState<DatasetStatus | null>(null);
    const waitMs = status.kind === 'preparing' ? status.waitMs : undefined;
    React.useEffect(() => {
        if (waitMs === undefined) return undefined;
        const timer = setTimeout(() => setExpired(status), waitMs);
        return () => clearTimeout(timer);
    }, [status, waitMs]);
    return expired === status ? READY : status;
}

/** The control's root: the host's theme, then loading / error / form / fleet. Props only: no PCF in here. */
export const MailboxHealthView: React.FC<MailboxHealthViewProps> = function MailboxHealthView(props) {
    return (
        <ThemeProvider theme={props.theme} data-mailboxhealth="">
            <Body {...props} />
        </ThemeProvider>
    );
};

function Body(props: MailboxHealthViewProps): React.ReactElement {
    const { snapshot, progress, strings, onRefresh, form } = props;
    const status = useBoundedWait(props.status);
    const theme = useTheme();
    const styles = React.useMemo(() => fleetStyles(theme), [theme]);
    if (status.kind === 'wrong-table') {
        return (
            <div className={styles.root}>
                <MessageBar messageBarType={MessageBarType.warning} isMultiline data-message="wrong-table">
                    {strings('Message_WrongTable', status.table)}
                </MessageBar>
            </div>
        );
    }
    if (status.kind === 'error') {
        return (
            <div className={styles.root}>
                <MessageBar messageBarType={MessageBarType.error} isMultiline data-message="error" actions={<DefaultButton onClick={onRefresh}>{strings('Label_TryAgain')}</DefaultButton>}>
                    {strings('Message_DatasetError')} {status.message}
                </MessageBar>
            </div>
        );
    }
    if (status.kind === 'preparing' || (status.kind === 'loading' && form === null && snapshot.ids.length === 0)) {
        return (
            <div className={styles.root} aria-busy="true" data-message="loading">
                <Spinner size={SpinnerSize.large} label={status.kind === 'preparing' ? strings('Label_PreparingColumns') : progress.total ? strings('Message_LoadingProgress', formatCount(progress.loaded), `${formatCount(progress.total)}${progress.totalAtLeast ? '+' : ''}`) : strings('Label_LoadingMailboxes')} />
                <Shimmer />
                <Shimmer width="80%" />
                <Shimmer width="60%" />
            </div>
        );
    }
    if (form) return <FormBody {...props} form={form} />;
    return <FleetView {...props} />;
}

function FormBody(props: MailboxHealthViewProps & { form: FormPlacement }): React.ReactElement {
    const { form, strings, now, options, showCharts, timeZoneOffset, loadExtras, missing } = props;
    const theme = useTheme();
    const styles = React.useMemo(() => fleetStyles(theme), [theme]);
    const [explainOpen, setExplainOpen] = React.useState(false);
    return (
        <div className={styles.root} data-placement="form">
            {missing && <MissingColumnsMessage missing={missing} strings={strings} />}
            <div className={styles.toolbar}>
                <DefaultButton iconProps={{ iconName: 'TextDocument' }} onClick={() => setExplainOpen(true)}>
                    {strings('Label_ExplainLog')}
                </DefaultButton>
                <DefaultButton iconProps={{ iconName: 'Refresh' }} onClick={props.onRefresh}>
                    {strings('Label_Refresh')}
                </DefaultButton>
            </div>
            {form.kind === 'narrowing' && <Spinner label={strings('Label_LoadingMailbox')} />}
            {form.kind === 'not-found' && (
                <MessageBar messageBarType={MessageBarType.warning} data-message="form-not-found">
                    {strings('Message_FormMailboxNotFound')}
                </MessageBar>
            )}
            {form.kind === 'found' && (
                <MailboxInDepth
                    row={form.row}
                    assessedAt={form.readAt}
                    now={now}
                    options={options}
                    strings={strings}
                    showCharts={showCharts}
                    timeZoneOffset={timeZoneOffset}
                    loadExtras={loadExtras}
                    loadAlerts={props.loadAlerts}
                />
            )}
            <Panel isOpen={explainOpen} type={PanelType.large} layerProps={{ className: styles.layer }} isLightDismiss onDismiss={() => setExplainOpen(false)} popupProps={{ ariaLabel: strings('Label_ExplainLog') }} closeButtonAriaLabel={strings('Label_Close')}>
                {explainOpen && <LogExplainer now={now} options={options} strings={strings} showCharts={showCharts} timeZoneOffset={timeZoneOffset} />}
            </Panel>
        </div>
    );
}
