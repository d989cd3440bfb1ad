import { describe, expect, it } from 'vitest';
import { droppedArticle, droppedFiles, type DroppedFile } from '../../../src/cms/client/dropped-files.ts';

const dropped = (path: string, text = path): DroppedFile => ({
  path,
  file: new File([text], path.split('/').at(-1)!),
});

/** A folder or file as the browser hands it out from a drop; a folder gives its entries `batch` at a time. */
function entry(fullPath: string, children?: unknown[], batch = 2): unknown {
  const name = fullPath.split('/').at(-1)!;
  if (!children)
    return {
      isFile: true,
      isDirectory: false,
      fullPath,
      name,
      file: (done: (file: File) => void) => done(new File([fullPath], name)),
    };
  let at = 0;
  return {
    isFile: false,
    isDirectory: true,
    fullPath,
    name,
    createReader: () => ({
      readEntries: (done: (entries: unknown[]) => void) => {
        done(children.slice(at, at + batch));
        at += batch;
      },
    }),
  };
}

const transfer = (entries: unknown[]) =>
  ({ items: entries.map((found) => ({ webkitGetAsEntry: () => found })), files: [] }) as unknown as DataTransfer;

describe('droppedFiles', () => {
  it('opens dropped folders, however many batches they come in, and names each file by its path', async () => {
    const files = await droppedFiles(
      transfer([
        entry('/标题.html'),
        entry('/标题_files', [
          entry('/标题_files/1.jpg'),
          entry('/标题_files/2.png'),
          entry('/标题_files/css', [entry('/标题_files/css/a.css')]),
          entry('/标题_files/3.gif'),
        ]),
      ]),
    );
    expect(files.map(({ path }) => path)).toEqual([
      '标题.html',
      '标题_files/1.jpg',
      '标题_files/2.png',
      '标题_files/css/a.css',
      '标题_files/3.gif',
    ]);
    expect(await files[1]!.file.text()).toBe('/标题_files/1.jpg');
  });

  it('takes the files as they are where the browser gives no entries', async () => {
    const file = new File(['正文'], '文章.txt');
    expect(await droppedFiles({ items: [], files: [file] } as unknown as DataTransfer)).toEqual([
      { path: '文章.txt', file },
    ]);
  });
});

describe('droppedArticle', () => {
  it('imports the page dropped beside its _files folder and reads its pictures from the folder', async () => {
    const article = droppedArticle([
      dropped('标题_files/1.jpg', '图一'),
      dropped('标题.html'),
      dropped('标题_files/a.css'),
    ]);
    if ('message' in article) throw new Error(article.message);
    expect(article.file.name).toBe('标题.html');
    expect(new TextDecoder().decode(await article.readSibling('标题_files/1.jpg'))).toBe('图一');
    expect(await article.readSibling('标题_files/9.jpg')).toBeUndefined();
    expect(await article.readSibling('../标题.html')).toBeUndefined();
  });

  it('finds the page inside a dropped folder, and its pictures beside it', async () => {
    const article = droppedArticle([dropped('下载/标题.html'), dropped('下载/标题_files/1.jpg', '图一')]);
    if ('message' in article) throw new Error(article.message);
    expect(article.file.name).toBe('标题.html');
    expect(new TextDecoder().decode(await article.readSibling('标题_files/1.jpg'))).toBe('图一');
  });

  it('hands a file dropped on its own to the importer whatever its kind, so that its refusal says what to do', () => {
    const article = droppedArticle([dropped('会议通知.pdf')]);
    expect('file' in article && article.file.name).toBe('会议通知.pdf');
  });

  it('says why when there is no article, or more than one, among the files', () => {
    expect(droppedArticle([dropped('标题_files/1.jpg'), dropped('标题_files/页面.html')])).toEqual({
      message: expect.stringContaining('没有能导入的文件'),
    });
    expect(droppedArticle([dropped('一.docx'), dropped('二.docx'), dropped('三.txt'), dropped('四.html')])).toEqual({
      message: expect.stringMatching(/一次导入一篇,拖入的却有 4 个文件\(一\.docx、二\.docx、三\.txt……\)/),
    });
  });
});
