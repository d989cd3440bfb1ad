import type { DecapField } from '../widgets.ts';

/** A list the editor must not save empty, where it sits and what staff see it as. */
export interface RequiredList {
  /** Field names from the entry's data down to the list. */
  path: string[];
  /** The labels on the way, as the form shows them: 署名 → 审核. */
  labels: string[];
}

/**
 * The required lists of a collection's fields, inside groups too. Decap checks a required field by whether its value
 * is empty, and a list's value never counts as empty once it exists, even with no item in it: a news item whose
 * reviewer list was opened and left empty would be saved, and then refused by `npm run check` and the build.
 */
export function requiredLists(fields: DecapField[], parents: DecapField[] = []): RequiredList[] {
  return fields.flatMap((field) => {
    const way = [...parents, field];
    if (field.widget === 'list' && field.required === true) {
      return [{ path: way.map((step) => step.name), labels: way.map((step) => step.label) }];
    }
    // Only groups that are always there; a list in an optional group is required only once the group is filled in.
    return field.widget === 'object' && Array.isArray(field.fields)
      ? requiredLists(field.fields as DecapField[], way)
      : [];
  });
}

/** The required lists with no item filled in, read from an entry's data by `valueAt`. */
export function emptyLists(lists: RequiredList[], valueAt: (path: string[]) => unknown): RequiredList[] {
  return lists.filter((list) => !hasItem(valueAt(list.path)));
}

function hasItem(value: unknown): boolean {
  const items = toArray(value);
  return items.some((item) => (typeof item === 'string' ? item.trim() !== '' : item !== null && item !== undefined));
}

/** Decap keeps a list as an Immutable.js List; the tests hand plain arrays. */
function toArray(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  const list = value as { toJS?: () => unknown } | null | undefined;
  const plain = typeof list?.toJS === 'function' ? list.toJS() : undefined;
  return Array.isArray(plain) ? plain : [];
}

/** What the editor says when it refuses to save, naming each list as the form does and the button that adds to it. */
export function emptyListsMessage(lists: RequiredList[]): string {
  return lists
    .map(({ labels }) => `「${labels.join(' → ')}」必须填写:请点“新增${labels.at(-1)}”,填好后再保存。`)
    .join('');
}
