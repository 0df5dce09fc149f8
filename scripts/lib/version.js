'use strict';
/**
 * One version number for MailboxHealth. Three files carry it and must agree:
 *
 *   MailboxHealth/ControlManifest.Input.xml   <control ... version="x.y.z">     (the control; Dataverse only loads
 *                                                                              a new bundle when this goes up)
 *   solution/src/Other/Solution.xml           <Version>x.y.z.0</Version>       (the solution; four parts)
 *   package.json                              "version": "x.y.z"
 *
 * The mapping is fixed: the solution version is the control version with ".0" appended. Edits touch only the version
 * text itself, so comments, attribute order, indentation and line endings of the three files stay as they are.
 */
const fs = require('fs');
const path = require('path');

const FILES = Object.freeze({
    manifest: 'MailboxHealth/ControlManifest.Input.xml',
    solution: 'solution/src/Other/Solution.xml',
    packageJson: 'package.json',
});

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;
const SOLUTION_VERSION = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

class VersionError extends Error {
    constructor(message) {
        super(message);
        this.name = 'VersionError';
    }
}

/** "1.2.3" -> [1, 2, 3]; throws VersionError for anything else (no pre-release tags: Dataverse versions are numeric). */
function parseVersion(version) {
    const m = SEMVER.exec(String(version).trim());
    if (!m) throw new VersionError(`"${version}" is not a version of the form major.minor.patch (e.g. 1.4.0)`);
    const parts = [Number(m[1]), Number(m[2]), Number(m[3])];
    // Dataverse stores each part of a solution version as a 32-bit integer.
    if (parts.some((p) => p > 2147483647)) throw new VersionError(`"${version}" has a part larger than 2147483647`);
    return parts;
}

/** Control version "x.y.z" -> solution version "x.y.z.0". */
function toSolutionVersion(version) {
    return `${parseVersion(version).join('.')}.0`;
}

/** Solution version "x.y.z.0" -> control version "x.y.z"; null when it is not four numbers ending in .0. */
function fromSolutionVersion(solutionVersion) {
    const m = SOLUTION_VERSION.exec(String(solutionVersion).trim());
    if (!m || m[4] !== '0') return null;
    return `${m[1]}.${m[2]}.${m[3]}`;
}

/** -1, 0 or 1 as a is lower than, equal to or higher than b. */
function compareVersions(a, b) {
    const pa = parseVersion(a);
    const pb = parseVersion(b);
    for (let i = 0; i < 3; i++) {
        if (pa[i] !== pb[i]) return pa[i] < pb[i] ? -1 : 1;
    }
    return 0;
}

/** The version after `current` for spec patch | minor | major | x.y.z. A lower explicit version is refused. */
function nextVersion(current, spec) {
    const [major, minor, patch] = parseVersion(current);
    switch (spec) {
        case 'patch':
            return `${major}.${minor}.${patch + 1}`;
        case 'minor':
            return `${major}.${minor + 1}.0`;
        case 'major':
            return `${major + 1}.0.0`;
        default: {
            const explicit = parseVersion(spec).join('.');
            if (compareVersions(explicit, current) < 0) {
                // Dataverse will not upgrade an installed managed solution to a lower version.
                throw new VersionError(`${explicit} is lower than the current version ${current}; versions only go up`);
            }
            return explicit;
        }
    }
}

/** Replaces the text of XML comments with spaces, keeping every offset, so searches never match inside comments. */
function maskComments(xml) {
    return xml.replace(/<!--[\s\S]*?-->/g, (c) => ' '.repeat(c.length));
}

/** Where the version attribute of the manifest's <control> element is: { start, end, value } or a VersionError. */
function locateManifestVersion(xml, file) {
    const masked = maskComments(xml);
    const tags = [...masked.matchAll(/<control\b[^>]*>/g)];
    if (tags.length !== 1) throw new VersionError(`${file}: expected exactly one <control> element, found ${tags.length}`);
    const tag = tags[0];
    const attrs = [...tag[0].matchAll(/(\s)version\s*=\s*"([^"]*)"/g)];
    if (attrs.length !== 1) throw new VersionError(`${file}: the <control> element has no version="…" attribute`);
    const attr = attrs[0];
    const valueStart = tag.index + attr.index + attr[0].length - 1 - attr[2].length;
    return { start: valueStart, end: valueStart + attr[2].length, value: attr[2] };
}

/** Where <SolutionManifest><Version> is in Solution.xml: { start, end, value } or a VersionError. */
function locateSolutionVersion(xml, file) {
    const masked = maskComments(xml);
    const manifestAt = masked.indexOf('<SolutionManifest>');
    if (manifestAt < 0) throw new VersionError(`${file}: no <SolutionManifest> element`);
    const publisherAt = masked.indexOf('<Publisher>', manifestAt);
    const re = /<Version>([^<]*)<\/Version>/g;
    re.lastIndex = manifestAt;
    const m = re.exec(masked);
    if (!m || (publisherAt >= 0 && m.index > publisherAt)) {
        throw new VersionError(`${file}: no <Version> element in <SolutionManifest> (it belongs before <Publisher>)`);
    }
    const start = m.index + '<Version>'.length;
    return { start, end: start + m[1].length, value: m[1] };
}

/**
 * Where the top-level "version" value of package.json is: { start, end, value } (offsets of the string contents) or a
 * VersionError. Only keys at depth 1 count, so a "version" inside another object is never touched.
 */
function locatePackageVersion(json, file) {
    let parsed;
    try {
        parsed = JSON.parse(json);
    } catch (e) {
        throw new VersionError(`${file}: not valid JSON (${e.message})`);
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new VersionError(`${file}: not a JSON object`);
    if (typeof parsed.version !== 'string') throw new VersionError(`${file}: no top-level "version" string`);

    // A small scanner: a stack of open containers tells object keys at depth 1 from everything else.
    const stack = [];
    let expectKey = false;
    const endOfString = (from) => {
        let j = from + 1;
        while (json[j] !== '"') j += json[j] === '\\' ? 2 : 1;
        return j;
    };
    for (let i = 0; i < json.length; i++) {
        const ch = json[i];
        if (ch === '"') {
            const j = endOfString(i);
            const isTopKey = expectKey && stack.length === 1 && stack[0] === '{';
            if (isTopKey && JSON.parse(json.slice(i, j + 1)) === 'version') {
                let k = j + 1;
                while (json[k] !== ':') k++;
                k++;
                while (/\s/.test(json[k])) k++;
                if (json[k] === '"') {
                    const end = endOfString(k);
                    const value = JSON.parse(json.slice(k, end + 1));
                    // With duplicate keys JSON.parse keeps the last one; bumpVersion's final check catches the rest.
                    if (value === parsed.version) return { start: k + 1, end, value };
                }
            }
            expectKey = false;
            i = j;
        } else if (ch === '{' || ch === '[') {
            stack.push(ch);
            expectKey = ch === '{';
        } else if (ch === '}' || ch === ']') {
            stack.pop();
            expectKey = false;
        } else if (ch === ',') {
            expectKey = stack[stack.length - 1] === '{';
        } else if (ch === ':') {
            expectKey = false;
        }
    }
    throw new VersionError(`${file}: could not find the top-level "version" field`);
}

function readText(root, rel) {
    const p = path.join(root, rel);
    try {
        return fs.readFileSync(p, 'utf8');
    } catch (e) {
        throw new VersionError(`${rel}: cannot read it (${e.code || e.message})`);
    }
}

/** The raw version strings of the three files under `root`. */
function readVersions(root) {
    return {
        manifest: locateManifestVersion(readText(root, FILES.manifest), FILES.manifest).value,
        solution: locateSolutionVersion(readText(root, FILES.solution), FILES.solution).value,
        packageJson: locatePackageVersion(readText(root, FILES.packageJson), FILES.packageJson).value,
    };
}

/** Checks that the three versions agree. Never throws for a disagreement: it lists the problems. */
function checkVersions(root) {
    const versions = readVersions(root);
    const problems = [];
    try {
        parseVersion(versions.manifest);
    } catch (e) {
        problems.push(`${FILES.manifest}: control version ${e.message}`);
    }
    const fromSolution = fromSolutionVersion(versions.solution);
    if (fromSolution === null) {
        problems.push(`${FILES.solution}: <Version>${versions.solution}</Version> is not of the form major.minor.patch.0`);
    } else if (fromSolution !== versions.manifest) {
        problems.push(`${FILES.solution}: <Version>${versions.solution}</Version> does not match the control version ${versions.manifest} (expected ${versions.manifest}.0)`);
    }
    if (versions.packageJson !== versions.manifest) {
        problems.push(`${FILES.packageJson}: "version": "${versions.packageJson}" does not match the control version ${versions.manifest}`);
    }
    return { ok: problems.length === 0, versions, problems };
}

function replaceAt(text, loc, value) {
    return text.slice(0, loc.start) + value + text.slice(loc.end);
}

function writeAtomically(file, text) {
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, text);
    fs.renameSync(tmp, file);
}

/**
 * Moves all three versions to the next version (spec: patch | minor | major | x.y.z), counting from the control
 * version in the manifest. Everything is computed and validated before the first file is written.
 */
function bumpVersion(root, spec) {
    const texts = {
        manifest: readText(root, FILES.manifest),
        solution: readText(root, FILES.solution),
        packageJson: readText(root, FILES.packageJson),
    };
    const locs = {
        manifest: locateManifestVersion(texts.manifest, FILES.manifest),
        solution: locateSolutionVersion(texts.solution, FILES.solution),
        packageJson: locatePackageVersion(texts.packageJson, FILES.packageJson),
    };
    const from = locs.manifest.value;
    const to = nextVersion(from, spec);

    const next = {
        manifest: replaceAt(texts.manifest, locs.manifest, to),
        solution: replaceAt(texts.solution, locs.solution, toSolutionVersion(to)),
        packageJson: replaceAt(texts.packageJson, locs.packageJson, to),
    };
    // package.json must still parse and differ from the original in "version" only.
    const before = JSON.parse(texts.packageJson);
    const after = JSON.parse(next.packageJson);
    if (JSON.stringify({ ...before, version: to }) !== JSON.stringify(after)) {
        throw new VersionError(`${FILES.packageJson}: editing "version" would change other fields; edit it by hand`);
    }

    for (const key of Object.keys(FILES)) {
        if (next[key] !== texts[key]) writeAtomically(path.join(root, FILES[key]), next[key]);
    }
    return {
        from,
        to,
        previous: { manifest: locs.manifest.value, solution: locs.solution.value, packageJson: locs.packageJson.value },
        solutionVersion: toSolutionVersion(to),
    };
}

module.exports = {
    FILES,
    VersionError,
    parseVersion,
    toSolutionVersion,
    fromSolutionVersion,
    compareVersions,
    nextVersion,
    readVersions,
    checkVersions,
    bumpVersion,
};
