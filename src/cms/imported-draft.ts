import { formatNames, removedLabel, shapeNames } from '../import/labels.ts';
import type { ImportedEntry } from '../import/model.ts';
import { customWidgets, FILENAME_FIELD, IMPORT_FIELD } from './names.ts';
import type { DecapField } from './widgets.ts';

interface Collection {
  name: string;
  fields: DecapField[];
}

/** The import report's own options, read by its widget (src/cms/client/import-report.ts). */
export interface ImportReportField extends DecapField {
  /** Where the article came from, in words: 由导入工具从“Word 文件”(微信公众号文章)读出. */
  origin: string;
  checks: string[];
  removed: { text: string; label: string }[];
}

/**
 * The editor's configuration with a new news item filled in from an imported article: each field the importer
 * read becomes that field's starting value (Decap's `default`), and the report of what to check goes on top.
 * Fields the importer could not read stay empty, so the editor asks for them as it asks for any required field.
 */
export function withImportedDraft<C extends { collections: Collection[] }>(config: C, outcome: ImportedEntry): C {
  const values = importedValues(outcome);
  const collections = config.collections.map((collection) => {
    if (collection.name !== 'news') return collection;
    const fields = collection.fields.map((field) => withDefaults(field, values[field.name]));
    return { ...collection, fields: [reportField(outcome, labelsOf(collection.fields)), ...fields] };
  });
  return { ...config, collections };
}

/** The entry's values as the editor's fields hold them. */
export function importedValues(outcome: ImportedEntry): Record<string, unknown> {
  const { title, date, city, summary, source, credits, lang } = outcome.fields;
  const slug = outcome.file
    .split('/')
    .at(-1)!
    .replace(/\.mdx?$/u, '');
  return withoutEmpty({
    [FILENAME_FIELD]: slug,
    title,
    // The editor's date field holds 2024-11-21 18:40; a day without a time is kept as the day.
    date: date ? (date.time ? `${date.day} ${date.time}` : date.day) : undefined,
    city,
    summary,
    source,
    credits,
    lang,
    body: outcome.body,
  }) as Record<string, unknown>;
}

function withDefaults(field: DecapField, value: unknown): DecapField {
  if (value === undefined) return field;
  // A group takes its members' starting values, not one of its own (Decap fills a new group from its fields).
  if (field.widget !== 'list' && Array.isArray(field.fields) && isPlainObject(value)) {
    const fields = (field.fields as DecapField[]).map((child) => withDefaults(child, value[child.name]));
    return { ...field, fields, collapsed: false };
  }
  return { ...field, default: value };
}

function reportField(outcome: ImportedEntry, labels: Map<string, string>): ImportReportField {
  return {
    name: IMPORT_FIELD,
    label: '导入提示',
    widget: customWidgets.importReport,
    required: false,
    hint: '这一栏不会保存进文章。请按上面的提示逐项核对,改好后再保存、送审。',
    origin: `由导入工具从“${formatNames[outcome.format]}”(${shapeNames[outcome.shape]})读出`,
    checks: outcome.checks.map((check) => inEditorWords(check, labels)),
    removed: outcome.removed.map((line) => ({ text: line.text, label: removedLabel(line) })),
  };
}

/**
 * A check as the importer words it for the command line (`请填写 source.name`, `--slug`), in the editor's words:
 * the field's label as the form shows it, and no command-line option.
 */
export function inEditorWords(check: string, labels: ReadonlyMap<string, string>): string {
  return (
    check
      // The editor files an item by its date's year by itself, and starts a new item's date at now.
      .replace(/^没有日期,文件暂放在 \d+ 文件夹:.*$/u, '原文没有写明日期:date 暂填为现在,请改成文章发布的日期')
      .replace(/,或导入时加 --city \S+/gu, '')
      .replace(/(?:用 )?--slug ?/gu, `在“${labels.get(FILENAME_FIELD) ?? FILENAME_FIELD}”里`)
      .replace(/( ?)(?<![\w./-])([a-z]+(?:\.[a-z]+)*)(?![\w./-])( ?)/giu, (text, _before, path: string) =>
        labels.has(path) ? `“${labels.get(path)}”` : text,
      )
  );
}

/** Each field's label by its path (`source.name` → 来源名称), groups included. */
function labelsOf(fields: readonly DecapField[], prefix = ''): Map<string, string> {
  return new Map(
    fields.flatMap((field) => {
      const path = `${prefix}${field.name}`;
      const inner = Array.isArray(field.fields) ? [...labelsOf(field.fields as DecapField[], `${path}.`)] : [];
      return [[path, field.label] as const, ...inner];
    }),
  );
}

function withoutEmpty(value: unknown): unknown {
  if (Array.isArray(value)) return value.length ? value : undefined;
  if (isPlainObject(value)) {
    const entries = Object.entries(value)
      .map(([key, inner]) => [key, withoutEmpty(inner)] as const)
      .filter(([, inner]) => inner !== undefined);
    return entries.length ? Object.fromEntries(entries) : undefined;
  }
  return value === '' || value === null ? undefined : value;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
