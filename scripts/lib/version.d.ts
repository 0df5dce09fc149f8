/** Types for version.js: MailboxHealth's one version number across manifest, Solution.xml and package.json. */
export declare const FILES: Readonly<{ manifest: string; solution: string; packageJson: string }>;
export declare class VersionError extends Error {}
export interface Versions {
    manifest: string;
    solution: string;
    packageJson: string;
}
export declare function parseVersion(version: string): [number, number, number];
export declare function toSolutionVersion(version: string): string;
export declare function fromSolutionVersion(solutionVersion: string): string | null;
export declare function compareVersions(a: string, b: string): -1 | 0 | 1;
export declare function nextVersion(current: string, spec: string): string;
export declare function readVersions(root: string): Versions;
export declare function checkVersions(root: string): { ok: boolean; versions: Versions; problems: string[] };
export declare function bumpVersion(
    root: string,
    spec: string,
): { from: string; to: string; previous: Versions; solutionVersion: string };
