import { allFields, describeCollection, type FieldSpec } from '../../src/schemas/fields.ts';
import { collections } from '../../src/schemas/index.ts';
import type { CollectionName } from '../../src/schemas/shared.ts';

/**
 * The field table of docs/content.md for a collection, made from the schema's metadata: the same words the
 * editor shows as labels and hints, and `npm run new` writes as comments.
 */
export function fieldTable(collection: CollectionName): string {
  const rows = allFields(describeCollection(collection))
    .filter((field) => !field.path.endsWith('[]'))
    .map(
      (field) => `| \`${field.path}\` | ${field.required ? '必填' : '选填'} | ${meaning(field)} | ${examples(field)} |`,
    );
  return ['| 字段 | 是否必填 | 含义 | 示例 |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

function meaning(field: FieldSpec): string {
  const target = field.kind === 'list' ? field.item : field;
  const parts = [field.title, field.description];
  if (target.kind === 'reference')
    parts.push(`写${collections[target.collection].label}的文件名${field.kind === 'list' ? '的列表' : ''}`);
  if (field.kind === 'enum')
    parts.push(field.options.map((option) => `\`${option.value}\` ${option.label}`).join('、'));
  if (field.kind === 'enum' && typeof field.default === 'string') parts.push(`默认 \`${field.default}\``);
  return parts.filter(Boolean).join(';').replaceAll('|', '\\|');
}

function examples(field: FieldSpec): string {
  return (field.examples ?? []).map((example) => `\`${example}\``).join('、');
}

const marker = (collection: CollectionName, end: boolean) =>
  `<!-- 字段表 ${collection}${end ? ' 结束' : ':由 npm run docs:fields 按 src/schemas/ 生成,请勿手改'} -->`;

/** docs/content.md with every field table between its markers made afresh. */
export function withFieldTables(markdown: string, names: readonly CollectionName[]): string {
  let text = markdown;
  for (const collection of names) {
    const start = marker(collection, false);
    const end = marker(collection, true);
    const from = text.indexOf(start);
    const to = text.indexOf(end);
    if (from === -1 || to < from) throw new Error(`docs/content.md has no markers for the ${collection} table`);
    text = `${text.slice(0, from + start.length)}\n${fieldTable(collection)}\n${text.slice(to)}`;
  }
  return text;
}
