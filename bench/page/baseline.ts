/**
 * The browser benchmark's baseline (docs/performance.md): a bare Fluent DetailsList over the same generated rows, with plain
 * text columns, on a page that loads the same UMD React 16.14 and Fluent 8.29 as the harness. What the control is
 * compared with: "as fast as a plain grid".
 *
 * Query: ?size=…&seed=…&now=<ISO>&width=<px>&height=<px> (the list area, copied from the control's list so both
 * show the same number of rows). Exposes window.__bench for bench/browser.js: `ready` (ms when the rows existed),
 * `painted` (ms at the first frame after the list was committed with rows), `fleetMs`, `rows` (the data).
 *
 * The same hooks the control offers for the timed interactions: chips `button[data-chip="all"]` and
 * `button[data-chip="failing"]` (here: rows with a last sync error count above 0), a `[data-testid="list-status"]`
 * line, and sortable column headers.
 */
import * as React from 'react';
import * as ReactDOM from 'react-dom';
import { DetailsList, DetailsListLayoutMode, SelectionMode, type IColumn } from '@fluentui/react';
import type { MailboxRow } from '../../MailboxHealth/core/types';
import { generateFleet } from '../../sample/generateFleet';

interface BenchState {
    ready: number;
    painted: number;
    fleetMs: number;
    error: string | null;
}

declare global {
    interface Window {
        __bench: BenchState & Record<string, unknown>;
    }
}

const h = React.createElement;

/** After the next frame has been produced: a task queued from requestAnimationFrame runs after that frame's paint. */
function afterPaint(): Promise<number> {
    return new Promise((resolve) =>
        requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => resolve(performance.now());
            channel.port2.postMessage(0);
        }),
    );
}

/** Resolves (with the time) at the first frame painted after `root` holds at least one list row. */
function paintedWithRows(root: HTMLElement, timeoutMs = 30000): Promise<number> {
    const hasRows = (): boolean => root.querySelector('.ms-DetailsRow') !== null;
    if (hasRows()) return afterPaint();
    return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
            observer.disconnect();
            reject(new Error(`no list rows within ${timeoutMs} ms`));
        }, timeoutMs);
        const observer = new MutationObserver(() => {
            if (!hasRows()) return;
            observer.disconnect();
            clearTimeout(timer);
            resolve(afterPaint());
        });
        observer.observe(root, { childList: true, subtree: true });
    });
}

const DATE = new Intl.DateTimeFormat('en-US', { dateStyle: 'short', timeStyle: 'short', timeZone: 'UTC' });

function cellText(v: unknown): string {
    if (v === null || v === undefined) return '';
    if (v instanceof Date) return DATE.format(v);
    return String(v);
}

/** Plain text columns over the same data the control shows: identity, workload status, schedule, errors. */
const FIELDS: readonly { key: keyof MailboxRow & string; name: string; min: number; max: number }[] = [
    { key: 'name', name: 'Mailbox', min: 160, max: 280 },
    { key: 'emailaddress', name: 'Email', min: 150, max: 220 },
    { key: 'incomingemailstatus', name: 'Incoming', min: 60, max: 80 },
    { key: 'outgoingemailstatus', name: 'Outgoing', min: 60, max: 80 },
    { key: 'actstatus', name: 'ACT', min: 50, max: 70 },
    { key: 'postponemailboxprocessinguntil', name: 'Next processing', min: 110, max: 160 },
    { key: 'lastsuccessfulsynccompletedon', name: 'Last success', min: 100, max: 150 },
    { key: 'lastsyncerrorcount', name: 'Errors', min: 60, max: 90 },
    { key: 'lastsyncerror', name: 'Last error', min: 160, max: 320 },
];

function sortKey(v: unknown): number | string {
    if (v instanceof Date) return v.getTime();
    if (typeof v === 'number') return v;
    if (typeof v === 'string') return v.toLowerCase();
    return '';
}

function BaselineList(props: { rows: readonly MailboxRow[]; width: number; height: number }): React.ReactElement {
    const [filter, setFilter] = React.useState<'all' | 'failing'>('all');
    const [sort, setSort] = React.useState<{ key: string; descending: boolean } | null>(null);
    const visible = React.useMemo(() => {
        let list = filter === 'all' ? [...props.rows] : props.rows.filter((r) => typeof r.lastsyncerrorcount === 'number' && r.lastsyncerrorcount > 0);
        if (sort) {
            const keys = new Map(list.map((r) => [r, sortKey(r[sort.key as keyof MailboxRow])]));
            const dir = sort.descending ? -1 : 1;
            list = list.sort((a, b) => {
                const x = keys.get(a) as number | string;
                const y = keys.get(b) as number | string;
                return x < y ? -dir : x > y ? dir : 0;
            });
        }
        return list;
    }, [props.rows, filter, sort]);
    const columns = React.useMemo(
        (): IColumn[] =>
            FIELDS.map((f) => ({
                key: f.key,
                name: f.name,
                fieldName: f.key,
                minWidth: f.min,
                maxWidth: f.max,
                isResizable: true,
                isSorted: sort?.key === f.key,
                isSortedDescending: sort?.key === f.key && sort.descending,
                onColumnClick: () => setSort((s) => (s && s.key === f.key ? { key: f.key, descending: !s.descending } : { key: f.key, descending: false })),
                onRender: (item: MailboxRow) => cellText(item[f.key]),
            })),
        [sort],
    );
    const chip = (value: 'all' | 'failing', label: string) =>
        h('button', { type: 'button', 'data-chip': value, 'aria-pressed': filter === value, onClick: () => setFilter(value) }, label);
    return h(
        'div',
        { style: { display: 'flex', flexDirection: 'column', gap: 8 } },
        h('div', { role: 'group' }, chip('all', 'All'), ' ', chip('failing', 'With errors')),
        h('div', { 'data-testid': 'list-status' }, `Showing ${visible.length} of ${props.rows.length}`),
        h(
            'div',
            { 'data-is-scrollable': 'true', 'data-testid': 'baseline-scroll', style: { position: 'relative', overflowY: 'auto', width: props.width, height: props.height } },
            h(DetailsList, {
                items: visible,
                columns,
                setKey: 'baseline',
                getKey: (item: MailboxRow) => String(item.mailboxid),
                selectionMode: SelectionMode.multiple,
                layoutMode: DetailsListLayoutMode.justified,
            }),
        ),
    );
}

async function main(): Promise<void> {
    const bench: Window['__bench'] = { ready: 0, painted: 0, fleetMs: 0, error: null };
    window.__bench = bench;
    const q = new URLSearchParams(location.search);
    const size = Number(q.get('size') ?? '1000');
    const seed = Number(q.get('seed') ?? '1');
    const now = Date.parse(q.get('now') ?? '2026-11-26T09:00:00Z');
    const width = Number(q.get('width') ?? '1200');
    const height = Number(q.get('height') ?? '600');
    const t0 = performance.now();
    const fleet = generateFleet({ size, seed, now });
    bench.fleetMs = performance.now() - t0;
    bench.rows = fleet.rows;
    // Let the page settle (the generator's garbage, the first layout) before the timed part, as the harness does
    // between generating its fleet and delivering the first page.
    await afterPaint();
    const root = document.getElementById('root') as HTMLElement;
    bench.ready = performance.now();
    ReactDOM.render(h(BaselineList, { rows: fleet.rows, width, height }), root);
    bench.committed = performance.now();
    bench.rowsAtCommit = root.querySelectorAll('.ms-DetailsRow').length;
    bench.painted = await paintedWithRows(root);
}

main().catch((e: unknown) => {
    window.__bench = { ...(window.__bench ?? {}), error: String(e instanceof Error ? e.stack : e) } as Window['__bench'];
});
