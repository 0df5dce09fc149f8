/**
 * @jest-environment node
 *
 * The bundle budget (docs/performance.md §Budgets), kept by CI (which does not run `npm run bench`): the production bundle.js that
 * pcf-scripts builds stays at or under 390 KB minified and 122 KB gzip, with React and Fluent left to the platform.
 */
import * as fs from 'fs';
import * as zlib from 'zlib';

const { ensureProductionBuild } = require('../support/ensureBuild') as { ensureProductionBuild: () => string };

/** docs/performance.md §Budgets and "Decision" under §Bundle; the bench report reads the same figures. */
const { BUNDLE_BYTES: BUDGET_BYTES, BUNDLE_GZIP_BYTES: BUDGET_GZIP_BYTES } = require('../../bench/lib/budgets') as { BUNDLE_BYTES: number; BUNDLE_GZIP_BYTES: number };

/** pcf-scripts' externals for the manifest's platform libraries (PlatformLibraryVersions.json aliases). */
const REACT_GLOBAL = 'Reactv16';
const FLUENT_GLOBAL = 'FluentUIReactv8290';

// A production build takes about a minute here (longer while other builds run); it is skipped when fresh.
jest.setTimeout(6 * 60 * 1000);

let bundle = '';
let bytes = 0;
let gzipBytes = 0;

beforeAll(() => {
    const file = ensureProductionBuild();
    const buffer = fs.readFileSync(file);
    bytes = buffer.length;
    gzipBytes = zlib.gzipSync(buffer, { level: 9 }).length;
    bundle = buffer.toString('utf8');
});

describe('the production bundle', () => {
    it(`is at most ${BUDGET_BYTES / 1024} KB minified and ${BUDGET_GZIP_BYTES / 1024} KB gzip`, () => {
        // On failure the message says by how much: `npm run bench -- --only bundle` shows what takes the space.
        expect({ bytes, overBudgetBy: Math.max(0, bytes - BUDGET_BYTES) }).toEqual({ bytes, overBudgetBy: 0 });
        expect({ gzipBytes, overBudgetBy: Math.max(0, gzipBytes - BUDGET_GZIP_BYTES) }).toEqual({ gzipBytes, overBudgetBy: 0 });
    });

    it('takes React and Fluent from the platform instead of bundling them', () => {
        expect(bundle.includes(REACT_GLOBAL)).toBe(true);
        expect(bundle.includes(FLUENT_GLOBAL)).toBe(true);
        // Strings only the libraries' own code contains: React's internals, Fluent's global settings and style sheet
        // (they would come in through a deep import such as '@fluentui/utilities', which is not external).
        expect(bundle.includes('__SECRET_INTERNALS_DO_NOT_USE_OR_YOU_WILL_BE_FIRED')).toBe(false);
        expect(bundle.includes('__globalSettings__')).toBe(false);
        expect(bundle.includes('__stylesheet__')).toBe(false);
    });

    it('leaves out the error catalogue\'s provenance, which only the tests read (core/errors/data/provenance.ts)', () => {
        // Every support article the catalogue cites lives under this path; no string the control shows contains it.
        expect(bundle.includes('email-exchange-synchronization/')).toBe(false);
        expect(bundle.includes('mailbox-does-not-have-email-server-profile')).toBe(false);
    });

    it('is a minified production build, not a development one', () => {
        expect(bundle.includes('sourceMappingURL=')).toBe(false);
        // A development webpack build keeps one module per eval() with its path; production concatenates them.
        expect(bundle.includes('eval(')).toBe(false);
    });
});
