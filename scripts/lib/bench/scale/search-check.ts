import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '../../chromium.ts';
import { serveStatic } from '../../static-server.ts';
import { buildSearchFold } from '../../../../src/search/build/records/fold-table.ts';
import { paths } from '../../../../src/lib/urls.ts';
import { readMarkdown, type Corpus } from './corpus.ts';

export interface SearchCheck {
  query: string;
  /** What a correct answer is: this article first, or exactly the articles that hold the phrase. */
  expect: string;
  resultCount: number;
  shownUrls: string[];
  passed: boolean;
}

function articleUrl(file: string): string {
  return paths.news(file.replace(/^news\//, '').replace(/\.mdx?$/, ''));
}

/**
 * Searches the built site in Chromium and checks the answers against the
 * corpus: a headline finds its own article first; a phrase, filtered to
 * news, finds exactly the articles that contain it (folded, in either
 * script), and shows them first.
 */
export async function checkSearch(distDir: string, corpus: Corpus, phrase = '妇女微家'): Promise<SearchCheck[]> {
  const { fold } = buildSearchFold();
  const picks = [0, Math.floor(corpus.newsFiles.length / 2), corpus.newsFiles.length - 1];
  const cases = picks.map((index) => {
    const file = corpus.newsFiles[index]!;
    const { data } = readMarkdown(readFileSync(join(corpus.outDir, file), 'utf8'));
    return { query: String(data.title), first: articleUrl(file) };
  });
  const holding = new Set(
    corpus.newsFiles
      .filter((file) => fold(readFileSync(join(corpus.outDir, file), 'utf8')).includes(fold(phrase)))
      .map(articleUrl),
  );

  const [server, launched] = await Promise.all([serveStatic(distDir), launchBrowser()]);
  try {
    const run = async (query: string, type?: string) => {
      const context = await launched.browser.newContext({ locale: 'zh-CN' });
      const page = await context.newPage();
      await page.goto(server.url(`/search/?q=${encodeURIComponent(query)}${type ? `&type=${type}` : ''}`));
      await page.waitForFunction(
        () =>
          (document.getElementById('search-status')?.textContent ?? '') !== '' &&
          !document.getElementById('search')?.hasAttribute('aria-busy'),
        undefined,
        { timeout: 120_000 },
      );
      const status = (await page.locator('#search-status').textContent()) ?? '';
      const shownUrls = await page
        .locator('#search-results > li h2 a')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
      await context.close();
      return { resultCount: Number(/\d+/.exec(status)?.[0] ?? 0), shownUrls };
    };
    const checks: SearchCheck[] = [];
    for (const { query, first } of cases) {
      const found = await run(query);
      checks.push({ query, expect: `${first} first`, ...found, passed: found.shownUrls[0] === first });
    }
    // Filtered to news, the count shown must be exactly the articles holding the phrase: none missed, none extra.
    const found = await run(phrase, 'news');
    checks.push({
      query: phrase,
      expect: `exactly the ${holding.size} articles holding the phrase, when filtered to news`,
      ...found,
      passed:
        found.resultCount === holding.size &&
        found.shownUrls.length > 0 &&
        found.shownUrls.every((url) => holding.has(url)),
    });
    return checks;
  } finally {
    await launched.close();
    await server.close();
  }
}
