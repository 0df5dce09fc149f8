/**
 * @jest-environment node
 *
 * The production-build stamp that `npm run build:prod`, `npm run pack`, `npm start` and the tests trust: whatever
 * ran before (the template's `npm run build` in development mode, pcf-scripts' watch, `npm run clean`) must never
 * leave a bundle that passes for a fresh production build.
 */
import * as fs from 'fs';
import * as path from 'path';
import { removeDir, tempDir } from './zipSupport';

interface Paths {
    bundle: string;
    stamp: string;
    sources: string;
}
const { staleReason, writeStamp } = require('../support/ensureBuild') as {
    staleReason: (paths?: Paths) => string | null;
    writeStamp: (paths?: Paths) => void;
};

const PRODUCTION = 'var pcf_tools=function(){"use strict";ComponentFramework.registerControl("N.C",x)}();';
const DEVELOPMENT = '/*\n * ATTENTION: The "eval" devtool has been used (maybe by default in mode: "development").\n */\neval("x")';

let dir: string;
let paths: Paths;

beforeEach(() => {
    dir = tempDir('stamp');
    paths = { bundle: path.join(dir, 'out', 'bundle.js'), stamp: path.join(dir, 'out', '.production-build'), sources: path.join(dir, 'src') };
    fs.mkdirSync(path.dirname(paths.bundle), { recursive: true });
    fs.mkdirSync(paths.sources, { recursive: true });
    const old = new Date(Date.now() - 60_000);
    fs.writeFileSync(path.join(paths.sources, 'index.ts'), 'export {};');
    fs.utimesSync(path.join(paths.sources, 'index.ts'), old, old);
});

afterEach(() => removeDir(dir));

describe('the production-build stamp', () => {
    it('vouches for the production bundle it was written for', () => {
        fs.writeFileSync(paths.bundle, PRODUCTION);
        writeStamp(paths);
        expect(staleReason(paths)).toBeNull();
    });

    it('is stale once a development build (npm run build) rewrote the bundle after it', () => {
        fs.writeFileSync(paths.bundle, PRODUCTION);
        writeStamp(paths);
        fs.writeFileSync(paths.bundle, DEVELOPMENT);
        expect(staleReason(paths)).toBe('the bundle was rebuilt since the production build (development build?)');
    });

    it('is stale when any other build rewrote the bundle, even with a newer mtime than every source', () => {
        fs.writeFileSync(paths.bundle, PRODUCTION);
        writeStamp(paths);
        fs.writeFileSync(paths.bundle, `${PRODUCTION}\n`);
        expect(staleReason(paths)).not.toBeNull();
    });

    it('never trusts a development bundle, whatever the stamp says', () => {
        fs.writeFileSync(paths.bundle, DEVELOPMENT);
        writeStamp(paths);
        expect(staleReason(paths)).toBe('the bundle is a development build');
    });

    it('is stale when a source changed after it', () => {
        fs.writeFileSync(paths.bundle, PRODUCTION);
        writeStamp(paths);
        const later = new Date(Date.now() + 5_000);
        fs.utimesSync(path.join(paths.sources, 'index.ts'), later, later);
        expect(staleReason(paths)).toBe('a source changed since the build');
    });

    it('does not exist after npm run clean (no bundle), nor in the plain-text form older checkouts wrote', () => {
        expect(staleReason(paths)).toBe('no bundle');
        fs.writeFileSync(paths.bundle, PRODUCTION);
        fs.writeFileSync(paths.stamp, new Date().toISOString());
        expect(staleReason(paths)).toBe('no production stamp');
    });
});
