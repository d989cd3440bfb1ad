import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, brotliCompressSync, brotliDecompress, constants } from 'node:zlib';
import { writeWhole } from '../../lib/write-whole.ts';
import { buildOptions } from '../options.ts';

const compress = promisify(brotliCompress);
const decompress = promisify(brotliDecompress);

/** What the store keeps instead of HTML: the name of the file the HTML is packed into. No HTML starts with it. */
const FILED = 'brfile:';
/** HTML packed into the store itself as base64, as builds before 3 December 2026 kept it: still read from old caches. */
const INLINE = 'br64:';
/** A packed file's name: its collection's folder, then the hash of its bytes. Nothing else is ever read. */
const FILE_NAME = /^[a-z0-9-]+\/[0-9a-f]{32}\.br$/;

// Every article is packed once and unpacked once a build, so speed counts for more than size: quality 4 takes about
// half the time of 5 for packs a little larger, and higher qualities far more (docs/performance.md).
const BROTLI = { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } };

/** Where packed HTML is kept: a folder in Astro's cache folder, kept between builds (and by CI) with the store. */
export function packedHtmlFolder(): string {
  return resolve(buildOptions.cacheDir, 'jinguo-html');
}

/** Whether a value is HTML packed by `packHtml` or `packHtmlSync` (or by a build before them). */
export function isPacked(value: string): boolean {
  return value.startsWith(FILED) || value.startsWith(INLINE);
}

// Two entries may pack to the same bytes (the same body twice), and so to one file: each write has a temporary file
// of its own, and the last rename wins with the same bytes.
let writes = 0;
const temporaryOf = (file: string) => `${file}.${process.pid}-${(writes += 1)}.tmp`;

const folders = new Map<string, Promise<unknown>>();
function makeFolder(folder: string): Promise<unknown> {
  const made = mkdir(folder, { recursive: true });
  folders.set(folder, made);
  // A folder that could not be made is tried again by the next file, which then fails with the reason.
  made.catch(() => folders.delete(folder));
  return made;
}

function fileName(collection: string, bytes: Buffer): string {
  return `${collection}/${createHash('sha256').update(bytes).digest('hex').slice(0, 32)}.br`;
}

/**
 * `html` compressed with brotli, on one of libuv's threads, into a file of its
 * own in `folder` named by its bytes; what the store keeps is that name. The
 * file is written whole (a temporary file, then a rename), so a build stopped
 * halfway never leaves half a page for the next one.
 */
export async function packHtml(html: string, folder: string, collection: string): Promise<string> {
  const bytes = await compress(html, BROTLI);
  const name = fileName(collection, bytes);
  const file = join(folder, name);
  // Once a folder a run, not once a file: making it again 10,000 times took a second.
  const own = join(folder, collection);
  await (folders.get(own) ?? makeFolder(own));
  const temporary = temporaryOf(file);
  await writeFile(temporary, bytes).catch(async (error: NodeJS.ErrnoException) => {
    // The folder was deleted while this process ran (the cache cleared under `astro dev`): made again, once.
    if (error.code !== 'ENOENT') throw error;
    await makeFolder(own);
    await writeFile(temporary, bytes);
  });
  await rename(temporary, file);
  return FILED + name;
}

/** `packHtml` on the calling thread, for an entry that must be in the store when `set` returns (`astro dev`). */
export function packHtmlSync(html: string, folder: string, collection: string): string {
  const bytes = brotliCompressSync(html, BROTLI);
  const name = fileName(collection, bytes);
  writeWhole(join(folder, name), bytes);
  return FILED + name;
}

/** The HTML `packHtml` was given, read and unpacked on libuv's threads; HTML that was never packed, unchanged. */
export async function unpackHtml(value: string, folder: string): Promise<string> {
  if (value.startsWith(INLINE)) {
    return (await decompress(Buffer.from(value.slice(INLINE.length), 'base64'))).toString('utf8');
  }
  if (!value.startsWith(FILED)) return value;
  const name = value.slice(FILED.length);
  if (!FILE_NAME.test(name)) throw new Error(`内容存储里的正文文件名不对:${JSON.stringify(name)}`);
  let bytes: Buffer;
  try {
    bytes = await readFile(join(folder, name));
  } catch {
    throw new Error(
      `构建缓存不完整:找不到正文文件 ${join(folder, name)}。删除缓存文件夹 ${resolve(buildOptions.cacheDir)} 后重新构建。`,
    );
  }
  return (await decompress(bytes)).toString('utf8');
}

/**
 * Deletes the packed files of `collection` that none of `kept` (the values its
 * entries keep now) names: an edited article's earlier HTML, a deleted one's,
 * temporary files of a build that was stopped.
 */
export async function prunePackedHtml(folder: string, collection: string, kept: Iterable<string>): Promise<void> {
  const names = new Set([...kept].filter((value) => value.startsWith(FILED)).map((value) => value.slice(FILED.length)));
  const files = await readdir(join(folder, collection)).catch(() => [] as string[]);
  await Promise.all(
    files
      .filter((file) => !names.has(`${collection}/${file}`))
      .map((file) => rm(join(folder, collection, file), { force: true })),
  );
}
