import type { Element } from 'domhandler';
import { DomUtils } from 'htmlparser2';
import { describe, expect, inject, it } from 'vitest';
import { site } from '../../src/config/site.ts';
import { MIIT_LOOKUP } from '../../src/lib/site-config.ts';
import { byTag, pagePaths, readPage, textOf } from '../support/dist.ts';

const sample = inject('sampleDist');

function within(element: Element, test: (el: Element) => boolean): Element[] {
  return DomUtils.findAll(test, element.children);
}

describe('sample site: footer', () => {
  it('shows the sponsor, site code, ICP and public-security numbers on every page, linked to their lookups', () => {
    for (const path of pagePaths(sample)) {
      // Redirect pages (short links, old addresses) carry no footer: they only send the reader on.
      const footer = byTag(readPage(sample, path), 'footer')[0];
      if (!footer) {
        expect(byTag(readPage(sample, path), 'meta').some((meta) => meta.attribs['http-equiv'] === 'refresh')).toBe(
          true,
        );
        continue;
      }
      const items = Object.fromEntries(
        within(footer, (el) => 'data-identifier' in el.attribs).map((span) => [
          span.attribs['data-identifier'],
          { text: textOf(span), href: within(span, (el) => el.name === 'a')[0]?.attribs.href },
        ]),
      );
      expect(Object.keys(items), path).toEqual(['sponsor', 'siteCode', 'icp', 'publicSecurity']);
      expect(items.sponsor?.text, path).toContain(site.sponsor);
      expect(items.siteCode?.text, path).toContain(site.siteCode);
      expect(items.icp, path).toEqual({ text: site.icp, href: MIIT_LOOKUP });
      expect(items.publicSecurity?.text, path).toBe(site.publicSecurity);
      expect(items.publicSecurity?.href, path).toBe('https://beian.mps.gov.cn/#/query/webSearch?code=00000000000000');
      expect(textOf(footer), path).toContain(site.contact!.email!);
      expect(textOf(footer), path).toContain(site.contact!.phone!);
    }
  });
});
