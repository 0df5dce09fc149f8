/**
 * @jest-environment node
 *
 * `npm start` is our harness; the pac template's commands work too: `npm start watch` and `npm run start:watch` run
 * pcf-scripts' own harness with watch, as makers expect.
 */
import * as fs from 'fs';
import * as path from 'path';

const { parseArgs } = require('../../harness/serve') as { parseArgs: (argv: string[], env: Record<string, string | undefined>) => Record<string, unknown> };
const scripts = (JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

describe('the start commands', () => {
    it('keep npm start as our harness', () => {
        expect(scripts.start).toBe('node harness/serve.js');
        expect(parseArgs([], {})).toMatchObject({ port: 8181, dev: false, build: true });
    });

    it('take `npm start watch` (the pac template) as pcf-scripts start watch, not as an unknown option', () => {
        expect(parseArgs(['watch'], {})).toMatchObject({ watch: true });
    });

    it('offer npm run start:watch as pcf-scripts start watch', () => {
        expect(scripts['start:watch']).toBe('pcf-scripts start watch');
    });

    it('still refuse an unknown option, with the usage', () => {
        expect(() => parseArgs(['--wat'], {})).toThrow(/unknown option --wat\nusage: node harness\/serve.js/);
    });

    it('build the production bundle through the shared, stamp-checking helper in build:prod', () => {
        expect(scripts['build:prod']).toContain("require('./test/support/ensureBuild').ensureProductionBuild()");
    });
});
