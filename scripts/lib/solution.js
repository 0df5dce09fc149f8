'use strict';
/**
 * Builds MailboxHealth's Dataverse solution zips without dotnet: the same files the `dotnet build` of
 * solution/solution.cdsproj produces (SolutionPackager under the hood), written with jszip.
 *
 *   [Content_Types].xml                         content type per extension (Open Packaging Conventions)
 *   solution.xml                                solution/src/Other/Solution.xml with <Managed> 0 or 1
 *   customizations.xml                          solution/src/Other/Customizations.xml + the <CustomControl> entry
 *   Controls/<prefix>_<namespace>.<constructor>/…  the built control, byte for byte: ControlManifest.xml, bundle.js,
 *                                               every resource the built manifest names (resx, css, img, html)
 *
 * In the solution the control is named `<publisher prefix>_<namespace>.<constructor>` (solution.xml, customizations.xml,
 * the Controls/ folder, [Content_Types].xml), as pac's solution build names it; the built manifest and the bundle's
 * registerControl keep the unprefixed `<namespace>.<constructor>`.
 *
 * Where each detail comes from is written down in solution/README.md.
 */
const fs = require('fs');
const path = require('path');
const JSZip = require('jszip');
const { XMLParser, XMLValidator } = require('fast-xml-parser');
const { FILES, parseVersion, toSolutionVersion } = require('./version');

const ROOT = path.join(__dirname, '..', '..');
const CONTROL_OUT = path.join('out', 'controls', 'MailboxHealth');
const SOLUTION_SRC = path.join('solution', 'src', 'Other');
const CUSTOM_CONTROL_COMPONENT_TYPE = '66';
const BOM = '\uFEFF';
// A fixed local time for every entry, so packing the same build twice gives byte-identical zips.
const ENTRY_DATE = new Date(2020, 0, 1, 0, 0, 0);
const DEV_BUNDLE_MARKERS = ['The "eval" devtool has been used', '//# sourceURL=webpack://'];

class PackError extends Error {
    constructor(message) {
        super(message);
        this.name = 'PackError';
    }
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', parseAttributeValue: false, parseTagValue: false });

/** Parses XML after checking it is well-formed; the error names the file and the line. */
function parseXml(text, what) {
    const body = text.startsWith(BOM) ? text.slice(1) : text;
    const valid = XMLValidator.validate(body);
    if (valid !== true) {
        throw new PackError(`${what} is not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`);
    }
    return parser.parse(body);
}

function asArray(x) {
    if (x === undefined || x === null) return [];
    return Array.isArray(x) ? x : [x];
}

function readFile(file, what) {
    try {
        return fs.readFileSync(file);
    } catch (e) {
        throw new PackError(`${what}: cannot read ${file} (${e.code || e.message})`);
    }
}

/** Replaces the text of XML comments with spaces, keeping offsets, so searches never match inside comments. */
function maskComments(xml) {
    return xml.replace(/<!--[\s\S]*?-->/g, (c) => ' '.repeat(c.length));
}

/** Every path="…" under <resources> except platform libraries (which Dataverse provides), in document order. */
function resourcePaths(resources) {
    const found = [];
    const walk = (node, tag) => {
        if (node === null || typeof node !== 'object' || tag === 'platform-library') return;
        if (Array.isArray(node)) {
            node.forEach((n) => walk(n, tag));
            return;
        }
        if (typeof node['@_path'] === 'string') found.push({ kind: tag, path: node['@_path'].replace(/\\/g, '/') });
        for (const [k, v] of Object.entries(node)) if (!k.startsWith('@_')) walk(v, k);
    };
    if (resources && typeof resources === 'object') for (const [k, v] of Object.entries(resources)) walk(v, k);
    return found;
}

/** The control as the manifest describes it: { namespace, constructor, version, name, resources }. */
function describeManifest(text, what) {
    const doc = parseXml(text, what);
    const control = doc && doc.manifest && doc.manifest.control;
    if (!control || Array.isArray(control)) throw new PackError(`${what}: expected one <manifest><control> element`);
    const namespace = control['@_namespace'];
    const constructor = control['@_constructor'];
    const version = control['@_version'];
    for (const [attr, value] of [['namespace', namespace], ['constructor', constructor], ['version', version]]) {
        if (typeof value !== 'string' || value.trim() === '') throw new PackError(`${what}: <control> has no ${attr}="…"`);
    }
    const resources = resourcePaths(control.resources);
    // The preview makers see in the component list: pcf-scripts copies it even when <resources> does not name it.
    const preview = control['@_preview-image'];
    if (typeof preview === 'string' && preview.trim() !== '' && !resources.some((r) => r.path === preview.replace(/\\/g, '/'))) {
        resources.push({ kind: 'preview-image', path: preview.replace(/\\/g, '/') });
    }
    return { namespace, constructor, version, name: `${namespace}.${constructor}`, resources };
}

/**
 * The control's name inside a solution: the publisher's customization prefix, an underscore, then
 * `<namespace>.<constructor>` (pac 1.31's solution build writes `ktcs_ktcs.MultiSelectLookup` for namespace `ktcs`;
 * solution/README.md lists the sources).
 */
function solutionControlName(prefix, control) {
    return `${prefix}_${control.name}`;
}

/** The names the bundle passes to ComponentFramework's registerControl (minified or not). */
function registeredControlNames(bundleText) {
    const names = [];
    const re = /registerControl\(\s*(['"`])([^'"`]+)\1/g;
    let m;
    while ((m = re.exec(bundleText)) !== null) names.push(m[2]);
    return names;
}

/** True when a bundle was built by webpack in development mode (eval devtool), which must never ship. */
function isDevelopmentBundle(text) {
    return DEV_BUNDLE_MARKERS.some((m) => text.includes(m));
}

/**
 * The files of the built control that go into Controls/<name>/, as forward-slash paths relative to the control's
 * build folder: ControlManifest.xml, every resource the built manifest names, the other-language resx files next to a
 * named resx (pcf-scripts copies those too and the platform picks them by LCID), and webpack's licence file for a
 * code file. Build leftovers the manifest does not name are not shipped.
 */
function listControlFiles(controlDir, control) {
    const files = new Set(['ControlManifest.xml']);
    const missing = [];
    for (const r of control.resources) {
        const rel = path.posix.normalize(r.path);
        if (rel.startsWith('../') || path.posix.isAbsolute(rel)) throw new PackError(`the built manifest names a resource outside the control folder: ${r.path}`);
        if (!fs.existsSync(path.join(controlDir, rel))) {
            missing.push(rel);
            continue;
        }
        files.add(rel);
        const lcid = /^(.*)\.\d{4}\.resx$/i.exec(path.posix.basename(rel));
        if (r.kind === 'resx' && lcid) {
            const dir = path.posix.dirname(rel);
            for (const f of fs.readdirSync(path.join(controlDir, dir))) {
                const m = /^(.*)\.\d{4}\.resx$/i.exec(f);
                if (m && m[1].toUpperCase() === lcid[1].toUpperCase()) files.add(dir === '.' ? f : `${dir}/${f}`);
            }
        }
        if (r.kind === 'code' && fs.existsSync(path.join(controlDir, `${rel}.LICENSE.txt`))) files.add(`${rel}.LICENSE.txt`);
    }
    if (missing.length > 0) {
        throw new PackError(`the built manifest names files that are not in ${controlDir}: ${missing.join(', ')}`);
    }
    return [...files].sort((a, b) => (a === 'ControlManifest.xml' ? -1 : b === 'ControlManifest.xml' ? 1 : a < b ? -1 : a > b ? 1 : 0));
}

/** The solution source: texts of Solution.xml / Customizations.xml and the fields the packager checks. */
function readSolutionSource(root) {
    const dir = path.join(root, SOLUTION_SRC);
    const solutionText = readFile(path.join(dir, 'Solution.xml'), 'solution source').toString('utf8');
    const customizationsText = readFile(path.join(dir, 'Customizations.xml'), 'solution source').toString('utf8');
    const relationshipsText = readFile(path.join(dir, 'Relationships.xml'), 'solution source').toString('utf8');

    const solution = parseXml(solutionText, 'solution/src/Other/Solution.xml');
    const manifest = solution.ImportExportXml && solution.ImportExportXml.SolutionManifest;
    if (!manifest) throw new PackError('solution/src/Other/Solution.xml: no <ImportExportXml><SolutionManifest>');
    const publisher = manifest.Publisher || {};
    const text = (v) => (typeof v === 'string' ? v.trim() : '');
    const source = {
        solutionText,
        customizationsText,
        uniqueName: text(manifest.UniqueName),
        version: text(manifest.Version),
        managed: text(manifest.Managed),
        publisherUniqueName: text(publisher.UniqueName),
        publisherPrefix: text(publisher.CustomizationPrefix),
        rootComponents: asArray(manifest.RootComponents && manifest.RootComponents.RootComponent).map((c) => ({
            type: c['@_type'],
            schemaName: c['@_schemaName'],
            behavior: c['@_behavior'],
        })),
    };
    for (const [field, value] of [['UniqueName', source.uniqueName], ['Version', source.version], ['Publisher/UniqueName', source.publisherUniqueName], ['Publisher/CustomizationPrefix', source.publisherPrefix]]) {
        if (!value) throw new PackError(`solution/src/Other/Solution.xml: <${field}> is empty`);
    }
    const customizations = parseXml(customizationsText, 'solution/src/Other/Customizations.xml');
    if (!customizations.ImportExportXml) throw new PackError('solution/src/Other/Customizations.xml: the root element must be <ImportExportXml>');
    const relationships = parseXml(relationshipsText, 'solution/src/Other/Relationships.xml');
    if (asArray(relationships.EntityRelationships && relationships.EntityRelationships.EntityRelationship).length > 0) {
        // SolutionPackager would merge these into customizations.xml; a control-only solution has none.
        throw new PackError('solution/src/Other/Relationships.xml defines relationships; npm run pack only packs the control (use dotnet build)');
    }
    return source;
}

/** solution.xml for the zip: the source with <Managed> set to 1 (managed) or 0 (unmanaged). */
function solutionXmlFor(sourceText, managed) {
    const masked = maskComments(sourceText);
    const m = /<Managed>\s*\d\s*<\/Managed>/.exec(masked);
    if (!m) throw new PackError('solution/src/Other/Solution.xml: no <Managed> element');
    const body = sourceText.slice(0, m.index) + `<Managed>${managed ? 1 : 0}</Managed>` + sourceText.slice(m.index + m[0].length);
    return BOM + body.replace(/^\uFEFF/, '');
}

/** customizations.xml for the zip: the source with <CustomControls> holding the control's entry. */
function customizationsXmlFor(sourceText, controlName) {
    const masked = maskComments(sourceText);
    const m = /([ \t]*)(<CustomControls\s*\/>|<CustomControls>[\s\S]*?<\/CustomControls>)/.exec(masked);
    if (!m) throw new PackError('solution/src/Other/Customizations.xml: no <CustomControls> element');
    const nl = sourceText.includes('\r\n') ? '\r\n' : '\n';
    const i = m[1];
    const step = i.length > 0 ? i : '  ';
    const block = [
        `${i}<CustomControls>`,
        `${i}${step}<CustomControl>`,
        `${i}${step}${step}<Name>${controlName}</Name>`,
        `${i}${step}${step}<FileName>/Controls/${controlName}/ControlManifest.xml</FileName>`,
        `${i}${step}</CustomControl>`,
        `${i}</CustomControls>`,
    ].join(nl);
    const body = sourceText.slice(0, m.index) + block + sourceText.slice(m.index + m[0].length);
    return BOM + body.replace(/^\uFEFF/, '');
}

/**
 * [Content_Types].xml: one <Default> per file extension in the package (xml as text/xml, everything else as
 * application/octet-stream, as SolutionPackager writes it) and the control manifest as an <Override>.
 */
function contentTypesXml(entryNames, controlName) {
    const extensions = new Set();
    const overrides = [`/Controls/${controlName}/ControlManifest.xml`];
    for (const name of entryNames) {
        if (name === '[Content_Types].xml') continue;
        const ext = path.posix.extname(name).slice(1).toLowerCase();
        if (ext) extensions.add(ext);
        else overrides.push(`/${name}`);
    }
    const ordered = [...extensions].sort((a, b) => (a === 'xml' ? -1 : b === 'xml' ? 1 : a < b ? -1 : 1));
    const defaults = ordered.map((ext) => `<Default Extension="${ext}" ContentType="${ext === 'xml' ? 'text/xml' : 'application/octet-stream'}" />`);
    const parts = overrides.map((p) => `<Override PartName="${p}" ContentType="application/octet-stream" />`);
    return `<?xml version="1.0" encoding="utf-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">${defaults.join('')}${parts.join('')}</Types>`;
}

/** A zip of the entries, in the given order, DEFLATE-compressed, without directory entries. */
async function zipEntries(entries) {
    const zip = new JSZip();
    for (const e of entries) zip.file(e.name, e.data, { binary: true, createFolders: false, date: ENTRY_DATE });
    return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 }, platform: 'DOS' });
}

function writeAtomically(file, data) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, data);
    fs.renameSync(tmp, file);
}

const SEE_BUILD_ERRORS = 'run npx pcf-scripts build --buildMode production to see its errors (pcf-scripts exits 0 even when it fails)';

function ensureBuilt() {
    // The shared helper builds once under a lock and stamps the build; the browser tests use it too.
    const { ensureProductionBuild } = require(path.join(ROOT, 'test', 'support', 'ensureBuild.js'));
    try {
        ensureProductionBuild();
    } catch (e) {
        const out = [e.stdout, e.stderr].filter(Boolean).map(String).join('\n').trim();
        const tail = out.split('\n').slice(-25).join('\n');
        throw new PackError(`building the control in production mode failed (${tail || e.message}); ${SEE_BUILD_ERRORS}`);
    }
}

/** The newest file under dir (generated files excepted, as the build writes them): { file, mtimeMs } or null. */
function newestFile(dir) {
    let newest = null;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        if (entry.name === 'generated') continue;
        const p = path.join(dir, entry.name);
        const candidate = entry.isDirectory() ? newestFile(p) : { file: p, mtimeMs: fs.statSync(p).mtimeMs };
        if (candidate && (!newest || candidate.mtimeMs > newest.mtimeMs)) newest = candidate;
    }
    return newest;
}

/**
 * Builds the control in production mode (unless build: false) and writes MailboxHealth_<version>.zip and, unless
 * managed: false, MailboxHealth_<version>_managed.zip into outDir (default out/solution). Throws PackError with a
 * message for the admin when something does not fit.
 */
async function packSolution(options = {}) {
    const root = options.root ? path.resolve(options.root) : ROOT;
    const outDir = options.outDir ? path.resolve(options.outDir) : path.join(root, 'out', 'solution');
    const withManaged = options.managed !== false;
    if (options.build !== false) ensureBuilt();

    const controlDir = path.join(root, CONTROL_OUT);
    const builtManifestPath = path.join(controlDir, 'ControlManifest.xml');
    if (!fs.existsSync(builtManifestPath)) {
        throw new PackError(`no built control in ${controlDir}: run npm run pack (it builds the control) or npx pcf-scripts build --buildMode production to see why the build fails`);
    }
    const builtManifestText = readFile(builtManifestPath, 'built control').toString('utf8');
    const control = describeManifest(builtManifestText, `${CONTROL_OUT}/ControlManifest.xml`);
    const source = describeManifest(readFile(path.join(root, FILES.manifest), 'control source').toString('utf8'), FILES.manifest);
    for (const key of ['namespace', 'constructor', 'version']) {
        if (control[key] !== source[key]) {
            throw new PackError(`the build in ${CONTROL_OUT} is stale: its ${key} is "${control[key]}" but ${FILES.manifest} says "${source[key]}"; rebuild with npm run build:prod`);
        }
    }
    // pcf-scripts rewrites ControlManifest.xml on every successful build, so a build that failed quietly leaves it
    // older than the source that broke it.
    const newestSource = newestFile(path.join(root, 'MailboxHealth'));
    if (newestSource && fs.statSync(builtManifestPath).mtimeMs < newestSource.mtimeMs) {
        const rel = path.relative(root, newestSource.file).split(path.sep).join('/');
        throw new PackError(`the build in ${CONTROL_OUT} is older than ${rel}: the last build failed or a source changed since; ${SEE_BUILD_ERRORS}`);
    }
    for (const code of control.resources.filter((r) => r.kind === 'code')) {
        const bundle = path.join(controlDir, code.path);
        if (!fs.existsSync(bundle)) continue;
        const bundleText = fs.readFileSync(bundle, 'utf8');
        if (isDevelopmentBundle(bundleText)) {
            throw new PackError(`${CONTROL_OUT}/${code.path} is a development build (webpack eval devtool); build with --buildMode production`);
        }
        // The platform finds the code by the manifest's unprefixed name; a prefixed registerControl would never load.
        const registered = registeredControlNames(bundleText);
        if (registered.length > 0 && !registered.includes(control.name)) {
            throw new PackError(`${CONTROL_OUT}/${code.path} registers ${registered.join(', ')} but the manifest names ${control.name}; rebuild with npm run build:prod`);
        }
    }

    const solution = readSolutionSource(root);
    const solutionVersion = toSolutionVersion(parseVersion(control.version).join('.'));
    if (solution.version !== solutionVersion) {
        throw new PackError(`solution/src/Other/Solution.xml has <Version>${solution.version}</Version> but the control is ${control.version} (expected ${solutionVersion}); run npm run version:bump -- --check`);
    }
    const packageJson = JSON.parse(readFile(path.join(root, 'package.json'), 'package.json').toString('utf8'));
    if (packageJson.version !== control.version) {
        throw new PackError(`package.json has "version": "${packageJson.version}" but the control is ${control.version}; run npm run version:bump -- --check`);
    }
    const controlName = solutionControlName(solution.publisherPrefix, control);
    const root66 = solution.rootComponents.filter((c) => c.type === CUSTOM_CONTROL_COMPONENT_TYPE);
    if (!root66.some((c) => c.schemaName === controlName)) {
        const listed = root66.map((c) => c.schemaName).join(', ') || 'none';
        throw new PackError(`solution/src/Other/Solution.xml must list <RootComponent type="66" schemaName="${controlName}" behavior="0" /> (publisher prefix, underscore, namespace.constructor; custom controls listed: ${listed})`);
    }

    const folder = `Controls/${controlName}`;
    const controlEntries = listControlFiles(controlDir, control).map((rel) => ({
        name: `${folder}/${rel}`,
        data: readFile(path.join(controlDir, rel), 'built control'),
    }));
    const customizations = Buffer.from(customizationsXmlFor(solution.customizationsText, controlName), 'utf8');
    const entriesFor = (managed) => {
        const entries = [
            { name: 'solution.xml', data: Buffer.from(solutionXmlFor(solution.solutionText, managed), 'utf8') },
            { name: 'customizations.xml', data: customizations },
            ...controlEntries,
        ];
        const names = entries.map((e) => e.name);
        entries.push({ name: '[Content_Types].xml', data: Buffer.from(contentTypesXml(names, controlName), 'utf8') });
        return entries;
    };

    const outputs = [];
    for (const managed of withManaged ? [false, true] : [false]) {
        const entries = entriesFor(managed);
        const zip = await zipEntries(entries);
        const file = path.join(outDir, `${solution.uniqueName}_${control.version}${managed ? '_managed' : ''}.zip`);
        writeAtomically(file, zip);
        outputs.push({ managed, path: file, size: zip.length, entries: entries.map((e) => ({ name: e.name, size: e.data.length })) });
    }
    return {
        uniqueName: solution.uniqueName,
        version: control.version,
        solutionVersion,
        controlName,
        registeredName: control.name,
        controlDir,
        outputs,
    };
}

module.exports = {
    ROOT,
    CONTROL_OUT,
    PackError,
    packSolution,
    parseXml,
    describeManifest,
    isDevelopmentBundle,
    registeredControlNames,
    solutionControlName,
    listControlFiles,
    contentTypesXml,
    customizationsXmlFor,
    solutionXmlFor,
};
