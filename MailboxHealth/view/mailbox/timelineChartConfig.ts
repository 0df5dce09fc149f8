/**
 * The timeline's Chart.js configuration as pure data: markers per kind of event, lanes on y, the "now" line, legend
 * and tooltips. No canvas here, so all of it is unit-tested; TimelineChart.tsx only hands it to Chart.js.
 */
import type { ChartConfiguration, LegendItem, Plugin, Scale, TooltipItem } from 'chart.js';
import type { Strings } from '../../contract/strings';
import { formatRelative, formatUtc } from '../format';
import { formatTick, ticksForWidth, timelineWindow, utcTicks } from './timelineAxis';
import type { TimelineRange } from './timelineAxis';
import { EVENT_LABEL_KEYS, LANE_LABEL_KEYS, TIMELINE_EVENT_KINDS, TIMELINE_LANES } from './timelineEvents';
import type { TimelineEvent, TimelineEventKind } from './timelineEvents';
import { placeLabels } from './timelineLabels';

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
    /** The event kind labelled ('now' for the now line). */
    readonly id: TimelineEventKind;
    readonly x: number;
    readonly colour: string;
    readonly label: string;
    /** A line across all lanes ("now"); else a short leader from the label to the top of the plot. */
    readonly full: boolean;
}

/** A drawn label's box in CSS pixels of the canvas (written to the canvas's `data-labels` for diagnostics and tests). */
export interface LabelBox {
    readonly id: string;
    readonly text: string;
    readonly left: number;
    readonly right: number;
    readonly top: number;
    readonly bottom: number;
}

/** Label text: 12 px, rows of 15 px above the plot, two rows (the top padding reserves them and the leaders). */
export const LABEL_FONT = "12px 'Segoe UI', 'Helvetica Neue', Helvetica, Arial, sans-serif";
export const LABEL_ROW_HEIGHT = 15;
export const LABEL_ROWS = 2;
const LABEL_PADDING = 3;
/** The least length of a leader (from the lowest row to the plot), so that it reads as a line, not a dot. */
const LABEL_LEADER = 7;

/** The labels above the plot and their lines, drawn by a tiny inline plugin instead of the annotation plugin. */
export interface MarkerLinesPlugin extends Plugin<'scatter'> {
    readonly lines: readonly MarkerLine[];
}

export function markerLinesPlugin(lines: readonly MarkerLine[], textColour: string): MarkerLinesPlugin {
    return {
        id: 'mailboxHealthMarkerLines',
        lines,
        // Under the markers, so a marker at "now" (the last attempt, a fresh error) stays visible.
        beforeDatasetsDraw(chart) {
            const x = chart.scales.x;
            const area = chart.chartArea;
            if (!x || !area) return;
            const ctx = chart.ctx;
            ctx.save();
            ctx.font = LABEL_FONT;
            // Measured with the canvas's own font and placed with the chart's own geometry, in order of importance.
            const visible = lines.map((l) => ({ line: l, px: x.getPixelForValue(l.x) })).filter((l) => l.px >= area.left && l.px <= area.right);
            const layout = placeLabels(
                visible.map((l) => ({ id: l.line.id, anchor: l.px, width: ctx.measureText(l.line.label).width + 2 * LABEL_PADDING })),
                { left: 0, right: chart.width, rows: LABEL_ROWS, gap: 6 },
            );
            const boxes: LabelBox[] = [];
            for (const { line, px } of visible) {
                const p = layout.placed.find((q) => q.id === line.id);
                if (!p && !line.full) continue;
                const bottom = p ? area.top - LABEL_LEADER - p.row * LABEL_ROW_HEIGHT : area.top;
                // The leader: from the label straight down to the plot ("now": on through every lane).
                ctx.strokeStyle = line.colour;
                ctx.lineWidth = line.full ? 2 : 1.5;
                ctx.setLineDash(line.full ? [4, 3] : []);
                ctx.beginPath();
                ctx.moveTo(px, bottom);
                ctx.lineTo(px, line.full ? area.bottom : area.top);
                ctx.stroke();
                if (!p) continue;
                ctx.fillStyle = textColour;
                ctx.textAlign = 'left';
                ctx.textBaseline = 'bottom';
                ctx.fillText(line.label, p.left + LABEL_PADDING, bottom - 1);
                boxes.push({ id: line.id, text: line.label, left: p.left, right: p.right, top: bottom - LABEL_ROW_HEIGHT + 2, bottom });
            }
            ctx.restore();
            chart.canvas?.setAttribute('data-labels', JSON.stringify(boxes));
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

/**
 * A series: the markers that share one meaning, hence one symbol, one colour and one legend entry. Mostly the kind
 * of event; a postponement in backoff and alerts of each level are series of their own, because their colour says
 * something the plain kind does not. A postponement that runs in the next cycle means what any postponement means
 * (the time it is postponed to), so it keeps the postponements' colour, whatever its lane (the table adds the note).
 */
export interface TimelineSeries {
    readonly key: string;
    readonly kind: Exclude<TimelineEventKind, 'now'>;
    readonly colour: keyof TimelinePalette;
}

export function seriesOf(e: TimelineEvent): TimelineSeries {
    const kind = e.kind === 'now' ? 'last-attempt' : e.kind;
    if (kind === 'alert' && (e.level === 1 || e.level === 2 || e.level === 3)) return { key: `alert-${e.level}`, kind, colour: e.level === 3 ? 'error' : e.level === 2 ? 'warning' : 'info' };
    if (kind === 'postponed-until' && e.backoff) return { key: 'postponed-until-backoff', kind, colour: 'warning' };
    return { key: kind, kind, colour: MARKER_STYLES[kind].colour };
}

/** A series' name in the legend: the kind's, or the event's words where the series is one variant of it. */
function seriesLabel(series: TimelineSeries, first: TimelineEvent, strings: Strings): string {
    return series.key === series.kind ? strings(EVENT_LABEL_KEYS[series.kind]) : describeEvent(first, strings);
}

/** Labelled above the plot besides "now", most important first (each also has its legend entry). */
const LABELLED_KINDS: readonly TimelineEventKind[] = ['last-error', 'next-processing', 'syncing-since', 'last-attempt'];

/** The words for one event, used by the tooltip and the text list alike. */
export function describeEvent(e: TimelineEvent, strings: Strings): string {
    const kind = strings(EVENT_LABEL_KEYS[e.kind]);
    if (e.kind === 'postponed-until' && e.backoff) return strings('Label_Detail_Event_WithNote', kind, strings('Label_Detail_Note_Backoff'));
    if (e.kind === 'postponed-until' && e.inNextCycle) return strings('Label_Detail_Event_WithNote', kind, strings('Label_Detail_Note_InNextCycle'));
    if (e.kind === 'alert' && e.level !== undefined && e.level >= 1 && e.level <= 3) return strings('Label_Detail_Event_WithNote', kind, strings(`Label_Detail_Level_${e.level}`));
    return kind;
}

/** The Chart.js configuration of the timeline: one scatter dataset per series (one colour each), lanes on y. */
export function buildTimelineConfig({ events, now, range, palette, strings }: TimelineConfigInput): ChartConfiguration<'scatter', TimelinePoint[]> & {
    plugins: MarkerLinesPlugin[];
} {
    const window = timelineWindow(events, now, range);
    // Recomputed for the axis's width when Chart.js lays it out, so labels never overlap on a narrow form.
    let current = utcTicks(window);
    const laneLabels = TIMELINE_LANES.map((l) => strings(LANE_LABEL_KEYS[l]));

    const bySeries = new Map<string, { series: TimelineSeries; points: TimelinePoint[] }>();
    for (const e of events) {
        if (e.at === null || e.kind === 'now') continue;
        const clipped = e.at < window.min ? 'before' : e.at > window.max ? 'after' : null;
        const x = clipped === 'before' ? window.min : clipped === 'after' ? window.max : e.at;
        const series = seriesOf(e);
        const entry = bySeries.get(series.key) ?? { series, points: [] };
        entry.points.push({ x, y: TIMELINE_LANES.indexOf(e.lane), event: e, clipped });
        bySeries.set(series.key, entry);
    }

    const ordered = [...bySeries.values()].sort((a, b) => TIMELINE_EVENT_KINDS.indexOf(a.series.kind) - TIMELINE_EVENT_KINDS.indexOf(b.series.kind) || (a.series.key < b.series.key ? -1 : a.series.key > b.series.key ? 1 : 0));
    const datasets = ordered.map(({ series, points }) => {
        const kind = series.kind;
        const style = MARKER_STYLES[kind];
        // One colour for the whole series: the legend entry's.
        const colour = palette[series.colour];
        return {
            label: seriesLabel(series, points[0].event, strings),
            data: points,
            // Markers outside the window become edge arrows (a rotated triangle), so nothing silently disappears.
            pointStyle: points.map((p) => (p.clipped ? 'triangle' : style.pointStyle)),
            rotation: points.map((p) => (p.clipped === 'before' ? -90 : p.clipped === 'after' ? 90 : kind === 'watermark' ? 90 : 0)),
            // Lower order is drawn on top: a current error must never hide behind the last attempt.
            order: DRAW_ORDER.indexOf(kind),
            pointRadius: style.radius,
            pointHoverRadius: style.radius + 2,
            borderWidth: style.pointStyle === 'crossRot' || style.pointStyle === 'line' || style.pointStyle === 'dash' ? 3 : style.hollow ? 2 : 1,
            borderColor: colour,
            backgroundColor: style.hollow ? palette.background : colour,
        };
    });

    // "Now", then the instants admins look for, labelled above the plot where they lie inside the window.
    const lines: MarkerLine[] = [{ id: 'now', x: now, colour: palette.now, label: strings('Label_Detail_Event_Now'), full: true }];
    for (const kind of LABELLED_KINDS) {
        const e = events.find((v) => v.kind === kind && v.at !== null && v.at >= window.min && v.at <= window.max);
        if (e && e.at !== null) lines.push({ id: kind, x: e.at, colour: palette[seriesOf(e).colour], label: strings(EVENT_LABEL_KEYS[kind]), full: false });
    }

    return {
        type: 'scatter',
        data: { datasets },
        plugins: [markerLinesPlugin(lines, palette.text)],
        options: {
            responsive: true,
            maintainAspectRatio: false,
            animation: false,
            layout: { padding: { top: LABEL_ROWS * LABEL_ROW_HEIGHT + LABEL_LEADER + 2, right: 8 } },
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
 * One legend item per series (one meaning, one symbol, one colour), in the series' own symbol: Chart.js would take
 * the first point's style, which is an edge arrow when that point lies outside the window.
 */
export function legendItems(chart: LegendChart, palette: TimelinePalette): LegendItem[] {
    return chart.data.datasets.map((d, datasetIndex) => {
        const first = (d.data[0] as TimelinePoint | undefined)?.event;
        const series = first ? seriesOf(first) : seriesOf({ kind: 'last-attempt', lane: 'processing', at: null, column: '' });
        const style = MARKER_STYLES[series.kind];
        const colour = palette[series.colour];
        return {
            text: d.label ?? '',
            datasetIndex,
            hidden: !chart.isDatasetVisible(datasetIndex),
            pointStyle: style.pointStyle,
            rotation: series.kind === 'watermark' ? 90 : 0,
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
