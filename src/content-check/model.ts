import type { CollectionName } from '../schemas/shared.ts';
import type { EntryPage } from '../url-manifest/entry-pages.ts';
import type { LoadedManifest } from '../url-manifest/store.ts';

/**
 * The content checker's types, at the bottom of `src/content-check/`: the
 * orchestrator (`check.ts`), the rules (`rules/`) and the parsers all import
 * from here and from nothing above themselves.
 */

export interface Problem {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  line: number;
  /** Dotted field path such as `source.kind` or `brands.1`; absent for whole-file problems. */
  field?: string;
  message: string;
}

/** A content file as the checks read it. */
export interface CheckedEntry {
  collection: CollectionName;
  id: string;
  file: string;
  data: Record<string, unknown>;
  lineOf: (path: readonly PropertyKey[]) => number;
  /** False when the entry failed its schema; `data` then holds only the fields that passed. */
  valid: boolean;
  /** The Markdown after the frontmatter, and the file line it starts on. */
  body: string;
  bodyLine: number;
  format: 'md' | 'mdx';
  /** A digest of the file's bytes, under which what the per-entry rules found may be kept between runs. */
  digest?: string;
}

/**
 * Findings of the rules that read one entry alone (`entryRules`), one list per
 * rule, kept between runs for a file that has not changed (`EntryFindingsCache`).
 */
export interface EntryFindings {
  findings(entry: CheckedEntry, check: () => Problem[][]): Problem[][];
}

export interface CheckOptions {
  /** The moment to judge dates against: a build's start, or a fixed time in tests. */
  now?: Date;
  /**
   * 未经审核不得发布: every news item must name its reviewer. The build and `npm run check` pass the site's
   * `requireReview`; a check that does not say (a test of another rule) leaves it off.
   */
  requireReview?: boolean;
  /**
   * A file in the build's cache where what the per-entry rules found is kept
   * for the next run (`EntryFindingsCache`); the build and `npm run check`
   * pass one, tests of the rules do not.
   */
  findingsFile?: string;
}

export interface ContentCheckResult {
  entries: CheckedEntry[];
  /** What must be fixed before the site can be built. */
  problems: Problem[];
  /** What is probably a mistake but may be meant (a tag with a full-width comma in it): listed, never stopping a build. */
  warnings: Problem[];
}

/** What every rule is given: the whole site at once, so a rule can relate entries to each other. */
export interface RuleContext {
  root: string;
  now: Date;
  /** Whether every published news item must name its reviewer (`CheckOptions.requireReview`). */
  requireReview: boolean;
  entries: CheckedEntry[];
  /** Each entry's URL, aliases and whether a production build publishes it. */
  pages: EntryPage[];
  /** The committed URL manifest; absent when it cannot be read (that is reported once, by the caller). */
  manifest?: LoadedManifest;
}

/** One rule family: reports every problem it finds, never only the first. */
export type Rule = (context: RuleContext) => Problem[];
