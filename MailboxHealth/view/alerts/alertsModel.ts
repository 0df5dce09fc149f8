import type { ITheme } from '@fluentui/react';
import type { ChartConfiguration } from 'chart.js';
import { ALERT_CLASSES, type AlertBucket, type AlertSummary, type BucketUnit } from '../../core/alerts';
import type { ErrorClass } from '../../core/types';
import type { Strings } from '../../contract/strings';
import { formatCount } from '../format';

/** The words for a bucket size ("hour"). */
export const BUCKET_LABEL_KEYS: Readonly<Record<BucketUnit, string>> = { '5m': 'Label_Alerts_Bucket_5m', hour: 'Label_Alerts_Bucket_hour', day: 'Label_Alerts_Bucket_day' };

function pad(n: number): string {
    return n < 10 ? `0${n}` : String(n);
}

/** A bucket's start in the user's zone: "14:05" for minutes and hours, "12-03" (month-day) for days. */
export function bucketLabel(start: number, bucket: BucketUnit, offsetMinutes?: (at: Date) => number): string {
    const at = new Date(start);
    const offset = offsetMinutes ? offsetMinutes(at) : -at.getTimezoneOffset();
    const d = new Date(start + offset * 60_000);
    if (bucket === 'day') return `${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
    return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** One colour per class, from the theme (the error cards use the same meanings). */
export function classColours(theme: ITheme): Readonly<Record<ErrorClass, string>> {
    return {
        permanent: theme.semanticColors.errorIcon,
        config: theme.palette.purple,
        transient: theme.semanticColors.severeWarningIcon,
        item: theme.palette.themePrimary,
        unknown: theme.palette.neutralTertiary,
    };
}

/** "transient 12, item 3" for one bucket; classes without alerts are left out. */
export function bucketBreakdown(bucket: Pick<AlertBucket, 'byClass'>, strings: Strings): string {
    return ALERT_CLASSES.filter((c) => bucket.byClass[c] > 0)
        .map((c) => `${strings(`ErrorClass_${c}`)} ${formatCount(bucket.byClass[c])}`)
        .join(', ');
}

/** The chart's text alternative: the window, the total and the busiest buckets. */
export function chartTextAlternative(summary: AlertSummary, strings: Strings, offsetMinutes?: (at: Date) => number): string {
    const unit = strings(BUCKET_LABEL_KEYS[summary.window.bucket]);
    const busiest = summary.buckets
        .filter((b) => b.total > 0)
        .sort((a, b) => b.total - a.total || a.start - b.start)
        .slice(0, 3)
        .map((b) => `${bucketLabel(b.start, summary.window.bucket, offsetMinutes)}: ${formatCount(b.total)} (${bucketBreakdown(b, strings)})`);
    return strings('Label_Alerts_ChartAlt', unit, formatCount(summary.total), busiest.length > 0 ? busiest.join('; ') : strings('Message_Alerts_None'));
}

/** A stacked bar per bucket, one dataset per class that occurred, in ALERT_CLASSES order. */
export function buildAlertsChartConfig(summary: AlertSummary, strings: Strings, colours: Readonly<Record<ErrorClass, string>>, textColour: string, offsetMinutes?: (at: Date) => number): ChartConfiguration<'bar', number[], string> {
    const labels = summary.buckets.map((b) => bucketLabel(b.start, summary.window.bucket, offsetMinutes));
    const present = ALERT_CLASSES.filter((c) => summary.byClass[c] > 0);
    return {
        type: 'bar',
        data: {
            labels,
            datasets: present.map((c) => ({ label: strings(`ErrorClass_${c}`), data: summary.buckets.map((b) => b.byClass[c]), backgroundColor: colours[c], borderWidth: 0, barPercentage: 0.9, categoryPercentage: 0.9 })),
        },
        options: {
            animation: false,
            responsive: true,
            // Resize after the layout settles: a resize inside the observer's callback can loop (a scrollbar appears).
            resizeDelay: 50,
            maintainAspectRatio: false,
            scales: {
                x: { stacked: true, ticks: { color: textColour, autoSkip: true, maxRotation: 0 }, grid: { display: false } },
                y: { stacked: true, beginAtZero: true, ticks: { color: textColour, precision: 0 } },
            },
            plugins: {
                legend: { display: present.length > 0, position: 'bottom', labels: { color: textColour, boxWidth: 12 } },
                tooltip: { enabled: true },
            },
        },
    };
}
