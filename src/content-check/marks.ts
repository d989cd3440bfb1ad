import type { CollectionName, EntryRef } from '../schemas/shared.ts';

/** The checker's stand-ins for `reference()` and `image()` mark what they parsed, so later rules can find them. */
export const REF = Symbol('reference');
export const IMAGE = Symbol('image');
export type MarkedRef = EntryRef<CollectionName> & { [REF]: true };
export type MarkedImage = { src: string; [IMAGE]: true };

/** Visits every value; `visit` returns true to stop descending into that value. */
export function walk(
  value: unknown,
  path: PropertyKey[],
  visit: (value: unknown, path: PropertyKey[]) => boolean,
): void {
  if (visit(value, path)) return;
  if (Array.isArray(value)) value.forEach((item, index) => walk(item, [...path, index], visit));
  else if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) walk(item, [...path, key], visit);
  }
}

export function isMarked<T>(value: unknown, mark: symbol): value is T {
  return typeof value === 'object' && value !== null && mark in value;
}

/** Every reference in an entry's data, with the field path it was written at. */
export function referencesIn(data: unknown): { ref: MarkedRef; path: PropertyKey[] }[] {
  const found: { ref: MarkedRef; path: PropertyKey[] }[] = [];
  walk(data, [], (value, path) => {
    if (!isMarked<MarkedRef>(value, REF)) return false;
    found.push({ ref: value, path });
    return true;
  });
  return found;
}
