import { holdsAll } from '../core/excerpt.ts';
import { applyFilters, facetCounts } from '../core/facets.ts';
import { readSearchState, searchHref } from '../core/state.ts';
import { filterKeys, type FilterKey, type FilterSets, type RecordKind, type SearchState } from '../model.ts';
import { longTerms, startEngine, type Engine, type Found } from './engine.ts';
import { renderResult, renderSuggestions, showExcerpt } from './result.ts';

/** What the search page hands its script, every string already in the page's script. */
export interface SearchPageConfig {
  siteName: string;
  /** The search page's own path, the base of every search link. */
  base: string;
  /** URL of the index's entry file. */
  index: string;
  text: Record<
    | 'resultsTitle'
    | 'prompt'
    | 'loading'
    | 'count'
    | 'countFiltered'
    | 'shown'
    | 'none'
    | 'noneFiltered'
    | 'option'
    | 'unavailable'
    | 'suggest',
    string
  >;
  kinds: Record<RecordKind, string>;
}

/** Results shown at once; the rest come ten at a time, so a weak connection fetches only what is read. */
const PAGE_SIZE = 10;

/** User Timing names: the benchmark (and any field measurement) reads time to results from them. */
export const searchTimings = { start: 'jinguo:search-start', results: 'jinguo:search-results' } as const;

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
}

function part<T extends Element>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`search page: ${selector} is missing`);
  return found;
}

/**
 * `<jinguo-search>`: runs the search a link describes (`/search/?q=…&city=…`),
 * lists the entries that hold what was typed, each in its own script, and
 * keeps the link up to date as the reader searches again or filters; when
 * nothing is found, offers the names closest to what was typed.
 */
class SearchPage extends HTMLElement {
  #config!: SearchPageConfig;
  #engine: Promise<Engine> | undefined;
  #found: Found | undefined;
  #foundFor = '';
  #run = 0;

  connectedCallback(): void {
    this.#config = JSON.parse(this.dataset.config ?? '{}') as SearchPageConfig;
    const form = document.getElementById('search-form') as HTMLFormElement | null;
    form?.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#go(this.#readControls());
    });
    for (const select of this.#selects()) select.addEventListener('change', () => this.#go(this.#readControls()));
    part<HTMLButtonElement>(this, '#search-clear').addEventListener('click', () => {
      this.#go({ query: this.#readControls().query, filters: {} });
      this.#selects()[0]?.focus();
    });
    window.addEventListener('popstate', () => void this.#show(readSearchState(new URLSearchParams(location.search))));

    const state = readSearchState(new URLSearchParams(location.search));
    // A search submitted without this script's help carries empty filters; the link is kept in its one spelling.
    if (state.query) history.replaceState(null, '', searchHref(this.#config.base, state));
    void this.#show(state, true);
  }

  #selects(): HTMLSelectElement[] {
    return [...this.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
  }

  #input(): HTMLInputElement | null {
    return document.getElementById('search-query') as HTMLInputElement | null;
  }

  #readControls(): SearchState {
    const state: SearchState = { query: this.#input()?.value.trim() ?? '', filters: {} };
    for (const select of this.#selects()) {
      if (select.value) state.filters[select.dataset.filter as FilterKey] = select.value;
    }
    return state;
  }

  #writeControls({ query, filters }: SearchState): void {
    const input = this.#input();
    if (input) input.value = query;
    for (const select of this.#selects()) {
      const wanted = filters[select.dataset.filter as FilterKey] ?? '';
      // A value the site does not have (an old link) is shown as no filter, and then not applied.
      select.value = [...select.options].some((option) => option.value === wanted) ? wanted : '';
    }
  }

  #go(state: SearchState): void {
    const href = searchHref(this.#config.base, state);
    if (href !== `${location.pathname}${location.search}`) history.pushState(null, '', href);
    void this.#show(state);
  }

  async #show(requested: SearchState, first = false): Promise<void> {
    const run = ++this.#run;
    this.#writeControls(requested);
    const state = this.#readControls();
    const { text } = this.#config;
    const status = part<HTMLElement>(this, '#search-status');
    const list = part<HTMLOListElement>(this, '#search-results');
    const more = part<HTMLButtonElement>(this, '#search-more');
    const filters = part<HTMLFieldSetElement>(this, '#search-filters');
    const suggestions = part<HTMLElement>(this, '#search-suggestions');
    const root = part<HTMLElement>(this, '#search');
    const { query } = state;
    suggestions.replaceChildren();
    suggestions.hidden = true;

    if (!query) {
      list.replaceChildren();
      more.hidden = true;
      filters.hidden = true;
      status.textContent = text.prompt;
      if (first) this.#input()?.focus();
      return;
    }
    performance.mark(searchTimings.start);
    document.title = `${fill(text.resultsTitle, { query })} | ${this.#config.siteName}`;
    status.textContent = fill(text.loading, { query });
    root.setAttribute('aria-busy', 'true');

    try {
      const engine = await (this.#engine ??= startEngine(this.#config.index));
      if (this.#foundFor !== query || !this.#found) {
        this.#found = await engine.search(query);
        this.#foundFor = query;
      }
      const found = this.#found;
      // The filters' page lists come with the first search's files: counting them costs no further request.
      const sets = await engine.filterSets();
      if (run !== this.#run) return;
      const shown = await this.#list(run, engine, found, state, sets);
      if (run !== this.#run) return;
      performance.mark(searchTimings.results);
      performance.measure('jinguo:search', searchTimings.start, searchTimings.results);
      if (found.pages.length > 0) this.#count(found, state, sets);
      else filters.hidden = true;
      if (shown === 0 && Object.keys(state.filters).length === 0) {
        const names = await engine.suggest(query);
        if (run === this.#run && names.length > 0) {
          renderSuggestions(suggestions, text.suggest, names);
          suggestions.hidden = false;
        }
      }
    } catch (error) {
      console.error(error);
      if (run === this.#run) status.textContent = text.unavailable;
    } finally {
      if (run === this.#run) root.removeAttribute('aria-busy');
    }
  }

  /** Lists the first results and wires "more"; returns how many results there are to list. */
  async #list(run: number, engine: Engine, found: Found, state: SearchState, sets: FilterSets): Promise<number> {
    const { text, kinds } = this.#config;
    const status = part<HTMLElement>(this, '#search-status');
    const list = part<HTMLOListElement>(this, '#search-results');
    const more = part<HTMLButtonElement>(this, '#search-more');
    const template = part<HTMLTemplateElement>(document, '#search-result');
    const { query } = state;
    const terms = (found.query?.terms ?? []).map((term) => term.tokens);
    const long = longTerms(found.query);
    const candidates = applyFilters(found.pages, sets, state.filters);
    let next = 0;
    let shown = 0;
    let count = candidates.length;
    let total = found.pages.length;

    // One batch, in one request: what its results show, with the text of each whose title and summary do not hold
    // the query, for its excerpt. A result found by the pieces of a long term is listed only if it holds the term
    // whole; if not, it is dropped, and the count with it (and the batch is made up with the next results).
    const page = async (): Promise<HTMLLIElement[]> => {
      const items: HTMLLIElement[] = [];
      while (items.length < PAGE_SIZE && next < candidates.length) {
        const batch = candidates.slice(next, next + PAGE_SIZE - items.length);
        next += batch.length;
        const results = await engine.batch(
          batch.map((number) => ({ page: number, text: found.standing.get(number) === 2 })),
        );
        const rendered = results.map(({ head, text: body }, index) => {
          const standing = found.standing.get(batch[index]!) ?? 0;
          if (long.length > 0 && standing <= 2) {
            const held = body ?? `${head.title}\n${head.summary}`;
            if (!holdsAll(held, long, engine.fold)) return undefined;
          }
          const item = renderResult(template, head, terms, engine.fold, kinds);
          if (body !== undefined) showExcerpt(item, head, body, terms, engine.fold);
          return item;
        });
        for (const item of rendered) {
          if (item) items.push(item);
          else {
            count--;
            total--;
          }
        }
      }
      shown += items.length;
      return items;
    };
    const describe = (): string => {
      const filtered = Object.keys(state.filters).length > 0;
      if (count === 0) return filtered ? fill(text.noneFiltered, { query, total }) : fill(text.none, { query });
      return filtered ? fill(text.countFiltered, { query, count, total }) : fill(text.count, { query, count });
    };

    const items = await page();
    if (run !== this.#run) return count;
    list.replaceChildren(...items);
    more.hidden = next >= candidates.length;
    status.textContent = describe();

    more.onclick = async () => {
      more.disabled = true;
      try {
        const added = await page();
        if (run !== this.#run) return;
        list.append(...added);
        more.hidden = next >= candidates.length;
        status.textContent = `${describe()}${fill(text.shown, { shown, count })}`;
        // Keyboard and screen-reader users continue from the first new result.
        added[0]?.querySelector('a')?.focus();
      } catch (error) {
        console.error(error);
        status.textContent = text.unavailable;
      } finally {
        more.disabled = false;
      }
    };
    return count;
  }

  /** Writes each filter choice's count into its label, and shows the filters. */
  #count(found: Found, state: SearchState, sets: FilterSets): void {
    const counts = facetCounts(found.pages, sets, state.filters);
    for (const select of this.#selects()) {
      const key = select.dataset.filter as FilterKey;
      if (!filterKeys.includes(key)) continue;
      for (const option of select.options) {
        if (!option.value) continue;
        const value = counts[key].get(option.value) ?? 0;
        option.textContent = fill(this.#config.text.option, { label: option.dataset.label ?? '', count: value });
        option.disabled = value === 0 && option.value !== select.value;
      }
    }
    part<HTMLFieldSetElement>(this, '#search-filters').hidden = false;
    part<HTMLButtonElement>(this, '#search-clear').hidden = Object.keys(state.filters).length === 0;
  }
}

customElements.define('jinguo-search', SearchPage);
