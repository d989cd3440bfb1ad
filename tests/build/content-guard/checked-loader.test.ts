import type { Loader, LoaderContext } from 'astro/loaders';
import { afterEach, describe, expect, it } from 'vitest';
import { afterContentChecks } from '../../../src/build/content-guard/checked-loader.ts';
import { setChecksVerdict } from '../../../src/build/content-guard/checks-verdict.ts';

/** A verdict the test gives by hand, and a record of what was said, in order. */
function setup() {
  const said: string[] = [];
  let give!: () => void;
  let refuse!: (error: Error) => void;
  const verdict = new Promise<void>((resolve, reject) => {
    give = () => {
      said.push('verdict');
      resolve();
    };
    refuse = reject;
  });
  setChecksVerdict(() => verdict);
  const logger = {
    warn: (message: string) => said.push(`warn: ${message}`),
    error: (message: string) => said.push(`error: ${message}`),
    label: 'glob-loader',
  };
  const context = { logger } as unknown as LoaderContext;
  return { said, give, refuse, context };
}

function loader(work: (context: LoaderContext) => Promise<void>): Loader {
  return { name: 'test-loader', load: work };
}

afterEach(() => setChecksVerdict(() => Promise.resolve()));

describe('afterContentChecks', () => {
  it('loads while the checks run, and answers only once they have passed', async () => {
    const { said, give, context } = setup();
    let loaded = false;
    const load = afterContentChecks(
      loader(async () => {
        loaded = true;
      }),
    ).load(context);
    let answered = false;
    void load.then(() => (answered = true));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(loaded).toBe(true);
    expect(answered).toBe(false);
    give();
    await load;
    expect(said).toEqual(['verdict']);
  });

  it('holds back what the loader says until the checks have passed, then says it in order', async () => {
    const { said, give, context } = setup();
    const load = afterContentChecks(
      loader(async ({ logger }) => {
        logger.warn('first');
        logger.error('second');
      }),
    ).load(context);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(said).toEqual([]);
    give();
    await load;
    expect(said).toEqual(['verdict', 'warn: first', 'error: second']);
  });

  it('keeps the rest of the logger as it is', async () => {
    const { give, context } = setup();
    let label = '';
    const load = afterContentChecks(
      loader(async ({ logger }) => {
        label = logger.label;
      }),
    ).load(context);
    give();
    await load;
    expect(label).toBe('glob-loader');
  });

  it('throws the loader’s error only after the checks have passed', async () => {
    const { said, give, context } = setup();
    const failure = new Error('Astro could not read a file');
    const load = afterContentChecks(
      loader(async ({ logger }) => {
        logger.error('Error reading x.md');
        throw failure;
      }),
    ).load(context);
    const settled = load.then(
      () => 'resolved',
      (error: unknown) => error,
    );
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(said).toEqual([]);
    give();
    expect(await settled).toBe(failure);
    expect(said).toEqual(['verdict', 'error: Error reading x.md']);
  });

  it('says nothing of its own when the checks fail: their list is the message', async () => {
    const { said, refuse, context } = setup();
    const load = afterContentChecks(
      loader(async ({ logger }) => {
        logger.warn('The base directory does not exist.');
        throw new Error('a stack trace nobody needs');
      }),
    ).load(context);
    refuse(new Error('checks failed'));
    await expect(load).rejects.toThrow('checks failed');
    expect(said).toEqual([]);
  });
});
