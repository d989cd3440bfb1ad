/** What `npm run bench` was asked to do. */
export interface BenchOptions {
  /** Sites to measure, in order: `sample` (the bundled site) or a number of generated news articles. */
  sites: BenchSite[];
  /** Also build each site the plain way (`astro build` with Astro's defaults, then `pagefind --site dist`). */
  baseline: boolean;
  /**
   * Only what a reader's search costs: each site built once, then searched
   * in Chromium; no baseline, no warm rebuild. What `npm run bench:search` was before it was folded in.
   */
  searchOnly: boolean;
  /** Seed of the generator: the same seed, the same generated site. */
  seed: number;
  /** The first and the second search a reader makes. */
  query: string;
  secondQuery: string;
  /** Each search, and 保存到上线, is measured this many times, and the median reported: timings on a shared machine wander. */
  repeat: number;
  /** Where corpora and builds go (`bench/.work/` unless given). */
  work?: string;
}

export type BenchSite = 'sample' | number;

export const defaultBenchOptions: BenchOptions = {
  sites: [1000],
  baseline: false,
  searchOnly: false,
  seed: 20241121,
  query: '执委',
  secondQuery: '妇女微家',
  repeat: 3,
};

/** With `--search-only` and no `--articles`: the sample site (the first-search budget) and a generated one. */
export const searchOnlySites: BenchSite[] = ['sample', 1000];

export const USAGE =
  'usage: npm run bench -- [--articles sample,1000,10000] [--baseline] [--search-only] [--seed N] ' +
  '[--query 执委] [--second-query 妇女微家] [--repeat 3] [--work DIR]';

function positiveInteger(flag: string, value: string | undefined): number {
  const number = Number(value);
  if (!value || !Number.isInteger(number) || number < 1)
    throw new Error(`${flag} needs a whole number ≥ 1, not “${value ?? ''}”\n${USAGE}`);
  return number;
}

const SWITCHES = new Set(['--baseline', '--search-only']);

/** Reads `--flag value` and `--flag=value` pairs, and the switches; anything else is an error naming the usage. */
export function parseBenchArgs(argv: string[]): BenchOptions {
  const options = { ...defaultBenchOptions };
  let sitesGiven = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.split(/=(.*)/s, 2) as [string, string | undefined];
    if (!flag.startsWith('--')) throw new Error(`unknown argument “${arg}”\n${USAGE}`);
    if (SWITCHES.has(flag)) {
      if (inline !== undefined) throw new Error(`${flag} takes no value\n${USAGE}`);
      options[flag === '--baseline' ? 'baseline' : 'searchOnly'] = true;
      continue;
    }
    const value = inline ?? argv[++i];
    switch (flag) {
      case '--articles':
        sitesGiven = true;
        options.sites = (value ?? '')
          .split(',')
          .map((part) => part.trim())
          .map((part) => (part === 'sample' ? 'sample' : positiveInteger('--articles', part)));
        break;
      case '--seed':
        options.seed = positiveInteger('--seed', value);
        break;
      case '--query':
      case '--second-query':
        if (!value?.trim()) throw new Error(`${flag} needs a query\n${USAGE}`);
        options[flag === '--query' ? 'query' : 'secondQuery'] = value.trim();
        break;
      case '--repeat':
        options.repeat = positiveInteger('--repeat', value);
        break;
      case '--work':
        if (!value?.trim()) throw new Error(`--work needs a folder\n${USAGE}`);
        options.work = value;
        break;
      default:
        throw new Error(`unknown option “${flag}”\n${USAGE}`);
    }
  }
  if (options.searchOnly && options.baseline) throw new Error(`--search-only builds no baseline\n${USAGE}`);
  if (options.searchOnly && !sitesGiven) options.sites = searchOnlySites;
  return options;
}
