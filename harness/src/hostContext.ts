/**
 * The PCF context a model-driven host passes to the control: parameters (the dataset and the manifest properties),
 * mode (size, form contextInfo, control state), resources, user settings, formatting, utils, navigation, factory,
 * client, device and webAPI. A fresh context object is handed to every updateView, over the same host services.
 */
import type { HostDataset } from './hostDataset';
import {
    formatDateAsFilterStringInUTC,
    formatDateLong,
    formatDateShort,
    formatDateYearMonth,
    formatDateYearMonthDay,
    formatDecimal,
    formatInteger,
    formatTime,
    weekOfYear,
    type OffsetMinutes,
} from './format';
import { columnMeta, MAILBOX_METADATA } from './metadata';
import type { Placement } from './options';

type Context = ComponentFramework.Context<Record<string, unknown>>;
type Dictionary = ComponentFramework.Dictionary;

export interface HostEvents {
    /** Something asked for a new updateView (requestRender, a resize). */
    requestRender(updated: string[]): void;
    log(message: string): void;
    navigated(entry: { readonly action: string; readonly detail: unknown }): void;
    controlState(state: Dictionary): void;
    outputChanged(): void;
}

export interface HostContextOptions {
    readonly placement: Placement;
    readonly dataset: HostDataset;
    readonly webAPI: ComponentFramework.WebApi;
    readonly resources: ComponentFramework.Resources;
    /** The manifest's input properties (built from ControlManifest.xml). */
    readonly properties: Record<string, unknown>;
    /** The record of the hosting form (form placement). */
    readonly formRecord: { readonly id: string; readonly name: string } | null;
    readonly theme: 'light' | 'dark';
    readonly noPrivilege: boolean;
    readonly userId: string;
    readonly userName: string;
    readonly offset: OffsetMinutes;
    /** The control's container size in CSS pixels. */
    readonly containerSize: () => { readonly width: number; readonly height: number };
    /** sessionStorage in the page; a Map-backed stand-in in tests. */
    readonly storage: Pick<Storage, 'getItem' | 'setItem'> | null;
    readonly events: HostEvents;
}

/** Fluent v9 design tokens of the host theme (a subset: what a Fluent 8 control maps onto its palette). */
const TOKENS = {
    light: {
        colorNeutralBackground1: '#ffffff',
        colorNeutralBackground2: '#fafafa',
        colorNeutralBackground3: '#f5f5f5',
        colorNeutralForeground1: '#242424',
        colorNeutralForeground2: '#424242',
        colorNeutralForeground3: '#616161',
        colorNeutralStroke1: '#d1d1d1',
        colorNeutralStroke2: '#e0e0e0',
        colorBrandBackground: '#0f6cbd',
        colorBrandForeground1: '#0f6cbd',
        colorPaletteRedForeground1: '#bc2f32',
        colorPaletteGreenForeground1: '#0e700e',
        colorPaletteYellowForeground1: '#817400',
        colorPaletteDarkOrangeForeground1: '#c43501',
        fontFamilyBase: "'Segoe UI', 'Segoe UI Web (West European)', -apple-system, BlinkMacSystemFont, Roboto, 'Helvetica Neue', sans-serif",
        fontSizeBase300: '14px',
    },
    dark: {
        colorNeutralBackground1: '#292929',
        colorNeutralBackground2: '#1f1f1f',
        colorNeutralBackground3: '#141414',
        colorNeutralForeground1: '#ffffff',
        colorNeutralForeground2: '#d6d6d6',
        colorNeutralForeground3: '#adadad',
        colorNeutralStroke1: '#666666',
        colorNeutralStroke2: '#525252',
        colorBrandBackground: '#115ea3',
        colorBrandForeground1: '#479ef5',
        colorPaletteRedForeground1: '#e37d80',
        colorPaletteGreenForeground1: '#54b054',
        colorPaletteYellowForeground1: '#feee66',
        colorPaletteDarkOrangeForeground1: '#f87528',
        fontFamilyBase: "'Segoe UI', 'Segoe UI Web (West European)', -apple-system, BlinkMacSystemFont, Roboto, 'Helvetica Neue', sans-serif",
        fontSizeBase300: '14px',
    },
} as const;

const BRAND = {
    10: '#061724', 20: '#082338', 30: '#0a2e4a', 40: '#0c3b5e', 50: '#0e4775', 60: '#0f548c', 70: '#115ea3', 80: '#0f6cbd',
    90: '#2886de', 100: '#479ef5', 110: '#62abf5', 120: '#77b7f7', 130: '#96c6fa', 140: '#b4d6fa', 150: '#cfe4fa', 160: '#ebf3fc',
};

function stateKey(placement: Placement): string {
    return `mailboxhealth-harness:controlState:${placement}`;
}

export class HostContext {
    /** The control asked for allocatedWidth/Height (trackContainerResize(true)). */
    public trackResize = false;
    public fullScreen = false;
    public controlState: Dictionary | null = null;

    public constructor(private readonly options: HostContextOptions) {
        try {
            const saved = options.storage?.getItem(stateKey(options.placement));
            this.controlState = saved ? (JSON.parse(saved) as Dictionary) : null;
        } catch {
            this.controlState = null;
        }
    }

    /** The `state` argument of init: what the control saved with setControlState earlier in this session. */
    public initialState(): Dictionary {
        return this.controlState ? { ...this.controlState } : {};
    }

    public build(updatedProperties: string[]): Context {
        const o = this.options;
        const size = this.trackResize ? o.containerSize() : { width: -1, height: -1 };
        const mode: Record<string, unknown> = {
            allocatedWidth: size.width,
            // On a form the section grows with its content: no height limit (-1).
            allocatedHeight: o.placement === 'form' ? -1 : size.height,
            isControlDisabled: false,
            isVisible: true,
            label: 'Mailbox Health',
            setControlState: (state: Dictionary) => {
                this.controlState = { ...state };
                try {
                    o.storage?.setItem(stateKey(o.placement), JSON.stringify(state));
                } catch {
                    // storage full or blocked: the state lives for this page only
                }
                o.events.controlState({ ...state });
                return true;
            },
            setFullScreen: (value: boolean) => {
                this.fullScreen = Boolean(value);
                o.events.log(`setFullScreen ${String(value)}`);
                o.events.requestRender(['layout']);
            },
            trackContainerResize: (value: boolean) => {
                const changed = this.trackResize !== Boolean(value);
                this.trackResize = Boolean(value);
                if (changed && this.trackResize) o.events.requestRender(['layout']);
            },
        };
        if (o.formRecord) {
            // Undocumented but present on model-driven forms: the hosting record (the control reads it in one place).
            mode.contextInfo = { entityId: o.formRecord.id, entityTypeName: 'mailbox', entityRecordName: o.formRecord.name };
        }
        const context = {
            parameters: { ...o.properties, mailboxes: o.dataset.snapshot() },
            updatedProperties,
            mode,
            resources: o.resources,
            userSettings: this.userSettings(),
            formatting: this.formatting(),
            utils: this.utils(),
            navigation: this.navigation(),
            factory: {
                requestRender: () => o.events.requestRender([]),
                getPopupService: () => {
                    throw new Error('The harness host has no popup service.');
                },
            },
            client: {
                disableScroll: false,
                getClient: () => 'Web',
                getFormFactor: () => 1,
                isOffline: () => false,
                isNetworkAvailable: () => true,
            },
            device: this.device(),
            webAPI: o.webAPI,
            events: {},
            fluentDesignLanguage: {
                isDarkTheme: o.theme === 'dark',
                tokenTheme: TOKENS[o.theme],
                brand: BRAND,
            },
        };
        return context as unknown as Context;
    }

    private userSettings(): ComponentFramework.UserSettings {
        const offset = this.options.offset;
        return {
            userId: this.options.userId,
            userName: this.options.userName,
            languageId: 1033,
            isRTL: false,
            securityRoles: ['{627090FF-40A3-4053-8790-584EDC5BE201}'],
            getTimeZoneOffsetMinutes: (date?: Date) => offset(date ?? new Date()),
            dateFormattingInfo: {
                amDesignator: 'AM',
                pmDesignator: 'PM',
                firstDayOfWeek: 0,
                shortDatePattern: 'M/d/yyyy',
                longDatePattern: 'dddd, MMMM d, yyyy',
                shortTimePattern: 'h:mm tt',
                longTimePattern: 'h:mm:ss tt',
                fullDateTimePattern: 'dddd, MMMM d, yyyy h:mm:ss tt',
                dateSeparator: '/',
                timeSeparator: ':',
                monthNames: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', ''],
                dayNames: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
            },
            numberFormattingInfo: {
                numberDecimalSeparator: '.',
                numberGroupSeparator: ',',
                numberDecimalDigits: 2,
                negativeSign: '-',
                positiveSign: '+',
            },
        } as unknown as ComponentFramework.UserSettings;
    }

    private formatting(): ComponentFramework.Formatting & { formatDateYearMonthDay(value: Date): string } {
        const offset = this.options.offset;
        return {
            formatCurrency: (value: number, precision = 2, symbol = '$') => `${symbol}${formatDecimal(value, precision)}`,
            formatDecimal: (value: number, precision?: number) => formatDecimal(value, precision),
            formatDateAsFilterStringInUTC: (value: Date, includeTime?: boolean) => formatDateAsFilterStringInUTC(value, Boolean(includeTime)),
            formatDateLong: (value: Date) => formatDateLong(value, offset),
            formatDateLongAbbreviated: (value: Date) => formatDateLong(value, offset, true),
            formatDateShort: (value: Date, includeTime?: boolean) => formatDateShort(value, Boolean(includeTime), offset),
            formatDateYearMonth: (value: Date) => formatDateYearMonth(value, offset),
            formatDateYearMonthDay: (value: Date) => formatDateYearMonthDay(value, offset),
            formatInteger: (value: number) => formatInteger(value),
            formatLanguage: (value: number) => (value === 1033 ? 'English' : String(value)),
            formatTime: (value: Date) => formatTime(value, offset),
            getWeekOfYear: (value: Date) => weekOfYear(value, offset),
        };
    }

    private utils(): ComponentFramework.Utility {
        const o = this.options;
        return {
            getEntityMetadata: (entityName: string, attributes?: string[]) => {
                if (entityName !== 'mailbox') return Promise.reject(new Error(`The harness has metadata for mailbox only, not ${entityName}.`));
                const wanted = attributes && attributes.length > 0 ? attributes : MAILBOX_METADATA.map((c) => c.name);
                const list = wanted
                    .map((name) => columnMeta(name))
                    .filter((m): m is NonNullable<typeof m> => m !== undefined)
                    .map((m) => ({
                        LogicalName: m.name,
                        DisplayName: m.displayName,
                        AttributeType: m.kind,
                        Format: m.kind === 'dateonly' ? 'DateOnly' : m.kind === 'datetime' ? 'DateAndTime' : undefined,
                        Behavior: m.kind === 'dateonly' || m.kind === 'datetime' ? 1 : undefined,
                        OptionSet: m.options ? Object.entries(m.options).map(([value, label]) => ({ Value: Number(value), Label: label })) : undefined,
                    }));
                const byName = new Map(list.map((a) => [a.LogicalName, a]));
                return Promise.resolve({
                    LogicalName: 'mailbox',
                    EntitySetName: 'mailboxes',
                    DisplayName: 'Mailbox',
                    DisplayCollectionName: 'Mailboxes',
                    PrimaryIdAttribute: 'mailboxid',
                    PrimaryNameAttribute: 'name',
                    ObjectTypeCode: 9606,
                    Attributes: { get: (name: string) => byName.get(name), getAll: () => list, getByIndex: (i: number) => list[i], getLength: () => list.length },
                });
            },
            hasEntityPrivilege: (entityTypeName: string) => !(o.noPrivilege && (entityTypeName === 'tracelog' || entityTypeName === 'emailserverprofile')),
            lookupObjects: () => Promise.reject(new Error('The harness has no lookup dialog.')),
        };
    }

    private navigation(): ComponentFramework.Navigation {
        const o = this.options;
        const record = (action: string, detail: unknown): void => o.events.navigated({ action, detail });
        return {
            openAlertDialog: (strings) => {
                record('openAlertDialog', strings);
                return Promise.resolve();
            },
            openConfirmDialog: (strings) => {
                record('openConfirmDialog', strings);
                return Promise.resolve({ confirmed: false });
            },
            openErrorDialog: (options) => {
                record('openErrorDialog', options);
                return Promise.resolve();
            },
            openFile: (file) => {
                record('openFile', { fileName: file?.fileName });
                return Promise.resolve();
            },
            openForm: (options, parameters) => {
                record('openForm', { options, parameters });
                return Promise.resolve({ savedEntityReference: [] } as unknown as ComponentFramework.NavigationApi.OpenFormSuccessResponse);
            },
            openUrl: (url) => record('openUrl', url),
            openWebResource: (name) => record('openWebResource', name),
        };
    }

    private device(): ComponentFramework.Device {
        const unavailable = () => Promise.reject(new Error('Device capabilities are not available in the browser host.'));
        return {
            captureAudio: unavailable,
            captureImage: unavailable,
            captureVideo: unavailable,
            getBarcodeValue: unavailable,
            getCurrentPosition: unavailable,
            pickFile: unavailable,
        };
    }
}
