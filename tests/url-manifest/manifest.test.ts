import { describe, expect, it } from 'vitest';
import {
  lineOfUrl,
  ManifestError,
  parseManifest,
  serializeManifest,
  type UrlManifest,
} from '../../src/url-manifest/manifest.ts';
import { SHORT_ALPHABET, shortCode } from '../../src/url-manifest/short-codes.ts';

const manifest: UrlManifest = new Map([
  ['/news/2024/b/', { entry: 'news/2024/b', short: 'k7mq' }],
  ['/', {}],
  ['/news/2024/a/', { to: '/news/2024/b/', entry: 'news/2024/b' }],
]);

const line = (url: string, record: Record<string, string> = {}) => JSON.stringify({ url, ...record });

describe('the URL manifest file', () => {
  it('writes an explanation, then one URL per line, sorted, and reads back the same records', () => {
    const text = serializeManifest(manifest);
    const lines = text.split('\n');
    expect(JSON.parse(lines[0]!)).toEqual({ about: expect.stringContaining('网址清单') });
    expect(lines.slice(1)).toEqual([
      '{"url":"/"}',
      '{"url":"/news/2024/a/","entry":"news/2024/b","to":"/news/2024/b/"}',
      '{"url":"/news/2024/b/","entry":"news/2024/b","short":"k7mq"}',
      '',
    ]);
    expect(parseManifest(text)).toEqual(new Map([...manifest].sort(([a], [b]) => (a < b ? -1 : 1))));
    expect(serializeManifest(parseManifest(text))).toBe(text);
  });

  it('points at the line of a URL’s record', () => {
    const text = serializeManifest(manifest);
    expect(text.split('\n')[lineOfUrl(text, '/news/2024/b/') - 1]).toContain('"/news/2024/b/"');
    expect(lineOfUrl(text, '/news/2024/')).toBe(1);
  });

  it('still reads the older single-object file (urls.json), records and lines alike', () => {
    const legacy = `{\n  "about": "网址清单",\n  "urls": {\n${[...manifest]
      .map(([path, record]) => `    ${JSON.stringify(path)}: ${JSON.stringify(record)}`)
      .join(',\n')}\n  }\n}\n`;
    expect(parseManifest(legacy)).toEqual(parseManifest(serializeManifest(manifest)));
    expect(lineOfUrl(legacy, '/news/2024/b/')).toBe(4);
    expect(parseManifest('{"urls": {"/": {}}}')).toEqual(new Map([['/', {}]]));
  });

  it('rejects a damaged file with a message staff can act on, at the line', () => {
    const damaged = (text: string) => {
      try {
        parseManifest(text);
      } catch (error) {
        return error instanceof ManifestError ? `${error.line}: ${error.message}` : String(error);
      }
      return 'read';
    };
    expect(damaged(`${line('/')}\n{"url":"/news/2024/a/","entry":"news\n`)).toMatch(/^2: 网址清单的这一行不完整/);
    expect(damaged(`${line('/')}\n["/news/2024/a/"]\n`)).toMatch(/^2: 网址清单的每一行应是一个网址的记录/);
    expect(damaged(`${line('/')}\n{"entry":"news/2024/a"}\n`)).toMatch(/^2: 网址清单的这一行缺少以 \/ 开头的 "url"/);
    expect(damaged(`${line('/')}\n<<<<<<< HEAD\n${line('/a/')}\n=======\n${line('/b/')}\n>>>>>>> x\n`)).toMatch(
      /^2: 这里是 git 合并冲突留下的标记.*删掉以 <<<<<<<、=======、>>>>>>> 开头的这几行/,
    );
    expect(damaged('{\n  "urls": {\n    "/": {} ')).toMatch(/网址清单不是有效的 JSON/);
    expect(damaged('{\n  "about": "x"\n}')).toMatch(/缺少 "urls"/);
  });
});

/**
 * What `merge=union` leaves after two branches changed the file: the lines of both sides, in an order that
 * depends on where they met, and a line both sides added, or changed, possibly twice.
 */
describe('a manifest merged line by line (merge=union)', () => {
  const base = [line('/'), line('/news/2024/a/', { entry: 'news/2024/a', short: 'k7mq' }), line('/tags/x/')];
  const ours = [line('/news/2024/b/', { entry: 'news/2024/b', short: 'ab23' }), line('/tags/y/')];
  const theirs = [line('/news/2024/c/', { entry: 'news/2024/c', short: 'cd45' }), line('/tags/y/')];

  it('reads every URL of both sides, however the lines are ordered or repeated', () => {
    const expected = parseManifest([...base, ...ours, ...theirs].sort().join('\n'));
    expect([...expected.keys()]).toHaveLength(6);
    for (const order of [
      [...base, ...ours, ...theirs],
      [...theirs, ...base, ...ours],
      [...ours.slice().reverse(), ...base, ...theirs, ...ours],
    ])
      expect(parseManifest(`${order.join('\n')}\n`)).toEqual(expected);
  });

  it('keeps a URL an entry’s as long as either side says so, with its code', () => {
    const merged = parseManifest(
      [line('/news/2024/a/'), line('/news/2024/a/', { entry: 'news/2024/a', short: 'k7mq' })].join('\n'),
    );
    expect(merged.get('/news/2024/a/')).toEqual({ entry: 'news/2024/a', short: 'k7mq' });
  });

  it('gives a renamed entry’s code to its page when the old line survived beside a neighbour’s change', () => {
    const merged = parseManifest(
      [
        line('/news/2024/a/', { entry: 'news/2024/a', short: 'k7mq' }),
        line('/news/2024/a/', { entry: 'news/2024/a2', to: '/news/2024/a2/' }),
        line('/news/2024/a2/', { entry: 'news/2024/a2', short: 'k7mq' }),
      ].join('\n'),
    );
    expect(merged.get('/news/2024/a2/')).toEqual({ entry: 'news/2024/a2', short: 'k7mq' });
    expect(merged.get('/news/2024/a/')?.short).toBeUndefined();
    expect(merged.get('/news/2024/a/')?.to).toBe('/news/2024/a2/');
  });

  it('names the lines when two branches gave one URL two codes, or one code two URLs', () => {
    expect(() =>
      parseManifest(
        [
          line('/'),
          line('/news/2024/b/', { entry: 'news/2024/b', short: 'ab23' }),
          line('/news/2024/b/', { entry: 'news/2024/b', short: 'ab24' }),
        ].join('\n'),
      ),
    ).toThrow(/\/news\/2024\/b\/ 在网址清单里有两个短码\(ab23、ab24\).*\/s\/ab23\/ 和 \/s\/ab24\//);
    try {
      parseManifest(
        [
          line('/news/2024/b/', { entry: 'news/2024/b', short: 'ab23' }),
          line('/news/2024/c/', { entry: 'news/2024/c', short: 'ab23' }),
        ].join('\n'),
      );
      expect.unreachable();
    } catch (error) {
      expect((error as ManifestError).line).toBe(2);
      expect((error as ManifestError).message).toMatch(
        /\/news\/2024\/c\/ 的短码“ab23”和 \/news\/2024\/b\/ 的相同.*打开 \/s\/ab23\//,
      );
    }
  });
});

describe('shortCode', () => {
  it('uses four characters a reader cannot misread', () => {
    const code = shortCode('news/2024/sanba-jie', new Set());
    expect(code).toHaveLength(4);
    for (const char of code) expect(SHORT_ALPHABET).toContain(char);
    expect(SHORT_ALPHABET).not.toMatch(/[01ilo]/);
  });

  it('gives the same entry the same code on any machine, and skips a code already taken', () => {
    const first = shortCode('news/2024/sanba-jie', new Set());
    expect(shortCode('news/2024/sanba-jie', new Set())).toBe(first);
    const second = shortCode('news/2024/sanba-jie', new Set([first]));
    expect(second).not.toBe(first);
    expect(second).toMatch(/^[2-9a-hjkmnp-z]{4}$/);
  });
});

describe('short codes, read from a manifest that may have been edited by hand', () => {
  const manifestWith = (urls: Record<string, object>) =>
    `{"about":"网址清单"}\n${Object.entries(urls)
      .map(([url, record]) => JSON.stringify({ url, ...record }))
      .join('\n')}\n`;

  it('refuses a code outside the alphabet or its length, naming the line', () => {
    for (const short of ['../../x', 'ab/c', 'k7mq/../..', 'ABCD', 'k7', 'k7mqk7mqk7mqk', 'k0mq']) {
      const text = manifestWith({
        '/news/2024/a/': { entry: 'news/2024/a' },
        '/news/2024/b/': { entry: 'news/2024/b', short },
      });
      expect(() => parseManifest(text), short).toThrow(ManifestError);
      try {
        parseManifest(text);
      } catch (error) {
        expect((error as ManifestError).line).toBe(3);
        expect((error as ManifestError).message).toMatch(/^\/news\/2024\/b\/ 的短码“.*”不对/);
      }
    }
  });

  it('refuses one code for two paths', () => {
    const text = manifestWith({
      '/news/2024/a/': { entry: 'news/2024/a', short: 'k7mq' },
      '/news/2024/b/': { entry: 'news/2024/b', short: 'k7mq' },
    });
    expect(() => parseManifest(text)).toThrow(/\/news\/2024\/b\/ 的短码“k7mq”和 \/news\/2024\/a\/ 的相同/);
  });
});
