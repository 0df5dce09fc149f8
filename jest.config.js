/**
 * Two projects: `unit` (core, pcf mapping, view, lifecycle, CLI, solution zip; fast) and `browser`
 * (playwright-core driving Debian's chromium against the harness with the production bundle).
 * `npm test` runs both; `npm run test:unit` / `npm run test:browser` run one.
 */
const tsJest = ['ts-jest', { tsconfig: '<rootDir>/tsconfig.test.json', diagnostics: { warnOnly: false } }];

module.exports = {
    projects: [
        {
            displayName: 'unit',
            testEnvironment: 'jsdom',
            roots: ['<rootDir>/test'],
            testMatch: ['**/*.test.ts', '**/*.test.tsx'],
            testPathIgnorePatterns: ['/test/browser/'],
            transform: { '^.+\\.tsx?$': tsJest },
            setupFilesAfterEnv: ['<rootDir>/test/setup.ts'],
            transformIgnorePatterns: ['/node_modules/(?!(@fluentui|date-fns)/)'],
            moduleNameMapper: {
                '\\.(css)$': '<rootDir>/test/mocks/style.js',
                // @fluentui/react 8.29 requires date-time-utilities' lib-commonjs paths that jest cannot resolve on its own.
                '^@fluentui/date-time-utilities/lib-commonjs/(.*)$': '<rootDir>/node_modules/@fluentui/date-time-utilities/lib-commonjs/$1',
            },
        },
        {
            displayName: 'browser',
            testEnvironment: 'node',
            roots: ['<rootDir>/test/browser'],
            testMatch: ['**/*.test.ts'],
            transform: { '^.+\\.tsx?$': tsJest },
            globalSetup: '<rootDir>/test/browser/globalSetup.js',
            globalTeardown: '<rootDir>/test/browser/globalTeardown.js',
        },
    ],
    coverageThreshold: {
        './MailboxHealth/core/': { lines: 95 },
    },
    collectCoverageFrom: ['MailboxHealth/**/*.{ts,tsx}', '!MailboxHealth/generated/**'],
};
