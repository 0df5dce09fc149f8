/**
 * Works around a packaging mismatch under jest (CommonJS): @fluentui/react 8.29's lib-commonjs requires three
 * deep paths of @fluentui/date-time-utilities that the installed 8.6 no longer lists in its package "exports", so
 * `require('@fluentui/react')` fails to resolve. The files are there; this maps the three paths to them. Import it
 * before anything that imports Fluent. (The production build is unaffected: Fluent is a platform library there.)
 * The lasting fix is a moduleNameMapper entry in jest.config.js; see the control's report.
 */
import * as path from 'path';

const LIB = path.join(__dirname, '..', '..', 'node_modules', '@fluentui', 'date-time-utilities', 'lib-commonjs');

jest.mock('@fluentui/date-time-utilities/lib-commonjs/dateMath/dateMath', () => jest.requireActual(path.join(LIB, 'dateMath', 'dateMath.js')), { virtual: true });
jest.mock('@fluentui/date-time-utilities/lib-commonjs/dateValues/dateValues', () => jest.requireActual(path.join(LIB, 'dateValues', 'dateValues.js')), { virtual: true });
jest.mock('@fluentui/date-time-utilities/lib-commonjs/dateValues/timeConstants', () => jest.requireActual(path.join(LIB, 'dateValues', 'timeConstants.js')), { virtual: true });

export {};
