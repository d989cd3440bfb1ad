import { readdirSync } from 'node:fs';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import CityCount from '../fixtures/components/CityCount.astro';

const cityFiles = readdirSync(new URL('../../content/cities/', import.meta.url)).filter((name) => name.endsWith('.md'));

describe('Astro Container API in tests', () => {
  it('renders a component with props, a slot and data from astro:content', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(CityCount, {
      props: { heading: '城市妇联' },
      slots: { default: '<em>巾帼之窗</em>' },
    });
    expect(html).toContain('<h2>城市妇联</h2>');
    expect(html).toContain(`data-count="${cityFiles.length}"`);
    expect(html).toContain(`共 ${cityFiles.length} 个城市`);
    expect(html).toContain('<em>巾帼之窗</em>');
  });
});
