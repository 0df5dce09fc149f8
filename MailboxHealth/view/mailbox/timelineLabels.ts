/**
 * Where the timeline's text labels ("Now", "Last error", "Last attempt", "Next processing") go above the plot, so
 * that no two ever overlap, however close their instants. Pure geometry in pixels: the chart's plugin measures each
 * label with the canvas's own font and places them here (timelineChartConfig.ts); unit-tested without a canvas.
 *
 * Each label sits in one of a few rows above the plot, centred on its instant or as a flag beside the instant's
 * leader line (text to its right or to its left). The leader runs straight down from the label to the plot, so a
 * label never covers the leader of another. The few labels there are (at most five) are placed by a small exhaustive
 * search: as many labels as fit, the most important first; then the fewest raised or flagged. A label that fits
 * nowhere is left out of the chart (the legend, the tooltip and the table beside the chart still carry it).
 */

export interface LabelRequest {
    readonly id: string;
    /** The instant's x in pixels. */
    readonly anchor: number;
    /** The label's width in pixels, padding included. */
    readonly width: number;
}

export interface PlacedLabel {
    readonly id: string;
    readonly anchor: number;
    /** 0 is the row nearest the plot. */
    readonly row: number;
    readonly left: number;
    readonly right: number;
}

export interface LabelLayoutOptions {
    /** The horizontal bounds labels must stay within (the canvas). */
    readonly left: number;
    readonly right: number;
    readonly rows: number;
    /** The least space between two labels of a row. */
    readonly gap: number;
}

export interface LabelLayout {
    readonly placed: readonly PlacedLabel[];
    readonly dropped: readonly string[];
}

/** How a label sits against its instant: centred on it, or as a flag to its right or left. */
type Spot = { readonly row: number; readonly left: number; readonly cost: number };

/** More labels than this are placed greedily (the search would grow too large); the chart has five at most. */
const SEARCH_LIMIT = 6;

/** Places the labels, given most important first. */
export function placeLabels(requests: readonly LabelRequest[], o: LabelLayoutOptions): LabelLayout {
    const usable = requests.filter((r) => Number.isFinite(r.anchor) && Number.isFinite(r.width) && r.width <= o.right - o.left);
    const spotsOf = (r: LabelRequest): Spot[] => {
        const inside = (left: number): number => Math.max(o.left, Math.min(left, o.right - r.width));
        const spots: Spot[] = [];
        for (let row = 0; row < o.rows; row++) {
            spots.push({ row, left: inside(r.anchor - r.width / 2), cost: row * 2 }, { row, left: inside(r.anchor + 1), cost: row * 2 + 1 }, { row, left: inside(r.anchor - 1 - r.width), cost: row * 2 + 1 });
        }
        return spots;
    };
    // A flag's own leader runs 1 px outside it, so flags of one instant on one side can stack along one leader.
    const covers = (p: PlacedLabel, x: number): boolean => x > p.left - 1 && x < p.right + 1;
    const fits = (chosen: readonly PlacedLabel[], c: PlacedLabel): boolean =>
        chosen.every((p) => {
            if (p.row === c.row) return c.right + o.gap <= p.left || c.left >= p.right + o.gap;
            // A leader passes through every row below its label.
            return p.row < c.row ? !covers(p, c.anchor) : !covers(c, p.anchor);
        });

    // Score: which labels are placed, most important first (a bit per label), then the least cost.
    let best: { placed: PlacedLabel[]; mask: number; cost: number } = { placed: [], mask: -1, cost: Infinity };
    const exhaustive = usable.length <= SEARCH_LIMIT;
    const search = (i: number, chosen: PlacedLabel[], mask: number, cost: number): void => {
        if (i === usable.length) {
            if (mask > best.mask || (mask === best.mask && cost < best.cost)) best = { placed: [...chosen], mask, cost };
            return;
        }
        // Even placing every label left would not beat the best: stop.
        const rest = usable.length - i;
        if ((mask | ((1 << rest) - 1)) < best.mask) return;
        const r = usable[i];
        for (const s of spotsOf(r)) {
            const c: PlacedLabel = { id: r.id, anchor: r.anchor, row: s.row, left: s.left, right: s.left + r.width };
            if (!fits(chosen, c)) continue;
            chosen.push(c);
            search(i + 1, chosen, mask | (1 << (rest - 1)), cost + s.cost);
            chosen.pop();
            if (!exhaustive) return;
        }
        search(i + 1, chosen, mask, cost);
    };
    search(0, [], 0, 0);
    const placedIds = new Set(best.placed.map((p) => p.id));
    return { placed: best.placed, dropped: requests.filter((r) => !placedIds.has(r.id)).map((r) => r.id) };
}

/** Two labels' boxes overlap (same row and intersecting spans). */
export function labelsOverlap(a: PlacedLabel, b: PlacedLabel): boolean {
    return a.row === b.row && a.left < b.right && b.left < a.right;
}
