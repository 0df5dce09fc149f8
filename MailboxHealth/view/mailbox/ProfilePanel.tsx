import * as React from 'react';
import { getId, MessageBar, MessageBarType, useTheme } from '@fluentui/react';
import { unsupportedExoSettings } from '../../core/profile';
import type { UnsupportedExoSetting } from '../../core/profile';
import type { ColumnValue, MailboxAssessment, ProfileColumn, ProfileRow } from '../../core/types';
import { AUTHENTICATION_PROTOCOL, CREDENTIAL_RETRIEVAL, labelsByValue, RECORD_STATE, SERVER_TYPE } from '../../core/vocabulary';
import type { ChoiceLabels } from '../../core/vocabulary';
import type { Strings } from '../../contract/strings';
import { detailStyles } from './styles';

/**
 * emailserverprofile option labels (docs/evidence.md §2.2) by the vocabulary's option names; values, never labels,
 * are what the data holds. ChoiceLabels makes a missing option a type error; labelsByValue keys them by value.
 */
const SERVER_TYPE_LABEL_KEYS: ChoiceLabels<typeof SERVER_TYPE> = {
    ExchangeServer: 'Label_Detail_ServerType_ExchangeServer',
    Pop3Smtp: 'Label_Detail_ServerType_Pop3Smtp',
    ExchangeServerHybrid: 'Label_Detail_ServerType_ExchangeServerHybrid',
    ExchangeOnlineHybrid: 'Label_Detail_ServerType_ExchangeOnlineHybrid',
    ImapSmtp: 'Label_Detail_ServerType_ImapSmtp',
};
const AUTH_PROTOCOL_LABEL_KEYS: ChoiceLabels<typeof AUTHENTICATION_PROTOCOL> = {
    AutoDetect: 'Label_Detail_AuthProtocol_AutoDetect',
    Negotiate: 'Label_Detail_AuthProtocol_Negotiate',
    Ntlm: 'Label_Detail_AuthProtocol_Ntlm',
    Basic: 'Label_Detail_AuthProtocol_Basic',
    OAuth: 'Label_Detail_AuthProtocol_OAuth',
};
const CREDENTIALS_LABEL_KEYS: ChoiceLabels<typeof CREDENTIAL_RETRIEVAL> = {
    UserOrQueue: 'Label_Detail_Credentials_UserOrQueue',
    EmailServerProfile: 'Label_Detail_Credentials_EmailServerProfile',
    ServerToServer: 'Label_Detail_Credentials_ServerToServer',
    WindowsIntegrated: 'Label_Detail_Credentials_WindowsIntegrated',
    Anonymous: 'Label_Detail_Credentials_Anonymous',
    GmailOAuth: 'Label_Detail_Credentials_GmailOAuth',
    ExchangeHybridModernAuth: 'Label_Detail_Credentials_ExchangeHybridModernAuth',
    EntraIdOAuth: 'Label_Detail_Credentials_EntraIdOAuth',
};
/** Resx keys of the option labels by option value. */
export const SERVER_TYPE_KEYS = labelsByValue(SERVER_TYPE, SERVER_TYPE_LABEL_KEYS);
export const AUTH_PROTOCOL_KEYS = labelsByValue(AUTHENTICATION_PROTOCOL, AUTH_PROTOCOL_LABEL_KEYS);
export const CREDENTIALS_KEYS = labelsByValue(CREDENTIAL_RETRIEVAL, CREDENTIALS_LABEL_KEYS);

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
                                <dd>{profile.statecode === RECORD_STATE.Inactive ? strings('Label_Detail_Inactive') : profile.statecode === RECORD_STATE.Active ? strings('Label_Detail_Active') : profileValueText(profile.statecode, strings)}</dd>
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
