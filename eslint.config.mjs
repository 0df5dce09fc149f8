// ESLint 9 flat config. pcf-scripts runs ESLint during `pcf-scripts build` and fails without a config.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import powerApps from '@microsoft/eslint-plugin-power-apps';
import react from 'eslint-plugin-react';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const UI_LIBS = [
    { name: 'react', message: 'core is framework-free (DEVELOPERS.md): no React.' },
    { name: 'react-dom', message: 'core is framework-free: no React DOM.' },
    { name: 'chart.js', message: 'core is framework-free: no Chart.js.' },
];

export default tseslint.config(
    {
        ignores: ['**/generated/**', 'node_modules/**', 'out/**', 'coverage/**', 'harness/dist/**', 'obj/**', 'bin/Debug/**', 'bin/Release/**'],
    },
    js.configs.recommended,
    ...tseslint.configs.recommended,
    {
        files: ['**/*.{ts,tsx}'],
        plugins: { '@microsoft/power-apps': powerApps, react, 'react-hooks': reactHooks },
        languageOptions: {
            globals: { ...globals.browser, ComponentFramework: 'readonly' },
        },
        settings: { react: { version: '16.14' } },
        rules: {
            ...powerApps.configs.paCheckerHosted.rules,
            ...react.configs.recommended.rules,
            ...reactHooks.configs.recommended.rules,
            'react/react-in-jsx-scope': 'off',
            'react/prop-types': 'off',
            '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
            '@typescript-eslint/no-explicit-any': 'error',
        },
    },
    {
        // The interpretation core imports nothing from React, Fluent, Chart.js or PCF, nor from the outer layers.
        files: ['MailboxHealth/core/**/*.ts'],
        rules: {
            'no-restricted-imports': [
                'error',
                {
                    paths: UI_LIBS,
                    patterns: [
                        { group: ['@fluentui/*'], message: 'core is framework-free: no Fluent.' },
                        { group: ['chartjs-*', 'chart.js/*'], message: 'core is framework-free: no Chart.js.' },
                        { group: ['**/pcf', '**/pcf/**', '**/view', '**/view/**', '**/contract', '**/contract/**', '**/generated/**', '**/MailboxHealth/index'], message: 'core must not reach into the outer layers (pcf, view, contract, generated, index).' },
                    ],
                },
            ],
            'no-restricted-syntax': [
                'error',
                { selector: "TSQualifiedName[left.name='ComponentFramework']", message: 'core must not use PCF types.' },
                { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'core never reads the clock: now is an argument.' },
                { selector: 'NewExpression[callee.name="Date"][arguments.length=0]', message: 'core never reads the clock: now is an argument.' },
            ],
        },
    },
    {
        // The view receives plain rows and strings; it never touches PCF.
        files: ['MailboxHealth/view/**/*.{ts,tsx}'],
        rules: {
            'no-restricted-imports': [
                'error',
                {
                    paths: [{ name: 'react-dom', message: 'react-dom is not a platform library here; it would be bundled.' }],
                    patterns: [
                        { group: ['**/pcf', '**/pcf/**', '**/generated/**', '**/index', '../index'], message: 'view must not import the PCF layer or the lifecycle: share shapes through contract/.' },
                        { group: ['**/core/decisions', '**/core/decisions/**'], message: 'import the decisions from core (core/index.ts re-exports them): one place.' },
                    ],
                },
            ],
            'no-restricted-syntax': [
                'error',
                { selector: "TSQualifiedName[left.name='ComponentFramework']", message: 'view must not use PCF types.' },
            ],
        },
    },
    {
        // The adapter turns PCF objects into plain rows; it never imports the view (shared shapes live in contract/).
        files: ['MailboxHealth/pcf/**/*.{ts,tsx}'],
        rules: {
            'no-restricted-imports': [
                'error',
                {
                    paths: UI_LIBS,
                    patterns: [
                        { group: ['**/view', '**/view/**'], message: 'pcf must not import the view: share shapes through contract/.' },
                        { group: ['@fluentui/*'], message: 'pcf adapts data: no Fluent.' },
                        { group: ['../index', '**/MailboxHealth/index'], message: 'pcf must not import the lifecycle.' },
                        { group: ['**/core/decisions', '**/core/decisions/**'], message: 'import the decisions from core (core/index.ts re-exports them): one place.' },
                    ],
                },
            ],
        },
    },
    {
        // The contract between the adapter and the view: plain shapes over core types, nothing else.
        files: ['MailboxHealth/contract/**/*.{ts,tsx}'],
        rules: {
            'no-restricted-imports': [
                'error',
                {
                    paths: UI_LIBS,
                    patterns: [
                        { group: ['**/view', '**/view/**', '**/pcf', '**/pcf/**', '../index'], message: 'contract imports only core.' },
                        { group: ['@fluentui/*'], message: 'contract is framework-free.' },
                    ],
                },
            ],
            'no-restricted-syntax': ['error', { selector: "TSQualifiedName[left.name='ComponentFramework']", message: 'contract must not use PCF types.' }],
        },
    },
    {
        files: ['test/**/*.{ts,tsx,js}', 'bench/**/*.{ts,js}', 'harness/**/*.{ts,tsx,js}', 'scripts/**/*.js', 'cli/**/*.ts', 'sample/**/*.ts', 'bin/**/*.js', '*.js', '*.mjs'],
        languageOptions: { globals: { ...globals.node, ...globals.jest, ...globals.browser } },
        rules: {
            '@typescript-eslint/no-require-imports': 'off',
            '@microsoft/power-apps/avoid-unpub-api': 'off',
            '@microsoft/power-apps/avoid-window-top': 'off',
        },
    },
);
