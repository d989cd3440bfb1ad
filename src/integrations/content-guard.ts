import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent, formatProblem, sortProblems } from '../lib/content-check/index.ts';

/**
 * Runs the content checks before Astro reads any content. Astro on its own
 * logs a dangling `reference()` and carries on; here a build stops with every
 * problem listed as `file:line: field: message`, and dev shows them as warnings.
 */
export function contentGuard(): AstroIntegration {
  return {
    name: 'jinguo:content-guard',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command === 'preview') return;
        const { problems } = checkContent(fileURLToPath(config.root));
        if (problems.length === 0) return;
        const lines = sortProblems(problems).map(formatProblem);
        if (command === 'build') {
          for (const line of lines) logger.error(line);
          logger.error(`内容检查未通过:${problems.length} 个问题,构建已停止。`);
          // A thrown error would bury the list under a stack trace; staff need only the list.
          process.exit(1);
        }
        for (const line of lines) logger.warn(line);
      },
    },
  };
}
