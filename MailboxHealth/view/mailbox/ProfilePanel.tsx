import * as React from 'react';
import { getId, MessageBar, MessageBarType, useTheme } from '@fluentui/react';
import { unsupportedExoSettings } from '../../core/profile';
import type { UnsupportedExoSetting } from '../../core/profile';
import type { ColumnValue, MailboxAssessment, ProfileColumn, ProfileRow } from '../../core/types';
import type { Strings } from '../../contract/strings';
import { detailStyles } from './styles';

/** emailserverprofile option labels (docs/evidence.md §2.2); values, never labels, are what the data holds. */
export const SERVER_TYPE_KEYS: Readonly<Record<number, string>> = {
    0: 'Label_Detail_ServerType_0',
    1: 'Label_Detail_ServerType_1',
    2: 'Label_Detail_ServerType_2',
    3: 'Label_Detail_ServerType_3',
    4: 'Label_Detail_ServerType_4',
};
export const AUTH_PROTOCOL_KEYS: Readonly<Record<number, string>> = {
    0: 'Label_Detail_AuthProtocol_0',
    1: 'Label_Detail_AuthProtocol_1',
    2: 'Label_Detail_AuthProtocol_2',
    3: 'Label_Detail_AuthProtocol_3',
    4: 'Label_Detail_AuthProtocol_4',
};
export const CREDENTIALS_KEYS: Readonly<Record<number, string>> = {
    0: 'Label_Detail_Credentials_0',
    1: 'Label_Detail_Credentials_1',
    2: 'Label_Detail_Credentials_2',
    3: 'Label_Detail_Credentials_3',
    4: 'Label_Detail_Credentials_4',
    5: 'Label_Detail_Credentials_5',
    6: 'Label_Detail_Credentials_6',
    7: 'Label_Detail_Credentials_7',
};

/** The platform polls no more often than every 5 minutes; 0 means 5 (seed 000, §3.1 R11). */
export const MIN_POLLING_MINUTES = 5;

/** A profile value in words: an option label with its raw value, Yes/No, or the text as the log printed it. */
export function profileValueText(value: ColumnValue | undefined, strings: Strings, options?: Readonly<Record<number, string>>): string {
    if (value === undefined) return strings('Label_Detail_NotInData');
    if (value === null) return strings('Label_NoValue');
    if (typeof value === 'boolean') return value ? strings('Label_Detail_Yes') : strings('Label_Detail_No');
    if (typeof value === 'number' && options) {
        const key = options[value];
        return key ? strings('Label_Detail_OptionWithValue', strings(key), value) : strings('Message_Detail_UnknownOption', value);
    }
    if (value instanceof Date) return value.toISOString();
    return String(value);
}

/** "0 → every 5 minutes": the polling interval with the minimum-5 rule applied. */
export function pollingText(value: ColumnValue | undefined, strings: Strings): string {
    if (typeof value !== 'number' || !Number.isFinite(value)) return profileValueText(value, strings);
    return strings('Message_Detail_PollingInterval', value, Math.max(MIN_POLLING_MINUTES, value));
}

/** An offending setting as the log prints it: "useautodiscover = False", "incomingcredentialretrieval = 1". */
export function settingText(setting: UnsupportedExoSetting): string {
    const value = typeof setting.value === 'boolean' ? (setting.value ? 'True' : 'False') : String(setting.value);
    return `${setting.column} = ${value}`;
}

export interface ProfilePanelProps {
    readonly assessment: MailboxAssessment;
    readonly profile: ProfileRow | null;
    readonly strings: Strings;
}

interface Setting {
    readonly label: string;
    readonly incoming: ProfileColumn;
    readonly outgoing: ProfileColumn;
    readonly options?: Readonly<Record<number, string>>;
}

/** The email server profile in brief, with the two profile flags explained. */
export const ProfilePanel: React.FC<ProfilePanelProps> = React.memo(function ProfilePanel({ assessment: a, profile, strings }) {
    const theme = useTheme();
    const classes = React.useMemo(() => detailStyles(theme), [theme]);
    const [headingId] = React.useState(() => getId('mh-profile'));
    const approvalMissing = a.flags.includes('o365-approval-missing');
    const unsupported = a.flags.includes('unsupported-exo-config');
    const name = a.profileName ?? (typeof profile?.name === 'string' ? profile.name : null);
    const offending = React.useMemo(() => unsupportedExoSettings(profile).map(settingText), [profile]);
    const settings: Setting[] = [
        { label: strings('Label_Detail_AuthProtocol'), incoming: 'incomingauthenticationprotocol', outgoing: 'outgoingauthenticationprotocol', options: AUTH_PROTOCOL_KEYS },
        { label: strings('Label_Detail_Credentials'), incoming: 'incomingcredentialretrieval', outgoing: 'outgoingcredentialretrieval', options: CREDENTIALS_KEYS },
        { label: strings('Label_Detail_Impersonation'), incoming: 'incominguseimpersonation', outgoing: 'outgoinguseimpersonation' },
        { label: strings('Label_Detail_Ssl'), incoming: 'incomingusessl', outgoing: 'outgoingusessl' },
        { label: strings('Label_Detail_Port'), incoming: 'incomingportnumber', outgoing: 'outgoingportnumber' },
        { label: strings('Label_Detail_ServerLocation'), incoming: 'incomingserverlocation', outgoing: 'outgoingserverlocation' },
    ];
    const paired = settings.filter((s) => profile && (profile[s.incoming] !== undefined || profile[s.outgoing] !== undefined));

    return (
        <section className={classes.section} aria-labelledby={headingId}>
            <h3 id={headingId} className={classes.heading3}>
                {strings('Label_Detail_Profile')}
            </h3>
            {approvalMissing && (
                <MessageBar messageBarType={MessageBarType.warning} isMultiline>
                    <strong>{strings('Flag_o365-approval-missing')}</strong> <span>{strings('Message_Detail_Flag_O365ApprovalMissing')}</span>
                </MessageBar>
            )}
            {unsupported && (
                <MessageBar messageBarType={MessageBarType.severeWarning} isMultiline>
                    <strong>{strings('Flag_unsupported-exo-config')}</strong> <span>{strings('Message_Detail_Flag_UnsupportedExoConfig')}</span>
                    {offending.length > 0 && (
                        <ul style={{ margin: '4px 0 0 0', paddingLeft: 18 }}>
                            {offending.map((o) => (
                                <li key={o}>
                                    <code className={classes.code}>{o}</code>
                                </li>
                            ))}
                        </ul>
                    )}
                </MessageBar>
            )}
            {!profile ? (
                <p className={classes.muted}>{name ? strings('Message_Detail_ProfileNotLoadedNamed', name) : strings('Message_Detail_ProfileNotLoaded')}</p>
            ) : (
                <>
                    <dl className={classes.facts}>
                        <dt>{strings('Label_Detail_ProfileName')}</dt>
                        <dd>{name ?? strings('Label_NoValue')}</dd>
                        <dt>{strings('Label_Detail_ServerType')}</dt>
                        <dd>
                            {profileValueText(profile.servertype, strings, SERVER_TYPE_KEYS)} <code className={classes.code}>servertype</code>
                        </dd>
                        {profile.statecode !== undefined && (
                            <>
                                <dt>{strings('Label_Detail_ProfileStatus')}</dt>
                                <dd>{profile.statecode === 1 ? strings('Label_Detail_Inactive') : profile.statecode === 0 ? strings('Label_Detail_Active') : profileValueText(profile.statecode, strings)}</dd>
                            </>
                        )}
                        <dt>{strings('Label_Detail_Autodiscover')}</dt>
                        <dd>
                            {profileValueText(profile.useautodiscover, strings)} <code className={classes.code}>useautodiscover</code>
                        </dd>
                        <dt>{strings('Label_Detail_PollingInterval')}</dt>
                        <dd>
                            {pollingText(profile.minpollingintervalinminutes, strings)} <code className={classes.code}>minpollingintervalinminutes</code>
                        </dd>
                        {profile.maxconcurrentconnections !== undefined && (
                            <>
                                <dt>{strings('Label_Detail_MaxConnections')}</dt>
                                <dd>
                                    {profileValueText(profile.maxconcurrentconnections, strings)} <code className={classes.code}>maxconcurrentconnections</code>
                                </dd>
                            </>
                        )}
                        {profile.sendemailalert !== undefined && (
                            <>
                                <dt>{strings('Label_Detail_SendAlert')}</dt>
                                <dd>
                                    {profileValueText(profile.sendemailalert, strings)} <code className={classes.code}>sendemailalert</code>
                                </dd>
                            </>
                        )}
                    </dl>
                    {paired.length > 0 && (
                        <div className={classes.tableWrap} style={{ marginTop: 8 }}>
                            <table className={classes.table}>
                                <thead>
                                    <tr>
                                        <th scope="col">{strings('Label_Detail_Setting')}</th>
                                        <th scope="col">{strings('Label_Detail_Incoming')}</th>
                                        <th scope="col">{strings('Label_Detail_Outgoing')}</th>
                                    </tr>
                                </thead>
                                <tbody>
                                    {paired.map((s) => (
                                        <tr key={s.incoming}>
                                            <th scope="row">{s.label}</th>
                                            <td>{profileValueText(profile[s.incoming], strings, s.options)}</td>
                                            <td>{profileValueText(profile[s.outgoing], strings, s.options)}</td>
                                        </tr>
                                    ))}
                                </tbody>
                            </table>
                        </div>
                    )}
                </>
            )}
        </section>
    );
});
