import { formatChineseDate, parseShanghaiDate } from '../lib/dates.ts';
import { excerpt, hasMatch, highlight, type Segment } from '../lib/search/excerpt.ts';
import { createFold, parseFoldPairs, type Fold } from '../lib/search/fold.ts';
import type { RecordKind } from '../lib/search/markup.ts';
import { parseQuery, phraseMatchesFirst, type ParsedQuery } from '../lib/search/query.ts';
import type { ResultMeta } from '../lib/search/record.ts';

/** What the search page hands its script, every string already in the page's script. */
export interface SearchPageConfig {
  siteName: string;
  /** URL of Pagefind's pagefind.js. */
  pagefind: string;
  /** URL of the fold table written beside the index. */
  foldTable: string;
  text: Record<'resultsTitle' | 'prompt' | 'loading' | 'count' | 'shown' | 'none' | 'unavailable', string>;
  kinds: Record<RecordKind, string>;
}

/** The part of Pagefind's browser API this page uses. */
interface Pagefind {
  search: (term: string) => Promise<{ results: PagefindResult[] } | null>;
}

interface PagefindResult {
  id: string;
  data: () => Promise<{ url: string; meta: Partial<ResultMeta> }>;
}

/** Results shown at once; the rest come a page at a time, so a weak connection fetches only what is read. */
const PAGE_SIZE = 10;

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
}

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`search page: #${id} is missing`);
  return found as T;
}

async function loadFold(url: string): Promise<Fold> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  const { pairs } = (await response.json()) as { pairs: string };
  return createFold(parseFoldPairs(pairs));
}

async function loadPagefind(url: string): Promise<Pagefind> {
  // Pagefind is written into dist/ after the build, so the bundler must leave this import alone.
  return (await import(/* @vite-ignore */ url)) as Pagefind;
}

function appendSegments(parent: HTMLElement, segments: Segment[]): void {
  for (const { text, match } of segments) {
    if (match) {
      const mark = document.createElement('mark');
      mark.textContent = text;
      parent.append(mark);
    } else {
      parent.append(text);
    }
  }
}

function separator(): HTMLElement {
  const dot = document.createElement('span');
  dot.setAttribute('aria-hidden', 'true');
  dot.textContent = ' · ';
  return dot;
}

function renderResult(
  template: HTMLTemplateElement,
  { url, meta }: { url: string; meta: Partial<ResultMeta> },
  query: ParsedQuery,
  fold: Fold,
  config: SearchPageConfig,
): HTMLLIElement {
  const item = template.content.firstElementChild!.cloneNode(true) as HTMLLIElement;
  const slot = (name: string) => item.querySelector<HTMLElement>(`[data-slot="${name}"]`)!;
  const lang = meta.lang ?? document.documentElement.lang;
  const title = meta.title ?? url;
  const summary = meta.summary ?? '';
  const terms = query.highlight;

  const link = slot('title') as HTMLAnchorElement;
  link.href = url;
  link.lang = lang;
  appendSegments(link, highlight(title, terms, fold));

  const details = slot('details');
  const kind = meta.kind && config.kinds[meta.kind as RecordKind];
  const date = meta.date ? parseShanghaiDate(meta.date) : undefined;
  const parts: HTMLElement[] = [];
  if (kind) {
    const label = document.createElement('span');
    label.textContent = kind;
    parts.push(label);
  }
  if (date) {
    const time = document.createElement('time');
    time.dateTime = meta.date!;
    time.textContent = formatChineseDate(date);
    parts.push(time);
  }
  if (meta.place) {
    const place = document.createElement('span');
    place.lang = lang;
    place.textContent = meta.place;
    parts.push(place);
  }
  parts.forEach((part, index) => details.append(...(index > 0 ? [separator(), part] : [part])));

  const summaryElement = slot('summary');
  summaryElement.lang = lang;
  appendSegments(summaryElement, highlight(summary, terms, fold));

  // When neither title nor summary holds what was typed, a line of the text around it shows why the entry matched.
  const excerptElement = slot('excerpt');
  const context =
    hasMatch(title, query.typed, fold) || hasMatch(summary, query.typed, fold)
      ? undefined
      : excerpt(meta.body ?? '', terms, fold);
  if (context) {
    excerptElement.lang = lang;
    appendSegments(excerptElement, context);
  } else {
    excerptElement.remove();
  }
  return item;
}

/**
 * Runs the search page: reads `?q=` (the form submits there, with or
 * without this script), folds it to the index's search key and lists what
 * Pagefind finds, each entry in the script it was written in.
 */
export async function startSearchPage(): Promise<void> {
  const root = document.getElementById('search');
  if (!root?.dataset.config) return;
  const config = JSON.parse(root.dataset.config) as SearchPageConfig;
  const input = document.getElementById('search-query') as HTMLInputElement | null;
  const status = element<HTMLParagraphElement>('search-status');
  const list = element<HTMLOListElement>('search-results');
  const more = element<HTMLButtonElement>('search-more');
  const template = element<HTMLTemplateElement>('search-result');

  const query = (new URLSearchParams(location.search).get('q') ?? '').trim();
  if (input) input.value = query;
  if (!query) {
    status.textContent = config.text.prompt;
    input?.focus();
    return;
  }

  document.title = `${fill(config.text.resultsTitle, { query })} | ${config.siteName}`;
  status.textContent = fill(config.text.loading, { query });
  root.setAttribute('aria-busy', 'true');

  let fold: Fold;
  let parsed: ParsedQuery;
  let results: PagefindResult[];
  try {
    const [pagefind, loadedFold] = await Promise.all([loadPagefind(config.pagefind), loadFold(config.foldTable)]);
    fold = loadedFold;
    parsed = parseQuery(query, fold);
    results = (await pagefind.search(parsed.key))?.results ?? [];
    if (parsed.phrase && results.length > 1) {
      results = phraseMatchesFirst(results, (await pagefind.search(parsed.phrase))?.results ?? []);
    }
  } catch (error) {
    console.error(error);
    status.textContent = config.text.unavailable;
    root.removeAttribute('aria-busy');
    return;
  }

  const count = results.length;
  let shown = 0;
  const showMore = async (): Promise<HTMLLIElement[]> => {
    const batch = results.slice(shown, shown + PAGE_SIZE);
    const items = (await Promise.all(batch.map((result) => result.data()))).map((data) =>
      renderResult(template, data, parsed, fold, config),
    );
    list.append(...items);
    shown += batch.length;
    more.hidden = shown >= count;
    return items;
  };

  try {
    if (count > 0) await showMore();
  } catch (error) {
    console.error(error);
    status.textContent = config.text.unavailable;
    return;
  } finally {
    root.removeAttribute('aria-busy');
  }
  status.textContent = count === 0 ? fill(config.text.none, { query }) : fill(config.text.count, { query, count });

  more.addEventListener('click', async () => {
    more.disabled = true;
    try {
      const items = await showMore();
      status.textContent = `${fill(config.text.count, { query, count })}${fill(config.text.shown, { shown, count })}`;
      // Keyboard and screen-reader users continue from the first new result.
      items[0]?.querySelector('a')?.focus();
    } catch (error) {
      console.error(error);
      status.textContent = config.text.unavailable;
    } finally {
      more.disabled = false;
    }
  });
}
