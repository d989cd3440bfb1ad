import { z } from 'astro/zod';
import { collections } from './index.ts';
import type { CollectionName, SchemaContext } from './shared.ts';

/**
 * The fields of each content type as staff meet them — label, hint, whether it must be written, what may go in
 * it — read off the zod schemas and their metadata. The editor's configuration, `npm run new`'s templates and the
 * docs' field tables are made from this one description, so none of them can disagree with the schema.
 */
export type FieldSpec =
  | (Common & { kind: 'text' | 'date' | 'boolean' | 'url' | 'names' | 'image' })
  | (Common & { kind: 'number'; integer: boolean; min?: number; max?: number })
  | (Common & { kind: 'pattern'; pattern: RegExp; message?: string })
  | (Common & { kind: 'enum'; options: { value: string; label: string }[] })
  | (Common & { kind: 'reference'; collection: CollectionName })
  | (Common & { kind: 'list'; item: FieldSpec })
  | (Common & { kind: 'object'; fields: FieldSpec[] });

interface Common {
  name: string;
  /** Dotted path from the entry's top, e.g. `source.kind`. */
  path: string;
  title: string;
  description?: string;
  examples?: string[];
  /** Must be written: neither optional nor defaulted. */
  required: boolean;
  default?: unknown;
}

/** The schema's stand-ins: what was written is kept as it is, marked with what it points at. */
const describing: SchemaContext = {
  reference: ((collection: CollectionName) =>
    z.string().meta({ kind: 'reference', collection })) as unknown as SchemaContext['reference'],
  image: (() => z.string().meta({ kind: 'image' })) as unknown as SchemaContext['image'],
};

/** The top-level fields of a collection's entries, in the schema's order. */
export function describeCollection(collection: CollectionName): FieldSpec[] {
  const schema = collections[collection].schema(describing) as unknown as z.ZodObject;
  return describeShape(schema, '');
}

function describeShape(schema: z.ZodObject, prefix: string): FieldSpec[] {
  return Object.entries(schema.shape).map(([name, field]) =>
    describeField(name, prefix ? `${prefix}.${name}` : name, field as z.ZodType),
  );
}

function describeField(name: string, path: string, schema: z.ZodType): FieldSpec {
  let meta = schema.meta() ?? {};
  let inner: z.ZodType = schema;
  let required = true;
  let defaultValue: unknown;
  // Optional and default wrap the field's own type, each layer with metadata of its own.
  for (;;) {
    const def = inner._zod.def as { type: string; innerType?: z.ZodType; defaultValue?: unknown; in?: z.ZodType };
    const out = (def as { out?: z.ZodType }).out;
    if (def.type === 'optional') required = false;
    else if (def.type === 'default') {
      required = false;
      defaultValue = def.defaultValue;
    } else if (def.type === 'pipe' && out?._zod.def.type === 'transform') {
      // A value tidied after it is read (`unit ?? ''`): what staff write is the input's.
      inner = def.in!;
      meta = { ...inner.meta(), ...meta };
      continue;
    } else break;
    inner = def.innerType!;
    // The outer layer's words win; what the inner one says of its type (kind, option labels) is kept.
    meta = { ...inner.meta(), ...meta };
  }
  const common: Common = {
    name,
    path,
    title: meta.title ?? name,
    ...(meta.description ? { description: meta.description } : {}),
    ...(Array.isArray(meta.examples) ? { examples: meta.examples.map(String) } : {}),
    required,
    ...(defaultValue === undefined ? {} : { default: defaultValue }),
  };
  if (!meta.title) throw new Error(`Field ${path} has no title in its schema metadata`);
  return { ...common, ...describeType(inner, path, meta) } as FieldSpec;
}

/** What a field's type adds to the common part, for each kind (distributed over the union). */
type TypeSpec = FieldSpec extends infer Field ? (Field extends FieldSpec ? Omit<Field, keyof Common> : never) : never;

function describeType(schema: z.ZodType, path: string, meta: z.core.GlobalMeta): TypeSpec {
  if (meta.kind === 'reference') return { kind: 'reference', collection: meta.collection as CollectionName };
  if (meta.kind) return { kind: meta.kind };
  const def = schema._zod.def as { type: string };
  switch (def.type) {
    case 'string': {
      if ((schema as z.ZodString).format === 'url') return { kind: 'url' };
      return patternOf(schema) ?? { kind: 'text' };
    }
    case 'boolean':
      return { kind: 'boolean' };
    case 'number': {
      const number = schema as z.ZodNumber;
      return {
        kind: 'number',
        integer: number.isInt,
        ...(Number.isFinite(number.minValue) ? { min: number.minValue! } : {}),
        ...(Number.isFinite(number.maxValue) ? { max: number.maxValue! } : {}),
      };
    }
    case 'enum': {
      const values = (schema as z.ZodEnum).options.map(String);
      const labels = meta.optionLabels ?? {};
      return { kind: 'enum', options: values.map((value) => ({ value, label: labels[value] ?? value })) };
    }
    case 'array':
      return { kind: 'list', item: describeField('item', `${path}[]`, itemWithTitle(schema as z.ZodArray, meta)) };
    case 'object':
      return { kind: 'object', fields: describeShape(schema as z.ZodObject, path) };
    case 'pipe': {
      // Written as text or a number, checked as text against a pattern (adminCode, asOf).
      const out = (def as unknown as { out: z.ZodType }).out;
      if ((out as z.ZodString).format === 'url') return { kind: 'url' };
      const pattern = patternOf(out);
      if (pattern) return pattern;
    }
  }
  throw new Error(`Field ${path}: no description for a zod ${def.type}`);
}

interface CheckDef {
  pattern?: RegExp;
  error?: (issue: object) => unknown;
}

/** The first `.regex()` a string is checked against, with the message the schema gives when it fails. */
function patternOf(schema: z.ZodType): TypeSpec | undefined {
  const checks = (schema._zod.def as { checks?: { _zod: { def: CheckDef } }[] }).checks ?? [];
  const check = checks.map((found) => found._zod.def).find((def) => def.pattern instanceof RegExp);
  if (!check?.pattern) return undefined;
  const message = check.error?.({});
  return { kind: 'pattern', pattern: check.pattern, ...(typeof message === 'string' ? { message } : {}) };
}

/** A list's items are described like fields; an untitled item takes its list's title. */
function itemWithTitle(list: z.ZodArray, listMeta: z.core.GlobalMeta): z.ZodType {
  const item = list.element as z.ZodType;
  return item.meta()?.title ? item : item.meta({ title: listMeta.title ?? '' });
}

/** Every field of a tree, depth first, with list items under their list. */
export function allFields(fields: readonly FieldSpec[]): FieldSpec[] {
  return fields.flatMap((field) => [
    field,
    ...(field.kind === 'object' ? allFields(field.fields) : []),
    ...(field.kind === 'list' ? allFields([field.item]) : []),
  ]);
}
