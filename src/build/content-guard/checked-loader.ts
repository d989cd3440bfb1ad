import type { Loader, LoaderContext } from 'astro/loaders';
import { checksVerdict } from './checks-verdict.ts';

type Logger = LoaderContext['logger'];
const HELD = new Set<PropertyKey>(['info', 'warn', 'error', 'debug']);

/**
 * A loader like `loader`, that loads while the content checks run (in their
 * own process, on the other core) and answers only once they have passed.
 * Until then it holds back what Astro's loader says or throws: over broken
 * content, Astro's own messages (and its error, stack trace and all) would
 * otherwise come before the checks' list of `file:line: field: message`,
 * which is what staff need. When the checks fail they end the build with
 * that list, and what Astro said is dropped; when they pass, it is said.
 */
export function afterContentChecks(loader: Loader): Loader {
  return {
    ...loader,
    load: async (context) => {
      const held: [method: PropertyKey, args: unknown[]][] = [];
      const logger = holdingLogger(context.logger, held);
      const failure = await loader.load({ ...context, logger }).then(
        () => undefined,
        (error: unknown) => ({ error }),
      );
      await checksVerdict();
      logger.release();
      if (failure) throw failure.error;
    },
  };
}

/** `logger`, except that what it is told is kept in `held` until `release()`; afterwards it speaks at once. */
function holdingLogger(logger: Logger, held: [PropertyKey, unknown[]][]): Logger & { release(): void } {
  let holding = true;
  const say = (method: PropertyKey, args: unknown[]) =>
    (Reflect.get(logger, method) as (...args: unknown[]) => void).apply(logger, args);
  const release = () => {
    holding = false;
    for (const [method, args] of held.splice(0)) say(method, args);
  };
  return new Proxy(logger, {
    get: (target, key, receiver) => {
      if (key === 'release') return release;
      if (!HELD.has(key)) return Reflect.get(target, key, receiver);
      return (...args: unknown[]) => (holding ? held.push([key, args]) : say(key, args));
    },
  }) as Logger & { release(): void };
}
