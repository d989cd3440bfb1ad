import type { Problem, Rule, RuleContext } from '../model.ts';
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

/** Every rule over the site at once; the caller has read what they need (entries, pages, the URL manifest). */
export function runRules(context: RuleContext): Problem[] {
  return rules.flatMap((rule) => rule(context));
}
