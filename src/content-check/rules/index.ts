import type { EntryFindings, Problem, Rule, RuleContext } from '../model.ts';
import { checkSyntax } from './syntax.ts';
import { checkPublishing } from './publishing.ts';
import { checkDuplicates } from './duplicates.ts';
import { checkAliases } from './aliases.ts';
import { checkBodyImages } from './images.ts';
import { checkLinks } from './links.ts';
import { checkHtml } from './html.ts';
import { checkPersonalData } from './personal-data.ts';
import { checkPlaceholders } from './placeholders.ts';
import { checkLostUrls } from './lost-urls.ts';
import { checkReview } from './review.ts';

/** One rule family per module; each reports every problem it finds, never only the first. */
export const rules: Rule[] = [
  checkSyntax,
  checkPublishing,
  checkReview,
  checkDuplicates,
  checkAliases,
  checkBodyImages,
  checkLinks,
  checkHtml,
  checkPersonalData,
  checkPlaceholders,
  checkLostUrls,
];

/**
 * The rules that read each entry alone, never the site around it: what they
 * find in a file depends on its bytes (and the checks' own code) only, so it
 * may be kept between runs (`EntryFindings`).
 */
export const entryRules: readonly Rule[] = [checkSyntax, checkHtml, checkPersonalData, checkPlaceholders];

/**
 * Every rule over the site at once; the caller has read what they need
 * (entries, pages, the URL manifest). With `kept`, the per-entry rules run
 * only on entries it holds no findings for; the problems come out in the same
 * order either way (rule by rule, entry by entry).
 */
export function runRules(context: RuleContext, kept?: EntryFindings): Problem[] {
  if (!kept) return rules.flatMap((rule) => rule(context));
  const perEntry = context.entries.map((entry) =>
    kept.findings(entry, () => entryRules.map((rule) => rule({ ...context, entries: [entry] }))),
  );
  return rules.flatMap((rule) => {
    const index = entryRules.indexOf(rule);
    return index === -1 ? rule(context) : perEntry.flatMap((found) => found[index] ?? []);
  });
}
