import { buildOptions } from '../../build/options.ts';
import { isConfinedImage } from '../../safety/markdown-plugins.ts';
import { closeSync, existsSync, fstatSync, openSync, readFileSync, readSync, realpathSync } from 'node:fs';
import { imageSize } from 'image-size';
import { dirname, join, resolve } from 'node:path';
import type { CheckedEntry, Problem, RuleContext } from '../model.ts';
import { bodyTags } from '../html-tags.ts';
import { bodyNodes, fileLine } from '../markdown.ts';
import { decodePath } from '../../lib/urls.ts';

/** Pictures in the body: described for screen readers, and stored beside the entry rather than hot-linked. */
export function checkBodyImages({ root, entries }: RuleContext): Problem[] {
  const problems: Problem[] = [];
  for (const entry of entries) {
    const images = [
      ...bodyNodes(entry)
        .filter((node) => node.type === 'image')
        .map((node) => ({ src: node.url ?? '', alt: node.alt ?? '', line: fileLine(entry, node), html: false })),
      ...bodyTags(entry)
        .filter((tag) => tag.name === 'img')
        .map((tag) => ({ src: tag.attribs.src ?? '', alt: tag.attribs.alt ?? '', line: tag.line, html: true })),
    ];
    for (const image of images) {
      if (!image.alt.trim()) {
        problems.push({
          file: entry.file,
          line: image.line,
          message: image.html
            ? `图片“${image.src}”缺少说明文字:请加上 alt="一句话说明图上是什么"`
            : `图片“${image.src}”缺少说明文字:写成 ![一句话说明图上是什么](${image.src}),供视障读者的读屏软件朗读`,
        });
      }
      const missing = missingImage(root, entry, image.src);
      if (missing) problems.push({ file: entry.file, line: image.line, message: missing });
    }
  }
  return problems;
}

function missingImage(root: string, entry: CheckedEntry, src: string): string | undefined {
  if (!src) return '图片没有写路径:写成 ./图片文件名';
  if (/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(src)) {
    return `不能直接引用外站图片“${src}”:外站图片可能失效,也会让读者的手机去连别的网站。请把图片保存下来,放在这篇内容旁边,写成 ./文件名`;
  }
  const path = decodePath(src.split(/[?#]/)[0] ?? src);
  const target = path.startsWith('/') ? join(root, 'public', path) : resolve(dirname(resolve(root, entry.file)), path);
  if (!existsSync(target)) return `找不到图片“${src}”:图片应放在这篇内容旁边,路径写成 ./图片文件名`;
  if (path.startsWith('/')) return undefined;
  return (
    confinementProblem(src, resolve(root, entry.file), resolve(root, buildOptions.contentDir)) ??
    pictureProblem(src, target)
  );
}

/**
 * Why a picture beside an entry would not be published, if it would not: it
 * must be inside content/ once symlinks are followed (`../`, an absolute path
 * or a link elsewhere would publish any file of the machine), and not SVG
 * (served from the site itself, an SVG can run script).
 */
export function confinementProblem(src: string, entryFile: string, contentRoot: string): string | undefined {
  if (isConfinedImage(src, entryFile, contentRoot)) return undefined;
  if (/\.svg$/i.test(src.split(/[?#]/)[0] ?? '') || /\.svg$/i.test(realTarget(src, entryFile))) return svgMessage(src);
  return `图片“${src}”不在 content/ 文件夹里:只能用放在这篇内容旁边的图片,不能引用别处的文件(也不能是指向别处的链接)`;
}

function realTarget(src: string, entryFile: string): string {
  try {
    return realpathSync(resolve(dirname(entryFile), decodePath(src.split(/[?#]/)[0] ?? '')));
  } catch {
    return '';
  }
}

const svgMessage = (src: string) => `不能用 SVG 图片“${src}”:SVG 里可以带脚本。请另存为 PNG 或 JPEG,放在这篇内容旁边`;

/** The picture formats the build publishes, as `image-size` names them. */
const PICTURES = new Set(['jpg', 'png', 'webp', 'avif', 'gif']);

/** What is read of a picture to know what it is: its header, which is all `image-size` needs of most files. */
const HEAD_BYTES = 256 * 1024;

/**
 * Why the file at `absolute` cannot be published as a picture, if it cannot:
 * its bytes are read as Astro reads them (with `image-size`, which Astro
 * itself carries for this), so that a file that is no picture (a document
 * renamed `.jpg`, a download cut short, an SVG named `.png`) is named here
 * in Chinese rather than stopping the build with a stack trace.
 */
export function pictureProblem(src: string, absolute: string): string | undefined {
  const type = pictureType(absolute);
  if (type === 'svg') return svgMessage(src);
  if (type === 'heic' || type === 'heif')
    return `图片“${src}”是 HEIC 格式(苹果手机的照片):网页用不了。请在手机或电脑上导出为 JPEG,再放回这里`;
  if (type && PICTURES.has(type)) return undefined;
  return `图片“${src}”打不开:文件里不是 JPEG、PNG、WebP、AVIF 或 GIF 图片(可能已经损坏,或者只是改了扩展名)。请用看图软件打开它,另存为 JPEG 或 PNG 后放回这里`;
}

function pictureType(absolute: string): string | undefined {
  let head: Buffer;
  let size: number;
  try {
    const descriptor = openSync(absolute, 'r');
    try {
      size = fstatSync(descriptor).size;
      head = Buffer.alloc(Math.min(size, HEAD_BYTES));
      readSync(descriptor, head, 0, head.length, 0);
    } finally {
      closeSync(descriptor);
    }
  } catch {
    return undefined;
  }
  const read = (bytes: Uint8Array) => {
    const { type, width, height } = imageSize(bytes);
    return width && height ? type : undefined;
  };
  try {
    return read(head);
  } catch {
    // A JPEG may keep its size after a long header (a camera's thumbnail): then the whole file is read.
    if (size <= head.length) return undefined;
    try {
      return read(readFileSync(absolute));
    } catch {
      return undefined;
    }
  }
}
