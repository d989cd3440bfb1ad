import { readdirSync } from 'node:fs';
import { getCollection, getEntry } from 'astro:content';
import { describe, expect, it } from 'vitest';

const citiesDir = new URL('../../content/cities/', import.meta.url);

describe('astro:content in tests', () => {
  it('getCollection("cities") returns every file in content/cities', async () => {
    const onDisk = readdirSync(citiesDir)
      .filter((name) => name.endsWith('.md'))
      .map((name) => name.replace(/\.md$/, ''))
      .sort();
    const cities = await getCollection('cities');
    expect(cities.map((city) => city.id).sort()).toEqual(onDisk);
    expect(onDisk).toContain('liaocheng');
  });

  it('entries carry data parsed by the city schema', async () => {
    const liaocheng = await getEntry('cities', 'liaocheng');
    expect(liaocheng?.data.name).toBe('聊城市');
    // adminCode is quoted in YAML and would be a number if written bare; the schema makes it a string either way.
    expect(liaocheng?.data.adminCode).toBe('371500');
    expect(liaocheng?.data.lang).toBe('zh-Hans');
  });
});
