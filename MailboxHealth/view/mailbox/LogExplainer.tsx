import * as React from 'react';
import { ChoiceGroup, DefaultButton, getId, IChoiceGroupOption, MessageBar, MessageBarType, Stack, TextField, useTheme } from '@fluentui/react';
import type { AssessOptions, LogWarning } from '../../core/types';
import type { Strings } from '../../contract/strings';
import { formatUtc } from '../format';
import { explainLog, LogAsOf } from './explainLog';
import { splitLogGaps, withLogGaps } from '../../core/logGaps';
import { MailboxDetail } from './MailboxDetail';
import { detailStyles } from './styles';

export interface LogExplainerProps {
    now: number;
    options: AssessOptions;
    strings: Strings;
    showCharts: boolean;
    timeZoneOffset?: (at: Date) => number;
}

/** Larger than any real Download Mailbox Details log (a few KB) by far; refuses accidental drops of big files. */
export const MAX_LOG_BYTES = 5 * 1024 * 1024;
const LIST_LIMIT = 50;

const WARNING_KEYS: Readonly<Record<LogWarning['code'], string>> = {
    'unknown-key': 'Message_Log_Warning_UnknownKey',
    'bad-value': 'Message_Log_Warning_BadValue',
    truncated: 'Message_Log_Warning_Truncated',
    'no-mailbox-section': 'Message_Log_Warning_NoMailboxSection',
    'garbled-line': 'Message_Log_Warning_GarbledLine',
    empty: 'Message_Log_Warning_Empty',
};

/** Whether a dropped or chosen file looks like the text log (by name or type), before reading it. */
export function isLogFile(file: { readonly name: string; readonly type: string }): boolean {
    return /\.(log|txt)$/i.test(file.name) || file.type.startsWith('text/');
}

/**
 * "Explain a downloaded log": paste the text of a Download Mailbox Details .log, or drop or choose the file, and
 * see the same single-mailbox view for it, with what the reader could not understand listed as text.
 * Nothing leaves the browser: the file is read with FileReader.
 */
export const LogExplainer: React.FC<LogExplainerProps> = React.memo(function LogExplainer({ now, options, strings, showCharts, timeZoneOffset }) {
    const theme = useTheme();
    const classes = React.useMemo(() => detailStyles(theme), [theme]);
    const [ids] = React.useState(() => ({ heading: getId('mh-log'), intro: getId('mh-log-intro') }));
    const [text, setText] = React.useState('');
    const [fileName, setFileName] = React.useState<string | null>(null);
    const [fileMessage, setFileMessage] = React.useState<string | null>(null);
    const [dragging, setDragging] = React.useState(false);
    const [asOf, setAsOf] = React.useState<LogAsOf>('log');
    const fileInput = React.useRef<HTMLInputElement>(null);

    const explanation = React.useMemo(() => (text.trim() === '' ? null : explainLog(text, now, options, asOf)), [text, now, options, asOf]);
    // States no log can rule out (no state, approval or status columns in its format) are noted, not "not settled".
    const shown = React.useMemo(() => {
        if (!explanation?.assessment) return null;
        const gaps = splitLogGaps(explanation.assessment, explanation.log);
        return { assessment: withLogGaps(explanation.assessment, gaps), fromLog: { notInLog: gaps.notInLog } };
    }, [explanation]);

    const readFile = React.useCallback(
        (file: File | undefined | null) => {
            if (!file) return;
            if (!isLogFile(file)) {
                setFileMessage(strings('Message_Log_NotALogFile', file.name));
                return;
            }
            if (file.size > MAX_LOG_BYTES) {
                setFileMessage(strings('Message_Log_FileTooLarge', file.name));
                return;
            }
            const reader = new FileReader();
            reader.onload = () => {
                setText(typeof reader.result === 'string' ? reader.result : '');
                setFileName(file.name);
                setFileMessage(null);
            };
            reader.onerror = () => setFileMessage(strings('Message_Log_FileReadFailed', file.name));
            reader.readAsText(file);
        },
        [strings],
    );

    const onDrop = (e: React.DragEvent<HTMLElement>): void => {
        e.preventDefault();
        setDragging(false);
        readFile(e.dataTransfer?.files?.[0]);
    };
    const onDragOver = (e: React.DragEvent<HTMLElement>): void => {
        e.preventDefault();
        if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
        setDragging(true);
    };

    const asOfOptions: IChoiceGroupOption[] = [
        {
            key: 'log',
            text: explanation?.logTime != null ? strings('Label_Log_AsOfLog', formatUtc(explanation.logTime, strings)) : strings('Label_Log_AsOfLogUnknown'),
            disabled: explanation?.logTime == null,
        },
        { key: 'now', text: strings('Label_Log_AsOfNow', formatUtc(now, strings)) },
    ];
    const warnings = explanation ? explanation.log.warnings.filter((w) => w.code !== 'unknown-key') : [];
    const unknownKeys = explanation ? explanation.log.unknownKeys : [];

    return (
        <section className={classes.root} aria-labelledby={ids.heading} data-testid="log-explainer">
            <h2 id={ids.heading} className={classes.heading2}>
                {strings('Label_Log_Title')}
            </h2>
            <p id={ids.intro}>{strings('Message_Log_Intro')}</p>
            <div
                className={`${classes.dropZone} ${dragging ? classes.dropActive : ''}`}
                onDragOver={onDragOver}
                onDragEnter={onDragOver}
                onDragLeave={() => setDragging(false)}
                onDrop={onDrop}
                role="region"
                aria-label={strings('Label_Log_DropZone')}
                data-testid="log-drop-zone"
            >
                <TextField
                    label={strings('Label_Log_Text')}
                    multiline
                    rows={8}
                    value={text}
                    placeholder={strings('Message_Log_DropHere')}
                    aria-describedby={ids.intro}
                    onChange={(_, v) => {
                        setText(v ?? '');
                        setFileName(null);
                    }}
                    styles={{ field: { fontFamily: 'Consolas, "Courier New", monospace', fontSize: 12 } }}
                />
                <Stack horizontal wrap tokens={{ childrenGap: 8 }} styles={{ root: { marginTop: 8 } }}>
                    <DefaultButton iconProps={{ iconName: 'OpenFile' }} text={strings('Label_Log_ChooseFile')} onClick={() => fileInput.current?.click()} />
                    <DefaultButton
                        iconProps={{ iconName: 'Clear' }}
                        text={strings('Label_Log_Clear')}
                        disabled={text === ''}
                        onClick={() => {
                            setText('');
                            setFileName(null);
                            setFileMessage(null);
                        }}
                    />
                    <input
                        ref={fileInput}
                        type="file"
                        accept=".log,.txt,text/plain"
                        style={{ display: 'none' }}
                        aria-hidden="true"
                        tabIndex={-1}
                        data-testid="log-file-input"
                        onChange={(e) => {
                            readFile(e.target.files?.[0]);
                            e.target.value = '';
                        }}
                    />
                </Stack>
            </div>
            {fileMessage && (
                <MessageBar messageBarType={MessageBarType.error} isMultiline styles={{ root: { marginTop: 8 } }}>
                    {fileMessage}
                </MessageBar>
            )}
            {explanation && (
                <div role="status" aria-live="polite" style={{ marginTop: 8 }}>
                    <MessageBar messageBarType={explanation.assessment ? MessageBarType.info : MessageBarType.warning} isMultiline>
                        {explanation.assessment
                            ? strings('Message_Log_Read', explanation.mailboxFields, explanation.profileFields, explanation.log.traces.length, fileName ?? strings('Label_Log_PastedText'))
                            : explanation.assessFailed
                              ? strings('Message_Log_AssessFailed')
                              : strings('Message_Log_NothingRead')}
                    </MessageBar>
                </div>
            )}
            {explanation && warnings.length > 0 && (
                <div style={{ marginTop: 8 }}>
                    <h3 className={classes.heading4}>{strings('Label_Log_Warnings', warnings.length)}</h3>
                    <ul style={{ margin: 0, paddingLeft: 18 }} data-testid="log-warnings">
                        {warnings.slice(0, LIST_LIMIT).map((w, i) => (
                            <li key={`${w.line}-${w.code}-${i}`} data-warning={w.code}>
                                {w.line > 0 ? strings('Label_Log_Line', w.line) : strings('Label_Log_WholeFile')} {strings(WARNING_KEYS[w.code] ?? 'Message_Log_Warning_GarbledLine')}
                                {w.key && (
                                    <>
                                        {' '}
                                        <code className={classes.code}>{w.key}</code>
                                    </>
                                )}
                                {w.raw && (
                                    <>
                                        {' '}
                                        <code className={classes.code}>{w.raw.length > 200 ? `${w.raw.slice(0, 200)}…` : w.raw}</code>
                                    </>
                                )}
                            </li>
                        ))}
                    </ul>
                    {warnings.length > LIST_LIMIT && <p className={classes.muted}>{strings('Message_Log_More', warnings.length - LIST_LIMIT)}</p>}
                </div>
            )}
            {explanation && unknownKeys.length > 0 && (
                <div style={{ marginTop: 8 }}>
                    <h3 className={classes.heading4}>{strings('Label_Log_UnknownKeys', unknownKeys.length)}</h3>
                    <p className={classes.muted}>{strings('Message_Log_UnknownKeys')}</p>
                    <ul style={{ margin: 0, paddingLeft: 18 }} data-testid="log-unknown-keys">
                        {unknownKeys.slice(0, LIST_LIMIT).map((k, i) => (
                            <li key={`${k.line}-${k.key}-${i}`}>
                                {strings('Label_Log_Line', k.line)} <code className={classes.code}>{k.key}</code> = <code className={classes.code}>{k.value.length > 200 ? `${k.value.slice(0, 200)}…` : k.value}</code>
                            </li>
                        ))}
                    </ul>
                    {unknownKeys.length > LIST_LIMIT && <p className={classes.muted}>{strings('Message_Log_More', unknownKeys.length - LIST_LIMIT)}</p>}
                </div>
            )}
            {explanation && shown && (
                <>
                    <ChoiceGroup
                        label={strings('Label_Log_AsOf')}
                        selectedKey={explanation.asOf === explanation.logTime && asOf === 'log' ? 'log' : 'now'}
                        options={asOfOptions}
                        onChange={(_, o) => o && setAsOf(o.key as LogAsOf)}
                        styles={{ root: { marginTop: 8 } }}
                    />
                    <div style={{ marginTop: 16 }}>
                        <MailboxDetail
                            assessment={shown.assessment}
                            fromLog={shown.fromLog}
                            row={explanation.log.row}
                            profile={explanation.log.profile}
                            traces={explanation.log.traces}
                            tracesStatus="loaded"
                            now={explanation.asOf}
                            strings={strings}
                            showCharts={showCharts}
                            timeZoneOffset={timeZoneOffset}
                        />
                    </div>
                </>
            )}
        </section>
    );
});
