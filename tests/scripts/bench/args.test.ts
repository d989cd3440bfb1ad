import { describe, expect, it } from 'vitest';
import { defaultBenchOptions, parseBenchArgs } from '../../../scripts/lib/bench/args.ts';

describe('parseBenchArgs', () => {
  it('measures the sample site and a 10,000-article site by default', () => {
    expect(parseBenchArgs([])).toEqual(defaultBenchOptions);
    expect(defaultBenchOptions.articles).toEqual([10_000]);
  });

  it('reads sizes, seed, queries and repeats, as `--flag value` or `--flag=value`', () => {
    expect(
      parseBenchArgs([
        '--articles',
        '1000,10000',
        '--seed=7',
        '--query',
        '巾帼',
        '--second-query=婦聯',
        '--repeat',
        '5',
      ]),
    ).toEqual({ articles: [1000, 10_000], seed: 7, query: '巾帼', secondQuery: '婦聯', repeat: 5 });
  });

  it('rejects what it cannot use, naming the option and the usage', () => {
    expect(() => parseBenchArgs(['--articles', '1000,lots'])).toThrow(
      /--articles needs a whole number ≥ 1, not “lots”\nusage:/,
    );
    expect(() => parseBenchArgs(['--seed', '0'])).toThrow(/--seed needs a whole number/);
    expect(() => parseBenchArgs(['--baseline'])).toThrow(/unknown option “--baseline”/);
    expect(() => parseBenchArgs(['10000'])).toThrow(/unknown argument “10000”/);
    expect(() => parseBenchArgs(['--query', ' '])).toThrow(/--query needs a query/);
  });
});
