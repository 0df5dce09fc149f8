'use strict';
/**
 * Small statistics for noisy, shared machines: every figure is a median over several runs with its spread
 * (min–max and the inter-quartile range), and comparisons are ratios of figures taken in the same run.
 */

/** Sorted copy. */
function sorted(xs) {
    return [...xs].sort((a, b) => a - b);
}

/** Linear-interpolated quantile of a sorted array (q in 0…1). */
function quantile(s, q) {
    if (s.length === 0) return NaN;
    const pos = (s.length - 1) * q;
    const lo = Math.floor(pos);
    const hi = Math.ceil(pos);
    return s[lo] + (s[hi] - s[lo]) * (pos - lo);
}

/** { n, median, min, max, q1, q3, iqr, samples } of raw samples. */
function summary(samples) {
    const s = sorted(samples);
    const q1 = quantile(s, 0.25);
    const q3 = quantile(s, 0.75);
    return { n: s.length, median: quantile(s, 0.5), min: s[0], max: s[s.length - 1], q1, q3, iqr: q3 - q1, samples: [...samples] };
}

/** Median of raw samples. */
function median(samples) {
    return quantile(sorted(samples), 0.5);
}

/** A number with `digits` significant figures, as text without exponent for the table. */
function fmt(x, digits = 3) {
    if (x === null || x === undefined || Number.isNaN(x)) return '–';
    if (!Number.isFinite(x)) return String(x);
    if (x === 0) return '0';
    const mag = Math.floor(Math.log10(Math.abs(x)));
    const decimals = Math.max(0, digits - 1 - mag);
    return x.toLocaleString('en-US', { maximumFractionDigits: decimals, minimumFractionDigits: 0 });
}

/** "median (min–max)" of a summary, scaled (e.g. 1e-6 for ns → ms). */
function spread(sum, scale = 1, digits = 3) {
    return `${fmt(sum.median * scale, digits)} (${fmt(sum.min * scale, digits)}–${fmt(sum.max * scale, digits)})`;
}

module.exports = { summary, median, quantile, sorted, fmt, spread };
