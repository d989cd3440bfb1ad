import { entrySlug } from '../../lib/slug.ts';
import type { CollectionName } from '../../schemas/shared.ts';
import { customWidgets } from '../names.ts';
import { decap, type ComponentSpec, type ImmutableMap, type WidgetProps } from './decap.ts';

const FILE_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The file name a new entry gets when staff leave the field as suggested. */
export function suggestedName(collection: string, entry: ImmutableMap): string {
  const data = entry.get('data') as ImmutableMap | undefined;
  const title = String(data?.get('title') ?? data?.get('name') ?? '');
  return title.trim() ? entrySlug(collection as CollectionName, title) : '';
}

/** Registers the editor's own widgets: the file name, and groups that may be left out. */
export function registerWidgets(): void {
  const { CMS, h, createClass } = decap();

  const filename: ComponentSpec = {
    // Decap redraws a widget only when its own value changes; the suggestion follows the title.
    shouldComponentUpdate: () => true,
    isValid(this: { props: WidgetProps }) {
      const { value, entry } = this.props;
      if (!entry.get('newRecord') || !value) return true;
      return FILE_NAME.test(String(value))
        ? true
        : { error: { message: '文件名只能用小写拼音、数字和连字符,例如 sanba-zuotanhui' } };
    },
    render(this: { props: WidgetProps }) {
      const { value, onChange, entry, field, forID, classNameWrapper } = this.props;
      if (!entry.get('newRecord')) {
        const slug = String(entry.get('slug') ?? '');
        return h('p', { id: forID, className: classNameWrapper }, `${slug}.md(建好的内容不再改文件名,网址才不会失效)`);
      }
      const suggestion = suggestedName(String(field.get('collection')), entry);
      return h('input', {
        id: forID,
        className: classNameWrapper,
        type: 'text',
        value: typeof value === 'string' ? value : '',
        placeholder: suggestion || '填写标题后自动生成',
        spellCheck: false,
        onChange: (event: { target: { value: string } }) => onChange(event.target.value.trim().toLowerCase()),
      });
    },
  };
  CMS.registerWidget(customWidgets.filename, createClass(filename));

  // Decap checks every field of a group on save, even of a group left empty; a 撤下 or 封面图 nobody filled in is fine.
  const objectControl = CMS.getWidget('object')?.control;
  const optionalObject: ComponentSpec = {
    inner: null as { validate?: () => void } | null,
    validate(this: { props: WidgetProps; inner: { validate?: () => void } | null }) {
      if (hasContent(this.props.value)) this.inner?.validate?.();
    },
    render(this: { props: WidgetProps; inner: unknown }) {
      return h(objectControl, {
        ...this.props,
        ref: (control: unknown) => {
          this.inner = control;
        },
      });
    },
  };
  CMS.registerWidget(customWidgets.optionalObject, createClass(optionalObject));
}

function hasContent(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  const plain = typeof (value as ImmutableMap).toJS === 'function' ? (value as ImmutableMap).toJS() : value;
  if (typeof plain === 'string') return plain.trim() !== '';
  if (Array.isArray(plain)) return plain.some(hasContent);
  if (typeof plain === 'object') return Object.values(plain as object).some(hasContent);
  return true;
}
