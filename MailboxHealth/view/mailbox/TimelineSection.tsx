import * as React from 'react';
import { DefaultButton, getId, MessageBar, MessageBarType, Stack, useTheme } from '@fluentui/react';
import type { Strings } from '../../contract/strings';
import { formatLocal, formatRelative, formatUtc } from '../format';
import { describeEvent, LANE_LABEL_KEYS, RANGE_LABEL_KEYS, TIMELINE_RANGES, TimelineEvent, TimelineRange } from './timelineConfig';
import { TimelineChart } from './TimelineChart';
import { detailStyles } from './styles';

export interface TimelineSectionProps {
    readonly events: readonly TimelineEvent[];
    readonly now: number;
    readonly strings: Strings;
    readonly showCharts: boolean;
    readonly timeZoneOffset?: (at: Date) => number;
}

/** The sync timeline: the chart (when charts are on) and, always, the same events as a table with UTC times. */
export const TimelineSection: React.FC<TimelineSectionProps> = React.memo(function TimelineSection({ events, now, strings, showCharts, timeZoneOffset }) {
    const theme = useTheme();
    const classes = React.useMemo(() => detailStyles(theme), [theme]);
    const [range, setRange] = React.useState<TimelineRange>('auto');
    const [headingId] = React.useState(() => getId('mh-timeline'));
    const watermark = events.find((e) => e.kind === 'watermark');

    return (
        <section className={classes.section} aria-labelledby={headingId}>
            <h3 id={headingId} className={classes.heading3}>
                {strings('Label_Detail_Timeline')}
            </h3>
            {showCharts && (
                <>
                    <Stack horizontal wrap tokens={{ childrenGap: 4 }} role="group" aria-label={strings('Label_Detail_Range')}>
                        {TIMELINE_RANGES.map((r) => (
                            <DefaultButton key={r} text={strings(RANGE_LABEL_KEYS[r])} toggle checked={range === r} aria-pressed={range === r} onClick={() => setRange(r)} styles={{ root: { minWidth: 0, height: 28, padding: '0 8px' } }} />
                        ))}
                    </Stack>
                    <TimelineChart events={events} now={now} range={range} strings={strings} />
                </>
            )}
            <TimelineTable events={events} now={now} strings={strings} timeZoneOffset={timeZoneOffset} />
            {watermark && watermark.at !== null && (
                <MessageBar messageBarType={MessageBarType.info} isMultiline>
                    {strings('Message_Detail_WatermarkWarning', formatUtc(watermark.at, strings))}
                </MessageBar>
            )}
        </section>
    );
});

interface TimelineTableProps {
    readonly events: readonly TimelineEvent[];
    readonly now: number;
    readonly strings: Strings;
    readonly timeZoneOffset?: (at: Date) => number;
}

/** The text alternative of the chart, and the exact times for admins comparing with the log. */
const TimelineTable: React.FC<TimelineTableProps> = React.memo(function TimelineTable({ events, now, strings, timeZoneOffset }) {
    const theme = useTheme();
    const classes = React.useMemo(() => detailStyles(theme), [theme]);
    return (
        <div className={classes.tableWrap}>
            <table className={classes.table}>
                <caption>{strings('Label_Detail_TimelineTable')}</caption>
                <thead>
                    <tr>
                        <th scope="col">{strings('Label_Detail_Column_TimeUtc')}</th>
                        <th scope="col">{strings('Label_Detail_Column_Relative')}</th>
                        <th scope="col">{strings('Label_Detail_Column_Lane')}</th>
                        <th scope="col">{strings('Label_Detail_Column_Event')}</th>
                        <th scope="col">{strings('Label_Detail_Column_Column')}</th>
                    </tr>
                </thead>
                <tbody>
                    {events.map((e, i) => (
                        <tr key={`${e.kind}-${e.lane}-${i}`} data-event={e.kind} style={e.kind === 'now' ? { fontWeight: 600 } : undefined}>
                            <td title={e.at === null ? undefined : formatLocal(e.at, strings, timeZoneOffset)}>{e.at === null ? strings('Label_Detail_NotScheduled') : formatUtc(e.at, strings)}</td>
                            <td>{e.at === null || e.kind === 'now' ? strings('Label_NoValue') : formatRelative(e.at, now, strings)}</td>
                            <td>{strings(LANE_LABEL_KEYS[e.lane])}</td>
                            <td>{describeEvent(e, strings)}</td>
                            <td>{e.column ? <code className={classes.code}>{e.column}</code> : strings('Label_NoValue')}</td>
                        </tr>
                    ))}
                </tbody>
            </table>
        </div>
    );
});
