import type { ErrorMatch, MailboxRow } from '../../../MailboxHealth/core/types';
import {
    buildTimelineConfig,
    buildTimelineEvents,
    formatTick,
    legendItems,
    ticksForWidth,
    MarkerLinesPlugin,
    timelineSummary,
    timelineWindow,
    TimelineEvent,
    TimelinePalette,
    TimelinePoint,
    tooltipLines,
    utcTicks,
} from '../../../MailboxHealth/view/mailbox/timelineConfig';
import { aWorkload, anAssessment, MIN, NOW, strings } from './support';

const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

const palette: TimelinePalette = {
    ok: 'green',
    error: 'red',
    warning: 'orange',
    info: 'blue',
    neutral: 'black',
    muted: 'grey',
    accent: 'purple',
    now: 'ink',
    text: 'text',
    grid: 'grid',
    background: 'white',
};

/** Seed 000's mailbox at 15:23:37 UTC: last attempt 15:23:36, next processing 15:28:37, ACT postponed to 15:25:34. */
const seed000 = anAssessment({
    lastAttemptAt: Date.parse('2018-12-03T15:23:36Z'),
    lastSuccessAt: Date.parse('2018-12-03T15:23:37Z'),
    lastErrorAt: Date.parse('2018-10-17T17:41:58Z'),
    lastErrorIsCurrent: false,
    nextProcessingAt: Date.parse('2018-12-03T15:28:37Z'),
    due: 'scheduled',
    workloads: {
        incoming: aWorkload('incoming', { postponedUntil: Date.parse('2018-12-03T15:28:37Z'), nextRunAt: Date.parse('2018-12-03T15:28:37Z'), inNextCycle: true }),
        outgoing: aWorkload('outgoing', { postponedUntil: Date.parse('2018-11-29T18:07:17Z'), nextRunAt: Date.parse('2018-12-03T15:28:37Z'), inNextCycle: true }),
        act: aWorkload('act', { postponedUntil: Date.parse('2018-12-03T15:25:34Z'), nextRunAt: Date.parse('2018-12-03T15:28:37Z'), inNextCycle: true }),
    },
});
const seed000Row: MailboxRow = {
    testmailboxaccesscompletedon: '2018-11-29T18:07:22Z',
    processemailreceivedafter: new Date('2018-12-03T15:20:00Z'),
    postponemailboxprocessinguntil: '2018-12-03T15:28:37Z',
};

function kindsAndColumns(events: readonly TimelineEvent[]): string[] {
    return events.map((e) => `${e.kind}@${e.lane}:${e.column}`);
}

function allPoints(config: ReturnType<typeof buildTimelineConfig>): TimelinePoint[] {
    return config.data.datasets.flatMap((d) => d.data);
}

describe('buildTimelineEvents', () => {
    it('gives one marker per schedule column, oldest first, with the column each comes from', () => {
        const events = buildTimelineEvents({ assessment: seed000, row: seed000Row, now: NOW });
        expect(kindsAndColumns(events)).toEqual([
            'last-error-stale@processing:lastsyncerroroccurredon',
            'postponed-until@outgoing:postponesendinguntil',
            'last-test@test:testmailboxaccesscompletedon',
            'watermark@incoming:processemailreceivedafter',
            'last-attempt@processing:processinglastattemptedon',
            'now@processing:',
            'last-success@processing:lastsuccessfulsynccompletedon',
            'postponed-until@act:receivingpostponeduntilforact',
            'next-processing@processing:postponemailboxprocessinguntil',
            'postponed-until@incoming:receivingpostponeduntil',
        ]);
    });

    it('keeps the sentinel year 9999 out of the timeline and lists it as not scheduled, from the core’s value alone', () => {
        const sentinel = Date.parse('9999-12-31T23:59:59.997Z');
        const a = anAssessment({
            nextProcessingAt: null,
            due: 'not-scheduled',
            reasons: [{ code: 'processing-not-scheduled', columns: ['postponemailboxprocessinguntil'] }],
            workloads: { incoming: aWorkload('incoming', { state: 'disabled', postponedUntil: sentinel }), outgoing: aWorkload('outgoing'), act: aWorkload('act') },
        });
        // The row is not read again for the schedule: an empty row gives the same events.
        const events = buildTimelineEvents({ assessment: a, row: {}, now: NOW });
        expect(events.filter((e) => e.notScheduled).map((e) => `${e.kind}@${e.lane}:${e.at}`)).toEqual(['next-processing@processing:null', 'postponed-until@incoming:null']);

        const config = buildTimelineConfig({ events, now: NOW, range: 'all', palette, strings });
        expect(allPoints(config).filter((p) => p.x >= Date.UTC(9999, 0, 1))).toEqual([]);
        expect(allPoints(config).map((p) => p.event.kind)).toEqual([]);
    });

    it('leaves out year-1 placeholders and unreadable dates instead of plotting them', () => {
        const events = buildTimelineEvents({ assessment: anAssessment(), row: { testmailboxaccesscompletedon: '0001-01-01T00:00:00Z', processemailreceivedafter: 'yesterday' }, now: NOW });
        expect(events.filter((e) => e.at !== null).map((e) => e.kind)).toEqual(['now']);
    });

    it('says nothing about next processing when the core cannot tell it, and "not scheduled" when it is not', () => {
        const unknown = anAssessment({ due: 'not-scheduled', reasons: [{ code: 'processing-schedule-unknown', columns: ['postponemailboxprocessinguntil'] }] });
        expect(buildTimelineEvents({ assessment: unknown, row: { postponemailboxprocessinguntil: '9999-12-31T23:59:59.997Z' }, now: NOW }).map((e) => e.kind)).toEqual(['now']);
        const notScheduled = anAssessment({ due: 'not-scheduled', reasons: [{ code: 'processing-not-scheduled', columns: ['postponemailboxprocessinguntil'] }] });
        expect(buildTimelineEvents({ assessment: notScheduled, row: {}, now: NOW }).map((e) => `${e.kind}:${e.notScheduled === true}`)).toEqual(['now:false', 'next-processing:true']);
    });

    it('marks a last error that is later than the last success as current, and an older one as stale', () => {
        const current = buildTimelineEvents({ assessment: anAssessment({ lastErrorAt: NOW - MIN, lastErrorIsCurrent: true }), row: {}, now: NOW });
        const stale = buildTimelineEvents({ assessment: anAssessment({ lastErrorAt: NOW - DAY, lastErrorIsCurrent: false }), row: {}, now: NOW });
        expect(current.map((e) => e.kind)).toEqual(['last-error', 'now', 'next-processing']);
        expect(stale.map((e) => e.kind)).toEqual(['last-error-stale', 'now', 'next-processing']);
    });

    it('shows "syncing since" instead of the last attempt while a host holds the lock', () => {
        const a = anAssessment({ syncingNow: true, due: 'in-progress', processingSince: NOW - 2 * MIN, lastAttemptAt: NOW - 2 * MIN, hostId: 'async-07' });
        expect(kindsAndColumns(buildTimelineEvents({ assessment: a, row: {}, now: NOW }))).toEqual(['syncing-since@processing:processinglastattemptedon', 'now@processing:']);
    });

    it('leaves out the postponement of a workload that does not use server-side sync', () => {
        const a = anAssessment({ workloads: { incoming: aWorkload('incoming'), outgoing: aWorkload('outgoing'), act: aWorkload('act', { configured: false, state: null, postponedUntil: NOW + HOUR }) } });
        expect(buildTimelineEvents({ assessment: a, row: {}, now: NOW }).filter((e) => e.lane === 'act')).toEqual([]);
    });

    it('puts each alert on the lane of its workload, and mailbox-level alerts on the processing lane', () => {
        const alert = (workload: ErrorMatch['workload'], at: number): ErrorMatch => ({ code: 'Http503', class: 'transient', workload, action: 'wait', source: 'tracelog', level: 2, at, text: '503' });
        const a = anAssessment({ errors: [alert('act', NOW - 3 * MIN), alert(null, NOW - 2 * MIN), { ...alert('incoming', NOW - MIN), source: 'lastsyncerror' }] });
        expect(kindsAndColumns(buildTimelineEvents({ assessment: a, row: {}, now: NOW }))).toEqual(['alert@act:tracelog.modifiedon', 'alert@processing:tracelog.modifiedon', 'now@processing:', 'next-processing@processing:postponemailboxprocessinguntil']);
    });

    it('puts Test & Enable on its own lane when it is scheduled', () => {
        const a = anAssessment({ testEnableAt: NOW + 5 * MIN });
        expect(kindsAndColumns(buildTimelineEvents({ assessment: a, row: { testandenablelastattemptedon: new Date(NOW - MIN) }, now: NOW }))).toEqual([
            'test-requested@test:testandenablelastattemptedon',
            'now@processing:',
            'test-scheduled@test:postponetestemailconfigurationuntil',
            'next-processing@processing:postponemailboxprocessinguntil',
        ]);
    });
});

describe('timelineWindow', () => {
    it('covers the last attempt, now and the next processing, at least 30 minutes wide, when automatic', () => {
        const events = buildTimelineEvents({ assessment: seed000, row: seed000Row, now: NOW });
        const w = timelineWindow(events, NOW, 'auto');
        expect(w.min).toBeLessThanOrEqual(Date.parse('2018-12-03T15:23:36Z'));
        expect(w.max).toBeGreaterThanOrEqual(Date.parse('2018-12-03T15:28:37Z'));
        expect(w.max - w.min).toBeGreaterThanOrEqual(30 * MIN);
        expect(w.max - w.min).toBeLessThan(2 * HOUR);
    });

    it('widens the automatic window to a backoff that ends in the future', () => {
        const a = anAssessment({ nextProcessingAt: NOW + 5 * MIN, workloads: { incoming: aWorkload('incoming', { postponedUntil: NOW + 6 * HOUR, backoff: true }), outgoing: aWorkload('outgoing'), act: aWorkload('act') } });
        const w = timelineWindow(buildTimelineEvents({ assessment: a, row: {}, now: NOW }), NOW, 'auto');
        expect(w.max).toBeGreaterThanOrEqual(NOW + 6 * HOUR);
    });

    it('uses fixed spans around now for the hour, day and week ranges', () => {
        expect(timelineWindow([], NOW, 'hour')).toEqual({ min: NOW - HOUR, max: NOW + HOUR });
        expect(timelineWindow([], NOW, 'day')).toEqual({ min: NOW - DAY, max: NOW + 6 * HOUR });
        expect(timelineWindow([], NOW, 'week')).toEqual({ min: NOW - 7 * DAY, max: NOW + DAY });
    });
});

describe('utcTicks and formatTick', () => {
    it('puts ticks on whole UTC steps inside the window', () => {
        const { step, ticks } = utcTicks({ min: Date.parse('2018-12-03T15:07:00Z'), max: Date.parse('2018-12-03T15:52:00Z') });
        expect(step).toBe(10 * MIN);
        expect(ticks.map((t) => new Date(t).toISOString())).toEqual(['2018-12-03T15:10:00.000Z', '2018-12-03T15:20:00.000Z', '2018-12-03T15:30:00.000Z', '2018-12-03T15:40:00.000Z', '2018-12-03T15:50:00.000Z']);
    });

    it('labels ticks in UTC, with the date on the first tick and where the day changes', () => {
        const step = 6 * HOUR;
        expect(formatTick(Date.parse('2018-12-03T18:00:00Z'), step, null)).toBe('12-03 18:00');
        expect(formatTick(Date.parse('2018-12-04T00:00:00Z'), step, Date.parse('2018-12-03T18:00:00Z'))).toBe('12-04 00:00');
        expect(formatTick(Date.parse('2018-12-04T06:00:00Z'), step, Date.parse('2018-12-04T00:00:00Z'))).toBe('06:00');
        expect(formatTick(Date.parse('2018-12-04T00:00:00Z'), DAY, null)).toBe('2018-12-04');
    });
});

describe('buildTimelineConfig', () => {
    const events = buildTimelineEvents({ assessment: seed000, row: seed000Row, now: NOW });
    const config = buildTimelineConfig({ events, now: NOW, range: 'auto', palette, strings });

    it('draws one scatter dataset per kind of marker, labelled from the resx', () => {
        expect(config.type).toBe('scatter');
        expect(config.data.datasets.map((d) => d.label)).toEqual([
            strings('Label_Detail_Event_LastAttempt'),
            strings('Label_Detail_Event_LastSuccess'),
            strings('Label_Detail_Event_LastErrorStale'),
            strings('Label_Detail_Event_NextProcessing'),
            strings('Label_Detail_Event_PostponedUntil'),
            strings('Label_Detail_Event_Watermark'),
            strings('Label_Detail_Event_LastTest'),
        ]);
    });

    it('styles a stale last error apart from a current one (grey, hollow, smaller)', () => {
        const stale = config.data.datasets.find((d) => d.data[0]?.event.kind === 'last-error-stale');
        const current = buildTimelineConfig({ events: buildTimelineEvents({ assessment: anAssessment({ lastErrorAt: NOW - MIN, lastErrorIsCurrent: true }), row: {}, now: NOW }), now: NOW, range: 'auto', palette, strings }).data.datasets.find(
            (d) => d.data[0]?.event.kind === 'last-error',
        );
        expect(current?.borderColor).toBe('red');
        expect(current?.backgroundColor).toBe('red');
        expect(current?.pointRadius).toBe(9);
        expect(stale?.borderColor).toBe('grey');
        expect(stale?.backgroundColor).toBe('white');
        expect(stale?.pointRadius).toBe(6);
    });

    it('draws markers older than the window at its left edge as arrows, keeping their real time', () => {
        const outgoing = allPoints(config).find((p) => p.event.lane === 'outgoing');
        expect(outgoing?.clipped).toBe('before');
        expect(outgoing?.event.at).toBe(Date.parse('2018-11-29T18:07:17Z'));
        const min = config.options?.scales?.x?.min as number;
        expect(outgoing?.x).toBe(min);
    });

    it('fits fewer UTC ticks on a narrow axis, labelled with the date first', () => {
        const x = config.options?.scales?.x as unknown as { afterBuildTicks: (a: { width: number; ticks: { value: number }[] }) => void; ticks: { callback: (v: number, i: number) => string } };
        const narrow = { width: 250, ticks: [] as { value: number }[] };
        x.afterBuildTicks(narrow);
        expect(ticksForWidth(250)).toBe(2);
        expect(narrow.ticks.length).toBeLessThanOrEqual(2);
        expect(narrow.ticks.map((t, i) => x.ticks.callback(t.value, i))).toEqual(['12-03 15:30']);
        const wide = { width: 900, ticks: [] as { value: number }[] };
        x.afterBuildTicks(wide);
        expect(wide.ticks.length).toBeGreaterThan(narrow.ticks.length);
    });

    it('puts the lanes on y: processing first, Test & Enable last', () => {
        const lanes = Object.fromEntries(allPoints(config).map((p) => [p.event.lane, p.y]));
        expect(lanes).toEqual({ processing: 0, incoming: 1, outgoing: 2, act: 3, test: 4 });
    });

    it('draws "now" as a vertical line rather than a point, and labels the last attempt and next processing above the plot', () => {
        const plugin = config.plugins[0] as MarkerLinesPlugin;
        expect(plugin.lines).toEqual([
            { id: 'now', x: NOW, colour: 'ink', label: strings('Label_Detail_Event_Now'), full: true },
            { id: 'next-processing', x: Date.parse('2018-12-03T15:28:37Z'), colour: 'blue', label: strings('Label_Detail_Event_NextProcessing'), full: false },
            { id: 'last-attempt', x: Date.parse('2018-12-03T15:23:36Z'), colour: 'black', label: strings('Label_Detail_Event_LastAttempt'), full: false },
        ]);
        expect(allPoints(config).some((p) => p.event.kind === 'now')).toBe(false);
    });

    it('labels a current error, never a stale one', () => {
        const labelled = (a: ReturnType<typeof anAssessment>) =>
            (buildTimelineConfig({ events: buildTimelineEvents({ assessment: a, row: {}, now: NOW }), now: NOW, range: 'auto', palette, strings }).plugins[0] as MarkerLinesPlugin).lines.map((l) => l.id);
        expect(labelled(anAssessment({ lastErrorAt: NOW - MIN, lastErrorIsCurrent: true }))).toContain('last-error');
        expect(labelled(anAssessment({ lastErrorAt: NOW - 10 * MIN, lastErrorIsCurrent: false }))).not.toContain('last-error');
        expect(labelled(anAssessment({ lastErrorAt: NOW - 10 * MIN, lastErrorIsCurrent: false }))).not.toContain('last-error-stale');
    });

    it('gives the postponements of all three workloads one colour, and a backoff its own series and legend entry', () => {
        const a = anAssessment({
            nextProcessingAt: NOW + 5 * MIN,
            workloads: {
                incoming: aWorkload('incoming', { postponedUntil: NOW + 3 * HOUR, backoff: true }),
                outgoing: aWorkload('outgoing', { postponedUntil: NOW + MIN, inNextCycle: true }),
                act: aWorkload('act', { postponedUntil: NOW + 2 * MIN }),
            },
        });
        const c = buildTimelineConfig({ events: buildTimelineEvents({ assessment: a, row: {}, now: NOW }), now: NOW, range: 'auto', palette, strings });
        const postponed = c.data.datasets.filter((d) => d.data[0]?.event.kind === 'postponed-until');
        expect(postponed.map((d) => [d.label, d.data.map((p) => p.event.lane), d.borderColor])).toEqual([
            [strings('Label_Detail_Event_PostponedUntil'), ['outgoing', 'act'], 'blue'],
            [strings('Label_Detail_Event_WithNote', strings('Label_Detail_Event_PostponedUntil'), strings('Label_Detail_Note_Backoff')), ['incoming'], 'orange'],
        ]);
    });

    it('has exactly one legend entry per colour and symbol drawn, each in the colour of all its markers', () => {
        const alert = (level: number, at: number): ErrorMatch => ({ code: 'Http503', class: 'transient', workload: 'incoming', action: 'wait', source: 'tracelog', level, at, text: '503' });
        const a = anAssessment({
            lastErrorAt: NOW - DAY,
            lastErrorIsCurrent: false,
            nextProcessingAt: NOW + 5 * MIN,
            errors: [alert(3, NOW - 30 * MIN), alert(2, NOW - 20 * MIN), alert(2, NOW - 10 * MIN), alert(1, NOW - 5 * MIN)],
            workloads: {
                incoming: aWorkload('incoming', { postponedUntil: NOW + 3 * HOUR, backoff: true }),
                outgoing: aWorkload('outgoing', { postponedUntil: NOW + MIN, inNextCycle: true }),
                act: aWorkload('act', { postponedUntil: NOW + 2 * MIN }),
            },
        });
        const events = buildTimelineEvents({ assessment: a, row: seed000Row, now: NOW });
        const c = buildTimelineConfig({ events, now: NOW, range: 'all', palette, strings });
        const items = legendItems({ data: c.data, isDatasetVisible: () => true }, palette);
        // Every drawn (symbol, colour) pair has one entry, and no entry stands for two.
        const drawn = new Set(c.data.datasets.flatMap((d) => d.data.filter((p) => !p.clipped).map(() => `${(d.pointStyle as string[])[0]}/${String(d.borderColor)}`)));
        const legend = items.map((i) => `${String(i.pointStyle)}/${String(i.strokeStyle)}`);
        expect(new Set(legend).size).toBe(legend.length);
        expect(new Set(legend)).toEqual(drawn);
        for (const d of c.data.datasets) expect(typeof d.borderColor).toBe('string');
        expect(items.map((i) => i.text)).toEqual(expect.arrayContaining([strings('Label_Detail_Event_WithNote', strings('Label_Detail_Event_Alert'), strings('Label_Detail_Level_3'))]));
    });
});

describe('legendItems', () => {
    it('shows each kind in its own symbol, even when its first marker is an edge arrow', () => {
        const events = buildTimelineEvents({ assessment: seed000, row: seed000Row, now: NOW });
        const config = buildTimelineConfig({ events, now: NOW, range: 'auto', palette, strings });
        const postponed = config.data.datasets.find((d) => d.data[0]?.event.kind === 'postponed-until');
        expect((postponed?.pointStyle as string[])[0]).toBe('triangle');
        const chart = { data: config.data, isDatasetVisible: (i: number) => i !== 0 };
        const items = legendItems(chart, palette);
        expect(items.map((i) => [i.text, i.pointStyle, i.hidden])).toEqual([
            [strings('Label_Detail_Event_LastAttempt'), 'circle', true],
            [strings('Label_Detail_Event_LastSuccess'), 'circle', false],
            [strings('Label_Detail_Event_LastErrorStale'), 'crossRot', false],
            [strings('Label_Detail_Event_NextProcessing'), 'triangle', false],
            [strings('Label_Detail_Event_PostponedUntil'), 'rect', false],
            [strings('Label_Detail_Event_Watermark'), 'line', false],
            [strings('Label_Detail_Event_LastTest'), 'star', false],
        ]);
        expect(items[2]).toMatchObject({ fillStyle: 'white', strokeStyle: 'grey' });
    });
});

describe('tooltipLines and timelineSummary', () => {
    it('tells what, where, when in UTC and the column', () => {
        const event: TimelineEvent = { kind: 'next-processing', lane: 'processing', at: Date.parse('2018-12-03T15:28:37Z'), column: 'postponemailboxprocessinguntil' };
        expect(tooltipLines({ x: event.at as number, y: 0, event, clipped: null }, NOW, strings)).toEqual([
            `${strings('Label_Detail_Event_NextProcessing')} · ${strings('Label_Detail_Lane_Processing')}`,
            `2018-12-03 15:28:37 UTC (${strings('Time_In', strings('Time_Minutes', 5))})`,
            'postponemailboxprocessinguntil',
        ]);
    });

    it('summarises last success and next processing for the canvas accessible name', () => {
        const events = buildTimelineEvents({ assessment: seed000, row: seed000Row, now: NOW });
        expect(timelineSummary(events, NOW, strings)).toBe(
            strings('Message_Detail_TimelineAria', `${strings('Label_Detail_Event_LastSuccess')} ${strings('Time_Now')}; ${strings('Label_Detail_Event_NextProcessing')} ${strings('Time_In', strings('Time_Minutes', 5))}`),
        );
    });
});
