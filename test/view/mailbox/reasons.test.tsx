/**
 * Readable reasons: the single-mailbox view of a representative set of sample mailboxes (one per
 * scenario of sample/fleetMix.ts, judged by the real core) says each reason in an admin's words, with the logical
 * column names behind a "Columns" disclosure and never inside a sentence; counts take their plural form ("1 minute",
 * never "1 minutes"); no label is repeated as its own value; no "— promoted"-style fragment. The CLI's fleet text
 * for the same fleet is held to the same words.
 */
import './fluentResolve';
import * as React from 'react';
import { fireEvent, render, within } from '@testing-library/react';
import { Chart } from 'chart.js';
import { assessFleet, summarizeFleet } from '../../../MailboxHealth/core';
import { fleetTotals } from '../../../MailboxHealth/core/decisions';
import { MAILBOX_COLUMNS, PROFILE_COLUMNS, type MailboxAssessment, type ProfileRow, type Reason } from '../../../MailboxHealth/core/types';
import { lastSyncItemsText } from '../../../MailboxHealth/view/mailbox/BackoffPanel';
import { MailboxDetail } from '../../../MailboxHealth/view/mailbox/MailboxDetail';
import { columnNameParts, reasonText } from '../../../MailboxHealth/view/mailbox/text';
import { fleetText } from '../../../cli/assess';
import { loadStrings } from '../../../cli/strings';
import { generateFleet, type Fleet } from '../../../sample/generateFleet';
import { strings } from './support';

jest.mock('chart.js');
jest.setTimeout(120000);

const NOW = Date.parse('2026-11-26T09:00:00Z');

/** A count followed by a plural noun where the count is 1: "1 minutes", "1 retries", "1 mailboxes"… */
const SINGULAR_SLIP = /(?<![\d.,:])\b1 (minutes|hours|seconds|days|retries|tries|errors|failures|mailboxes|items|cycles|times|alerts|values|keys|lines|fields|records|entries|settings|columns)\b/;
/** A missing number in place of a count: "— promoted", "— failed". */
const DASH_COUNT = /—\s+(promoted|failed|items?|retries|cycles|errors)\b/;

function assess(fleet: Fleet): MailboxAssessment[] {
    const profiles = new Map<string, ProfileRow>(fleet.profiles.map((p) => [String(p.emailserverprofileid), p]));
    return assessFleet(fleet.rows, fleet.now, {}, { profiles, traces: fleet.traces });
}

/** One mailbox per scenario of the 1,000-mailbox fleet, so every state, flag and workload situation is rendered. */
function representative(): { fleet: Fleet; picks: number[]; assessments: MailboxAssessment[] } {
    const fleet = generateFleet({ size: 1000, seed: 1, now: NOW });
    const assessments = assess(fleet);
    const seen = new Set<string>();
    const picks: number[] = [];
    fleet.scenarios.forEach((code, i) => {
        if (!seen.has(code)) {
            seen.add(code);
            picks.push(i);
        }
    });
    return { fleet, picks, assessments };
}

const { fleet, picks, assessments } = representative();

/** Every logical name the data model has, and every one a reason cites (e.g. "tracelog.modifiedon"). */
const LOGICAL_NAMES = [...new Set<string>([...MAILBOX_COLUMNS, ...PROFILE_COLUMNS, ...assessments.flatMap(allReasons).flatMap((r) => r.columns)])]
    // "name" and "queue" are English words as well as columns.
    .filter((c) => c !== 'name' && c !== 'queue');
const LOGICAL_NAME = new RegExp(`\\b(${LOGICAL_NAMES.map((c) => c.replace('.', '\\.')).join('|')})\\b`);

function allReasons(a: MailboxAssessment): Reason[] {
    return [...a.reasons, ...a.workloads.incoming.reasons, ...a.workloads.outgoing.reasons, ...a.workloads.act.reasons];
}

function renderDetail(i: number) {
    const a = assessments[i];
    const row = fleet.rows[i];
    const profile = fleet.profiles.find((p) => p.emailserverprofileid === row.emailserverprofile) ?? null;
    const traces = fleet.traces.get(String(row.mailboxid)) ?? [];
    return render(<MailboxDetail assessment={a} row={row} profile={profile} traces={traces} tracesStatus="loaded" now={NOW} retryLimit={10} strings={strings} showCharts={false} />);
}

beforeEach(() => (Chart as unknown as jest.Mock).mockClear());

describe('the single-mailbox view of the sample fleet', () => {
    it('renders a representative set: one mailbox for each of the fleet mix scenarios, with reasons that have columns', () => {
        expect(picks.length).toBeGreaterThanOrEqual(30);
        expect(LOGICAL_NAMES).toContain('lastsuccessfulsynccompletedon');
        expect(picks.flatMap((i) => allReasons(assessments[i])).filter((r) => r.columns.length > 0).length).toBeGreaterThan(100);
    });

    it('says every reason without a logical column name inside the sentence', () => {
        const offending: string[] = [];
        let sentences = 0;
        for (const i of picks) {
            const { container, unmount } = renderDetail(i);
            for (const span of container.querySelectorAll('[data-reason-text]')) {
                sentences++;
                const text = span.textContent ?? '';
                const m = LOGICAL_NAME.exec(text);
                if (m) offending.push(`${fleet.scenarios[i]}: "${m[1]}" in "${text}"`);
                if (text === '' || /^[a-z-]+$/.test(text)) offending.push(`${fleet.scenarios[i]}: no sentence for "${text}"`);
            }
            unmount();
        }
        expect(sentences).toBeGreaterThan(100);
        expect(offending).toEqual([]);
    });

    it('has no singular count with a plural noun, no dash for a count, and no label repeated as its value', () => {
        const slips: string[] = [];
        for (const i of picks) {
            const { container, unmount } = renderDetail(i);
            // Text per block, so that words of neighbouring elements are not glued together.
            for (const el of container.querySelectorAll('li, dd, dt, p, span, h2, h3, h4, strong, td, th')) {
                const text = el.textContent ?? '';
                const slip = SINGULAR_SLIP.exec(text) ?? DASH_COUNT.exec(text);
                if (slip) slips.push(`${fleet.scenarios[i]}: "${slip[0]}" in "${text}"`);
            }
            for (const dt of container.querySelectorAll('dt')) {
                const dd = dt.nextElementSibling;
                const label = (dt.textContent ?? '').trim().toLowerCase();
                const value = (dd?.textContent ?? '').trim().toLowerCase();
                if (dd?.tagName === 'DD' && label !== '' && value.startsWith(label)) slips.push(`${fleet.scenarios[i]}: "${dt.textContent}" repeated in "${dd.textContent}"`);
            }
            unmount();
        }
        expect([...new Set(slips)]).toEqual([]);
    });

    it('lists each reason’s columns behind its own "Columns" disclosure, closed until opened', () => {
        const wrong: string[] = [];
        let opened = 0;
        for (const i of picks.slice(0, 12)) {
            const a = assessments[i];
            const { container, unmount } = renderDetail(i);
            const expected = new Map<string, Reason[]>();
            for (const r of allReasons(a)) expected.set(reasonText(r, strings), [...(expected.get(reasonText(r, strings)) ?? []), r]);
            for (const li of container.querySelectorAll<HTMLElement>('li[data-reason]')) {
                const sentence = li.querySelector('[data-reason-text]')?.textContent ?? '';
                const reason = expected.get(sentence)?.find((r) => r.code === li.dataset.reason);
                if (!reason) {
                    wrong.push(`${fleet.scenarios[i]}: unexpected reason "${sentence}"`);
                    continue;
                }
                const toggle = li.querySelector<HTMLButtonElement>('[data-columns-toggle]');
                if (reason.columns.length === 0) {
                    if (toggle) wrong.push(`${reason.code}: a Columns toggle without columns`);
                    continue;
                }
                const list = li.querySelector<HTMLElement>('[data-reason-columns]') as HTMLElement;
                expect(toggle).not.toBeNull();
                expect(toggle?.textContent).toBe(strings('Label_Detail_ReasonColumns', reason.columns.length));
                expect(toggle).toHaveAttribute('aria-expanded', 'false');
                expect(toggle).toHaveAttribute('aria-controls', list.id);
                expect(list).not.toBeVisible();
                fireEvent.click(toggle as HTMLButtonElement);
                opened++;
                expect(toggle).toHaveAttribute('aria-expanded', 'true');
                expect(list).toBeVisible();
                const listed = [...list.querySelectorAll<HTMLElement>('[data-column]')].map((c) => c.textContent);
                if (JSON.stringify(listed) !== JSON.stringify([...new Set(reason.columns)])) wrong.push(`${reason.code}: lists ${listed.join(', ')}, not ${reason.columns.join(', ')}`);
                expect(within(list).getAllByRole('listitem')).toHaveLength(new Set(reason.columns).size);
            }
            unmount();
        }
        expect(opened).toBeGreaterThan(20);
        expect(wrong).toEqual([]);
    });

    it('lets a long logical name wrap only between its words (<wbr>), and keeps the name whole as text', () => {
        const { container, unmount } = renderDetail(picks[0]);
        const toggles = container.querySelectorAll<HTMLButtonElement>('[data-columns-toggle]');
        toggles.forEach((t) => fireEvent.click(t));
        const names = [...container.querySelectorAll<HTMLElement>('[data-column]')];
        expect(names.length).toBeGreaterThan(0);
        for (const code of names) {
            expect(code.textContent).toBe(code.dataset.column);
            expect(code.querySelectorAll('wbr').length).toBe(columnNameParts(code.dataset.column as string).length - 1);
        }
        unmount();
    });
});

describe('counted facts of the backoff panel', () => {
    it('says the items of the last sync in their plural forms, leaving out a count the data lacks instead of a dash', () => {
        expect(lastSyncItemsText(12, 1, strings)).toBe('12 items promoted, 1 item failed.');
        expect(lastSyncItemsText(1, 0, strings)).toBe('1 item promoted, 0 items failed.');
        expect(lastSyncItemsText(null, 3, strings)).toBe('3 items failed.');
        expect(lastSyncItemsText(5, null, strings)).toBe('5 items promoted.');
    });
});

describe('columnNameParts', () => {
    it('cuts every logical name of the data model into its words, which join back to the name', () => {
        const uncut: string[] = [];
        for (const name of LOGICAL_NAMES) {
            const parts = columnNameParts(name);
            expect(parts.join('')).toBe(name);
            // A name longer than a short word is made of several words: each is found.
            if (name.length > 10 && parts.length === 1) uncut.push(name);
        }
        expect(uncut).toEqual([]);
        expect(columnNameParts('lastsuccessfulsynccompletedon')).toEqual(['last', 'successful', 'sync', 'completed', 'on']);
        expect(columnNameParts('receivingpostponeduntilforact')).toEqual(['receiving', 'postponed', 'until', 'for', 'act']);
        expect(columnNameParts('isemailaddressapprovedbyo365admin')).toEqual(['is', 'email', 'address', 'approved', 'by', 'o365', 'admin']);
        expect(columnNameParts('tracelog.modifiedon')).toEqual(['trace', 'log.', 'modified', 'on']);
    });

    it('keeps a name it cannot cut whole, and cuts after a dot or underscore', () => {
        expect(columnNameParts('cr4f1_widgetcount')).toEqual(['cr4f1_', 'widgetcount']);
        expect(columnNameParts('xyzzy')).toEqual(['xyzzy']);
        expect(columnNameParts('')).toEqual(['']);
    });
});

describe('the CLI fleet text of the same fleet', () => {
    it('has no singular count with a plural noun and no reason sentence with a logical name', () => {
        const t = loadStrings();
        const small = generateFleet({ size: 50, seed: 1, now: NOW });
        const a = assess(small);
        const text = fleetText({ rows: small.rows, assessments: a, summary: summarizeFleet(a), totals: fleetTotals(a, small.rows) }, NOW, t);
        expect(text).toMatch(/^50 mailboxes, assessed at /);
        expect(text.split('\n').filter((l) => SINGULAR_SLIP.test(l))).toEqual([]);
        const cliReasons = assessments.flatMap(allReasons).map((r) => reasonText(r, t));
        expect(cliReasons.filter((s) => LOGICAL_NAME.test(s) || SINGULAR_SLIP.test(s))).toEqual([]);
    });
});
