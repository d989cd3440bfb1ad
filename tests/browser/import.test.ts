import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importArticle, type ImportContext, type ImportedEntry } from '../../src/import/index.ts';
import { importContext } from '../../scripts/lib/import-context.ts';
import { siteRoot } from '../import/support.ts';
import { launchBrowser, type LaunchedBrowser } from './support/browser.ts';

const entry = new URL('../../src/import/index.ts', import.meta.url).pathname;
const corpusFile = (name: string) => readFileSync(new URL(`../fixtures/import/corpus/files/${name}`, import.meta.url));

let bundle: string;
let inputs: string[];
let launched: LaunchedBrowser;
let context: ImportContext;
let remove: () => void;

beforeAll(async () => {
  // The editor's import screen bundles the importer for the browser: the same build, with no Node module to fall back on.
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'browser',
    format: 'iife',
    globalName: 'JinguoImport',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  bundle = result.outputFiles[0]!.text;
  inputs = Object.keys(result.metafile.inputs);
  launched = await launchBrowser();
  const site = siteRoot();
  remove = site.remove;
  context = importContext(site.root, new Date('2026-12-01T12:00:00+08:00'));
});

afterAll(async () => {
  await launched?.close();
  remove?.();
});

/** What the browser gives back, minus the bytes of pictures (compared by size). */
function comparable(outcome: ImportedEntry) {
  return {
    ...outcome,
    pictures: outcome.pictures.map((picture) => ({ file: picture.file, size: picture.bytes.length })),
  };
}

describe('the importer in the browser', () => {
  it('bundles for a browser with no Node module in it', () => {
    expect(inputs.filter((input) => input.startsWith('node:') || /^(fs|path|os|child_process)$/u.test(input))).toEqual(
      [],
    );
    expect(inputs.some((input) => input.includes('scripts/'))).toBe(false);
    expect(inputs.some((input) => input.includes('node_modules/mammoth/browser/'))).toBe(true);
  });

  it.each([
    ['a Word file', 'doc-01-liaocheng-manuscript.docx'],
    ['a Big5 text', 'md-02-qinzhou-hant-big5.txt'],
    ['a UTF-16 text', 'wx-03-jilin-hant-utf16.txt'],
  ])('reads %s in Chromium exactly as Node does', async (_what, name) => {
    const bytes = corpusFile(name);
    const inNode = await importArticle({ name, bytes }, context);
    const page = await launched.browser.newPage();
    try {
      await page.addScriptTag({ content: bundle });
      const inBrowser = await page.evaluate(
        async ({ name, bytes, context }) => {
          const importer = (globalThis as unknown as { JinguoImport: { importArticle: typeof importArticle } })
            .JinguoImport;
          const outcome = await importer.importArticle(
            { name, bytes: new Uint8Array(bytes) },
            { ...context, taken: new Set(context.taken), now: new Date(context.now) },
          );
          return outcome.ok
            ? {
                ...outcome,
                pictures: outcome.pictures.map((picture) => ({ file: picture.file, size: picture.bytes.length })),
              }
            : outcome;
        },
        {
          name,
          bytes: [...bytes],
          context: { ...context, taken: [...context.taken], now: context.now!.toISOString() },
        },
      );
      if (!inNode.ok) throw new Error(inNode.message);
      expect(inBrowser).toEqual(comparable(inNode));
    } finally {
      await page.close();
    }
  });
});
