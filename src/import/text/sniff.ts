import { unzipSync } from 'fflate';
import { limits, refuse, type ImportRefusal } from '../model.ts';

export type Sniffed = 'text' | 'html' | 'docx';

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * What a file is, by its first bytes rather than its name (a Word file renamed
 * .txt is still a Word file), and a Chinese refusal for anything that is not an
 * article the importer can read. Nothing has been written when this refuses.
 */
export function sniff(name: string, bytes: Uint8Array): Sniffed | ImportRefusal {
  if (bytes.length === 0) return refuse('empty', '文件是空的:请把文章全文复制进去保存,或选另一个文件');
  const starts = (...signature: number[]) => signature.every((byte, index) => bytes[index] === byte);
  const extension = /\.([^./\\]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';

  if (starts(0x50, 0x4b, 0x03, 0x04) || starts(0x50, 0x4b, 0x05, 0x06)) return sniffZip(bytes, extension);
  if (starts(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) {
    return refuse(
      'unsupported',
      '这是旧版 Word(.doc)或 WPS 文件,不能直接导入:请用 Word 或 WPS 打开,选“另存为”,保存类型选“Word 文档(*.docx)”,再导入新的 .docx 文件',
    );
  }
  if (starts(0x25, 0x50, 0x44, 0x46)) {
    return refuse(
      'unsupported',
      '这是 PDF 文件,不能直接导入:请用 PDF 阅读器打开,全选并复制文字,粘贴到记事本里保存为 .txt 再导入;如果有 Word 原稿,直接导入 .docx 更好',
    );
  }
  if (starts(0x7b, 0x5c, 0x72, 0x74, 0x66)) {
    return refuse('unsupported', '这是 RTF 文件:请用 Word 或 WPS 打开,另存为“Word 文档(*.docx)”再导入');
  }
  const picture = pictureExtension(bytes);
  if (picture || ['jpg', 'jpeg', 'png', 'gif', 'webp', 'heic', 'bmp', 'tif', 'tiff'].includes(extension)) {
    return refuse(
      'unsupported',
      '这是一张图片,不能当作文章导入:请导入文章的文字(.txt、.docx 或保存的网页);图片可以放在文章旁边,在正文里引用',
    );
  }
  if (starts(0x1f, 0x8b) || starts(0x52, 0x61, 0x72, 0x21) || starts(0x37, 0x7a, 0xbc, 0xaf)) {
    return refuse('unsupported', '这是压缩包,不能直接导入:请先解压,再导入里面的文章文件(.txt、.docx 或 .html)');
  }
  const html = ['html', 'htm', 'xhtml', 'mhtml', 'mht'].includes(extension) || looksLikeHtml(bytes);
  if (extension === 'mht' || extension === 'mhtml') {
    return refuse(
      'unsupported',
      '这是“单个文件”格式保存的网页(.mht),读不出图片:请在浏览器里重新用“另存为 → 网页,全部”保存(会得到 .html 文件和 _files 文件夹),再导入 .html 文件',
    );
  }
  const limit = html ? limits.htmlBytes : limits.textBytes;
  if (bytes.length > limit) {
    return refuse(
      'too-large',
      `文件太大(${megabytes(bytes.length)}):一篇文章的${html ? '网页' : '文本'}最多 ${megabytes(limit)}。请确认选对了文件;很长的材料请分成几篇分别导入`,
    );
  }
  return html ? 'html' : 'text';
}

function sniffZip(bytes: Uint8Array, extension: string): Sniffed | ImportRefusal {
  if (bytes.length > limits.docxBytes) {
    return refuse(
      'too-large',
      `文件太大(${megabytes(bytes.length)}):Word 文件最多 ${megabytes(limits.docxBytes)}。请把图片压缩后再保存(Word:文件 → 压缩图片),或分成几篇导入`,
    );
  }
  // The zip's directory only: names and unpacked sizes, nothing is inflated.
  const entries: { name: string; size: number }[] = [];
  try {
    unzipSync(bytes, {
      filter: (file) => {
        entries.push({ name: file.name, size: file.originalSize });
        return false;
      },
    });
  } catch {
    return refuse(
      'damaged',
      '这个文件打不开:它像是 Word 文件或压缩包,但已经损坏。请在 Word 里打开它,重新另存为 .docx 再导入',
    );
  }
  const names = new Set(entries.map((entry) => entry.name));
  if (names.has('word/document.xml')) {
    const unpacked = entries.reduce((sum, entry) => sum + entry.size, 0);
    if (unpacked > limits.docxUnpackedBytes) {
      return refuse(
        'too-large',
        `这个 Word 文件解开后有 ${megabytes(unpacked)},超过了 ${megabytes(limits.docxUnpackedBytes)}:请确认它是一篇文章;图片太多太大时请压缩图片后再保存`,
      );
    }
    return 'docx';
  }
  if (names.has('xl/workbook.xml')) {
    return refuse(
      'unsupported',
      '这是 Excel 表格,不能当作文章导入:请把文章写在 Word 里(表格可以放进 Word),或复制文字存成 .txt',
    );
  }
  if (names.has('ppt/presentation.xml')) {
    return refuse(
      'unsupported',
      '这是 PowerPoint 演示文稿,不能当作文章导入:请把文章文字复制到 Word 或记事本里保存,再导入',
    );
  }
  if (names.has('mimetype') && [...names].some((name) => name.endsWith('content.xml'))) {
    return refuse(
      'unsupported',
      '这是 WPS/OpenOffice 的 ODF 文件:请用 WPS 或 Word 打开,另存为“Word 文档(*.docx)”再导入',
    );
  }
  return refuse(
    'unsupported',
    `这是压缩包(.${extension || 'zip'}),不能直接导入:请先解压,再导入里面的文章文件(.txt、.docx 或 .html)`,
  );
}

/** The format of a picture's bytes, or undefined when they are not a picture the site can show. */
export function pictureExtension(bytes: Uint8Array): 'jpg' | 'png' | 'gif' | 'webp' | undefined {
  const starts = (...signature: number[]) => signature.every((byte, index) => bytes[index] === byte);
  if (starts(0xff, 0xd8, 0xff)) return 'jpg';
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'png';
  if (starts(0x47, 0x49, 0x46, 0x38)) return 'gif';
  if (
    starts(0x52, 0x49, 0x46, 0x46) &&
    bytes[8] === 0x57 &&
    bytes[9] === 0x45 &&
    bytes[10] === 0x42 &&
    bytes[11] === 0x50
  ) {
    return 'webp';
  }
  return undefined;
}

/** A page saved by a browser starts with a doctype, `<html` or a `<!-- saved from url` comment. */
function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1')
    .decode(bytes.subarray(0, 512))
    .replace(/^\uFEFF|^\u00EF\u00BB\u00BF/, '')
    .trimStart()
    .toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html') || head.startsWith('<!-- saved from url');
}
