import type { SiteConfig } from '../config/site.ts';
import { backendSection } from './backend.ts';

/**
 * The editor page's Content-Security-Policy, in place of the one every reader's page carries (src/safety/csp.ts).
 * Decap CMS compiles its configuration's validator at run time (`'unsafe-eval'`) and styles itself with inline
 * `<style>` elements (`'unsafe-inline'`); a reader's page allows neither. Nothing else is loosened: scripts only
 * from this site, and the only other origin the page may talk to is the forge it saves to.
 */
export function editorPolicy(site: Pick<SiteConfig, 'cms' | 'requireReview'>): string {
  const { backend } = backendSection(site.cms, site.requireReview);
  const forge = [backend.api_root, backend.base_url]
    .filter((url): url is string => typeof url === 'string')
    .map((url) => new URL(url).origin);
  const others = [...new Set(forge)].join(' ');
  const withForge = (sources: string) => (others ? `${sources} ${others}` : sources);
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    // A picture being uploaded is shown from, and read back through, blob: and data: URLs before it is saved.
    `img-src ${withForge("'self' data: blob:")}`,
    `connect-src ${withForge("'self' blob:")}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'self'",
  ].join('; ');
}

const META = /<meta http-equiv="content-security-policy" content="[^"]*">/i;

/** The built editor page with its own policy in place of the readers' one. */
export function withEditorPolicy(html: string, policy: string): string {
  // frame-ancestors is ignored in a <meta>; hosts send it as a header (docs/editor.md).
  const meta = `<meta http-equiv="content-security-policy" content="${policy.replace(/; frame-ancestors [^;]*/, '')}">`;
  return META.test(html) ? html.replace(META, meta) : html.replace(/<head>/i, `<head>${meta}`);
}
