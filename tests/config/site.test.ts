import { describe, expect, it } from 'vitest';
import { site } from '../../src/config/site.ts';
import { checkSiteConfig, siteIdentifiers } from '../../src/lib/site-config.ts';

describe('the shipped site config', () => {
  it('passes its own checks', () => {
    expect(checkSiteConfig(site)).toEqual([]);
  });

  it('sets every footer identifier, with values that are plainly examples', () => {
    const identifiers = siteIdentifiers(site);
    expect(identifiers.map((item) => item.key)).toEqual(['sponsor', 'siteCode', 'icp', 'publicSecurity']);
    for (const item of identifiers.filter((entry) => entry.key !== 'sponsor')) {
      // All-zero numbers cannot be mistaken for a real filing.
      expect(item.text.replace(/\D/g, '')).toMatch(/^0+1?$/);
    }
    expect(site.sponsor).toContain('示例');
  });
});
