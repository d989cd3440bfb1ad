import type { APIRoute } from 'astro';
import { isAbsolute } from 'node:path';
import { adminConfig } from '../../cms/config.ts';
import { buildOptions } from '../../build/options.ts';
import { site } from '../../config/site.ts';

/**
 * The editor's configuration, made at build time from the schemas and the site settings. A content folder given
 * as an absolute path (a test's or the benchmark's) is the `content/` of the repository the editor works on.
 */
export const GET: APIRoute = () =>
  Response.json(
    adminConfig({ site, contentDir: isAbsolute(buildOptions.contentDir) ? 'content' : buildOptions.contentDir }),
  );
