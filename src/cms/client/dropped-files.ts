import type { SiblingReader } from '../../import/index.ts';

/** A file dropped on the import screen, by its path in what was dropped: `标题.html`, `标题_files/1.jpg`. */
export interface DroppedFile {
  path: string;
  file: File;
}

/** The file to import, and how its saved page's `_files` folder is read, or why nothing is imported. */
export type DroppedArticle = { file: File; readSibling: SiblingReader } | { message: string };

/** The extensions the importer reads (src/import/text/sniff.ts decides by content; this only picks the file). */
export const ARTICLE_EXTENSIONS = ['.docx', '.html', '.htm', '.txt', '.md'];

/**
 * What was dropped, folders opened, each file with its path. The browser
 * hands out a drop's entries only while its event is handled, so they are
 * taken at once; the folders are read after.
 */
export async function droppedFiles(transfer: DataTransfer): Promise<DroppedFile[]> {
  const entries = [...transfer.items].flatMap((item) => item.webkitGetAsEntry() ?? []);
  if (entries.length === 0) return [...transfer.files].map((file) => ({ path: file.name, file }));
  const files: DroppedFile[] = [];
  for (const entry of entries) files.push(...(await entryFiles(entry)));
  return files;
}

async function entryFiles(entry: FileSystemEntry): Promise<DroppedFile[]> {
  const path = entry.fullPath.replace(/^\/+/u, '');
  if (isFile(entry)) return [{ path, file: await new Promise<File>((done, fail) => entry.file(done, fail)) }];
  if (!isDirectory(entry)) return [];
  const reader = entry.createReader();
  const files: DroppedFile[] = [];
  // A folder is read in batches (a hundred at a time in Chromium) until a batch comes back empty.
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((done, fail) => reader.readEntries(done, fail));
    if (batch.length === 0) return files;
    for (const child of batch) files.push(...(await entryFiles(child)));
  }
}

function isFile(entry: FileSystemEntry): entry is FileSystemFileEntry {
  return entry.isFile;
}

function isDirectory(entry: FileSystemEntry): entry is FileSystemDirectoryEntry {
  return entry.isDirectory;
}

/**
 * The one article among dropped files: a file dropped on its own, whatever
 * its kind (the importer reads it by its content, and words its refusal of a
 * PDF or an old .doc); else the one importable file not inside a folder (a
 * saved page dropped with its `_files` folder); else, for a dropped folder,
 * the one importable file not inside a `_files` folder. Its pictures are read
 * from the other files, by their paths relative to it.
 */
export function droppedArticle(files: readonly DroppedFile[]): DroppedArticle {
  const importable = (file: DroppedFile) =>
    ARTICLE_EXTENSIONS.some((extension) => file.path.toLowerCase().endsWith(extension));
  const top = files.filter(({ path }) => !path.includes('/'));
  const candidates =
    top.length === 1
      ? top
      : top.length > 1
        ? top.filter(importable)
        : files.filter((file) => importable(file) && !/(^|\/)[^/]*_files\//u.test(file.path));
  if (candidates.length === 0)
    return { message: '拖入的内容里没有能导入的文件:请拖入 Word 文件(.docx)、保存的网页(.html)或文本文件(.txt)' };
  if (candidates.length > 1)
    return {
      message: `一次导入一篇,拖入的却有 ${candidates.length} 个文件(${candidates
        .slice(0, 3)
        .map(({ path }) => path)
        .join('、')}${candidates.length > 3 ? '……' : ''}):请一次拖入一个文件;保存的网页连同它的 _files 文件夹一起拖入`,
    };
  const [article] = candidates as [DroppedFile];
  const folder = article.path.includes('/') ? article.path.slice(0, article.path.lastIndexOf('/') + 1) : '';
  const byPath = new Map(files.map(({ path, file }) => [path, file]));
  return {
    file: article.file,
    readSibling: async (relativePath) => {
      const found = byPath.get(`${folder}${relativePath}`);
      return found ? new Uint8Array(await found.arrayBuffer()) : undefined;
    },
  };
}
