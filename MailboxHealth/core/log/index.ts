/** Reading and explaining a Download Mailbox Details log (health-model §"The Download Mailbox Details log"). */
export { readMailboxLog } from './readMailboxLog';
export { parseLogDate } from './dates';
export * from './logGaps';
export * from './explainLog';
