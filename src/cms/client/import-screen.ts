import {
  importArticle,
  importContextOf,
  type ImportedEntry,
  type ImportInput,
  type SiblingReader,
  type SiteContent,
} from '../../import/index.ts';
import { ARTICLE_EXTENSIONS, droppedArticle, droppedFiles } from './dropped-files.ts';

/** What staff may choose: the formats the importer reads. */
const ACCEPT = [...ARTICLE_EXTENSIONS, 'text/plain', 'text/html'].join(',');

/**
 * `<jinguo-import data-context="/admin/import-context.json">`: the editor's import screen. Staff paste an
 * article's text or drop a Word file, a saved web page (with its `_files` folder, for its pictures) or a text
 * file; the importer that `npm run import` runs
 * (src/import/) reads it in the browser against what the site already holds. A refusal is shown as the importer
 * words it; an article read fires `jinguo-imported` with the outcome, and the editor opens it as a new draft.
 */
export class JinguoImport extends HTMLElement {
  #site: Promise<SiteContent> | undefined;

  connectedCallback(): void {
    this.#site ??= fetch(this.dataset.context!).then((response) => {
      if (!response.ok) throw new Error(`${response.status}`);
      return response.json() as Promise<SiteContent>;
    });
    this.innerHTML = '';
    this.append(screen());
    const form = this.querySelector('form')!;
    const file = this.querySelector<HTMLInputElement>('input[type=file]')!;
    const zone = this.querySelector<HTMLElement>('[data-drop]')!;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const text = this.querySelector('textarea')!.value;
      if (text.trim()) void this.#run({ name: '粘贴的文字.txt', text });
      else this.#say('请先把文章的文字粘贴到框里,或者选择一个文件。');
    });
    file.addEventListener('change', () => {
      if (file.files?.[0]) void this.#read(file.files[0]);
    });
    zone.addEventListener('dragover', (event) => {
      event.preventDefault();
      zone.dataset.over = '';
    });
    zone.addEventListener('dragleave', () => delete zone.dataset.over);
    zone.addEventListener('drop', (event) => {
      event.preventDefault();
      delete zone.dataset.over;
      if (event.dataTransfer) void this.#drop(event.dataTransfer);
    });
  }

  async #drop(transfer: DataTransfer): Promise<void> {
    const article = droppedArticle(await droppedFiles(transfer));
    if ('message' in article) this.#say(`没有导入:${article.message}。`);
    else await this.#read(article.file, article.readSibling);
  }

  async #read(file: File, readSibling?: SiblingReader): Promise<void> {
    await this.#run({
      name: file.name,
      bytes: new Uint8Array(await file.arrayBuffer()),
      ...(readSibling ? { readSibling } : {}),
    });
  }

  async #run(input: ImportInput): Promise<void> {
    this.#say('正在读取文章……', 'status');
    let site: SiteContent;
    try {
      site = await this.#site!;
    } catch {
      this.#say(
        '读不到网站已有的内容(import-context.json),无法判断重复和网址。请刷新页面再试;仍不行请告诉网站管理员。',
      );
      return;
    }
    const outcome = await importArticle(input, importContextOf(site));
    if (!outcome.ok) {
      this.#say(`没有导入:${outcome.message}。`);
      return;
    }
    this.#say(`已读出“${outcome.fields.title ?? '(没有标题)'}”,正在打开草稿……`, 'status');
    this.dispatchEvent(new CustomEvent<ImportedEntry>('jinguo-imported', { detail: outcome, bubbles: true }));
  }

  #say(message: string, role: 'alert' | 'status' = 'alert'): void {
    const box = this.querySelector<HTMLElement>('[data-message]')!;
    box.setAttribute('role', role);
    box.textContent = message;
    box.dataset.kind = role;
  }
}

// The file input hides behind a button of the screen's own: the browser's speaks the browser's language
// ("Choose File" on an office PC set up in English), whatever the page's.
function screen(): HTMLElement {
  const main = document.createElement('main');
  main.className = 'mx-auto max-w-3xl px-4 py-8 text-lg text-ink';
  main.innerHTML = `
    <p class="mb-2"><a class="text-accent underline" href="#/collections/news">← 返回内容管理</a></p>
    <h1 class="mb-3 text-3xl font-bold">导入文章</h1>
    <p class="mb-6 text-muted">把公众号文章、融媒体稿件的文字粘贴到下面,或者选择(拖入)Word 文件(.docx)、保存的网页(.html)、文本文件(.txt)。导入后打开一篇新闻草稿:标题、日期、城市、来源、署名和正文已经填好,需要核对的地方列在最上面。核对、补全后保存,再送审。</p>
    <form class="flex flex-col gap-5">
      <label class="flex flex-col gap-2 font-bold">粘贴文章的文字
        <textarea name="text" rows="12" class="rounded border border-line p-3 font-normal" placeholder="在这里粘贴(Ctrl + V)整篇文章,包括标题、日期和来源"></textarea>
      </label>
      <div data-drop class="rounded border-2 border-dashed border-line p-5 data-[over]:border-accent">
        <label class="font-bold">或者选择文件
          <input type="file" accept="${ACCEPT}" class="peer sr-only">
          <span class="mt-2 block w-fit cursor-pointer rounded border-2 border-accent px-5 py-2 text-accent peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-accent">选择文件……</span>
        </label>
        <p class="mt-2 text-base text-muted">也可以把文件拖到这个框里。Word 文件里的图片会一起导入;保存的网页,请把 .html 文件和同名的 _files 文件夹一起选中、拖进来,图片才会一起导入。</p>
      </div>
      <p><button type="submit" class="rounded bg-accent px-6 py-3 font-bold text-on-accent">导入粘贴的文字</button></p>
      <p data-message class="rounded p-3 data-[kind=alert]:border data-[kind=alert]:border-accent data-[kind=alert]:text-accent" aria-live="polite"></p>
    </form>`;
  return main;
}

customElements.define('jinguo-import', JinguoImport);
