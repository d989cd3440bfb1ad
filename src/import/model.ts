/**
 * The importer's model: what goes in, what comes out, and the pieces in
 * between. Everything else in src/import/ imports from here, never the other
 * way round. Nothing here touches Node: the same code runs in the browser.
 */

import type { CreditRole, sourceKinds } from '../schemas/news.ts';
import type { Script } from '../schemas/shared.ts';

export type { CreditRole, Script };
export type Credits = Partial<Record<CreditRole, string[]>>;
export type SourceKind = (typeof sourceKinds)[number];

/** The file formats the importer reads. */
export type Format = 'text' | 'docx' | 'html' | 'wechat-page';

/** How the bytes of a text file were read: the rule is in text/decode.ts and the README. */
export type SourceEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';

/** The layouts articles come in; each has its own header and its own closing lines. */
export type Shape = 'wechat' | 'media' | 'newspaper' | 'website' | 'meeting' | 'plain';

/** A city as the importer needs it: its file name, the names it goes by, and its script. */
export interface KnownCity {
  id: string;
  name: string;
  federation: string;
  /** The WeChat account's name, when the city file gives one. */
  wechat?: string;
  lang: Script;
}

/** A name with a slug of its own (a city, a brand, a person), used in file names. */
export interface KnownName {
  name: string;
  slug: string;
}

/** A news entry already in the content, to tell an article imported twice. */
export interface ExistingEntry {
  /** `content/news/2024/x.md` */
  file: string;
  title: string;
  /** YYYY-MM-DD */
  day?: string;
  /** The body's first paragraph as written. */
  firstParagraph?: string;
}

/** What the importer knows about the site, gathered by its caller (the CLI from files, the editor from the repository). */
export interface ImportContext {
  cities: readonly KnownCity[];
  /** Cities', brands' and people's names with their slugs. */
  names: readonly KnownName[];
  existing: readonly ExistingEntry[];
  /** News ids (`2024/x`) that are taken: by a file, or by a URL the manifest remembers. */
  taken: ReadonlySet<string>;
  /** Where news entries live, `content/news` unless the site moved it. */
  newsFolder?: string;
  /** Today, for the year folder of an article without a date. */
  now?: Date;
  /** The site requires every news item to name its reviewer (site.requireReview): one the article lacks is asked for. */
  requireReview?: boolean;
}

/** A file of a saved page's `_files` folder, asked for by its path relative to the page. */
export type SiblingReader = (relativePath: string) => Promise<Uint8Array | undefined>;

export interface ImportInput {
  /** The file's name as the person has it (`文章.docx`, `标题.html`, `粘贴.txt`): its extension is only a hint. */
  name: string;
  /** The file's bytes; or `text` for text already in hand (a paste). */
  bytes?: Uint8Array;
  text?: string;
  /** For a saved web page: reads the files of its `_files` folder. */
  readSibling?: SiblingReader;
  /** A city file name chosen by the person; otherwise the text decides. */
  city?: string;
  /** A file name chosen by the person (`liaocheng-zhiwei-peixun`). */
  slug?: string;
}

/** A picture of the article: bytes to write beside the entry, or a link the person must save by hand. */
export interface Picture {
  bytes?: Uint8Array;
  /** `jpg`, `png`, `gif`, `webp`; absent for a picture that is only online. */
  extension?: string;
  /** The alt text the source gave, if it says something. */
  alt?: string;
  /** Where the original is online, for a picture that was not saved. */
  url?: string;
}

/**
 * A piece of the article in reading order. `text` is the plain text that the
 * rules read; `markdown` is what goes into the entry.
 */
export type Block =
  /** `headingLevel`: the source marked it a heading (h1–h6, a Word heading style, a short line all in bold). */
  | { kind: 'paragraph'; text: string; markdown: string; headingLevel?: number }
  | { kind: 'heading'; level: 2 | 3; text: string; markdown: string }
  | { kind: 'table'; text: string; markdown: string }
  | { kind: 'list'; text: string; markdown: string }
  | { kind: 'picture'; text: string; markdown: string; picture: Picture };

/** What a page's own structure says, before any line is read: a saved WeChat page's title, account and time. */
export interface PageHints {
  title?: string;
  account?: string;
  author?: string;
  date?: FoundDate;
  /** The page's address, when the saved file records it. */
  url?: string;
  source?: string;
}

/** An article as a format reader hands it to the shape rules. */
export interface SourceDocument {
  format: Format;
  encoding?: SourceEncoding;
  blocks: Block[];
  hints: PageHints;
  /** Lines the reader itself left out, with why. */
  removed: Removed[];
  checks: string[];
}

export interface FoundDate {
  /** YYYY-MM-DD */
  day: string;
  /** HH:MM, when the text gives one. */
  time?: string;
}

/**
 * A line that is not in the body: page furniture (`chrome`), or a line read
 * into a field (`title`, `date`, `source.name`, `credits.editor`…).
 */
export interface Removed {
  text: string;
  as: string;
}

/** The fields read from the article; absent ones are written as 待填写 for a person to fill. */
export interface ArticleFields {
  title?: string;
  date?: FoundDate;
  source: { name?: string; kind?: SourceKind; url?: string };
  credits: Credits;
}

export interface ParsedArticle extends ArticleFields {
  shape: Shape;
  body: Block[];
  removed: Removed[];
  checks: string[];
}

export type RefusalCode =
  'empty' | 'too-large' | 'unsupported' | 'binary' | 'encoding' | 'damaged' | 'exists' | 'unknown-city' | 'bad-slug';

/** Input the importer will not turn into an entry, with a Chinese message saying what to do. Nothing is written. */
export interface ImportRefusal {
  ok: false;
  code: RefusalCode;
  message: string;
}

/** A picture to write beside the entry. */
export interface PictureFile {
  /** `content/news/2024/x-1.jpg` */
  file: string;
  bytes: Uint8Array;
}

/** The entry's fields as written into its frontmatter (待填写 where nothing was found). */
export interface EntryFields extends ArticleFields {
  city?: string;
  summary?: string;
  lang?: Script;
}

export interface ImportedEntry {
  ok: true;
  /** `content/news/2024/liaocheng-fulian-peixun.md` */
  file: string;
  /** The whole file: frontmatter and body. */
  text: string;
  fields: EntryFields;
  /** The Markdown body alone. */
  body: string;
  pictures: PictureFile[];
  /** Every line not in the body, and what it became. */
  removed: Removed[];
  /** What a person must fill in or check, in Chinese. */
  checks: string[];
  format: Format;
  encoding?: SourceEncoding;
  shape: Shape;
}

export type ImportOutcome = ImportedEntry | ImportRefusal;

/**
 * Limits that keep memory bounded: a news article is tens of kilobytes of
 * text, and a Word file a few megabytes of pictures.
 */
export const limits = {
  textBytes: 2 * 1024 * 1024,
  htmlBytes: 12 * 1024 * 1024,
  docxBytes: 50 * 1024 * 1024,
  /** What a Word file may unpack to: a few pictures and the text. A larger one is a zip bomb or not an article. */
  docxUnpackedBytes: 200 * 1024 * 1024,
  pictureBytes: 20 * 1024 * 1024,
  pictures: 100,
} as const;

export function refuse(code: RefusalCode, message: string): ImportRefusal {
  return { ok: false, code, message };
}
