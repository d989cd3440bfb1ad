import { parseDocument } from 'htmlparser2';
import type { SourceDocument } from '../model.ts';
import { markupBlocks } from './html-blocks.ts';
import { resolvePictures } from './pictures.ts';

/** Title and subtitle styles, in English and as Chinese Word and WPS name them, as headings. */
const styleMap = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='标题'] => h1:fresh",
  "p[style-name='Subtitle'] => h2:fresh",
  "p[style-name='副标题'] => h2:fresh",
];

/**
 * A Word file through mammoth: its HTML, read by the same rules as a saved
 * page. Pictures keep their bytes and their alt text (Word's 替换文字);
 * linked files outside the document are never fetched.
 */
export async function docxDocument(bytes: Uint8Array): Promise<SourceDocument | undefined> {
  // Loaded only for a Word file: in the browser it is a chunk of its own, fetched when someone drops one.
  const { default: mammoth } = await import('mammoth');
  const pictures: Uint8Array[] = [];
  const convertImage = mammoth.images.imgElement(async (image) => {
    pictures.push(new Uint8Array(await image.readAsArrayBuffer()));
    return { src: `picture:${pictures.length - 1}` };
  });
  let html: string;
  try {
    // Node's mammoth reads `buffer`, the browser build `arrayBuffer`: both are given.
    const input = {
      buffer: bytes,
      arrayBuffer: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
    };
    ({ value: html } = await mammoth.convertToHtml(input as unknown as { arrayBuffer: ArrayBuffer }, {
      styleMap,
      convertImage,
      externalFileAccess: false,
      ignoreEmptyParagraphs: true,
    }));
  } catch {
    return undefined;
  }
  const markup = markupBlocks(parseDocument(html).children, { skipFurniture: false });
  const { blocks, checks } = await resolvePictures(markup.blocks, async (source) => {
    const index = /^picture:(\d+)$/u.exec(source.src ?? '')?.[1];
    return index === undefined ? undefined : pictures[Number(index)];
  });
  return { format: 'docx', blocks, hints: {}, removed: [], checks };
}
