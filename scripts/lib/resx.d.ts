/** Types for resx.js: the one reader of the control's string table. */
export interface ResxEntry {
    value: string;
    comment?: string;
}
export declare function unescapeXml(s: string): string;
export declare function escapeXml(s: string): string;
export declare function parseResxEntries(text: string): Map<string, ResxEntry>;
export declare function parseResx(text: string): Map<string, string>;
