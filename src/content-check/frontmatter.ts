import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import { explainMissingEnd, explainMissingStart, explainUnreadableValue, explainYamlError } from './yaml-messages.ts';
import { reviewYaml, type FrontmatterNote } from './yaml-review.ts';

export type { FrontmatterNote };

export interface ParsedFrontmatter {
  data: Record<string, unknown>;
  body: string;
  /** Line of the body's first line in the file, counted from 1. */
  bodyLine: number;
  /** File line of the value at a path in the frontmatter, or of the closest parent that exists. */
  lineOf: (path: readonly PropertyKey[]) => number;
  /** What YAML read without complaint but is almost surely a mistake: errors to fix, warnings to look at. */
  notes: FrontmatterNote[];
}

export class FrontmatterError extends Error {
  readonly line: number;
  constructor(message: string, line: number) {
    super(message);
    this.line = line;
  }
}

const FENCE = /^---[ \t]*$/;

const linesOf = (source: string) => source.replace(/^\uFEFF/, '').split(/\r?\n/);

/** The body of a file whose body starts at file line `bodyLine` (as `parseFrontmatter` found it). */
export function bodyOf(source: string, bodyLine: number): string {
  return linesOf(source)
    .slice(bodyLine - 1)
    .join('\n');
}

/** Splits `---` frontmatter from the body and keeps enough of the YAML to point at a field's line. */
export function parseFrontmatter(source: string): ParsedFrontmatter {
  const lines = linesOf(source);
  if (!FENCE.test(lines[0] ?? '')) throw new FrontmatterError(explainMissingStart(lines[0] ?? ''), 1);
  const end = lines.findIndex((line, index) => index > 0 && FENCE.test(line));
  if (end === -1) {
    const advice = explainMissingEnd(lines.slice(1));
    throw new FrontmatterError(advice.message, advice.index + 2);
  }

  // Frontmatter line i is file line i + 2: the opening fence is line 1.
  const yamlLines = lines.slice(1, end);
  const counter = new LineCounter();
  const doc = parseDocument(yamlLines.join('\n'), { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const firstError = doc.errors[0];
  if (firstError) {
    const index = counter.linePos(firstError.pos[0]).line - 1;
    const advice = explainYamlError(yamlLines, { code: firstError.code, index }, 2);
    throw new FrontmatterError(advice.message, advice.index + 2);
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 50 }) ?? {};
  } catch {
    // `title: *重要*` parses as a reference to an anchor that is not there; yaml throws only when asked for data.
    const advice = explainUnreadableValue(yamlLines);
    throw new FrontmatterError(advice.message, advice.index + 2);
  }
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new FrontmatterError('属性区必须是“字段: 值”的形式', 2);
  }
  return {
    data: data as Record<string, unknown>,
    body: lines.slice(end + 1).join('\n'),
    bodyLine: end + 2,
    lineOf: (path) => lineOfPath(doc, counter, path),
    notes: reviewYaml(doc, counter, yamlLines, 2),
  };
}

function lineOfPath(doc: Document, counter: LineCounter, path: readonly PropertyKey[]): number {
  for (let depth = path.length; depth > 0; depth--) {
    const node = doc.getIn(path.slice(0, depth) as unknown[], true);
    if (isNode(node) && node.range) return counter.linePos(node.range[0]).line + 1;
  }
  return 1;
}
