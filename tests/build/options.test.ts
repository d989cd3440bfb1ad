import { describe, expect, it } from 'vitest';
import { TUNINGS, readBuildOptions } from '../../src/build/options.ts';

describe('readBuildOptions', () => {
  it('builds the sample site with every tweak on when nothing is set', () => {
    const options = readBuildOptions({});
    expect(options).toMatchObject({
      contentDir: 'content',
      cacheDir: 'node_modules/.astro',
      timingsFile: undefined,
      search: { workers: undefined, indexAhead: true, stage: 'in-astro' },
      adminRepo: undefined,
      manifestDraft: undefined,
      checksFromParent: undefined,
    });
    expect(Object.values(options.tuning)).toEqual(TUNINGS.map(() => true));
  });

  it('reads each JINGUO_* variable', () => {
    const options = readBuildOptions({
      JINGUO_CONTENT_DIR: 'tests/fixtures/site/content',
      JINGUO_CACHE_DIR: '/tmp/cache',
      JINGUO_TIMINGS_FILE: '/tmp/marks',
      JINGUO_SEARCH_WORKERS: '3',
      JINGUO_INDEX_AHEAD: '0',
      JINGUO_TUNING_OFF: 'lean-heap, packed-store',
      JINGUO_ADMIN_REPO: '/home/office/website',
      JINGUO_MANIFEST_DRAFT: '/tmp/urls.draft.json',
      JINGUO_CHECKS_FROM_PARENT: '2026-12-03T08:00:00.000Z',
    });
    expect(options).toMatchObject({
      contentDir: 'tests/fixtures/site/content',
      cacheDir: '/tmp/cache',
      timingsFile: '/tmp/marks',
      search: { workers: 3, indexAhead: false },
      tuning: { 'lean-heap': false, 'store-from-file': true, 'packed-store': false },
      adminRepo: '/home/office/website',
      manifestDraft: '/tmp/urls.draft.json',
      checksFromParent: new Date('2026-12-03T08:00:00.000Z'),
    });
  });

  it('leaves the search index to Astro unless npm run build takes it over', () => {
    expect(readBuildOptions({}).search.stage).toBe('in-astro');
    expect(readBuildOptions({ JINGUO_SEARCH_STAGE: 'after-astro' }).search.stage).toBe('after-astro');
  });

  it('ignores a worker count that is not a positive whole number', () => {
    expect(readBuildOptions({ JINGUO_SEARCH_WORKERS: 'two' }).search.workers).toBeUndefined();
    expect(readBuildOptions({ JINGUO_SEARCH_WORKERS: '0' }).search.workers).toBeUndefined();
  });

  it('refuses a tweak it does not know, naming the ones it does', () => {
    expect(() => readBuildOptions({ JINGUO_TUNING_OFF: 'lean-hep' })).toThrow(/lean-hep.*lean-heap/);
  });
});
