import type { SourceDocument, SourceEncoding } from '../model.ts';
import { escapeMarkdown, textLines } from '../text/lines.ts';

/** A text file or a paste: one paragraph a line. */
export function textDocument(text: string, encoding?: SourceEncoding): SourceDocument {
  return {
    format: 'text',
    ...(encoding ? { encoding } : {}),
    blocks: textLines(text).map((line) => ({ kind: 'paragraph', text: line, markdown: escapeMarkdown(line) })),
    hints: {},
    removed: [],
    checks: [],
  };
}
