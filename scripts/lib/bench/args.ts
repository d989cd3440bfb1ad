/** What `npm run bench` was asked to do. */
export interface BenchOptions {
  /** Sizes of the generated sites, in news articles; the sample site is always measured first. */
  articles: number[];
  /** Seed of the generator: the same seed, the same generated site. */
  seed: number;
  /** The first and the second search a reader makes. */
  query: string;
  secondQuery: string;
  /** Each search is measured this many times, and the median reported: timings on a shared machine wander. */
  repeat: number;
}

export const defaultBenchOptions: BenchOptions = {
  articles: [10_000],
  seed: 1,
  query: '执委',
  secondQuery: '妇女微家',
  repeat: 3,
};

const USAGE =
  'usage: npm run bench -- [--articles 1000,10000] [--seed 1] [--query 执委] [--second-query 妇女微家] [--repeat 3]';

function positiveInteger(flag: string, value: string | undefined): number {
  const number = Number(value);
  if (!value || !Number.isInteger(number) || number < 1)
    throw new Error(`${flag} needs a whole number ≥ 1, not “${value ?? ''}”\n${USAGE}`);
  return number;
}

/** Reads `--flag value` and `--flag=value` pairs; anything else is an error naming the usage. */
export function parseBenchArgs(argv: string[]): BenchOptions {
  const options = { ...defaultBenchOptions };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.split(/=(.*)/s, 2) as [string, string | undefined];
    if (!flag.startsWith('--')) throw new Error(`unknown argument “${arg}”\n${USAGE}`);
    const value = inline ?? argv[++i];
    switch (flag) {
      case '--articles':
        options.articles = (value ?? '').split(',').map((part) => positiveInteger('--articles', part.trim()));
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
      default:
        throw new Error(`unknown option “${flag}”\n${USAGE}`);
    }
  }
  return options;
}
