import { isMap, isScalar, isSeq, Scalar, type Document, type LineCounter, type Node } from 'yaml';
import { colonWithoutSpace, dashWithoutSpace, wideSpaceIndent } from './yaml-messages.ts';

/** Something YAML read without complaint that is almost surely not what the person meant. */
export interface FrontmatterNote {
  /** File line, counted from 1. */
  line: number;
  /** Dotted field path, as the schema's problems name it: `tags`, `source.name`, `brands.1`. */
  field: string;
  message: string;
  /** A warning is listed and does not stop a build: the value may be meant. */
  severity: 'error' | 'warning';
}

/** A comment from `npm run new` or `import` glued onto a value: typed over with no space left before the `#`. */
const GLUED_NOTE = /[#＃]\s*(?:必填|选填)/;

/** Commas of a Chinese input method, which do not separate the items of a `[…]` list. */
const WIDE_COMMA = /[，、]/;

/**
 * Reads the parsed frontmatter for mistakes YAML accepts: a list written `-就业`
 * (one piece of text), a template's explanation kept as part of a value, a
 * `[…]` list split with a full-width comma (one item).
 */
export function reviewYaml(
  doc: Document,
  counter: LineCounter,
  lines: readonly string[],
  firstLine: number,
): FrontmatterNote[] {
  const notes: FrontmatterNote[] = [];
  const lineOf = (node: Node) => counter.linePos(node.range?.[0] ?? 0).line + firstLine - 1;
  const visit = (node: unknown, path: (string | number)[]): void => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? pair.key : undefined;
        const field = [...path, String(key?.value ?? pair.key)];
        // `\u3000province: 吉林省` is a field named "\u3000province" to YAML.
        const wide = key ? wideSpaceIndent(lines[lineOf(key) - firstLine] ?? '') : undefined;
        if (key && wide) notes.push({ line: lineOf(key), field: field.join('.'), message: wide, severity: 'error' });
        visit(pair.value, field);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => visit(item, [...path, index]));
      if (node.flow) notes.push(...wideCommas(node, path, lineOf));
    } else if (isScalar(node) && typeof node.value === 'string') {
      const line = lineOf(node);
      const field = path.join('.');
      // A plain value that begins its line was meant as fields or list items: `  -家政`, `  kind:wechat`.
      const source = node.type === Scalar.PLAIN ? (lines[line - firstLine] ?? '') : '';
      const begins = source.trimStart().startsWith(node.value.split(/\s/)[0] || '\0');
      const misread = begins ? (dashWithoutSpace(source) ?? colonWithoutSpace(source)) : undefined;
      if (misread) notes.push({ line, field, message: misread, severity: 'error' });
      const glued = GLUED_NOTE.exec(node.value);
      if (glued) {
        const note = node.value.slice(glued.index);
        notes.push({
          line,
          field,
          message: `值里混进了说明文字“${note}”:请把它从值里删去(说明要放在引号外面,# 前面空一格,才不会被当成内容)`,
          severity: 'error',
        });
      }
    }
  };
  visit(doc.contents, []);
  return notes;
}

function wideCommas(node: Node & { items: unknown[] }, path: (string | number)[], lineOf: (node: Node) => number) {
  const items = node.items.map((item) => (isScalar(item) ? String(item.value) : ''));
  const joined = items.filter((item) => WIDE_COMMA.test(item));
  if (joined.length === 0) return [];
  const split = items.flatMap((item) =>
    item
      .split(WIDE_COMMA)
      .map((part) => part.trim())
      .filter(Boolean),
  );
  const comma = WIDE_COMMA.exec(joined[0]!)?.[0];
  return [
    {
      line: lineOf(node),
      field: path.join('.'),
      message: `列表里用了中文${comma === '、' ? '顿号' : '逗号'}“${comma}”:“${joined[0]}”会成为一项;要分成几项,请用英文逗号,写成 [${split.join(', ')}]`,
      severity: 'warning' as const,
    },
  ];
}
