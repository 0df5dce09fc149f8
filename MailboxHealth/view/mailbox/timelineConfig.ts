/**
 * The sync timeline of one mailbox as pure data: the events (from the assessment and a few raw columns), the
 * visible window, the UTC ticks and the Chart.js configuration. No canvas here, so all of it is unit-tested;
 * TimelineChart.tsx only hands the configuration to Chart.js.
 *
 * Axis choice, measured (esbuild --bundle --minify, chart.js 4.6.1, date-fns 4.4.0, chartjs-adapter-date-fns 3.0.0,
 * scatter + point + tooltip + legend registered in each):
 *   time axis (TimeScale + chartjs-adapter-date-fns)            203,211 B  (65,143 B gzip)
 *   linear axis + date-fns `format` tick labels                 174,793 B  (59,096 B gzip)
 *   linear axis + date-fns `lightFormat` tick labels            156,512 B  (54,288 B gzip)
 *   linear axis + the UTC tick labels below (no date-fns)       154,798 B  (53,521 B gzip)
 * The adapter costs 48 KB minified (12 KB gzip) over a linear axis, because it pulls in some forty date-fns
 * functions and the en-US locale; date-fns `format` alone costs 20 KB (its locale). Both also format in the
 * browser's zone, while this chart speaks UTC like the Download Mailbox Details log (seed 000). So: a linear axis
 * of epoch milliseconds, ticks aligned to whole UTC minutes/hours/days by `utcTicks`, labelled by `formatTick`.
 * The lanes are a linear y axis with integer positions (saves CategoryScale, 1.8 KB).
 */
import type { ChartConfiguration, LegendItem, Plugin, Scale, TooltipItem } from 'chart.js';
import type { MailboxAssessment, MailboxRow, Workload } from '../../core/types';
import type { Strings } from '../../contract/strings';
import { formatRelative, formatUtc } from '../format';
import { isNotScheduled, isPlottable, timeOf } from './rowValues';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

// -------------------------------------------------------------------------------------------------------------
// Events
// -------------------------------------------------------------------------------------------------------------

/** Lanes top to bottom (issue 3: processing, incoming, outgoing, ACT, Test & Enable). */
export const TIMELINE_LANES = ['processing', 'incoming', 'outgoing', 'act', 'test'] as const;
export type TimelineLane = (typeof TIMELINE_LANES)[number];

export const LANE_LABEL_KEYS: Readonly<Record<TimelineLane, string>> = {
    processing: 'Label_Detail_Lane_Processing',
    incoming: 'Label_Detail_Lane_Incoming',
    outgoing: 'Label_Detail_Lane_Outgoing',
    act: 'Label_Detail_Lane_Act',
    test: 'Label_Detail_Lane_TestEnable',
};

export const TIMELINE_EVENT_KINDS = [
    'now',
    'last-attempt',
    'syncing-since',
    'last-success',
    'last-error',
    'last-error-stale',
    'forced-unlock',
    'next-processing',
    'postponed-until',
    'watermark',
    'last-test',
    'test-requested',
    'test-scheduled',
    'alert',
] as const;
export type TimelineEventKind = (typeof TIMELINE_EVENT_KINDS)[number];

export const EVENT_LABEL_KEYS: Readonly<Record<TimelineEventKind, string>> = {
    now: 'Label_Detail_Event_Now',
    'last-attempt': 'Label_Detail_Event_LastAttempt',
    'syncing-since': 'Label_Detail_Event_SyncingSince',
    'last-success': 'Label_Detail_Event_LastSuccess',
    'last-error': 'Label_Detail_Event_LastError',
    'last-error-stale': 'Label_Detail_Event_LastErrorStale',
    'forced-unlock': 'Label_Detail_Event_ForcedUnlock',
    'next-processing': 'Label_Detail_Event_NextProcessing',
    'postponed-until': 'Label_Detail_Event_PostponedUntil',
    watermark: 'Label_Detail_Event_Watermark',
    'last-test': 'Label_Detail_Event_LastTest',
    'test-requested': 'Label_Detail_Event_TestRequested',
    'test-scheduled': 'Label_Detail_Event_TestScheduled',
    alert: 'Label_Detail_Event_Alert',
};

/** The postponed-until column of each workload (health-model.md, Workloads). */
export const POSTPONED_COLUMN: Readonly<Record<Workload, string>> = {
    incoming: 'receivingpostponeduntil',
    outgoing: 'postponesendinguntil',
    act: 'receivingpostponeduntilforact',
};

export interface TimelineEvent {
    readonly kind: TimelineEventKind;
    readonly lane: TimelineLane;
    /** Epoch ms; null when the column says "not scheduled" (year 9999). */
    readonly at: number | null;
    /** The column (logical name) the time comes from, as admins see it in the log; '' for "now". */
    readonly column: string;
    readonly notScheduled?: boolean;
    /** postponed-until: later than next processing + 5 minutes (flag `backoff`). */
    readonly backoff?: boolean;
    /** postponed-until: at or before next processing, so the workload runs in that cycle (seed 000). */
    readonly inNextCycle?: boolean;
    /** alert: tracelog level (1 information, 2 warning, 3 error). */
    readonly level?: number;
    /** alert: the catalogue code (Error_<code>_Meaning). */
    readonly code?: string;
}

export interface TimelineInput {
    readonly assessment: MailboxAssessment;
    readonly row: MailboxRow;
    readonly now: number;
}

/**
 * Every event of the timeline, oldest first, "not scheduled" entries last. The same list feeds the chart and its
 * text alternative, so both always say the same thing.
 */
export function buildTimelineEvents({ assessment: a, row, now }: TimelineInput): TimelineEvent[] {
    const out: TimelineEvent[] = [];
    const push = (kind: TimelineEventKind, lane: TimelineLane, at: number | null, column: string, extra: Partial<TimelineEvent> = {}): void => {
        if (at === null) return;
        if (isNotScheduled(at)) {
            out.push({ kind, lane, at: null, column, notScheduled: true, ...extra });
        } else if (isPlottable(at)) {
            out.push({ kind, lane, at, column, ...extra });
        }
    };

    out.push({ kind: 'now', lane: 'processing', at: now, column: '' });
    // processinglastattemptedon is the start of the current cycle while the lock is held (seed 000, §3.1 R2).
    if (a.syncingNow && a.processingSince !== null) push('syncing-since', 'processing', a.processingSince, 'processinglastattemptedon');
    else push('last-attempt', 'processing', a.lastAttemptAt, 'processinglastattemptedon');
    push('last-success', 'processing', a.lastSuccessAt, 'lastsuccessfulsynccompletedon');
    // An error older than the last success is history, not the current state (seed 000, §1.2 C7).
    push(a.lastErrorIsCurrent ? 'last-error' : 'last-error-stale', 'processing', a.lastErrorAt, 'lastsyncerroroccurredon');
    push('forced-unlock', 'processing', timeOf(row.lastmailboxforcedunlockoccurredon), 'lastmailboxforcedunlockoccurredon');
    // nextProcessingAt is null for the 9999 sentinel; read the column to say "not scheduled" rather than nothing.
    const rawNext = timeOf(row.postponemailboxprocessinguntil);
    push('next-processing', 'processing', a.nextProcessingAt ?? (isNotScheduled(rawNext) ? rawNext : null), 'postponemailboxprocessinguntil');

    for (const w of ['incoming', 'outgoing', 'act'] as const) {
        const wa = a.workloads[w];
        if (wa.configured === false) continue; // a workload that does not use server-side sync has no schedule
        const raw = wa.postponedUntil ?? timeOf(row[POSTPONED_COLUMN[w] as keyof MailboxRow]);
        push('postponed-until', w, raw, POSTPONED_COLUMN[w], { backoff: wa.backoff, inNextCycle: wa.inNextCycle });
    }
    // Seed 003: the received time of the newest promoted email; older mail moved into the Inbox is skipped.
    push('watermark', 'incoming', timeOf(row.processemailreceivedafter), 'processemailreceivedafter');

    push('last-test', 'test', timeOf(row.testmailboxaccesscompletedon), 'testmailboxaccesscompletedon');
    push('test-requested', 'test', timeOf(row.testandenablelastattemptedon), 'testandenablelastattemptedon');
    push('test-scheduled', 'test', a.testEnableAt, 'postponetestemailconfigurationuntil');

    for (const e of a.errors) {
        if (e.source !== 'tracelog' || e.at === undefined || e.at === null) continue;
        push('alert', e.workload ?? 'processing', e.at, 'tracelog.modifiedon', { level: e.level, code: e.code });
    }

    return out.sort((x, y) => {
        if (x.at === null || y.at === null) return x.at === null ? (y.at === null ? 0 : 1) : -1;
        return x.at - y.at;
    });
}

// -------------------------------------------------------------------------------------------------------------
// Window and ticks
// -------------------------------------------------------------------------------------------------------------

export const TIMELINE_RANGES = ['auto', 'hour', 'day', 'week', 'all'] as const;
export type TimelineRange = (typeof TIMELINE_RANGES)[number];

export const RANGE_LABEL_KEYS: Readonly<Record<TimelineRange, string>> = {
    auto: 'Label_Detail_Range_Auto',
    hour: 'Label_Detail_Range_Hour',
    day: 'Label_Detail_Range_Day',
    week: 'Label_Detail_Range_Week',
    all: 'Label_Detail_Range_All',
};

export interface TimeWindow {
    readonly min: number;
    readonly max: number;
}

/** Kinds that decide the automatic window: what happened last and what happens next, not old history. */
const FOCUS_KINDS: ReadonlySet<TimelineEventKind> = new Set(['now', 'last-attempt', 'syncing-since', 'last-success', 'last-error', 'next-processing', 'test-scheduled']);
const AUTO_MIN_SPAN = 30 * MINUTE;
const AUTO_MAX_REACH = 30 * DAY;

/**
 * The time span the chart shows. `auto` covers now, the last attempt, success and current error, and what is
 * scheduled next (including future postponements), at least 30 minutes and at most 30 days either side of now;
 * older history is clipped to the edge (its time stays in the tooltip and the text list).
 */
export function timelineWindow(events: readonly TimelineEvent[], now: number, range: TimelineRange): TimeWindow {
    switch (range) {
        case 'hour':
            return { min: now - HOUR, max: now + HOUR };
        case 'day':
            return { min: now - DAY, max: now + 6 * HOUR };
        case 'week':
            return { min: now - 7 * DAY, max: now + DAY };
        case 'all':
        case 'auto': {
            let lo = now;
            let hi = now;
            for (const e of events) {
                if (e.at === null) continue;
                const focus = range === 'all' || FOCUS_KINDS.has(e.kind) || (e.kind === 'postponed-until' && e.at > now);
                if (!focus) continue;
                lo = Math.min(lo, range === 'auto' ? Math.max(e.at, now - AUTO_MAX_REACH) : e.at);
                hi = Math.max(hi, range === 'auto' ? Math.min(e.at, now + AUTO_MAX_REACH) : e.at);
            }
            if (hi - lo < AUTO_MIN_SPAN) {
                const mid = (lo + hi) / 2;
                lo = mid - AUTO_MIN_SPAN / 2;
                hi = mid + AUTO_MIN_SPAN / 2;
            }
            const pad = (hi - lo) * 0.05;
            return { min: lo - pad, max: hi + pad };
        }
    }
}

/** Tick steps, all whole UTC units (epoch ms is aligned to UTC minutes, hours and days). */
export const TICK_STEPS: readonly number[] = [
    MINUTE,
    2 * MINUTE,
    5 * MINUTE,
    10 * MINUTE,
    15 * MINUTE,
    30 * MINUTE,
    HOUR,
    2 * HOUR,
    3 * HOUR,
    6 * HOUR,
    12 * HOUR,
    DAY,
    2 * DAY,
    7 * DAY,
    14 * DAY,
    28 * DAY,
    91 * DAY,
    364 * DAY,
];

/** Ticks at whole UTC steps inside the window, no more than `maxTicks`. */
export function utcTicks(window: TimeWindow, maxTicks = 7): { step: number; ticks: number[] } {
    const span = Math.max(window.max - window.min, 1);
    const step = TICK_STEPS.find((s) => span / s <= maxTicks) ?? Math.ceil(span / maxTicks / DAY) * DAY;
    const ticks: number[] = [];
    for (let t = Math.ceil(window.min / step) * step; t <= window.max; t += step) ticks.push(t);
    return { step, ticks };
}

/** How many tick labels fit an axis this wide ("12-03 15:25" is about 80 px). */
export function ticksForWidth(width: number): number {
    return Number.isFinite(width) && width > 0 ? Math.min(8, Math.max(2, Math.floor(width / 95))) : 7;
}

function pad2(n: number): string {
    return n < 10 ? `0${n}` : String(n);
}

/**
 * A tick label in UTC: "15:25" within a day, "12-03 15:25" on the first tick and where the day changes,
 * "2018-12-03" for steps of a day or more. Numeric, so it needs no month names from the resx.
 */
export function formatTick(ms: number, step: number, previous: number | null): string {
    const d = new Date(ms);
    const date = `${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
    if (step >= DAY) return `${d.getUTCFullYear()}-${date}`;
    const time = `${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}`;
    const newDay = previous === null || Math.floor(previous / DAY) !== Math.floor(ms / DAY);
    return newDay ? `${date} ${time}` : time;
}

// -------------------------------------------------------------------------------------------------------------
// Chart configuration
// -------------------------------------------------------------------------------------------------------------

/** Colours from the host's Fluent theme (TimelineChart takes them from useTheme). */
export interface TimelinePalette {
    readonly ok: string;
    readonly error: string;
    readonly warning: string;
    readonly info: string;
    readonly neutral: string;
    readonly muted: string;
    readonly accent: string;
    /** The "now" line: body text colour, so it reads on light and dark themes. */
    readonly now: string;
    readonly text: string;
    readonly grid: string;
    readonly background: string;
}

export type PointStyleName = 'circle' | 'cross' | 'crossRot' | 'dash' | 'line' | 'rect' | 'rectRounded' | 'rectRot' | 'star' | 'triangle';

export interface MarkerStyle {
    readonly pointStyle: PointStyleName;
    readonly colour: keyof TimelinePalette;
    /** Hollow markers are history (stale error, last test); filled ones are current or scheduled. */
    readonly hollow: boolean;
    readonly radius: number;
}

export const MARKER_STYLES: Readonly<Record<Exclude<TimelineEventKind, 'now'>, MarkerStyle>> = {
    'last-attempt': { pointStyle: 'circle', colour: 'neutral', hollow: true, radius: 6 },
    'syncing-since': { pointStyle: 'circle', colour: 'info', hollow: false, radius: 7 },
    'last-success': { pointStyle: 'circle', colour: 'ok', hollow: false, radius: 6 },
    'last-error': { pointStyle: 'crossRot', colour: 'error', hollow: false, radius: 9 },
    'last-error-stale': { pointStyle: 'crossRot', colour: 'muted', hollow: true, radius: 6 },
    'forced-unlock': { pointStyle: 'dash', colour: 'warning', hollow: false, radius: 8 },
    'next-processing': { pointStyle: 'triangle', colour: 'info', hollow: false, radius: 7 },
    'postponed-until': { pointStyle: 'rect', colour: 'info', hollow: false, radius: 6 },
    watermark: { pointStyle: 'line', colour: 'accent', hollow: false, radius: 9 },
    'last-test': { pointStyle: 'star', colour: 'accent', hollow: false, radius: 8 },
    'test-requested': { pointStyle: 'circle', colour: 'accent', hollow: true, radius: 5 },
    'test-scheduled': { pointStyle: 'triangle', colour: 'accent', hollow: false, radius: 7 },
    // A diamond: unlike the square of a postponement, even when both are orange (a warning, a backoff).
    alert: { pointStyle: 'rectRot', colour: 'warning', hollow: false, radius: 7 },
};

export interface TimelinePoint {
    readonly x: number;
    readonly y: number;
    readonly event: TimelineEvent;
    /** The event lies outside the window and is drawn at this edge. */
    readonly clipped: 'before' | 'after' | null;
}

export interface MarkerLine {
    readonly x: number;
    readonly colour: string;
    readonly label: string;
}

/** Vertical lines across all lanes ("now"), drawn by a tiny inline plugin instead of the annotation plugin. */
export interface MarkerLinesPlugin extends Plugin<'scatter'> {
    readonly lines: readonly MarkerLine[];
}

export function markerLinesPlugin(lines: readonly MarkerLine[]): MarkerLinesPlugin {
    return {
        id: 'mailboxHealthMarkerLines',
        lines,
        // Under the markers, so a marker at "now" (the last attempt, a fresh error) stays visible.
        beforeDatasetsDraw(chart) {
            const x = chart.scales.x;
            const area = chart.chartArea;
            if (!x || !area) return;
            const ctx = chart.ctx;
            for (const line of lines) {
                const px = x.getPixelForValue(line.x);
                if (px < area.left || px > area.right) continue;
                ctx.save();
                ctx.strokeStyle = line.colour;
                ctx.fillStyle = line.colour;
                ctx.lineWidth = 2;
                ctx.setLineDash([4, 3]);
                ctx.beginPath();
                ctx.moveTo(px, area.top);
                ctx.lineTo(px, area.bottom);
                ctx.stroke();
                ctx.setLineDash([]);
                ctx.textAlign = 'center';
                ctx.textBaseline = 'bottom';
                ctx.fillText(line.label, px, area.top - 2);
                ctx.restore();
            }
        },
    };
}

/** Drawing priority, most important first (drawn on top when markers coincide). */
const DRAW_ORDER: readonly TimelineEventKind[] = [
    'last-error',
    'syncing-since',
    'alert',
    'next-processing',
    'test-scheduled',
    'last-success',
    'postponed-until',
    'forced-unlock',
    'last-attempt',
    'last-test',
    'test-requested',
    'watermark',
    'last-error-stale',
];

export interface TimelineConfigInput {
    readonly events: readonly TimelineEvent[];
    readonly now: number;
    readonly range: TimelineRange;
    readonly palette: TimelinePalette;
    readonly strings: Strings;
}

function pointColour(e: TimelineEvent, palette: TimelinePalette): string {
    if (e.kind === 'alert') return e.level === 3 ? palette.error : e.level === 2 ? palette.warning : palette.info;
    if (e.kind === 'postponed-until' && e.backoff) return palette.warning;
    if (e.kind === 'postponed-until' && e.inNextCycle) return palette.ok;
    return palette[MARKER_STYLES[e.kind as Exclude<TimelineEventKind, 'now'>].colour];
}

/** The words for one event, used by the tooltip and the text list alike. */
export function describeEvent(e: TimelineEvent, strings: Strings): string {
    const kind = strings(EVENT_LABEL_KEYS[e.kind]);
    if (e.kind === 'postponed-until' && e.backoff) return strings('Label_Detail_Event_WithNote', kind, strings('Label_Detail_Note_Backoff'));
    if (e.kind === 'postponed-until' && e.inNextCycle) return strings('Label_Detail_Event_WithNote', kind, strings('Label_Detail_Note_InNextCycle'));
    if (e.kind === 'alert' && e.level !== undefined && e.level >= 1 && e.level <= 3) return strings('Label_Detail_Event_WithNote', kind, strings(`Label_Detail_Level_${e.level}`));
    return kind;
}

/** The Chart.js configuration of the timeline: one scatter dataset per kind of marker, lanes on y. */
export function buildTimelineConfig({ events, now, range, palette, strings }: TimelineConfigInput): ChartConfiguration<'scatter', TimelinePoint[]> & {
    plugins: MarkerLinesPlugin[];
} {
    const window = timelineWindow(events, now, range);
    // Recomputed for the axis's width when Chart.js lays it out, so labels never overlap on a narrow form.
    let current = utcTicks(window);
    const laneLabels = TIMELINE_LANES.map((l) => strings(LANE_LABEL_KEYS[l]));

    const byKind = new Map<TimelineEventKind, TimelinePoint[]>();
    for (const e of events) {
        if (e.at === null || e.kind === 'now') continue;
        const clipped = e.at < window.min ? 'before' : e.at > window.max ? 'after' : null;
        const x = clipped === 'before' ? window.min : clipped === 'after' ? window.max : e.at;
        const list = byKind.get(e.kind) ?? [];
        list.push({ x, y: TIMELINE_LANES.indexOf(e.lane), event: e, clipped });
        byKind.set(e.kind, list);
    }

    const datasets = TIMELINE_EVENT_KINDS.filter((k) => byKind.has(k)).map((kind) => {
        const style = MARKER_STYLES[kind as Exclude<TimelineEventKind, 'now'>];
        const points = byKind.get(kind) ?? [];
        const colours = points.map((p) => pointColour(p.event, palette));
        return {
            label: strings(EVENT_LABEL_KEYS[kind]),
            data: points,
            // Markers outside the window become edge arrows (a rotated triangle), so nothing silently disappears.
            pointStyle: points.map((p) => (p.clipped ? 'triangle' : style.pointStyle)),
            rotation: points.map((p) => (p.clipped === 'before' ? -90 : p.clipped === 'after' ? 90 : kind === 'watermark' ? 90 : 0)),
            // Lower order is drawn on top: a current error must never hide behind the last attempt.
            order: DRAW_ORDER.indexOf(kind),
            pointRadius: style.radius,
            pointHoverRadius: style.radius + 2,
            borderWidth: style.pointStyle === 'crossRot' || style.pointStyle === 'line' || style.pointStyle === 'dash' ? 3 : style.hollow ? 2 : 1,
            borderColor: colours,
            backgroundColor: style.hollow ? palette.background : colours,
        };
    });

    const lines: MarkerLine[] = [{ x: now, colour: palette.now, label: strings('Label_Detail_Event_Now') }];

    return {
        type: 'scatter',
        data: { datasets },
        plugins: [markerLinesPlugin(lines)],
        options: {
            responsive: true,
            maintainAspectRatio: false,
            animation: false,
            layout: { padding: { top: 14, right: 8 } },
            scales: {
                x: {
                    type: 'linear',
                    min: window.min,
                    max: window.max,
                    afterBuildTicks: (axis: Scale) => {
                        current = utcTicks(window, ticksForWidth(axis.width));
                        axis.ticks = current.ticks.map((value) => ({ value }));
                    },
                    ticks: {
                        autoSkip: false,
                        maxRotation: 0,
                        color: palette.text,
                        callback: (value: string | number, index: number) => formatTick(Number(value), current.step, index > 0 ? (current.ticks[index - 1] ?? null) : null),
                    },
                    grid: { color: palette.grid },
                    title: { display: true, text: strings('Label_Detail_AxisUtc'), color: palette.text },
                },
                y: {
                    type: 'linear',
                    min: -0.5,
                    max: TIMELINE_LANES.length - 0.5,
                    reverse: true,
                    afterBuildTicks: (axis: Scale) => {
                        axis.ticks = TIMELINE_LANES.map((_, value) => ({ value }));
                    },
                    ticks: { color: palette.text, callback: (value: string | number) => laneLabels[Number(value)] ?? '' },
                    grid: { color: palette.grid },
                },
            },
            plugins: {
                legend: { position: 'bottom', labels: { usePointStyle: true, color: palette.text, boxHeight: 8, generateLabels: (chart: LegendChart) => legendItems(chart, palette) } },
                tooltip: {
                    callbacks: {
                        title: () => '',
                        label: (item: TooltipItem<'scatter'>) => tooltipLines(item.raw as TimelinePoint, now, strings),
                    },
                },
            },
        },
    };
}

/** What the legend needs of a chart (Chart.js passes the chart itself). */
export interface LegendChart {
    readonly data: { readonly datasets: readonly { readonly label?: string; readonly data: readonly unknown[] }[] };
    isDatasetVisible(index: number): boolean;
}

/**
 * One legend item per kind of marker, in the kind's own symbol: Chart.js would take the first point's style, which
 * is an edge arrow when that point lies outside the window.
 */
export function legendItems(chart: LegendChart, palette: TimelinePalette): LegendItem[] {
    return chart.data.datasets.map((d, datasetIndex) => {
        const kind = (d.data[0] as TimelinePoint | undefined)?.event.kind ?? 'last-attempt';
        const style = MARKER_STYLES[kind === 'now' ? 'last-attempt' : kind];
        const colour = palette[style.colour];
        return {
            text: d.label ?? '',
            datasetIndex,
            hidden: !chart.isDatasetVisible(datasetIndex),
            pointStyle: style.pointStyle,
            rotation: kind === 'watermark' ? 90 : 0,
            fillStyle: style.hollow ? palette.background : colour,
            strokeStyle: colour,
            lineWidth: style.hollow || style.pointStyle === 'crossRot' ? 2 : 1,
            fontColor: palette.text,
        };
    });
}

/** Tooltip text for one marker: what, where, when (UTC) and how long from now. */
export function tooltipLines(point: TimelinePoint, now: number, strings: Strings): string[] {
    const e = point.event;
    const lines = [`${describeEvent(e, strings)} · ${strings(LANE_LABEL_KEYS[e.lane])}`, `${formatUtc(e.at, strings)} (${formatRelative(e.at, now, strings)})`, e.column];
    if (point.clipped) lines.push(strings('Label_Detail_OutsideRange'));
    return lines;
}

/**
 * The accessible name of the chart canvas: the two facts admins look for first (last success, next processing)
 * and a pointer to the table that lists every event.
 */
export function timelineSummary(events: readonly TimelineEvent[], now: number, strings: Strings): string {
    const parts: string[] = [];
    const find = (kind: TimelineEventKind): TimelineEvent | undefined => events.find((e) => e.kind === kind);
    const success = find('last-success');
    parts.push(success ? `${strings(EVENT_LABEL_KEYS['last-success'])} ${formatRelative(success.at, now, strings)}` : strings('Message_Detail_NoSuccessRecorded'));
    const error = find('last-error');
    if (error) parts.push(`${strings(EVENT_LABEL_KEYS['last-error'])} ${formatRelative(error.at, now, strings)}`);
    const next = find('next-processing');
    if (next) parts.push(next.at === null ? strings('Message_Detail_NotScheduled') : `${strings(EVENT_LABEL_KEYS['next-processing'])} ${formatRelative(next.at, now, strings)}`);
    return strings('Message_Detail_TimelineAria', parts.join('; '));
}
