/**
 * The little of Decap CMS's browser API the editor uses. Decap's own bundle (node_modules/decap-cms/dist, served
 * at /admin/) puts `CMS`, React's `createElement` (`h`) and `createClass` on `window`; the site's code uses those
 * rather than bundling a second React.
 */
export type ReactNode = unknown;
export type CreateElement = (
  type: unknown,
  props?: Record<string, unknown> | null,
  ...children: unknown[]
) => ReactNode;

/** Decap's Immutable.js maps, read by path. */
export interface ImmutableMap {
  get(key: string, fallback?: unknown): unknown;
  getIn(path: (string | number)[], fallback?: unknown): unknown;
  toJS(): Record<string, unknown>;
}

export interface WidgetProps {
  value: unknown;
  onChange: (value: unknown) => void;
  field: ImmutableMap;
  entry: ImmutableMap;
  forID: string;
  classNameWrapper: string;
  [prop: string]: unknown;
}

export interface PreviewProps {
  entry: ImmutableMap;
  widgetFor: (name: string) => ReactNode;
  getAsset: (path: string) => { toString(): string } | undefined;
}

export interface CmsApi {
  init(options: { config: Record<string, unknown> }): void;
  registerCustomFormat(
    name: string,
    extension: string,
    format: { fromFile(text: string): unknown; toFile(data: Record<string, unknown>): string },
  ): void;
  registerWidget(name: string, control: unknown, preview?: unknown): void;
  registerPreviewTemplate(name: string, component: unknown): void;
  registerPreviewStyle(style: string, options?: { raw: boolean }): void;
  registerEventListener(listener: {
    name: 'preSave' | 'postSave';
    handler: (event: { entry: ImmutableMap }) => unknown;
  }): void;
  getWidget(name: string): { control: unknown } | undefined;
  getLocale(name: string): Record<string, unknown> | undefined;
  registerLocale(name: string, phrases: Record<string, unknown>): void;
}

export interface ComponentSpec {
  render(this: { props: WidgetProps }): ReactNode;
  [member: string]: unknown;
}

declare global {
  interface Window {
    CMS?: CmsApi;
    CMS_MANUAL_INIT?: boolean;
    h?: CreateElement;
    createClass?: (spec: ComponentSpec) => unknown;
  }
}

/** Decap's API once its bundle has run. */
export function decap(): { CMS: CmsApi; h: CreateElement; createClass: (spec: ComponentSpec) => unknown } {
  const { CMS, h, createClass } = window;
  if (!CMS || !h || !createClass) throw new Error('Decap CMS has not loaded');
  return { CMS, h, createClass };
}
