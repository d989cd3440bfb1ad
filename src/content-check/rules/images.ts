import { existsSync } from 'node:fs';
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
  if (existsSync(target)) return undefined;
  return `找不到图片“${src}”:图片应放在这篇内容旁边,路径写成 ./图片文件名`;
}
