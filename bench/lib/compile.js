'use strict';
/**
 * Compiles a TypeScript benchmark entry (and the core / sample sources it imports) to one CommonJS file under
 * out/bench/ with esbuild, so the benchmarks run on a fresh clone without `npm run build:cli`. Not minified: the
 * CPU profiles then name the real functions, and esbuild's `// path/to/file.ts` markers map lines back to sources.
 */
const path = require('path');
const esbuild = require('esbuild');

const ROOT = path.join(__dirname, '..', '..');
const OUT_DIR = path.join(ROOT, 'out', 'bench');

/** Compiles bench/<entry>.ts to out/bench/<entry>.js; returns the output path. */
function compileNode(entry) {
    const outfile = path.join(OUT_DIR, path.basename(entry).replace(/\.tsx?$/, '.js'));
    esbuild.buildSync({
        entryPoints: [path.join(ROOT, 'bench', entry)],
        bundle: true,
        platform: 'node',
        format: 'cjs',
        target: 'node20',
        outfile,
        logLevel: 'warning',
        // The benchmark measures the same code the control ships: no minification changes what V8 optimises.
        minify: false,
        keepNames: false,
    });
    return outfile;
}

/** Compiles a browser entry (React and Fluent from the page's UMD globals) to out/bench/<name>.js. */
async function compileBrowser(entry, { globals = {} } = {}) {
    const outfile = path.join(OUT_DIR, path.basename(entry).replace(/\.tsx?$/, '.js'));
    await esbuild.build({
        entryPoints: [path.join(ROOT, 'bench', entry)],
        bundle: true,
        platform: 'browser',
        format: 'iife',
        target: 'es2019',
        outfile,
        logLevel: 'warning',
        minify: true,
        define: { 'process.env.NODE_ENV': '"production"' },
        plugins: [umdGlobals(globals)],
    });
    return outfile;
}

/** esbuild plugin: `import x from 'react'` → the page's `window.React`, as the platform provides it. */
function umdGlobals(globals) {
    const names = Object.keys(globals);
    return {
        name: 'umd-globals',
        setup(build) {
            if (names.length === 0) return;
            const filter = new RegExp('^(' + names.map((n) => n.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|') + ')$');
            build.onResolve({ filter }, (args) => ({ path: args.path, namespace: 'umd-global' }));
            build.onLoad({ filter: /.*/, namespace: 'umd-global' }, (args) => ({ contents: `module.exports = window[${JSON.stringify(globals[args.path])}];`, loader: 'js' }));
        },
    };
}

module.exports = { compileNode, compileBrowser, umdGlobals, ROOT, OUT_DIR };
