import { mkdirSync, writeFileSync } from 'node:fs';
import { endianness } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import type { Fold } from '../../core/fold.ts';
import { tokenRuns } from '../../core/tokens.ts';
import { fields, type Field, type RecordKind, type ResultHead, type SearchRecord } from '../../model.ts';
import { shardFiles } from '../plan/shard-cache.ts';
import { CharSet } from '../records/char-set.ts';
import { nameSounds, type NameSounds } from '../records/pinyin.ts';
import { indexedText, readSearchRecord } from '../records/record.ts';
import { Postings } from './postings.ts';

/** One page of a shard as the index lists it: what it shows in a list of results, and what it is filed under. */
export interface ShardPage extends ResultHead, Pick<SearchRecord, 'cities' | 'brands'> {
  /** Tokens of the title, for an entry: a query that is exactly its name ranks it first. */
  nameLength?: number;
  /** The title's syllables, space-separated, for an entry: to suggest it for a query that sounds alike. */
  sounds?: string;
  /** Where it stands among all pages of the site, as a string to compare (`rankKey`). */
  rank: string;
}

/** What a shard's `pages.json` holds: its pages in rank order, which is the order its postings number them. */
export interface ShardData {
  pages: ShardPage[];
  /** The size of each page's head and of its compressed text, in `records.bin`: head, text, head, text … */
  records: number[];
}

const entryKinds: readonly RecordKind[] = ['brand', 'person', 'city', 'column'];

/**
 * The order of the site's pages in the index, which is the order results of
 * equal standing are shown in: entries (brands, people, cities, columns)
 * first, then news, newest first.
 */
export function rankKey(record: Pick<SearchRecord, 'kind' | 'date' | 'url'>): string {
  const entry = entryKinds.indexOf(record.kind);
  if (entry !== -1) return `0${entry}${record.url}`;
  const day = Number((record.date ?? '0000-00-00').replaceAll('-', ''));
  return `1${String(99_999_999 - day).padStart(8, '0')}${record.url}`;
}

/** A page being indexed: its record, the body it shows and the folded texts it is indexed by. */
interface Indexed {
  page: ShardPage;
  body: string;
}

/**
 * Indexes one shard's pages into `dir` (see `shardFiles`): the terms of each
 * page in every field (`Postings`), what each page shows, its record (head
 * and text for excerpts, the text compressed once here so a rebuild that
 * keeps the shard does not compress it again), and the characters its
 * folded text holds.
 * Pages are read one at a time (the caller reads each file only when it is
 * its turn); a shard holds at most `MAX_SHARD_DOCS` pages.
 */
export function indexShard(pages: Iterable<{ url: string; html: string }>, dir: string, fold: Fold): void {
  if (endianness() !== 'LE') throw new Error('the search index is built on little-endian machines only');
  const postings = new Postings();
  const chars = new CharSet();
  const indexed: Indexed[] = [];
  const sounds = new Map<string, NameSounds>();
  const soundsOf = (name: string) => {
    let found = sounds.get(name);
    if (!found) sounds.set(name, (found = nameSounds(name, false)));
    return found;
  };
  for (const { url, html } of pages) {
    const record = readSearchRecord(html, url);
    if (!record) continue;
    const doc = indexed.length;
    const title = fold(record.title);
    const text = indexedText(record, fold);
    chars.add(text);
    const titleRuns = tokenRuns(title, true);
    postings.add('title', doc, titleRuns);
    postings.add('summary', doc, tokenRuns(fold(record.summary), true));
    postings.add('text', doc, tokenRuns(text, true));
    // A person's own name is read with surname readings (单 shan, 曾 zeng); other names as words.
    const titleSounds = nameSounds(title, record.kind === 'person');
    const names = [
      titleSounds,
      ...[...(record.place ? [record.place] : []), ...record.names].map((name) => soundsOf(fold(name))),
    ];
    postings.add('pinyinTitle', doc, names[0]!.syllables);
    postings.add('initialsTitle', doc, names[0]!.initials);
    postings.add(
      'pinyinNames',
      doc,
      names.flatMap((name) => name.syllables),
    );
    postings.add(
      'initialsNames',
      doc,
      names.flatMap((name) => name.initials),
    );
    const { kind, summary, lang, date, place, cities, brands } = record;
    indexed.push({
      page: {
        url,
        kind,
        title: record.title,
        summary,
        lang,
        ...(date ? { date } : {}),
        ...(place ? { place } : {}),
        cities,
        brands,
        ...(entryKinds.includes(kind)
          ? {
              nameLength: titleRuns.reduce((sum, run) => sum + run.length, 0),
              sounds: titleSounds.syllables.flat().join(' '),
            }
          : {}),
        rank: rankKey(record),
      },
      body: record.body,
    });
  }

  // Pages are numbered in rank order, so that every list of pages is in the order results are shown.
  const byRank = indexed.map((_, doc) => doc).sort((a, b) => (indexed[a]!.page.rank < indexed[b]!.page.rank ? -1 : 1));
  const order = new Uint32Array(indexed.length);
  byRank.forEach((doc, position) => (order[doc] = position));
  const sizes: number[] = [];
  const records = byRank.flatMap((doc) => {
    const { page, body } = indexed[doc]!;
    const parts = [Buffer.from(JSON.stringify(resultHead(page))), deflateRawSync(body)];
    sizes.push(parts[0]!.length, parts[1]!.length);
    return parts;
  });
  writeShard(dir, postings.sorted(order), {
    pages: byRank.map((doc) => indexed[doc]!.page),
    records: sizes,
  });
  writeFileSync(join(dir, shardFiles.records), Buffer.concat(records));
  writeFileSync(join(dir, shardFiles.chars), chars.toString());
}

/** What a result shows of a page, and nothing the index keeps for itself. */
function resultHead({ url, kind, title, summary, lang, date, place }: ShardPage): ResultHead {
  return { url, kind, title, summary, lang, ...(date ? { date } : {}), ...(place ? { place } : {}) };
}

function writeShard(dir: string, postings: Map<Field, BigUint64Array>, data: ShardData): void {
  mkdirSync(dir, { recursive: true });
  const header = new Uint32Array(fields.map((field) => postings.get(field)!.length));
  const parts: Uint8Array[] = [new Uint8Array(header.buffer)];
  for (const field of fields) {
    const pairs = postings.get(field)!;
    parts.push(new Uint8Array(pairs.buffer, pairs.byteOffset, pairs.byteLength));
  }
  writeFileSync(join(dir, shardFiles.postings), Buffer.concat(parts));
  writeFileSync(join(dir, shardFiles.pages), JSON.stringify(data));
}

/** A shard's postings as written by `indexShard`: each field's pairs as 32-bit halves (see `Postings`). */
export function readPostings(file: Uint8Array): Map<Field, Uint32Array> {
  // 32-bit views must start on a boundary of 4 bytes: a file read whole has its own buffer, which does; a slice of a
  // shared one is copied (all of a site's postings are hundreds of MB, read once a build, so only when needed).
  const aligned = file.byteOffset % 4 === 0 ? file : new Uint8Array(file);
  const { buffer, byteOffset } = aligned;
  const counts = new Uint32Array(buffer, byteOffset, fields.length);
  const out = new Map<Field, Uint32Array>();
  let at = byteOffset + fields.length * 4;
  fields.forEach((field, index) => {
    const length = counts[index]! * 2;
    out.set(field, new Uint32Array(buffer, at, length));
    at += length * 4;
  });
  return out;
}
