import { labelsOverlap, placeLabels } from '../../../MailboxHealth/view/mailbox/timelineLabels';
import type { LabelRequest, PlacedLabel } from '../../../MailboxHealth/view/mailbox/timelineLabels';
import { buildTimelineConfig, buildTimelineEvents, LABEL_ROW_HEIGHT, LABEL_ROWS } from '../../../MailboxHealth/view/mailbox/timelineConfig';
import type { LabelBox, MarkerLinesPlugin, TimelinePalette } from '../../../MailboxHealth/view/mailbox/timelineConfig';
import { anAssessment, MIN, NOW, strings } from './support';

const OPTIONS = { left: 0, right: 700, rows: 2, gap: 4 };

function noOverlap(placed: readonly PlacedLabel[]): boolean {
    return placed.every((a, i) => placed.every((b, j) => i === j || !labelsOverlap(a, b)));
}

describe('placeLabels', () => {
    it('centres a lone label on its instant', () => {
        expect(placeLabels([{ id: 'now', anchor: 300, width: 40 }], OPTIONS).placed).toEqual([{ id: 'now', anchor: 300, row: 0, left: 280, right: 320 }]);
    });

    it('keeps labels inside the bounds at the edges', () => {
        const { placed } = placeLabels([{ id: 'a', anchor: 2, width: 60 }, { id: 'b', anchor: 699, width: 60 }], OPTIONS);
        expect(placed.map((p) => [p.left, p.right])).toEqual([[0, 60], [640, 700]]);
    });

    it('never overlaps "Last attempt", "Last error" and "Now" a few pixels apart: slides or stacks them', () => {
        const requests: LabelRequest[] = [
            { id: 'now', anchor: 400, width: 32 },
            { id: 'last-error', anchor: 396, width: 62 },
            { id: 'next-processing', anchor: 410, width: 100 },
            { id: 'last-attempt', anchor: 395, width: 78 },
        ];
        const { placed, dropped } = placeLabels(requests, OPTIONS);
        expect(noOverlap(placed)).toBe(true);
        // Every label touches its instant (centred on it, or a flag beside its leader line).
        for (const p of placed) expect(p.anchor).toBeGreaterThanOrEqual(p.left - 1);
        for (const p of placed) expect(p.anchor).toBeLessThanOrEqual(p.right + 1);
        expect(dropped).toEqual([]);
        expect(placed.map((p) => p.id)).toEqual(['now', 'last-error', 'next-processing', 'last-attempt']);
    });

    it('drops what fits nowhere rather than overlapping (most important first)', () => {
        const requests = Array.from({ length: 12 }, (_, i) => ({ id: `l${i}`, anchor: 350, width: 90 }));
        const { placed, dropped } = placeLabels(requests, OPTIONS);
        expect(noOverlap(placed)).toBe(true);
        expect(placed[0].id).toBe('l0');
        expect(dropped.length).toBeGreaterThan(0);
        expect(placed.length + dropped.length).toBe(12);
    });

    it('puts two labels of nearly the same instant side by side as flags, and stacks labels of one instant along its leader, leaving out what fits nowhere', () => {
        const two = placeLabels([{ id: 'a', anchor: 300, width: 80 }, { id: 'b', anchor: 305, width: 80 }], OPTIONS);
        expect(two.dropped).toEqual([]);
        expect(noOverlap(two.placed)).toBe(true);
        expect(two.placed.map((p) => [p.id, p.row, p.right <= 300 ? 'left' : 'right'])).toEqual([
            ['a', 0, 'left'],
            ['b', 0, 'right'],
        ]);
        const three = placeLabels([{ id: 'a', anchor: 300, width: 80 }, { id: 'b', anchor: 300, width: 80 }, { id: 'c', anchor: 300, width: 80 }], OPTIONS);
        expect(three.placed.map((p) => p.id)).toEqual(['a', 'b']);
        expect(three.placed.map((p) => p.row).sort()).toEqual([0, 1]);
        expect(three.dropped).toEqual(['c']);
    });

    it("stacks a label above another when its leader passes clear of the one below", () => {
        // Row 0 is full around the anchor of 'c' except where its leader runs: c goes up a row.
        const { placed, dropped } = placeLabels([{ id: 'a', anchor: 250, width: 140 }, { id: 'b', anchor: 420, width: 140 }, { id: 'c', anchor: 335, width: 90 }], OPTIONS);
        expect(dropped).toEqual([]);
        const c = placed.find((p) => p.id === 'c');
        expect(c?.row).toBe(1);
        expect(noOverlap(placed)).toBe(true);
    });

    it('never overlaps, for any instants (random trials)', () => {
        let seed = 7;
        const random = (): number => {
            seed = (seed * 1103515245 + 12345) % 2 ** 31;
            return seed / 2 ** 31;
        };
        for (let trial = 0; trial < 300; trial++) {
            const requests = Array.from({ length: 1 + Math.floor(random() * 6) }, (_, i) => ({ id: `l${i}`, anchor: random() * 700, width: 20 + random() * 100 }));
            const { placed, dropped } = placeLabels(requests, OPTIONS);
            expect(noOverlap(placed)).toBe(true);
            // No label covers the leader of a label above it.
            for (const p of placed) for (const q of placed) if (q.row > p.row) expect(q.anchor <= p.left - 1 || q.anchor >= p.right + 1).toBe(true);
            for (const p of placed) {
                expect(p.left).toBeGreaterThanOrEqual(0);
                expect(p.right).toBeLessThanOrEqual(700);
                expect(p.row).toBeLessThan(OPTIONS.rows);
            }
            expect(placed.length + dropped.length).toBe(requests.length);
        }
    });
});

describe('the chart draws its labels apart (plugin on a fake canvas)', () => {
    const palette: TimelinePalette = { ok: 'green', error: 'red', warning: 'orange', info: 'blue', neutral: 'black', muted: 'grey', accent: 'purple', now: 'ink', text: 'text', grid: 'grid', background: 'white' };

    function draw(width: number) {
        // Last attempt 2 s before the current error, 40 s before now; next processing 30 s after now.
        const a = anAssessment({ lastAttemptAt: NOW - 40_000, lastErrorAt: NOW - 38_000, lastErrorIsCurrent: true, nextProcessingAt: NOW + 30_000, due: 'scheduled' });
        const config = buildTimelineConfig({ events: buildTimelineEvents({ assessment: a, row: {}, now: NOW }), now: NOW, range: 'hour', palette, strings });
        const plugin = config.plugins[0] as MarkerLinesPlugin;
        const attrs: Record<string, string> = {};
        const area = { left: 90, right: width - 8, top: LABEL_ROWS * LABEL_ROW_HEIGHT + 9, bottom: 240 };
        const min = NOW - 60 * MIN;
        const max = NOW + 60 * MIN;
        const noop = (): void => undefined;
        const chart = {
            width,
            chartArea: area,
            scales: { x: { getPixelForValue: (v: number) => area.left + ((v - min) / (max - min)) * (area.right - area.left) } },
            canvas: { setAttribute: (k: string, v: string) => (attrs[k] = v) },
            ctx: { save: noop, restore: noop, beginPath: noop, moveTo: noop, lineTo: noop, stroke: noop, setLineDash: noop, fillText: noop, measureText: (t: string) => ({ width: t.length * 6.5 }) },
        };
        (plugin.beforeDatasetsDraw as unknown as (c: typeof chart) => void)(chart);
        return { lines: plugin.lines, boxes: JSON.parse(attrs['data-labels']) as LabelBox[], area };
    }

    it.each([360, 700, 1100])('at %i px: the labels of close instants never intersect and stay above the plot', (width) => {
        const { lines, boxes, area } = draw(width);
        expect(lines.map((l) => l.id)).toEqual(['now', 'last-error', 'next-processing', 'last-attempt']);
        expect(boxes.map((b) => b.id)).toContain('now');
        for (const [i, a] of boxes.entries()) {
            expect(a.bottom).toBeLessThanOrEqual(area.top);
            expect(a.top).toBeGreaterThanOrEqual(0);
            expect(a.left).toBeGreaterThanOrEqual(0);
            expect(a.right).toBeLessThanOrEqual(width);
            for (const b of boxes.slice(i + 1)) expect(a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom).toBe(false);
        }
    });
});
