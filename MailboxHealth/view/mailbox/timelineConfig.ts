/**
 * The sync timeline of one mailbox as pure data, in three parts: the events (timelineEvents.ts), the time axis
 * (timelineAxis.ts) and the Chart.js configuration (timelineChartConfig.ts). This module gathers them for callers.
 */
export * from './timelineEvents';
export * from './timelineAxis';
export * from './timelineChartConfig';
