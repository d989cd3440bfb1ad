import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { site } from '../../src/config/site.ts';
import { IFRAME_SANDBOX } from '../../src/safety/allowlist.ts';
import { hostileVariants, type HostileVariant } from '../fixtures/hostile/corpus.ts';
import { buildSite, projectRoot, type AstroRun } from '../support/astro-cli.ts';
import { variantTitle, writeHostileSite, type Secrets } from '../support/hostile-site.ts';
import { launchBrowser, type LaunchedBrowser } from './support/browser.ts';
import { serveStatic, type StaticServer } from './support/static-server.ts';

/**
 * Every hostile variant (tests/fixtures/hostile/corpus.ts) built into one
 * site with the content checker's refusals turned into warnings
 * (JINGUO_TEST_ONLY_CHECKS_WARN): what reaches dist/ is safe because of the
 * allowlist in the Markdown pipeline, not because the checker noticed.
 * Each page is opened in Chromium.
 */

const work = join(projectRoot, 'tests/.tmp', `hostile-${process.pid}`);
const outDir = join(work, 'dist');

let secrets: Secrets;
let build: AstroRun;
let before: string[];
let rootBefore: string[];
let server: StaticServer;
let launched: LaunchedBrowser;
let page: Page;
/** What the page did since the last variant was opened. */
const events: string[] = [];

/** Every file and folder under `dir`, relative, skipping the folders named. */
function listing(dir: string, skip: ReadonlySet<string> = new Set()): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: false })
    .map(String)
    .filter((path) => !skip.has(path.split(/[\\/]/)[0] ?? ''))
    .sort();
}

beforeAll(async () => {
  rmSync(work, { recursive: true, force: true });
  secrets = await writeHostileSite(work);
  before = listing(work);
  rootBefore = readdirSync(projectRoot).sort();
  build = buildSite(
    {
      contentDir: join(work, 'content'),
      outDir,
      env: { JINGUO_TEST_ONLY_CHECKS_WARN: '1', JINGUO_SECRET_MARKER: secrets.marker },
    },
    900_000,
  );
  if (build.status !== 0) throw new Error(`The hostile site did not build (exit ${build.status}):\n${build.output}`);
  server = await serveStatic(outDir);
  launched = await launchBrowser();
  const context = await launched.browser.newContext();
  // Nothing leaves the machine: anything not from the test server fails at once.
  await context.route('**/*', (route) =>
    route.request().url().startsWith(server.origin) ? route.continue() : route.abort(),
  );
  page = await context.newPage();
  page.on('dialog', (dialog) => {
    events.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => events.push(`page error: ${error.message}`));
  // A Content-Security-Policy report means something got past the allowlist and only the CSP stopped it.
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) events.push(`console: ${message.text()}`);
  });
  page.on('popup', (popup) => events.push(`popup: ${popup.url()}`));
}, 900_000);

afterAll(async () => {
  await launched?.close();
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('a site built from hostile content, the checker only warning', () => {
  it('was built with the checker’s problems listed as warnings, not silently', () => {
    expect(build.output).toMatch(/JINGUO_TEST_ONLY_CHECKS_WARN=1/);
    expect(build.output).toMatch(/content\/news\/2024\/script-plain\.md:\d+: /);
  });

  it('wrote nothing outside dist/ (and its cache)', () => {
    // The build records the site's URLs in content/urls.jsonl, as it does for every site.
    const after = listing(work, new Set(['dist', '.cache-dist'])).filter((path) => path !== 'content/urls.jsonl');
    expect(after).toEqual(before);
    expect(readdirSync(projectRoot).sort()).toEqual(rootBefore);
  });

  it('published nothing from outside content/: no secret text, no secret picture', () => {
    const files = listing(outDir).filter((path) => statSync(join(outDir, path)).isFile());
    expect(files.filter((path) => path.startsWith('_astro') && /secret|md-image/i.test(path))).toEqual([]);
    expect(files.filter((path) => path.endsWith('.svg') && path !== 'favicon.svg')).toEqual([]);
    const leaking = files.filter((path) => readFileSync(join(outDir, path)).includes(secrets.marker));
    expect(leaking).toEqual([]);
  });

  it('has feeds and a sitemap that parse as XML, bodies with control characters included', () => {
    const xml = listing(outDir).filter((path) => path.endsWith('.xml'));
    expect(xml).toEqual(expect.arrayContaining(['rss.xml', 'cities/jilin/rss.xml', 'sitemap-index.xml']));
    for (const path of xml) expect(XMLValidator.validate(readFileSync(join(outDir, path), 'utf8')), path).toBe(true);
  });

  it('has a page for every variant, none replaced by a redirect', () => {
    for (const variant of hostileVariants) {
      const html = readFileSync(join(outDir, 'news/2024', variant.id, 'index.html'), 'utf8');
      expect(html, variant.id).toContain(
        `<h1 class="text-3xl leading-snug font-bold sm:text-4xl">${variantTitle(variant)}</h1>`,
      );
    }
  });
});

describe.each(hostileVariants.map((variant) => [variant.id, variant] as const))('variant %s', (_id, variant) => {
  it(`does nothing in Chromium: ${variant.tries}`, async () => {
    const { events, findings } = await openVariant(variant);
    expect(events).toEqual([]);
    expect(findings).toEqual([]);
  });
});

/** What a page did that it must not, and what its article body holds that the allowlist forbids. */
async function openVariant(variant: HostileVariant): Promise<{ events: string[]; findings: string[] }> {
  events.length = 0;
  const url = server.url(`/news/2024/${variant.id}/`);
  await page.goto(url, { waitUntil: 'load' });
  // Two frames for anything that fires after load: autofocus, animations, a refresh.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  if (page.url() !== url) events.push(`navigated to ${page.url()}`);
  const findings = await page.evaluate(inspectArticle, {
    title: variantTitle(variant),
    sandbox: IFRAME_SANDBOX,
    embedHosts: site.embedHosts,
  });
  return { events: [...events], findings };
}

/** Runs in the page: everything in the article body outside the allowlist, and anything that took the page over. */
function inspectArticle({ title, sandbox, embedHosts }: { title: string; sandbox: string; embedHosts: string[] }) {
  const findings: string[] = [];
  const heading = document.querySelector('article h1')?.textContent?.trim();
  if (heading !== title) findings.push(`title is “${heading}”`);
  if (document.querySelectorAll('meta[http-equiv="refresh" i], base').length > 0) findings.push('refresh or base');
  const body = document.querySelector('article .prose');
  if (!body) return [...findings, 'no article body'];
  const forbidden =
    'script,style,link,meta,base,form,button,select,textarea,object,embed,frame,frameset,svg,math,noscript,template,video,audio,source,marquee,iframe[srcdoc]';
  for (const element of body.querySelectorAll(forbidden)) findings.push(`element <${element.localName}>`);
  const urlAttributes = ['href', 'src', 'action', 'formaction', 'xlink:href', 'cite', 'data', 'poster', 'background'];
  for (const element of body.querySelectorAll('*')) {
    for (const { name, value } of element.attributes) {
      if (name.startsWith('on')) findings.push(`<${element.localName} ${name}>`);
      if (name === 'style' && !/^t[hd]$/.test(element.localName)) findings.push(`<${element.localName} style>`);
      if (name === 'srcset' || name === 'srcdoc' || name === 'name') findings.push(`<${element.localName} ${name}>`);
      if (name === 'id' && !/^(user-content-|footnote-label$)/.test(value))
        findings.push(`<${element.localName} id=${value}>`);
      if (urlAttributes.includes(name)) {
        const resolved = new URL(value, location.href);
        if (!['http:', 'https:', 'mailto:', 'tel:'].includes(resolved.protocol)) {
          findings.push(`<${element.localName} ${name}=${resolved.protocol}>`);
        }
      }
    }
    const position = getComputedStyle(element).position;
    if (position !== 'static' && position !== 'relative') findings.push(`<${element.localName}> position ${position}`);
    if (
      element.localName === 'a' &&
      element.hasAttribute('target') &&
      !/noopener/.test(element.getAttribute('rel') ?? '')
    )
      findings.push('new window without noopener');
    if (element.localName === 'iframe') {
      const src = new URL(element.getAttribute('src') ?? '', location.href);
      if (element.getAttribute('sandbox') !== sandbox)
        findings.push(`iframe sandbox “${element.getAttribute('sandbox')}”`);
      if (src.protocol !== 'https:' || !embedHosts.includes(src.hostname)) findings.push(`iframe from ${src.href}`);
    }
  }
  return findings;
}
