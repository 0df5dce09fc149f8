'use strict';
/**
 * The one reader of the control's string table (MailboxHealth/strings/MailboxHealth.1033.resx): the command-line
 * tool, the harness page, scripts/resx.js and the tests all parse it here, so they unescape XML the same way.
 * Plain regular expressions over the `<data name="…"><value>…</value>[<comment>…</comment>]</data>` entries that
 * the resx format (and our editor, scripts/resx.js) writes; no DOM, so it runs in node and in the page alike.
 */

const ENTITIES = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };

/** XML text → string: the five named entities and numeric references (decimal and hex, any code point). */
function unescapeXml(s) {
    return String(s).replace(/&(#x[0-9a-fA-F]{1,6}|#\d{1,7}|lt|gt|quot|apos|amp);/g, (all, e) => {
        if (e[0] === '#') {
            const cp = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
            return cp <= 0x10ffff ? String.fromCodePoint(cp) : all;
        }
        return ENTITIES[e];
    });
}

/** string → XML text for element content and attribute values. */
function escapeXml(s) {
    return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Every entry with its comment, in file order: key → { value, comment }. */
function parseResxEntries(text) {
    const entries = new Map();
    const re = /<data\s+name="([^"]+)"[^>]*>\s*<value>([\s\S]*?)<\/value>\s*(?:<comment>([\s\S]*?)<\/comment>\s*)?<\/data>/g;
    let m;
    while ((m = re.exec(text)) !== null) {
        entries.set(unescapeXml(m[1]), { value: unescapeXml(m[2]), comment: m[3] === undefined ? undefined : unescapeXml(m[3]) });
    }
    return entries;
}

/** key → value, the table a translator needs. */
function parseResx(text) {
    const strings = new Map();
    for (const [key, entry] of parseResxEntries(text)) strings.set(key, entry.value);
    return strings;
}

module.exports = { unescapeXml, escapeXml, parseResxEntries, parseResx };
