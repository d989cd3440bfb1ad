import type { sourceKinds } from '../../../src/schemas/news.ts';
import type { Credits } from './credits.ts';
import type { FoundDate } from './dates.ts';

export type Shape = 'wechat' | 'media' | 'newspaper' | 'plain';

export interface Block {
  kind: 'paragraph' | 'heading';
  text: string;
}

/** What an article shape's parser could read; anything it could not is absent and said in `notes`. */
export interface ImportedArticle {
  shape: Shape;
  title?: string;
  date?: FoundDate;
  source: { name?: string; kind?: (typeof sourceKinds)[number] };
  credits: Credits;
  blocks: Block[];
  /** Things a person should check, printed on the terminal. */
  notes: string[];
}
