/** What the editor's page was started as: the import screen, the editor, or the editor on an imported draft. */
export type PageMode = 'import' | 'editor' | 'imported';

const NEW_NEWS = '#/collections/news/new';
const NEWS_ENTRY = '#/collections/news/entries/';

export interface DraftGuard {
  /** Whether the page may move to `route` (a location hash) and stay as it is. */
  allows(route: string): boolean;
  /** Told when the draft has been saved: Decap then moves to the saved entry. */
  saved(): void;
}

/**
 * Where a page started on an imported draft may go without starting afresh: the draft itself, and the entry it
 * becomes once saved (Decap moves there by itself), for sending it to review and publishing. Anywhere else — the
 * lists, another entry, a second new item — the page starts again, so no other entry opens with the imported
 * article's values or its report.
 */
export function draftGuard(): DraftGuard {
  let current = NEW_NEWS;
  let saved = false;
  return {
    allows(route) {
      const next = route.split('?')[0]!;
      if (next === current) return true;
      if (!(saved && current === NEW_NEWS && next.startsWith(NEWS_ENTRY))) return false;
      current = next;
      return true;
    },
    saved() {
      saved = true;
    },
  };
}

const ENTRY = /^#\/collections\/[^/]+\/entries\//;
const NEW_ITEM = /^#\/collections\/[^/]+\/new$/;

export interface EntryTracker {
  /** Told each move of the editor's page (a location hash): whether the page must start again to show it. */
  restartFor(route: string): boolean;
}

/**
 * Decap has one form, and an entry it loads lands in it whenever the load ends: tried in Chromium, an entry opened
 * and the address changed at once to a new item showed the entry's title in the new item (saving it would have
 * written over the entry), and an address changed from one entry to another kept the first entry's fields under
 * the second one's address. So once an entry has been opened, a new item or another entry starts the page afresh.
 * Decap's own move, from a new item to the entry it was just saved as, is not one of them.
 */
export function entryTracker(start: string): EntryTracker {
  const routeOf = (hash: string) => hash.split('?')[0]!;
  let current = routeOf(start);
  let lastEntry = ENTRY.test(current) ? current : undefined;
  return {
    restartFor(route) {
      const previous = current;
      current = routeOf(route);
      if (NEW_ITEM.test(current)) return lastEntry !== undefined;
      if (!ENTRY.test(current) || current === lastEntry) return false;
      const restart = lastEntry !== undefined && !NEW_ITEM.test(previous);
      lastEntry = current;
      return restart;
    },
  };
}
