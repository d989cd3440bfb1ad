import { Worker } from 'node:worker_threads';
import { site } from '../../config/site.ts';
import { useTranslations } from '../../i18n/ui.ts';
import { publishRedirects, type PublishedRedirects } from '../../url-manifest/publish.ts';
import type { GuardReport } from './guard-report.ts';

/** What writing the redirects needs: plain data, so that it can go to a worker thread. */
export interface RedirectsJob {
  /** The project folder, whose committed URL manifest is read. */
  root: string;
  /** The built site's folder, where the redirect pages go. */
  dist: string;
  /** The build's draft of the URL manifest: the generated pages are added to it. */
  draft: string;
  pages: GuardReport['pages'];
  scripts: GuardReport['scripts'];
}

/**
 * Writes a redirect page for every old URL and short link, `_redirects` and
 * the nginx map (`publishRedirects`), each page in the language and script
 * of the page it leads to.
 */
export function writeRedirects({ root, dist, draft, pages, scripts }: RedirectsJob): PublishedRedirects {
  const titles = new Map(pages.map((page) => [page.path, page.title]));
  const langs = new Map(scripts);
  return publishRedirects(root, dist, {
    draft,
    titles,
    origin: new URL(site.url).origin,
    text: (to) => {
      const lang = langs.get(to) ?? site.defaultLang;
      const t = useTranslations(lang);
      return { lang, title: t('redirectTitle'), body: t('redirectBody'), siteName: site.name };
    },
  });
}

/** What the build says of the redirects it wrote, a line at a time, in order. */
export function redirectsReport({ redirected, shadowed, pages }: PublishedRedirects): RedirectsLine[] {
  return [
    ...redirected.map(({ path, to }) => ({ level: 'info' as const, text: `页面 ${path} 已不存在,改为跳转到 ${to}` })),
    ...shadowed.map((path) => ({ level: 'warn' as const, text: `旧网址 ${path} 现在是一个页面,不再跳转` })),
    {
      level: 'info' as const,
      text: `已写出 ${pages} 个跳转页(旧网址和短链接),以及 _redirects 和 nginx-redirects.conf。`,
    },
  ];
}

export interface RedirectsLine {
  level: 'info' | 'warn';
  text: string;
}

/**
 * `writeRedirects` in a worker thread (`redirects-worker.ts`): `npm run build`
 * writes the ten thousand redirect pages of a large site there, on one core,
 * while the search index is merged on the other. Rejects with the reason
 * when they could not be written.
 */
export function writeRedirectsInWorker(job: RedirectsJob): Promise<PublishedRedirects> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./redirects-worker.ts', import.meta.url), { workerData: job });
    worker.once('message', (answer: { result: PublishedRedirects } | { error: string }) =>
      'result' in answer ? resolve(answer.result) : reject(new Error(answer.error)),
    );
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the redirects' worker stopped (${code})`)));
  });
}
