/**
 * The content checks' verdict, shared between the integration that starts
 * the checks (`integration.ts`) and the loaders that wait
 * for it (`checked-loader.ts`). The two are loaded apart — the integration
 * with Astro's config, the loaders through Vite — so each gets its own copy
 * of this module: the verdict is kept on `globalThis`.
 */
const key = Symbol.for('jinguo.contentChecksVerdict');

type Verdict = () => Promise<void>;
type Holder = { [key]?: Verdict };

/**
 * Sets what waiting for the verdict means: it resolves once the checks have
 * passed, and ends the build (listing the problems) when they have not.
 */
export function setChecksVerdict(verdict: Verdict): void {
  (globalThis as Holder)[key] = verdict;
}

/** Resolves once the content checks have passed; immediately where no checks run (a test's own setup). */
export function checksVerdict(): Promise<void> {
  return (globalThis as Holder)[key]?.() ?? Promise.resolve();
}
