import { describe, expect, it } from 'vitest';
import { defaultBenchOptions, parseBenchArgs, searchOnlySites } from '../../../scripts/lib/bench/args.ts';

describe('parseBenchArgs', () => {
  it('measures a 1,000-article site, its search included, by default', () => {
    expect(parseBenchArgs([])).toEqual(defaultBenchOptions);
    expect(defaultBenchOptions.sites).toEqual([1000]);
  });

  it('reads sites, switches, seed, queries, repeats and the work folder, as `--flag value` or `--flag=value`', () => {
    expect(
      parseBenchArgs([
        '--articles',
        'sample,1000,10000',
        '--baseline',
        '--seed=7',
        '--query',
        '巾帼',
        '--second-query=婦聯',
        '--repeat',
        '5',
        '--work',
        '/tmp/bench',
      ]),
    ).toEqual({
      sites: ['sample', 1000, 10_000],
      baseline: true,
      searchOnly: false,
      seed: 7,
      query: '巾帼',
      secondQuery: '婦聯',
      repeat: 5,
      work: '/tmp/bench',
    });
  });

  it('measures only searches with --search-only, on the sample site and a generated one unless told', () => {
    expect(parseBenchArgs(['--search-only'])).toMatchObject({ searchOnly: true, sites: searchOnlySites });
    expect(searchOnlySites).toContain('sample');
    expect(parseBenchArgs(['--search-only', '--articles', '10000']).sites).toEqual([10_000]);
  });

  it('rejects what it cannot use, naming the option and the usage', () => {
    expect(() => parseBenchArgs(['--articles', '1000,lots'])).toThrow(
      /--articles needs a whole number ≥ 1, not “lots”\nusage:/,
    );
    expect(() => parseBenchArgs(['--seed', '0'])).toThrow(/--seed needs a whole number/);
    expect(() => parseBenchArgs(['--baseline=yes'])).toThrow(/--baseline takes no value/);
    expect(() => parseBenchArgs(['--search-only', '--baseline'])).toThrow(/--search-only builds no baseline/);
    expect(() => parseBenchArgs(['--bogus'])).toThrow(/unknown option “--bogus”/);
    expect(() => parseBenchArgs(['10000'])).toThrow(/unknown argument “10000”/);
    expect(() => parseBenchArgs(['--query', ' '])).toThrow(/--query needs a query/);
  });
});
