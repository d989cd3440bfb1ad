import type { CheckedEntry } from '../check-content.ts';
import type { Problem } from '../problems.ts';
import { parseBody } from '../markdown.ts';
import { entryPages, type EntryPage } from '../../url-manifest/entry-pages.ts';
import { loadManifest, manifestLocation, ManifestError, type LoadedManifest } from '../../url-manifest/load.ts';
import { checkPublishing } from './publishing.ts';
import { checkDuplicates } from './duplicates.ts';
import { checkBodyImages } from './images.ts';
import { checkLinks } from './links.ts';
import { checkHtml } from './html.ts';
import { checkPersonalData } from './personal-data.ts';
import { checkPlaceholders } from './placeholders.ts';
import { checkLostUrls } from './lost-urls.ts';

export interface RuleContext {
  root: string;
  now: Date;
  entries: CheckedEntry[];
  /** Each entry's URL, aliases and whether a production build publishes it. */
  pages: EntryPage[];
  /** The committed URL manifest; absent when it cannot be read (that is reported once). */
  manifest?: LoadedManifest;
}

export type Rule = (context: RuleContext) => Problem[];

/** One rule family per module; each reports every problem it finds, never only the first. */
export const rules: Rule[] = [
  checkSyntax,
  checkPublishing,
  checkDuplicates,
  checkBodyImages,
  checkLinks,
  checkHtml,
  checkPersonalData,
  checkPlaceholders,
  checkLostUrls,
];

export function runRules({ root, now, entries }: Omit<RuleContext, 'pages' | 'manifest'>): Problem[] {
  const problems: Problem[] = [];
  let manifest: LoadedManifest | undefined;
  try {
    manifest = loadManifest(root);
  } catch (error) {
    if (!(error instanceof ManifestError)) throw error;
    problems.push({ file: manifestFile(root), line: error.line, message: error.message });
  }
  const context: RuleContext = { root, now, entries, pages: entryPages(entries, now), manifest };
  for (const rule of rules) problems.push(...rule(context));
  return problems;
}

function manifestFile(root: string): string {
  return manifestLocation(root).file;
}

/** A body the parser rejects would stop the build with a stack trace; staff get the line instead. */
function checkSyntax({ entries }: RuleContext): Problem[] {
  return entries.flatMap((entry) => {
    const parsed = parseBody(entry);
    if ('nodes' in parsed) return [];
    return [
      { file: entry.file, line: parsed.line, message: `正文写法有误(${entry.format.toUpperCase()}):${parsed.error}` },
    ];
  });
}
