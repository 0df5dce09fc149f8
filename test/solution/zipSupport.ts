/**
 * Helpers for the solution-zip tests: pack into a temporary folder, read a zip back, parse XML with its order kept.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import JSZip from 'jszip';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { packSolution, PackOptions, PackResult } from '../../scripts/lib/solution';

/** A fresh build from a clean clone takes a while on two shared cores. */
export const PACK_TIMEOUT_MS = 10 * 60 * 1000;

export const ROOT = path.join(__dirname, '..', '..');

export function tempDir(label: string): string {
    return fs.mkdtempSync(path.join(os.tmpdir(), `mbh-${label}-`));
}

export function removeDir(dir: string | undefined): void {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
}

/** Packs (building the control in production mode if needed) into a new temporary folder. */
export async function packIntoTemp(label: string, options: PackOptions = {}): Promise<{ dir: string; result: PackResult }> {
    const dir = tempDir(label);
    const result = await packSolution({ ...options, outDir: dir });
    return { dir, result };
}

/** Every entry of a zip, by name, with its bytes; directory entries are kept (with empty contents) so tests see them. */
export async function readZip(file: string): Promise<Map<string, Buffer>> {
    const zip = await JSZip.loadAsync(fs.readFileSync(file));
    const entries = new Map<string, Buffer>();
    for (const entry of Object.values(zip.files)) {
        entries.set(entry.name, entry.dir ? Buffer.alloc(0) : await entry.async('nodebuffer'));
    }
    return entries;
}

export function entry(entries: Map<string, Buffer>, name: string): Buffer {
    const data = entries.get(name);
    if (!data) throw new Error(`the zip has no entry ${name}; it has ${[...entries.keys()].join(', ')}`);
    return data;
}

/** UTF-8 text without a leading byte-order mark. */
export function text(data: Buffer): string {
    return data.toString('utf8').replace(/^\uFEFF/, '');
}

/** true, or the parser's message: tests assert toBe(true) so a failure shows the reason. */
export function wellFormed(xml: string): true | string {
    const r = XMLValidator.validate(xml);
    return r === true ? true : `${r.err.msg} at line ${r.err.line}`;
}

const attributeParser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', parseTagValue: false, parseAttributeValue: false });
const orderedParser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', preserveOrder: true, parseTagValue: false, commentPropName: '#comment' });

// fast-xml-parser returns plain JSON; tests navigate it with explicit expectations.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Xml = any;

export function parse(xml: string): Xml {
    return attributeParser.parse(xml);
}

/** The element names directly inside the first element found by following `pathNames`, in document order. */
export function childNames(xml: string, pathNames: readonly string[]): string[] {
    let nodes: Xml[] = orderedParser.parse(xml);
    for (const name of pathNames) {
        const found = nodes.find((n: Xml) => Object.prototype.hasOwnProperty.call(n, name));
        if (!found) throw new Error(`no <${name}> on the path ${pathNames.join('/')}`);
        nodes = found[name];
    }
    return nodes.map((n: Xml) => Object.keys(n).find((k) => k !== ':@')).filter((k: string | undefined): k is string => !!k && k !== '#text' && k !== '#comment');
}

export function asArray<T>(x: T | T[] | undefined): T[] {
    if (x === undefined) return [];
    return Array.isArray(x) ? x : [x];
}
