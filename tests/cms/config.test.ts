import { describe, expect, it } from 'vitest';
import { backendSection } from '../../src/cms/backend.ts';
import { editorPolicy, withEditorPolicy } from '../../src/cms/csp.ts';
import { adminConfig } from '../../src/cms/config.ts';
import { customWidgets, FILENAME_FIELD } from '../../src/cms/names.ts';
import type { DecapField } from '../../src/cms/widgets.ts';
import { site, type CmsSettings } from '../../src/config/site.ts';
import { describeCollection, type FieldSpec } from '../../src/schemas/fields.ts';
import { sourceKinds } from '../../src/schemas/news.ts';
import { collectionNames, type CollectionName } from '../../src/schemas/shared.ts';

interface Collection {
  name: CollectionName;
  folder: string;
  fields: DecapField[];
}

const collectionsOf = (config: Record<string, unknown>) => config.collections as Collection[];
const sample = () => adminConfig({ site, contentDir: 'content' });

/**
 * Every way the editor can disagree with a schema: a field without a widget (or a widget without a field), a
 * required field the editor lets staff leave empty, an option list or relation that offers other values.
 */
function parityProblems(schema: FieldSpec[], editor: DecapField[], path = ''): string[] {
  const problems: string[] = [];
  const own = new Set([FILENAME_FIELD, 'body']);
  for (const field of editor) {
    if (!schema.some((spec) => spec.name === field.name) && !(path === '' && own.has(field.name))) {
      problems.push(`${path}${field.name}: widget without a schema field`);
    }
  }
  for (const spec of schema) {
    const where = `${path}${spec.name}`;
    const field = editor.find((candidate) => candidate.name === spec.name);
    if (!field) {
      problems.push(`${where}: no widget`);
      continue;
    }
    if (spec.required && field.required === false) problems.push(`${where}: required, optional in the editor`);
    problems.push(...kindProblems(spec, field, where));
  }
  return problems;
}

function kindProblems(spec: FieldSpec, field: DecapField, where: string): string[] {
  const relationTo = (collection: string, multiple: boolean) =>
    field.widget === 'relation' && field.collection === collection && field.value_field === '{{slug}}'
      ? Boolean(field.multiple) === multiple
        ? []
        : [`${where}: relation multiple is ${String(field.multiple)}`]
      : [`${where}: not a relation to ${collection} by file name`];
  switch (spec.kind) {
    case 'enum': {
      const options = (field.options as { value: string }[] | undefined)?.map((option) => option.value);
      const expected = spec.options.map((option) => option.value);
      return field.widget === 'select' && JSON.stringify(options) === JSON.stringify(expected)
        ? []
        : [`${where}: options ${JSON.stringify(options)} differ from ${JSON.stringify(expected)}`];
    }
    case 'reference':
      return relationTo(spec.collection, false);
    case 'object':
      return parityProblems(spec.fields, (field.fields as DecapField[] | undefined) ?? [], `${where}.`);
    case 'list':
      if (spec.item.kind === 'reference') return relationTo(spec.item.collection, true);
      if (spec.item.kind === 'object') {
        return parityProblems(spec.item.fields, (field.fields as DecapField[] | undefined) ?? [], `${where}[].`);
      }
      return field.widget === 'list' && field.field ? [] : [`${where}: not a list of single values`];
    case 'date':
      return field.widget === 'datetime' ? [] : [`${where}: not a date picker`];
    case 'image':
      return field.widget === 'image' ? [] : [`${where}: not an image upload`];
    case 'boolean':
      return field.widget === 'boolean' ? [] : [`${where}: not a switch`];
    case 'names':
      return field.widget === 'list' && field.field ? [] : [`${where}: not a list of names`];
    case 'pattern':
      return new RegExp((field.pattern as [string, string])[0]).source === spec.pattern.source
        ? []
        : [`${where}: pattern differs`];
    default:
      return [];
  }
}

const problemsOf = (config: Record<string, unknown>) =>
  collectionsOf(config).flatMap((collection) =>
    parityProblems(describeCollection(collection.name), collection.fields).map(
      (problem) => `${collection.name}.${problem}`,
    ),
  );

describe('the editor configuration is made from the schemas', () => {
  it('gives every field of every collection a widget that agrees with its schema', () => {
    const config = sample();
    expect(
      collectionsOf(config)
        .map((collection) => collection.name)
        .sort(),
    ).toEqual([...collectionNames].sort());
    expect(problemsOf(config)).toEqual([]);
  });

  it('fails when a schema field has no widget', () => {
    const config = sample();
    const news = collectionsOf(config).find((collection) => collection.name === 'news')!;
    news.fields = news.fields.filter((field) => field.name !== 'summary');
    expect(problemsOf(config)).toEqual(['news.summary: no widget']);
  });

  it('fails when a required field is optional in the editor', () => {
    const config = sample();
    const people = collectionsOf(config).find((collection) => collection.name === 'people')!;
    people.fields.find((field) => field.name === 'role')!.required = false;
    expect(problemsOf(config)).toEqual(['people.role: required, optional in the editor']);
  });

  it('fails when an option list or a relation differs', () => {
    const config = sample();
    const news = collectionsOf(config).find((collection) => collection.name === 'news')!;
    const source = news.fields.find((field) => field.name === 'source')!;
    const kind = (source.fields as DecapField[]).find((field) => field.name === 'kind')!;
    kind.options = (kind.options as { value: string }[]).slice(1);
    news.fields.find((field) => field.name === 'city')!.collection = 'brands';
    expect(problemsOf(config)).toEqual([
      `news.city: not a relation to cities by file name`,
      `news.source.kind: options ${JSON.stringify(sourceKinds.slice(1))} differ from ${JSON.stringify(sourceKinds)}`,
    ]);
  });

  it('labels and explains every field in Chinese, from the schema metadata', () => {
    const news = collectionsOf(sample()).find((collection) => collection.name === 'news')!;
    const title = news.fields.find((field) => field.name === 'title')!;
    expect(title).toMatchObject({ label: '标题', widget: 'string', required: true });
    const kind = (news.fields.find((field) => field.name === 'source')!.fields as DecapField[])[2]!;
    expect(kind.options).toEqual([
      { value: 'wechat', label: '微信公众号' },
      { value: 'newspaper', label: '报纸' },
      { value: 'media', label: '融媒体' },
      { value: 'original', label: '本站原创' },
    ]);
    for (const field of news.fields) expect(field.label, field.name).toMatch(/\p{Script=Han}/u);
  });

  it('keeps news in year folders, pictures beside entries, and a group left empty unchecked', () => {
    const news = collectionsOf(sample()).find((collection) => collection.name === 'news')!;
    expect(news).toMatchObject({
      folder: 'content/news',
      path: '{{year}}/{{slug}}',
      media_folder: '',
      public_folder: '',
    });
    expect(news.fields.find((field) => field.name === 'withdrawn')!.widget).toBe(customWidgets.optionalObject);
    expect(news.fields.find((field) => field.name === 'cover')!.widget).toBe(customWidgets.optionalObject);
    expect(news.fields.find((field) => field.name === 'credits')!.widget).toBe('object');
  });

  it('lists news newest first when the list opens, dated by the day, and can sort it by title', () => {
    const news = collectionsOf(sample()).find((collection) => collection.name === 'news')!;
    expect(news).toMatchObject({ sortable_fields: [{ field: 'date', default_sort: 'desc' }, 'title'] });
    // Decap's date filter is written with single quotes; with double quotes the value passes through, time and all.
    expect(news).toMatchObject({ summary: "{{date | date('YYYY-MM-DD')}} {{title}}" });
  });

  it('makes the reviewer required in the editor when the site requires review', () => {
    const reviewerOf = (requireReview: boolean) => {
      const config = adminConfig({ site: { ...site, requireReview }, contentDir: 'content' });
      const news = collectionsOf(config).find((collection) => collection.name === 'news')!;
      const credits = news.fields.find((field) => field.name === 'credits')!.fields as DecapField[];
      return { required: credits.find((field) => field.name === 'reviewer')!.required, mode: config.publish_mode };
    };
    expect(reviewerOf(true)).toEqual({ required: true, mode: 'editorial_workflow' });
    expect(reviewerOf(false)).toEqual({ required: false, mode: undefined });
  });

  it('works on the local backend on its own origin, in Chinese', () => {
    expect(sample()).toMatchObject({ locale: 'zh_Hans', local_backend: { url: '/api/v1/' } });
  });
});

describe('one site setting chooses the forge', () => {
  const cms = (backend: CmsSettings['backend']): CmsSettings => ({ branch: 'main', reviewBranch: 'review', backend });

  it('signs in to Forgejo with PKCE and reviews on branches and pull requests', () => {
    const section = backendSection(
      cms({ kind: 'forgejo', url: 'https://git.fulian.example.cn/', repo: 'fulian/site', appId: 'abc' }),
      true,
    );
    expect(section).toEqual({
      backend: expect.objectContaining({
        name: 'forgejo',
        repo: 'fulian/site',
        app_id: 'abc',
        api_root: 'https://git.fulian.example.cn/api/v1',
        base_url: 'https://git.fulian.example.cn',
        branch: 'main',
      }),
      publish_mode: 'editorial_workflow',
    });
  });

  it('has Gitea staff save to the review branch, which a reviewer merges into main', () => {
    const section = backendSection(
      cms({ kind: 'gitea', url: 'https://gitea.example.cn', repo: 'fulian/site', appId: 'abc' }),
      true,
    );
    expect(section.publish_mode).toBeUndefined();
    expect(section.backend).toMatchObject({
      name: 'gitea',
      branch: 'review',
      api_root: 'https://gitea.example.cn/api/v1',
    });
    // Without review, saving publishes to the site's branch.
    expect(
      backendSection(cms({ kind: 'gitea', url: 'https://g.cn', repo: 'a/b', appId: 'x' }), false).backend,
    ).toMatchObject({
      branch: 'main',
    });
  });

  it('signs in to GitLab with PKCE, on gitlab.com or a GitLab of its own', () => {
    expect(backendSection(cms({ kind: 'gitlab', repo: 'fulian/site', appId: 'abc' }), true)).toEqual({
      backend: expect.objectContaining({
        name: 'gitlab',
        auth_type: 'pkce',
        app_id: 'abc',
        api_root: 'https://gitlab.com/api/v4',
        base_url: 'https://gitlab.com',
        auth_endpoint: 'oauth/authorize',
      }),
      publish_mode: 'editorial_workflow',
    });
    expect(
      backendSection(cms({ kind: 'gitlab', url: 'https://gitlab.fulian.cn', repo: 'a/b', appId: 'x' }), true).backend,
    ).toMatchObject({ api_root: 'https://gitlab.fulian.cn/api/v4' });
  });

  it('signs in to GitHub through the OAuth relay', () => {
    expect(
      backendSection(cms({ kind: 'github', repo: 'fulian/site', authUrl: 'https://auth.fulian.example.cn' }), true),
    ).toEqual({
      backend: expect.objectContaining({
        name: 'github',
        repo: 'fulian/site',
        base_url: 'https://auth.fulian.example.cn',
      }),
      publish_mode: 'editorial_workflow',
    });
  });

  it('writes commit messages in Chinese', () => {
    const { backend } = backendSection(cms(undefined), true);
    expect(backend.commit_messages).toMatchObject({ create: '新建{{collection}}:{{slug}}' });
  });
});

describe('the editor page has a policy of its own', () => {
  it('lets Decap compile its validator and style itself, and talk only to this site in the local mode', () => {
    const policy = editorPolicy(site);
    expect(policy).toContain("script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval'");
    expect(policy).toContain("style-src 'self' 'unsafe-inline'");
    expect(policy).toContain("connect-src 'self' blob:;");
    expect(policy).toContain("default-src 'self'");
  });

  it('adds the forge, and only the forge, when the site saves to one', () => {
    const policy = editorPolicy({
      ...site,
      cms: { ...site.cms, backend: { kind: 'gitea', url: 'https://git.fulian.example.cn', repo: 'a/b', appId: 'x' } },
    });
    expect(policy).toContain("connect-src 'self' blob: https://git.fulian.example.cn;");
    expect(policy).toContain("img-src 'self' data: blob: https://git.fulian.example.cn;");
  });

  it('replaces the readers’ policy in the built page', () => {
    const html =
      '<head><meta http-equiv="content-security-policy" content="default-src \'self\'; script-src \'self\'"></head>';
    const page = withEditorPolicy(html, editorPolicy(site));
    expect(page.match(/content-security-policy/g)).toHaveLength(1);
    expect(page).toContain("'unsafe-eval'");
    expect(page).not.toContain('frame-ancestors');
  });
});
