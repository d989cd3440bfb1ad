import { describe, expect, it } from 'vitest';
import { hasPage, isListed, publicationState } from '../../src/lib/publishing.ts';

const now = new Date('2024-11-21T10:00:00+08:00');

describe('publicationState', () => {
  it('publishes an item dated now or earlier', () => {
    expect(publicationState({ date: new Date('2024-11-21T10:00:00+08:00') }, now)).toBe('published');
    expect(publicationState({}, now)).toBe('published');
  });

  it('holds back a future-dated item until a build after its date', () => {
    expect(publicationState({ date: new Date('2024-11-21T18:40:00+08:00') }, now)).toBe('scheduled');
  });

  it('treats a draft as a draft, whatever its date', () => {
    expect(publicationState({ draft: true, date: new Date('2020-01-01T00:00:00+08:00') }, now)).toBe('draft');
  });

  it('keeps a withdrawn entry as a page that is listed nowhere', () => {
    const state = publicationState({ withdrawn: { reason: '有误' } }, now);
    expect(state).toBe('withdrawn');
    expect(hasPage(state)).toBe(true);
    expect(isListed(state)).toBe(false);
    expect(hasPage('draft')).toBe(false);
    expect(hasPage('scheduled')).toBe(false);
  });
});
