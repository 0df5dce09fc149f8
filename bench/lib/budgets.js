'use strict';
/**
 * The bundle budget in one place, read by the bench report and by test/bench/bundle.test.ts (which CI runs).
 * docs/performance.md, "Decision" under "Bundle": 390 KB minified, 122 KB gzip level 9 since 2026-12-03 (300 / 100 KB
 * before chart.js's three charts and the alerts section made that unreachable). Moving it is a decision written
 * there, never a quiet edit here.
 */
const KB = 1024;

module.exports = {
    KB,
    BUNDLE_BYTES: 390 * KB,
    BUNDLE_GZIP_BYTES: 122 * KB,
};
