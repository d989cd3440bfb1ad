import { createHash } from 'node:crypto';
import type { AstroUserConfig } from 'astro';

type CspConfig = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;
type Directive = NonNullable<CspConfig['directives']>[number];

export interface CspOptions {
  /** Hosts whose players an article may embed (`site.embedHosts`): the only frames a page may load. */
  embedHosts: readonly string[];
  /** Inline scripts the site's own layout writes (the reading-settings script), allowed by their hash. */
  inlineScripts: readonly string[];
}

/** `'sha256-…'` of a script or style exactly as written between its tags. */
export function cspHash(source: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}`;
}

/**
 * The directives every page carries besides `script-src` and `style-src`,
 * which Astro writes itself: nothing loads from elsewhere except an embedded
 * player, no plugin content, no `<base>` to redirect relative links, forms
 * only to this site.
 */
export function pageDirectives({ embedHosts }: Pick<CspOptions, 'embedHosts'>): Directive[] {
  const frames = embedHosts.map((host) => `https://${host}`).join(' ');
  return [
    "default-src 'self'",
    "img-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-src ${frames || "'none'"}`,
  ] satisfies Directive[];
}

/**
 * The second line of defence, for Astro's `security.csp`: a
 * Content-Security-Policy `<meta>` on every page it renders, with
 * `script-src` and `style-src` holding `'self'` and the hashes of the inline
 * scripts and styles of that page (Astro's own, and `inlineScripts`). No
 * `'unsafe-inline'`: an event-handler attribute or a `javascript:` link that
 * got past the sanitiser would still not run; nor may WebAssembly be
 * compiled (the search page's index is plain JavaScript and data).
 */
export function astroCsp(options: CspOptions): CspConfig {
  return {
    algorithm: 'SHA-256',
    directives: pageDirectives(options),
    scriptDirective: {
      resources: ["'self'"],
      hashes: options.inlineScripts.map(cspHash),
    },
    styleDirective: { resources: ["'self'"] },
  };
}

/**
 * The policy as a response header, for a web server or a host
 * (docs/deploy.md): what a `<meta>` cannot say (`frame-ancestors`: no other
 * site may frame these pages) and the directives every page shares. The
 * scripts and styles a page may run are listed by hash in each page's own
 * `<meta>` (Astro inlines a few, differing with the build); a browser
 * enforces both policies, so the header leaves them to the page.
 */
export function headerPolicy(options: Pick<CspOptions, 'embedHosts'>): string {
  const kept = pageDirectives(options).filter((directive) => !/^(default|img)-src /.test(directive));
  return [...kept, "frame-ancestors 'self'"].join('; ');
}

/**
 * The policy of the redirect pages the URL manifest writes for old URLs and
 * short links (`src/url-manifest/redirect-files.ts`), which Astro does not
 * render: no script at all, nothing loaded, no form, no `<base>`; only
 * their own inline style, by its hash. The meta refresh and the link a
 * reader taps are navigations, which the policy leaves alone.
 */
export function redirectPagePolicy(style: string): string {
  return ["default-src 'none'", `style-src '${cspHash(style)}'`, "base-uri 'none'", "form-action 'none'"].join('; ');
}
