import type { FieldSpec } from '../schemas/fields.ts';
import type { CollectionName } from '../schemas/shared.ts';
import { customWidgets } from './names.ts';

/** One field of Decap CMS's configuration (https://decapcms.org/docs/widgets/). */
export interface DecapField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  default?: unknown;
  [option: string]: unknown;
}

/** Text that staff write in more than one line. */
const multiline = new Set(['summary', 'correction', 'reason']);

/** What a relation to each collection shows and searches by. */
const shownBy: Record<CollectionName, string> = {
  cities: 'name',
  news: 'title',
  brands: 'name',
  people: 'name',
  columns: 'name',
};

/** The Decap field for a described schema field: its widget, label, hint and whether it must be filled in. */
export function decapField(field: FieldSpec, nested = false): DecapField {
  const base: DecapField = {
    name: field.name,
    label: field.title,
    widget: 'string',
    required: field.required,
    ...hintOf(field),
    ...(field.default === undefined || isEmptyDefault(field.default) ? {} : { default: field.default }),
  };
  switch (field.kind) {
    case 'text':
      return { ...base, widget: multiline.has(field.name) ? 'text' : 'string' };
    case 'pattern':
      return { ...base, pattern: [field.pattern.source, field.message ?? `${field.title}的格式不对`] };
    case 'url':
      return { ...base, pattern: ['^https?://\\S+$', '必须是完整网址,以 https:// 开头'] };
    case 'date':
      // Stored as 2024-11-21 18:40, Beijing time, as the schema reads it (the browser's clock is Beijing's).
      return {
        ...base,
        widget: 'datetime',
        format: 'YYYY-MM-DD HH:mm',
        date_format: 'YYYY-MM-DD',
        time_format: 'HH:mm',
        // A new entry's date is now; a date inside a group (撤下) stays empty until the group is filled in.
        ...(field.required && !nested ? { default: '{{now}}' } : {}),
      };
    case 'boolean':
      return { ...base, widget: 'boolean', default: field.default ?? false };
    case 'number':
      return {
        ...base,
        widget: 'number',
        value_type: field.integer ? 'int' : 'float',
        ...(field.min === undefined ? {} : { min: field.min }),
        ...(field.max === undefined ? {} : { max: field.max }),
      };
    case 'enum':
      return { ...base, widget: 'select', options: field.options };
    case 'reference':
      return { ...base, ...relation(field.collection) };
    case 'image':
      return { ...base, widget: 'image', choose_url: false };
    case 'names':
      return { ...base, ...listOf({ name: 'name', label: '姓名', widget: 'string' }) };
    case 'list':
      return { ...base, ...listField(field.item) };
    case 'object': {
      const fields = field.fields.map((child) => decapField(child, true));
      const optionalGroup = !field.required && field.fields.some((child) => child.required);
      return {
        ...base,
        widget: optionalGroup ? customWidgets.optionalObject : 'object',
        fields,
        collapsed: false,
      };
    }
  }
}

function listField(item: FieldSpec): Partial<DecapField> {
  if (item.kind === 'reference') return { ...relation(item.collection), multiple: true };
  if (item.kind === 'object') {
    const fields = item.fields.map((child) => decapField(child, true));
    return { widget: 'list', fields, summary: `{{fields.${fields[0]!.name}}}`, collapsed: true, add_to_top: false };
  }
  const { name: _name, required: _required, ...inner } = decapField(item, true);
  return listOf({ name: 'item', ...inner, label: item.title });
}

/** A list of single values, one input each: a name or a tag never has to be split on a comma. */
function listOf(field: DecapField): Partial<DecapField> {
  return { widget: 'list', field, collapsed: false, allow_add: true };
}

function relation(collection: CollectionName): Partial<DecapField> {
  const shown = shownBy[collection];
  return {
    widget: 'relation',
    collection,
    value_field: '{{slug}}',
    search_fields: [shown],
    display_fields: [shown],
    options_length: 50,
  };
}

function hintOf(field: FieldSpec): { hint?: string } {
  const example = field.examples?.find((value) => !/^[[{"]/.test(value));
  const plainValue = field.kind === 'text' || field.kind === 'pattern' || field.kind === 'url';
  const parts = [field.description, plainValue && example ? `例如:${example}` : undefined].filter(Boolean);
  return parts.length ? { hint: parts.join('。') } : {};
}

function isEmptyDefault(value: unknown): boolean {
  if (Array.isArray(value)) return value.length === 0;
  if (value && typeof value === 'object') return Object.keys(value).length === 0;
  return value === '';
}
