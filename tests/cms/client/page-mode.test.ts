import { describe, expect, it } from 'vitest';
import { draftGuard, entryTracker } from '../../../src/cms/client/page-mode.ts';

const LIST = '#/collections/news';
const NEW = '#/collections/news/new';
const A = '#/collections/news/entries/2024/jilin-ponan-xingdong';
const B = '#/collections/news/entries/2024/liaocheng-linyi-jiaoliu';

/** Each move's answer, from a page started at `start`. */
const restarts = (start: string, moves: string[]) => {
  const tracker = entryTracker(start);
  return moves.map((route) => tracker.restartFor(route));
};

describe('entryTracker', () => {
  it('opens the first entry and new items in place, and the lists, board and media always', () => {
    expect(restarts(LIST, [NEW, LIST, A, LIST, '#/workflow', '#/media', LIST])).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('starts the page again for a new item once an entry has been opened, with the list between or not', () => {
    expect(restarts(LIST, [A, NEW])).toEqual([false, true]);
    expect(restarts(LIST, [A, LIST, NEW])).toEqual([false, false, true]);
    expect(restarts(A, [`${NEW}?ref=list`])).toEqual([true]);
  });

  it('starts the page again for another entry, but not for the same one again', () => {
    expect(restarts(A, [B])).toEqual([true]);
    expect(restarts(LIST, [A, LIST, B])).toEqual([false, false, true]);
    expect(restarts(LIST, [A, LIST, A])).toEqual([false, false, false]);
  });

  it('lets Decap move from a new item to the entry it was saved as', () => {
    expect(restarts(NEW, [B, LIST])).toEqual([false, false]);
    expect(restarts(LIST, [NEW, B, LIST, NEW])).toEqual([false, false, false, true]);
  });
});

describe('draftGuard', () => {
  it('keeps the imported draft, and after saving the entry it became; anywhere else starts again', () => {
    const guard = draftGuard();
    expect(guard.allows(NEW)).toBe(true);
    expect(guard.allows(A)).toBe(false);
    guard.saved();
    expect(guard.allows(`${A}?saved`)).toBe(true);
    expect(guard.allows(A)).toBe(true);
    expect(guard.allows(B)).toBe(false);
    expect(guard.allows(LIST)).toBe(false);
  });
});
