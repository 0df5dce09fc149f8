import * as fs from 'fs';
import * as path from 'path';

/**
 * House rules the single-mailbox view must keep, checked on its source: Dataverse and log text is rendered as text
 * (never HTML), react-dom stays out of the bundle, and Chart.js registers only what the timeline draws.
 */
const DIR = path.join(__dirname, '..', '..', '..', 'MailboxHealth', 'view', 'mailbox');
const files = fs.readdirSync(DIR).filter((f) => /\.tsx?$/.test(f));
const read = (f: string): string => fs.readFileSync(path.join(DIR, f), 'utf8');

describe('the single-mailbox view source', () => {
    it('never renders HTML from strings', () => {
        expect(files.filter((f) => /dangerouslySetInnerHTML|innerHTML|outerHTML|insertAdjacentHTML/.test(read(f)))).toEqual([]);
    });

    it('never imports react-dom, which would be bundled', () => {
        expect(files.filter((f) => /from ['"]react-dom/.test(read(f)))).toEqual([]);
    });

    it('imports Chart.js at runtime in one file only, registering the scatter parts and nothing else', () => {
        const runtime = files.filter((f) => /^import \{[^}]*\} from 'chart\.js'/m.test(read(f)));
        expect(runtime).toEqual(['TimelineChart.tsx']);
        expect(read('TimelineChart.tsx')).toMatch(/Chart\.register\(ScatterController, PointElement, LinearScale, Tooltip, Legend\);/);
        // The measured choice (docs/performance.md §Timeline axis): a linear axis with UTC labels, no date adapter, no date-fns.
        expect(files.filter((f) => /^import[^;]*from ['"](chartjs-adapter|date-fns)/m.test(read(f)))).toEqual([]);
    });
});
