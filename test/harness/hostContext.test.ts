import { HostContext, type HostContextOptions, type HostEvents } from '../../harness/src/hostContext';
import { HostDataset } from '../../harness/src/hostDataset';
import { HostWebApi } from '../../harness/src/hostWebApi';
import { VIEW_COLUMNS } from '../../harness/src/metadata';
import { createResources } from '../../harness/src/resources';
import { generateFleet } from '../../sample/generateFleet';
import { manualClock } from './clock';

const NOW = Date.parse('2026-11-26T09:00:00Z');
const FLEET = generateFleet({ size: 50, seed: 1, now: NOW });

class MemoryStorage {
    public readonly items = new Map<string, string>();
    public getItem(key: string): string | null {
        return this.items.get(key) ?? null;
    }
    public setItem(key: string, value: string): void {
        this.items.set(key, value);
    }
}

function makeHost(overrides: Partial<HostContextOptions> = {}) {
    const clock = manualClock();
    const renders: string[][] = [];
    const navigations: { action: string; detail: unknown }[] = [];
    const states: ComponentFramework.Dictionary[] = [];
    const events: HostEvents = {
        requestRender: (updated) => renders.push(updated),
        log: () => undefined,
        navigated: (entry) => navigations.push(entry),
        controlState: (state) => states.push(state),
        outputChanged: () => undefined,
    };
    const noop = { changed: () => undefined, selected: () => undefined, opened: () => undefined, log: () => undefined };
    const dataset = new HostDataset({
        rows: FLEET.rows,
        viewColumns: VIEW_COLUMNS,
        allowAddColumn: true,
        pageSize: 250,
        latencyMs: 0,
        totalCount: 'exact',
        failPage: null,
        offset: () => 0,
        viewTitle: 'Active Mailboxes',
        viewId: 'v',
        schedule: clock.schedule,
        events: noop,
    });
    const storage = new MemoryStorage();
    const options: HostContextOptions = {
        placement: 'grid',
        dataset,
        webAPI: new HostWebApi({ rows: FLEET.rows, profiles: FLEET.profiles, traces: FLEET.traces, noPrivilege: false, latencyMs: 0, userId: '{U}', offset: () => 0, onCall: () => undefined, schedule: clock.schedule }),
        resources: createResources(new Map(), () => undefined),
        properties: { graceMinutes: { raw: 15, type: 'Whole.None' } },
        formRecord: null,
        theme: 'light',
        noPrivilege: false,
        userId: '{8F2A61C4-3B7E-4D09-A5C2-91E0D7B4F3A6}',
        userName: 'Alex Admin',
        offset: () => 60,
        containerSize: () => ({ width: 1200, height: 700 }),
        storage,
        events,
        ...overrides,
    };
    return { host: new HostContext(options), renders, navigations, states, storage, options };
}

type Ctx = ComponentFramework.Context<Record<string, unknown>> & { mode: ComponentFramework.Mode & { contextInfo?: unknown } };

describe('HostContext', () => {
    it('passes the dataset and the manifest properties as parameters', () => {
        const { host } = makeHost();
        const context = host.build(['dataset']) as Ctx;
        expect(Object.keys(context.parameters).sort()).toEqual(['graceMinutes', 'mailboxes']);
        expect(context.updatedProperties).toEqual(['dataset']);
        expect((context.parameters.mailboxes as ComponentFramework.PropertyTypes.DataSet).getTargetEntityType()).toBe('mailbox');
    });

    it('gives no size until the control tracks container resize, then the container size', () => {
        const { host, renders } = makeHost();
        const before = host.build([]) as Ctx;
        expect([before.mode.allocatedWidth, before.mode.allocatedHeight]).toEqual([-1, -1]);
        before.mode.trackContainerResize(true);
        expect(renders).toEqual([['layout']]);
        const after = host.build([]) as Ctx;
        expect([after.mode.allocatedWidth, after.mode.allocatedHeight]).toEqual([1200, 700]);
    });

    it('names the hosting mailbox in contextInfo on a form only, with no height limit', () => {
        const grid = makeHost().host.build([]) as Ctx;
        expect(grid.mode.contextInfo).toBeUndefined();
        const form = makeHost({ placement: 'form', formRecord: { id: 'abc', name: 'Adele Vance' } });
        const context = form.host.build([]) as Ctx;
        expect(context.mode.contextInfo).toEqual({ entityId: 'abc', entityTypeName: 'mailbox', entityRecordName: 'Adele Vance' });
        context.mode.trackContainerResize(true);
        expect((form.host.build([]) as Ctx).mode.allocatedHeight).toBe(-1);
    });

    it('keeps setControlState for the session and hands it to the next init', () => {
        const first = makeHost();
        const mode = (first.host.build([]) as Ctx).mode;
        expect(mode.setControlState({ filter: 'failing', sort: 'nextSync' })).toBe(true);
        expect(first.states).toEqual([{ filter: 'failing', sort: 'nextSync' }]);
        const second = makeHost({ storage: first.storage });
        expect(second.host.initialState()).toEqual({ filter: 'failing', sort: 'nextSync' });
        expect(makeHost().host.initialState()).toEqual({});
    });

    it('answers user settings, formatting and privileges as an English admin without tracelog rights would see them', () => {
        const { host } = makeHost({ noPrivilege: true });
        const context = host.build([]) as Ctx;
        expect(context.userSettings.languageId).toBe(1033);
        expect(context.userSettings.userId).toBe('{8F2A61C4-3B7E-4D09-A5C2-91E0D7B4F3A6}');
        expect(context.userSettings.getTimeZoneOffsetMinutes(new Date(NOW))).toBe(60);
        expect(context.formatting.formatDateShort(new Date('2026-11-26T09:00:00Z'), true)).toBe('11/26/2026 10:00 AM');
        expect(context.utils.hasEntityPrivilege('tracelog', 2, 3)).toBe(false);
        expect(context.utils.hasEntityPrivilege('mailbox', 2, 3)).toBe(true);
        expect(context.client.getFormFactor()).toBe(1);
    });

    it('records navigation calls instead of navigating', async () => {
        const { host, navigations } = makeHost();
        const context = host.build([]) as Ctx;
        await context.navigation.openForm({ entityName: 'mailbox', entityId: 'abc' });
        expect(navigations).toEqual([{ action: 'openForm', detail: { options: { entityName: 'mailbox', entityId: 'abc' }, parameters: undefined } }]);
    });

    it('tells a dark theme through fluentDesignLanguage', () => {
        const context = makeHost({ theme: 'dark' }).host.build([]) as Ctx;
        expect(context.fluentDesignLanguage?.isDarkTheme).toBe(true);
        expect((context.fluentDesignLanguage?.tokenTheme as unknown as Record<string, string>).colorNeutralBackground1).toBe('#292929');
    });

    it('describes the mailbox table through getEntityMetadata, DateOnly formats included', async () => {
        const context = makeHost().host.build([]) as Ctx;
        const metadata = await context.utils.getEntityMetadata('mailbox', ['postponemailboxprocessinguntil']);
        expect(metadata.Attributes.get('postponemailboxprocessinguntil')).toMatchObject({ Format: 'DateOnly', Behavior: 1 });
        await expect(context.utils.getEntityMetadata('account')).rejects.toThrow('The harness has metadata for mailbox only, not account.');
    });
});
