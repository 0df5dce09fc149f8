/** Fleet alerts over time: window and buckets, matching once, grouping per error. */
export * from './window';
export * from './group';
export * from './webApi';
