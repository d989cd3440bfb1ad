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
