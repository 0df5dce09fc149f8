'use strict';
/** Stops the harness server that globalSetup started (both run in jest's main process). */
module.exports = async function globalTeardown() {
    const harness = globalThis.__MAILBOXHEALTH_HARNESS__;
    if (harness) {
        await harness.close();
        globalThis.__MAILBOXHEALTH_HARNESS__ = undefined;
    }
};
