import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { fileURLToPath } from 'node:url';
import { site } from '../../config/site.ts';
import { useTranslations } from '../../i18n/ui.ts';
import { guardReportFromParent, guardReportInChild } from './guard-child.ts';
import { setChecksVerdict } from './checks-verdict.ts';
import type { GuardReport } from './guard-report.ts';
import { stopBuild } from '../build-error.ts';
import { buildOptions, setBuildManifestDraft, setBuildRun } from '../options.ts';
import type { EntryPage } from '../../url-manifest/entry-pages.ts';
import { publishRedirects, recordEntryUrls } from '../../url-manifest/publish.ts';
import { discardManifestDraft } from '../../url-manifest/store.ts';
import { manifestDraftOf } from '../manifest-commit.ts';
import { paths } from '../../lib/urls.ts';
import type { Script } from '../../schemas/shared.ts';

// TEST ONLY: see `testOnlyChecksWarn` in ../options.ts.
const checksOnlyWarnForTests = buildOptions.testOnlyChecksWarn;

/**
 * Runs the content checks (in a process of their own, `guard-child.ts`)
 * while a production build loads its content, and before anything else
 * Astro does reads it (the loaders wait: `checked-loader.ts`). Astro on its own
 * logs a dangling `reference()` and carries on; here a build stops with every
 * problem listed as `file:line: field: message`, and dev shows them as warnings.
 * A build also keeps the URL manifest: new URLs are recorded, lost ones have
 * already stopped it, and old URLs and short links are written as redirects.
 * It records them in a draft (`manifestDraftOf`), which becomes
 * `content/urls.jsonl` only once the whole build has succeeded.
 */
export interface ContentGuardOptions {
  /**
   * Whether a production build waits for the checks before it loads any
   * content, as a stock Astro site with a check before it would: the
   * benchmark's plain recipe does. Otherwise content loads meanwhile and
   * each loader waits for the verdict (`checked-loader.ts`).
   */
  checksFirst?: boolean;
}

export function contentGuard({ checksFirst = false }: ContentGuardOptions = {}): AstroIntegration {
  let root = '';
  let draft = '';
  let pages: EntryPage[] = [];
  let langs = new Map<string, Script>();
  let verdict: () => Promise<void> = () => Promise.resolve();

  /** Ends a build or sync over problems, by listing them; otherwise keeps what the build needs from the report. */
  const settle = ({ problems, warnings, ...report }: GuardReport, command: string, logger: AstroIntegrationLogger) => {
    for (const line of warnings) logger.warn(line);
    if (problems.length > 0) {
      // `astro sync` (and so `astro check`) would otherwise exit 0 over a dangling reference.
      if ((command === 'build' || command === 'sync') && !checksOnlyWarnForTests) {
        const stopped = command === 'build' ? ',构建已停止' : '';
        throw stopBuild(
          '内容检查未通过',
          problems,
          `${problems.length} 个问题${stopped}。请按上面的文件和行号逐一修改。`,
        );
      }
      for (const line of problems) logger.warn(line);
      if (checksOnlyWarnForTests)
        logger.warn('JINGUO_TEST_ONLY_CHECKS_WARN=1:内容检查的问题只作警告,构建继续。只能用于测试,不能用于发布。');
    }
    pages = report.pages;
    langs = new Map(report.scripts);
    if (command !== 'build') return;
    const { added, written } = recordEntryUrls(root, pages, draft);
    setBuildManifestDraft(draft);
    for (const { path, short } of added) logger.info(`新网址 ${path}${short ? `(短链接 ${paths.short(short)})` : ''}`);
    if (written) logger.info('构建成功后,新网址会记入网址清单 urls.jsonl:请把它和内容一起提交。');
  };
  return {
    name: 'jinguo:content-guard',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
        if (command === 'preview') return;
        root = fileURLToPath(config.root);
        draft = manifestDraftOf(config);
        // What a build that failed or was stopped left behind is no part of this one.
        if (command === 'build') discardManifestDraft(draft);
        // Pages and checks judge "is it published yet" against one moment: the checks' start.
        const fromParent = command === 'build' && buildOptions.checksFromParent !== undefined && !!process.send;
        const now = fromParent ? buildOptions.checksFromParent! : new Date();
        setBuildRun({ time: now, command });
        const report = fromParent ? guardReportFromParent() : guardReportInChild(root, now);
        // The verdict is given once, by whichever asks first: a loader done loading, or the build's start.
        let given: Promise<void> | undefined;
        verdict = () => (given ??= report.then((answer) => settle(answer, command, logger)));
        setChecksVerdict(verdict);
        // A production build loads its content meanwhile (`checked-loader.ts`), unless asked not to; anything else waits here.
        if (command !== 'build' || checksFirst) await verdict();
      },
      // Every loader has waited for the verdict by now; this covers a site that loads no content.
      'astro:build:start': () => verdict(),
      'astro:build:done': ({ dir, logger }) => {
        const titles = new Map(pages.map((page) => [page.path, page.title]));
        const result = publishRedirects(root, fileURLToPath(dir), {
          draft,
          titles,
          origin: new URL(site.url).origin,
          text: (to) => {
            const lang = langs.get(to) ?? site.defaultLang;
            const t = useTranslations(lang);
            return { lang, title: t('redirectTitle'), body: t('redirectBody'), siteName: site.name };
          },
        });
        for (const { path, to } of result.redirected) logger.info(`页面 ${path} 已不存在,改为跳转到 ${to}`);
        for (const path of result.shadowed) logger.warn(`旧网址 ${path} 现在是一个页面,不再跳转`);
        logger.info(`已写出 ${result.pages} 个跳转页(旧网址和短链接),以及 _redirects 和 nginx-redirects.conf。`);
      },
    },
  };
}
