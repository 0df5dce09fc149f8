/** Types for solution.js: the dotnet-free packager of MailboxHealth's Dataverse solution zips. */
export declare const ROOT: string;
export declare const CONTROL_OUT: string;
export declare class PackError extends Error {}

export interface ControlDescription {
    namespace: string;
    constructor: string;
    version: string;
    /** `<namespace>.<constructor>`: the name the bundle registers (registerControl) and the built manifest uses. */
    name: string;
    resources: { kind: string; path: string }[];
}

export interface PackOutput {
    managed: boolean;
    path: string;
    size: number;
    entries: { name: string; size: number }[];
}

export interface PackResult {
    uniqueName: string;
    version: string;
    solutionVersion: string;
    /** `<prefix>_<namespace>.<constructor>`: the control's name in solution.xml, customizations.xml and Controls/. */
    controlName: string;
    /** `<namespace>.<constructor>`: the name registerControl uses in the bundle. */
    registeredName: string;
    controlDir: string;
    outputs: PackOutput[];
}

export interface PackOptions {
    root?: string;
    outDir?: string;
    /** false: pack the build already in out/controls (still checked to be a current production build). */
    build?: boolean;
    /** false: write the unmanaged zip only. */
    managed?: boolean;
}

export declare function packSolution(options?: PackOptions): Promise<PackResult>;
export declare function parseXml(text: string, what: string): Record<string, unknown>;
export declare function describeManifest(text: string, what: string): ControlDescription;
export declare function isDevelopmentBundle(text: string): boolean;
export declare function registeredControlNames(bundleText: string): string[];
export declare function solutionControlName(prefix: string, control: Pick<ControlDescription, 'name'>): string;
export declare function listControlFiles(controlDir: string, control: ControlDescription): string[];
export declare function contentTypesXml(entryNames: readonly string[], controlName: string): string;
export declare function customizationsXmlFor(sourceText: string, controlName: string): string;
export declare function solutionXmlFor(sourceText: string, managed: boolean): string;
