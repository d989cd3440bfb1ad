import { limits, type Block, type Picture, type SiblingReader } from '../model.ts';
import { pictureExtension } from '../text/sniff.ts';
import type { MarkupBlocks, PictureSource } from './html-blocks.ts';

/** Alt text that says nothing about the picture: WeChat writes 图片 on every one. */
const EMPTY_ALT = /^(图片|图|image|img|picture|photo|pic|照片|\d+|[\s\p{P}]*)$/iu;

export interface ResolvedPictures {
  blocks: Block[];
  checks: string[];
}

/**
 * Turns the markup's pictures into pictures with bytes: a saved page's local
 * copy from its `_files` folder, or a Word file's own. One that exists only
 * online is listed for the person to save by hand; its address never goes
 * into the body.
 */
export async function resolvePictures(
  markup: MarkupBlocks['blocks'],
  read: (source: PictureSource) => Promise<Uint8Array | undefined>,
): Promise<ResolvedPictures> {
  const blocks: Block[] = [];
  const checks: string[] = [];
  let count = 0;
  for (const block of markup) {
    if (block.kind !== 'picture-source') {
      blocks.push(block);
      continue;
    }
    const { source } = block;
    const written = source.alt?.replace(/\s+/gu, ' ').trim();
    const alt = written && !EMPTY_ALT.test(written) ? written : undefined;
    if (++count > limits.pictures) {
      checks.push(`图片超过 ${limits.pictures} 张,之后的没有导入:请确认这是一篇文章`);
      break;
    }
    const bytes = await read(source);
    const extension = bytes ? pictureExtension(bytes) : undefined;
    const online = [source.dataSrc, source.src].find((url) => url && /^https?:\/\//iu.test(url));
    let picture: Picture;
    if (bytes && extension && bytes.length <= limits.pictureBytes)
      picture = { bytes, extension, ...(alt ? { alt } : {}) };
    else if (online) picture = { url: online, ...(alt ? { alt } : {}) };
    else {
      checks.push(`原文第 ${count} 张图片既不在保存的文件夹里,也没有网上地址,没有导入:需要的话请另找原图`);
      continue;
    }
    blocks.push({ kind: 'picture', text: '', markdown: '', picture });
  }
  return { blocks, checks };
}

/** A picture given inline as a `data:` address. */
export function dataUriBytes(uri: string): Uint8Array | undefined {
  const match = /^data:image\/[a-z+.-]+;base64,([a-z0-9+/=\s]+)$/iu.exec(uri);
  if (!match) return undefined;
  try {
    const binary = atob(match[1]!.replace(/\s+/gu, ''));
    return Uint8Array.from(binary, (char) => char.charCodeAt(0));
  } catch {
    return undefined;
  }
}

/**
 * The path of a saved page's local file, relative to the page, or undefined
 * when the address points anywhere else: online, absolute, or out of the
 * page's folder with `..`.
 */
export function localPath(src: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/iu.test(src) || src.startsWith('/') || src.startsWith('\\') || src.startsWith('//'))
    return undefined;
  let path: string;
  try {
    path = decodeURIComponent(src.split(/[?#]/u)[0]!);
  } catch {
    return undefined;
  }
  const parts = path
    .replace(/\\/gu, '/')
    .split('/')
    .filter((part) => part !== '' && part !== '.');
  if (parts.length === 0 || parts.some((part) => part === '..')) return undefined;
  return parts.join('/');
}

export async function readSaved(
  source: PictureSource,
  readSibling: SiblingReader | undefined,
): Promise<Uint8Array | undefined> {
  if (!source.src) return undefined;
  if (source.src.startsWith('data:')) return dataUriBytes(source.src);
  const path = localPath(source.src);
  return path && readSibling ? readSibling(path) : undefined;
}
