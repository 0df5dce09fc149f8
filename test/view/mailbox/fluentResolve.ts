/**
 * Import first in any test that loads Fluent. @fluentui/react 8.29's lib-commonjs requires three deep paths of
 * @fluentui/date-time-utilities that the installed 8.6 no longer lists in its package "exports", so jest cannot
 * resolve `@fluentui/react`. The files exist; map the three paths to them. (Production is unaffected: Fluent is a
 * platform library there.) Redundant once jest.config.js maps '^@fluentui/date-time-utilities/lib-commonjs/(.*)$'.
 */
import * as path from 'path';

const LIB = path.join(__dirname, '..', '..', '..', 'node_modules', '@fluentui', 'date-time-utilities', 'lib-commonjs');

jest.mock('@fluentui/date-time-utilities/lib-commonjs/dateMath/dateMath', () => jest.requireActual(path.join(LIB, 'dateMath', 'dateMath.js')), { virtual: true });
jest.mock('@fluentui/date-time-utilities/lib-commonjs/dateValues/dateValues', () => jest.requireActual(path.join(LIB, 'dateValues', 'dateValues.js')), { virtual: true });
jest.mock('@fluentui/date-time-utilities/lib-commonjs/dateValues/timeConstants', () => jest.requireActual(path.join(LIB, 'dateValues', 'timeConstants.js')), { virtual: true });

export {};
