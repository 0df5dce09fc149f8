/**
 * The view's text contract. Every word the view shows comes from the control's resx through this function; the PCF
 * layer implements it over context.resources.getString (pcf/strings.ts), tests implement it over the resx file.
 * Placeholders {0}, {1}… are replaced by the arguments.
 */
export type Strings = (key: string, ...args: (string | number)[]) => string;

/** Replaces {0}, {1}… in a template; a missing argument leaves the placeholder visible rather than guessing. */
export function fillTemplate(template: string, args: readonly (string | number)[]): string {
    return template.replace(/\{(\d+)\}/g, (whole, index: string) => {
        const value = args[Number(index)];
        return value === undefined ? whole : String(value);
    });
}
