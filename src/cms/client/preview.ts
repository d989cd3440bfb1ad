import { creditRoles } from '../../schemas/news.ts';
import { useTranslations } from '../../i18n/ui.ts';
import { decap, type CmsApi, type ImmutableMap, type PreviewProps, type ReactNode } from './decap.ts';

const t = useTranslations('zh-Hans');

/**
 * Previews in the site's own look: the site's stylesheet (src/styles/global.css as built, tokens included) in the
 * preview pane, and the markup and classes of the article and profile pages.
 */
export function registerPreviews(CMS: CmsApi, styles: { href?: string; text?: string }[]): void {
  for (const style of styles) {
    if (style.href) CMS.registerPreviewStyle(style.href);
    else if (style.text) CMS.registerPreviewStyle(style.text, { raw: true });
  }
  CMS.registerPreviewTemplate('news', newsPreview);
  for (const name of ['people', 'brands', 'columns', 'cities']) CMS.registerPreviewTemplate(name, profilePreview);
}

function newsPreview({ entry, widgetFor, getAsset }: PreviewProps): ReactNode {
  const { h } = decap();
  const data = plain(entry);
  const cover = data.cover as { src?: string; alt?: string } | undefined;
  const source = (data.source ?? {}) as { name?: string };
  const credits = (data.credits ?? {}) as Record<string, unknown>;
  const rows = creditRoles.flatMap((role) => {
    const names = namesOf(credits[role]);
    return names.length
      ? [
          h(
            'div',
            { key: role, className: 'flex gap-1' },
            h('dt', null, `${t(role)}:`),
            h('dd', { className: 'text-ink' }, names.join('、')),
          ),
        ]
      : [];
  });
  return h(
    'article',
    { className: 'relative mx-auto max-w-prose px-4 py-8' },
    data.draft ? h('p', { className: 'mb-4 rounded border border-line p-3' }, '草稿:正式网站不显示') : null,
    h('h1', { className: 'text-3xl leading-snug font-bold sm:text-4xl' }, String(data.title ?? '')),
    h(
      'p',
      { className: 'mt-3 mb-6 flex flex-wrap gap-x-4 text-base text-muted' },
      `${t('published')}:${day(data.date)}`,
    ),
    cover?.src
      ? h('img', {
          src: String(getAsset(cover.src) ?? cover.src),
          alt: cover.alt ?? '',
          className: 'mb-6 w-full rounded-lg',
        })
      : null,
    h('div', { className: 'prose prose-jinguo' }, widgetFor('body')),
    rows.length
      ? h(
          'section',
          { 'aria-label': t('credits'), className: 'mt-8 border-t border-line pt-4 text-base text-muted' },
          h('dl', { className: 'flex flex-wrap gap-x-6 gap-y-1' }, ...rows),
        )
      : null,
    source.name ? h('p', { className: 'mt-3 text-base text-muted' }, `${t('source')}:${source.name}`) : null,
  );
}

function profilePreview({ entry, widgetFor, getAsset }: PreviewProps): ReactNode {
  const { h } = decap();
  const data = plain(entry);
  const picture =
    (data.portrait as { src?: string; alt?: string } | undefined) ??
    (data.logo ? { src: String(data.logo), alt: String(data.name ?? '') } : undefined);
  return h(
    'article',
    { className: 'mx-auto max-w-prose px-4 py-8' },
    h('h1', { className: 'text-3xl leading-snug font-bold sm:text-4xl' }, String(data.name ?? '')),
    data.summary ? h('p', { className: 'mt-3 mb-6 text-lg text-muted' }, String(data.summary)) : null,
    picture?.src
      ? h('img', {
          src: String(getAsset(picture.src) ?? picture.src),
          alt: picture.alt ?? '',
          className: 'mb-6 max-w-xs rounded-lg',
        })
      : null,
    h('div', { className: 'prose prose-jinguo' }, widgetFor('body')),
  );
}

function plain(entry: ImmutableMap): Record<string, unknown> {
  const data = entry.get('data') as ImmutableMap | undefined;
  return data?.toJS() ?? {};
}

function namesOf(value: unknown): string[] {
  if (Array.isArray(value))
    return value.filter((name): name is string => typeof name === 'string' && name.trim() !== '');
  return typeof value === 'string' && value.trim() ? [value] : [];
}

function day(value: unknown): string {
  return typeof value === 'string' ? value.slice(0, 10) : '';
}
