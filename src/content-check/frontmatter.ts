import { LineCounter, parseDocument, isNode, type Document } from 'yaml';

export interface ParsedFrontmatter {
  data: Record<string, unknown>;
  body: string;
  /** Line of the body's first line in the file, counted from 1. */
  bodyLine: number;
  /** File line of the value at a path in the frontmatter, or of the closest parent that exists. */
  lineOf: (path: readonly PropertyKey[]) => number;
}

export class FrontmatterError extends Error {
  readonly line: number;
  constructor(message: string, line: number) {
    super(message);
    this.line = line;
  }
}

const FENCE = /^---[ \t]*$/;

/** Splits `---` frontmatter from the body and keeps enough of the YAML to point at a field's line. */
export function parseFrontmatter(source: string): ParsedFrontmatter {
  const text = source.replace(/^\uFEFF/, '');
  const lines = text.split(/\r?\n/);
  if (!FENCE.test(lines[0] ?? '')) {
    throw new FrontmatterError('文件开头缺少 --- 包围的属性区(frontmatter)', 1);
  }
  const end = lines.findIndex((line, index) => index > 0 && FENCE.test(line));
  if (end === -1) throw new FrontmatterError('属性区没有结束的 --- 行', 1);

  const yamlText = lines.slice(1, end).join('\n');
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const firstError = doc.errors[0];
  if (firstError) {
    const line = counter.linePos(firstError.pos[0]).line + 1;
    throw new FrontmatterError(`属性区 YAML 写法有误:${firstError.message.split('\n')[0]}`, line);
  }
  const data = doc.toJS({ maxAliasCount: 50 }) ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new FrontmatterError('属性区必须是“字段: 值”的形式', 2);
  }
  return {
    data: data as Record<string, unknown>,
    body: lines.slice(end + 1).join('\n'),
    bodyLine: end + 2,
    lineOf: (path) => lineOfPath(doc, counter, path),
  };
}

function lineOfPath(doc: Document, counter: LineCounter, path: readonly PropertyKey[]): number {
  for (let depth = path.length; depth > 0; depth--) {
    const node = doc.getIn(path.slice(0, depth) as unknown[], true);
    if (isNode(node) && node.range) return counter.linePos(node.range[0]).line + 1;
  }
  return 1;
}
