import * as React from 'react';
import { ActionButton, ChoiceGroup, DefaultButton, getId, IChoiceGroupOption, MessageBar, MessageBarType, Stack, TextField, useTheme } from '@fluentui/react';
import type { AssessOptions, LogWarning, TraceEntry } from '../../core/types';
import { explainLog, type LogExplanation } from '../../core/log/explainLog';
import type { Strings } from '../../contract/strings';
import { formatUtc } from '../format';
import { plural } from '../plural';
import { MailboxDetail } from './MailboxDetail';
import { detailStyles } from './styles';

export interface LogExplainerProps {
    now: number;
    options: AssessOptions;
    strings: Strings;
    showCharts: boolean;
    timeZoneOffset?: (at: Date) => number;
}

/** Judge the log at its own time (the core's default) or at the control's now (given explicitly). */
export type LogAsOf = 'log' | 'now';

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
 * see the same single-mailbox view for it. The core decides (core/log/explainLog: the instant, what a log cannot
 * tell, which alerts are history), exactly as for `mailbox-health explain`; this only shows it: the verdict first,
 * then when it was judged, then what the reader skipped, summarised in one collapsed note.
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

    // The control's clock is an explicit time only when the admin asks for it; otherwise the core judges the log at
    // its own latest instant (and falls back to now only when the log records none).
    const explanation: LogExplanation | null = React.useMemo(
        () => (text.trim() === '' ? null : explainLog(text, options, asOf === 'now' ? { at: now, now } : { now })),
        [text, now, options, asOf],
    );
    const historyTraces = React.useMemo(() => new Set<TraceEntry>(explanation ? explanation.alerts.filter((x) => x.history).map((x) => x.entry) : []), [explanation]);

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
            {explanation && <LogResult explanation={explanation} asOf={asOf} onAsOf={setAsOf} now={now} retryLimit={options.maxTransientFailures} fileName={fileName} strings={strings} showCharts={showCharts} timeZoneOffset={timeZoneOffset} historyTraces={historyTraces} />}
        </section>
    );
});

interface LogResultProps {
    readonly explanation: LogExplanation;
    readonly asOf: LogAsOf;
    readonly onAsOf: (asOf: LogAsOf) => void;
    readonly now: number;
    readonly retryLimit: number;
    readonly fileName: string | null;
    readonly strings: Strings;
    readonly showCharts: boolean;
    readonly timeZoneOffset?: (at: Date) => number;
    readonly historyTraces: ReadonlySet<TraceEntry>;
}

/** The core's explanation of one log: the verdict first, then when it was judged, then what could not be read. */
const LogResult: React.FC<LogResultProps> = function LogResult({ explanation: e, asOf, onAsOf, now, retryLimit, fileName, strings, showCharts, timeZoneOffset, historyTraces }) {
    const theme = useTheme();
    const classes = React.useMemo(() => detailStyles(theme), [theme]);
    const verdict = e.verdict;
    const asOfOptions: IChoiceGroupOption[] = [
        { key: 'log', text: e.logTime !== null ? strings('Label_Log_AsOfLog', formatUtc(e.logTime, strings)) : strings('Label_Log_AsOfLogUnknown'), disabled: e.logTime === null },
        { key: 'now', text: strings('Label_Log_AsOfNow', formatUtc(now, strings)) },
    ];
    const judged = e.asOf === null ? null : strings(e.asOfSource === 'log' ? 'Message_Log_JudgedLog' : e.asOfSource === 'now' ? 'Message_Log_JudgedNow' : 'Message_Log_JudgedGiven', formatUtc(e.asOf, strings));
    return (
        <div style={{ marginTop: 16 }} data-testid="log-result">
            {verdict === null ? (
                <div role="status" aria-live="polite">
                    <MessageBar messageBarType={MessageBarType.warning} isMultiline>
                        {strings(e.assessFailed ? 'Message_Log_AssessFailed' : 'Message_Log_NothingRead')}
                    </MessageBar>
                </div>
            ) : (
                <MailboxDetail
                    assessment={verdict}
                    fromLog={{ notInLog: e.gaps?.notInLog ?? [] }}
                    title={e.mailboxName ?? strings('Label_Log_MailboxInLog')}
                    historyTraces={historyTraces}
                    row={e.log.row}
                    profile={e.log.profile}
                    traces={e.log.traces}
                    tracesStatus="loaded"
                    now={e.asOf ?? now}
                    retryLimit={retryLimit}
                    strings={strings}
                    showCharts={showCharts}
                    timeZoneOffset={timeZoneOffset}
                />
            )}
            <section className={classes.section} aria-label={strings('Label_Log_AboutLog')} data-testid="log-about">
                <h3 className={classes.heading3}>{strings('Label_Log_AboutLog')}</h3>
                {judged && <p data-testid="log-judged">{judged}</p>}
                {verdict !== null && (
                    <ChoiceGroup label={strings('Label_Log_AsOf')} selectedKey={asOf === 'log' && e.asOfSource === 'log' ? 'log' : 'now'} options={asOfOptions} onChange={(_, o) => o && onAsOf(o.key as LogAsOf)} />
                )}
                <p role={verdict === null ? undefined : 'status'} aria-live={verdict === null ? undefined : 'polite'} className={classes.muted}>
                    {logReadText(e, fileName ?? strings('Label_Log_PastedText'), strings)}
                </p>
                {e.mailboxName === null && typeof e.log.row.mailboxid === 'string' && <p className={classes.muted}>{strings('Message_Log_MailboxId', e.log.row.mailboxid)}</p>}
                {e.statusNotInLog.length > 0 && (
                    <p data-testid="log-status-not-in-log">{strings('Message_Log_StatusNotInLog', e.statusNotInLog.map((n) => strings(`Workload_${n.workload}`)).join(strings('Label_ListSeparator')))}</p>
                )}
                {e.warnings.truncated && (
                    <MessageBar messageBarType={MessageBarType.warning} isMultiline data-testid="log-truncated">
                        {strings('Message_Log_Truncated')}
                    </MessageBar>
                )}
                <NotReadNote explanation={e} strings={strings} />
            </section>
        </div>
    );
};

/** "Read 27 mailbox fields, 14 server profile fields and 1 alert from the pasted text.": each count in its plural form. */
export function logReadText(e: LogExplanation, source: string, strings: Strings): string {
    return strings(
        'Message_Log_Read',
        plural(strings, { one: 'Message_Log_ReadMailboxFields_One', other: 'Message_Log_ReadMailboxFields_Other' }, e.mailboxFields),
        plural(strings, { one: 'Message_Log_ReadProfileFields_One', other: 'Message_Log_ReadProfileFields_Other' }, e.profileFields),
        plural(strings, { one: 'Message_Log_ReadAlerts_One', other: 'Message_Log_ReadAlerts_Other' }, e.log.traces.length),
        source,
    );
}

/** "2 items of this text were not used: 1 line that is not part of the log, 1 key this reader does not know.": only the kinds that occur. */
export function notReadText(count: number, w: LogExplanation['warnings'], strings: Strings): string {
    const parts: string[] = [];
    if (w.unreadLines > 0) parts.push(plural(strings, { one: 'Message_Log_NotReadLines_One', other: 'Message_Log_NotReadLines_Other' }, w.unreadLines));
    if (w.badValues > 0) parts.push(plural(strings, { one: 'Message_Log_NotReadValues_One', other: 'Message_Log_NotReadValues_Other' }, w.badValues));
    if (w.unknownKeys > 0) parts.push(plural(strings, { one: 'Message_Log_NotReadKeys_One', other: 'Message_Log_NotReadKeys_Other' }, w.unknownKeys));
    return plural(strings, { one: 'Message_Log_NotReadSummary_One', other: 'Message_Log_NotReadSummary_Other' }, count, String(count), parts.join(strings('Label_ListSeparator')));
}

/**
 * What the reader skipped or could not read (a blog's commentary, unknown keys, bad values), as one collapsed note:
 * a count and a disclosure. The lines are text, never HTML.
 */
const NotReadNote: React.FC<{ readonly explanation: LogExplanation; readonly strings: Strings }> = function NotReadNote({ explanation: e, strings }) {
    const theme = useTheme();
    const classes = React.useMemo(() => detailStyles(theme), [theme]);
    const [open, setOpen] = React.useState(false);
    const [id] = React.useState(() => getId('mh-log-notread'));
    const warnings = e.log.warnings.filter((w) => w.code !== 'unknown-key' && w.code !== 'truncated');
    const unknownKeys = e.log.unknownKeys;
    const count = warnings.length + unknownKeys.length;
    if (count === 0) return null;
    return (
        <div data-testid="log-not-read" style={{ marginTop: 8 }}>
            <span>{notReadText(count, e.warnings, strings)}</span>{' '}
            <ActionButton aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)} styles={{ root: { height: 24, padding: 0 } }}>
                {open ? strings('Label_Log_HideNotRead') : strings('Label_Log_ShowNotRead')}
            </ActionButton>
            <div id={id} hidden={!open}>
                {open && warnings.length > 0 && (
                    <>
                        <h4 className={classes.heading4}>{strings('Label_Log_Warnings', warnings.length)}</h4>
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
                    </>
                )}
                {open && unknownKeys.length > 0 && (
                    <>
                        <h4 className={classes.heading4}>{strings('Label_Log_UnknownKeys', unknownKeys.length)}</h4>
                        <p className={classes.muted}>{strings('Message_Log_UnknownKeys')}</p>
                        <ul style={{ margin: 0, paddingLeft: 18 }} data-testid="log-unknown-keys">
                            {unknownKeys.slice(0, LIST_LIMIT).map((k, i) => (
                                <li key={`${k.line}-${k.key}-${i}`}>
                                    {strings('Label_Log_Line', k.line)} <code className={classes.code}>{k.key}</code> = <code className={classes.code}>{k.value.length > 200 ? `${k.value.slice(0, 200)}…` : k.value}</code>
                                </li>
                            ))}
                        </ul>
                        {unknownKeys.length > LIST_LIMIT && <p className={classes.muted}>{strings('Message_Log_More', unknownKeys.length - LIST_LIMIT)}</p>}
                    </>
                )}
            </div>
        </div>
    );
};
