import { site } from '../../config/site.ts';
import type { Script } from '../../schemas/shared.ts';
import { entryPages, type EntryPage } from '../../url-manifest/entry-pages.ts';
import { checkContent } from '../../content-check/check.ts';
import { buildOptions } from '../options.ts';
import { resolve } from 'node:path';
import type { CheckedEntry } from '../../content-check/model.ts';
import { formatProblem, sortProblems } from '../../content-check/problems.ts';

/** What a build needs from the content checks: plain data, so it can cross from another process. */
export interface GuardReport {
  /** Every problem, sorted and written as `file:line: field: message`. */
  problems: string[];
  /** Warnings, written the same way: listed, never stopping the build. */
  warnings: string[];
  /** The entries' pages, for the URL manifest and the redirects. */
  pages: EntryPage[];
  /** Each page's path and the script it is written in, so a redirect to it speaks the same script. */
  scripts: [path: string, script: Script][];
}

/** Runs the content checks over the project at `root`, judging dates against `now`. */
export function guardReport(root: string, now: Date): GuardReport {
  const { entries, problems, warnings } = checkContent(root, {
    now,
    requireReview: site.requireReview,
    // Kept in Astro's cache folder, which the deploy restores between runs.
    findingsFile: resolve(root, buildOptions.cacheDir, 'jinguo-checks.json'),
  });
  const pages = entryPages(entries, now);
  return {
    problems: sortProblems(problems).map((problem) => formatProblem(problem)),
    warnings: sortProblems(warnings).map((warning) => formatProblem(warning, 'warning')),
    pages,
    scripts: scriptsByPath(entries, pages),
  };
}

function scriptsByPath(entries: readonly CheckedEntry[], pages: readonly EntryPage[]): [string, Script][] {
  const cityScripts = new Map(
    entries.filter((entry) => entry.collection === 'cities').map((city) => [city.id, city.data.lang as Script]),
  );
  const pathOf = new Map(pages.map((page) => [page.file, page.path]));
  return entries.map((entry) => {
    const city = (entry.data.city as { id?: string } | undefined)?.id;
    const lang = (entry.data.lang as Script | undefined) ?? (city ? cityScripts.get(city) : undefined);
    return [pathOf.get(entry.file) ?? '', lang ?? site.defaultLang];
  });
}
