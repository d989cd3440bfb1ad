import { posix } from 'node:path';
import type { SiteConfig } from '../config/site.ts';
import { describeCollection, type FieldSpec } from '../schemas/fields.ts';
import { collections } from '../schemas/index.ts';
import type { CollectionName } from '../schemas/shared.ts';
import { backendSection } from './backend.ts';
import { customWidgets, entryFormat, FILENAME_FIELD, LOCAL_BACKEND_PATH } from './names.ts';
import { decapField, type DecapField } from './widgets.ts';

interface CollectionInfo {
  description: string;
  /** The field an entry is named after (its title). */
  identifier: string;
  /** Entries in year folders (news), with the year taken from the date. */
  path?: string;
  summary: string;
  /** Fields the list can be sorted by; one may be the list's order when it opens. */
  sortable: (string | { field: string; default_sort: 'asc' | 'desc' })[];
}

const info: Record<CollectionName, CollectionInfo> = {
  news: {
    description: '新闻按年份放在文件夹里;保存后先是草稿,送审、审核通过后才发布。',
    identifier: 'title',
    path: '{{year}}/{{slug}}',
    summary: "{{date | date('YYYY-MM-DD')}} {{title}}",
    // Newest first, as staff look for what they wrote today; Decap would otherwise list by file name.
    sortable: [{ field: 'date', default_sort: 'desc' }, 'title'],
  },
  people: {
    description: '巾帼典型与人物。只写有据可查的事实。',
    identifier: 'name',
    summary: '{{name}}({{role}})',
    sortable: ['name'],
  },
  brands: {
    description: '品牌项目;子品牌在“所属总品牌”里选总品牌。',
    identifier: 'name',
    summary: '{{name}}',
    sortable: ['name'],
  },
  columns: {
    description: '固定栏目;新闻在“所属栏目”里选栏目归进来。',
    identifier: 'name',
    summary: '{{name}}',
    sortable: ['name'],
  },
  cities: {
    description: '各城市(区县)妇联的页面;新增城市请先和网站管理员商量。',
    identifier: 'name',
    summary: '{{name}}',
    sortable: ['name'],
  },
};

/** The order staff meet the collections in: the daily work first. */
const menuOrder: CollectionName[] = ['news', 'people', 'brands', 'columns', 'cities'];

/** Fields staff rarely touch go last, in this order, after the ones every entry needs. */
const later = ['updated', 'correction', 'draft', 'scheduled', 'lang', 'withdrawn', 'aliases', 'allowPersonalData'];

export interface AdminConfigOptions {
  site: Pick<SiteConfig, 'url' | 'name' | 'requireReview' | 'cms'>;
  /** The content folder, relative to the repository's top. */
  contentDir: string;
}

/**
 * Decap CMS's whole configuration, made from the schemas (every field's widget, label, hint and whether it is
 * required) and the site settings (the forge, review): nothing about a field is written here by hand.
 */
export function adminConfig({ site, contentDir }: AdminConfigOptions): Record<string, unknown> {
  const content = posix.normalize(contentDir.replaceAll('\\', '/')).replace(/\/$/, '');
  return {
    locale: 'zh_Hans',
    site_url: site.url,
    display_url: site.url,
    logo_url: '/favicon.svg',
    ...backendSection(site.cms, site.requireReview),
    local_backend: { url: LOCAL_BACKEND_PATH },
    // Uploads outside an entry; every collection keeps its pictures beside its entries instead.
    media_folder: `${content}/uploads`,
    public_folder: '/uploads',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: menuOrder.map((name) => collectionConfig(name, content, site.requireReview)),
  };
}

function collectionConfig(name: CollectionName, content: string, requireReview: boolean): Record<string, unknown> {
  const about = info[name];
  const fields = editorOrder(describeCollection(name)).map((field) => decapField(field));
  // Groups staff rarely fill in (撤下) start folded.
  for (const field of fields) if (later.includes(field.name) && 'fields' in field) field.collapsed = true;
  if (name === 'news' && requireReview) requireReviewer(fields);
  return {
    name,
    label: collections[name].label,
    label_singular: collections[name].label,
    description: about.description,
    folder: `${content}/${name}`,
    extension: 'md',
    format: entryFormat(name),
    create: true,
    identifier_field: about.identifier,
    slug: `{{fields.${FILENAME_FIELD}}}`,
    ...(about.path ? { path: about.path } : {}),
    // Pictures are saved beside the entry and written as ./name.jpg.
    media_folder: '',
    public_folder: '',
    summary: about.summary,
    sortable_fields: about.sortable,
    fields: [filenameField(name), ...fields, bodyField],
  };
}

/** With review required, a news item cannot be saved without its reviewer (审核), as the build would refuse it. */
function requireReviewer(fields: DecapField[]): void {
  const credits = fields.find((field) => field.name === 'credits');
  const reviewer = (credits?.fields as DecapField[] | undefined)?.find((field) => field.name === 'reviewer');
  if (!credits || !reviewer) throw new Error('news has no credits.reviewer field');
  credits.collapsed = false;
  reviewer.required = true;
  reviewer.hint = '必填:本站要求每篇新闻写明审核人(未经审核不得发布)';
}

function filenameField(name: CollectionName): DecapField {
  return {
    name: FILENAME_FIELD,
    label: '文件名(网址)',
    widget: customWidgets.filename,
    required: false,
    hint: '按标题自动生成拼音,也可以改;只用小写拼音、数字和连字符。保存后就是网址,以后不能再改。',
    collection: name,
  };
}

const bodyField: DecapField = {
  name: 'body',
  label: '正文',
  widget: 'markdown',
  hint: '每段之间空一行;小标题用“标题 2”。图片放在文章旁边,插入时要写图片说明。',
  buttons: ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'quote', 'bulleted-list', 'numbered-list'],
  editor_components: ['image'],
};

/** The schema's order, with the picture after the summary and the rarely used fields at the end. */
function editorOrder(fields: FieldSpec[]): FieldSpec[] {
  const rest = fields.filter((field) => !later.includes(field.name));
  const images = rest.filter((field) => isPicture(field));
  const main = rest.filter((field) => !isPicture(field));
  const summary = main.findIndex((field) => field.name === 'summary');
  main.splice(summary + 1, 0, ...images);
  const tail = later.flatMap((name) => fields.filter((field) => field.name === name));
  return [...main, ...tail];
}

function isPicture(field: FieldSpec): boolean {
  return field.kind === 'image' || (field.kind === 'object' && field.fields.some((child) => child.kind === 'image'));
}
