import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { site } from '../../src/config/site.ts';
import { projectRoot } from '../support/astro-cli.ts';
import { astroCsp, cspHash, headerPolicy } from '../../src/safety/csp.ts';

const options = { embedHosts: ['v.qq.com', 'player.bilibili.com'], inlineScripts: ['console.log(1)'] };

describe('the Content-Security-Policy', () => {
  it('hashes an inline script as browsers do', () => {
    expect(cspHash('console.log(1)')).toBe(`sha256-${createHash('sha256').update('console.log(1)').digest('base64')}`);
  });

  it('allows scripts only from the site and by hash, frames only from embed hosts, no plugins, no <base> elsewhere', () => {
    const csp = astroCsp(options);
    expect(csp.scriptDirective?.resources).toEqual(["'self'"]);
    expect(csp.scriptDirective?.hashes).toEqual([cspHash('console.log(1)')]);
    expect(csp.directives).toEqual(
      expect.arrayContaining([
        "object-src 'none'",
        "base-uri 'self'",
        'frame-src https://v.qq.com https://player.bilibili.com',
      ]),
    );
    expect(JSON.stringify(csp)).not.toContain('unsafe-inline');
  });

  it('frames nothing when no host is listed', () => {
    expect(astroCsp({ embedHosts: [], inlineScripts: [] }).directives).toContain("frame-src 'none'");
  });

  it('as a header, adds what a <meta> cannot say and leaves scripts and styles to each page', () => {
    expect(headerPolicy(options)).toBe(
      "object-src 'none'; base-uri 'self'; form-action 'self'; frame-src https://v.qq.com https://player.bilibili.com; frame-ancestors 'self'",
    );
  });

  it('is the header docs/deploy.md gives for nginx and for _headers', () => {
    const docs = readFileSync(join(projectRoot, 'docs/deploy.md'), 'utf8');
    const header = headerPolicy({ embedHosts: site.embedHosts });
    expect(docs).toContain(`add_header Content-Security-Policy "${header}" always;`);
    expect(docs).toContain(`  Content-Security-Policy: ${header}`);
  });
});
