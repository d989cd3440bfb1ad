import type { ImportedEntry } from '../../import/model.ts';
import { withImportedDraft } from '../imported-draft.ts';
import { entryFormat, FILENAME_FIELD, IMPORT_FIELD } from '../names.ts';
import type { DecapField } from '../widgets.ts';
import { decap, type ImmutableMap } from './decap.ts';
import { readEntry, writeEntry, type FormatOptions } from './entry-format.ts';
import { registerImportReport } from './import-report.ts';
import { registerPhrases } from './phrases.ts';
import { registerPreviews } from './preview.ts';
import { emptyLists, emptyListsMessage, requiredLists, type RequiredList } from './required-lists.ts';
import { registerWidgets, suggestedName } from './widgets.ts';

interface Collection {
  name: string;
  fields: DecapField[];
}

export interface EditorStart {
  /** An article the import screen read: the editor opens on a new news item filled in from it. */
  imported?: ImportedEntry;
  /** Told each time an entry has been saved. */
  onSaved?: () => void;
}

/**
 * Starts the editor: loads Decap CMS's bundle, registers the site's file format, widgets and previews, then
 * starts Decap with the configuration made from the schemas (/admin/config.json).
 */
export async function startEditor(root: HTMLElement, start: EditorStart = {}): Promise<void> {
  const { config: configUrl, decap: decapUrl } = root.dataset;
  const siteStyles = takeSiteStyles();
  // Decap's router reads the address once, as its bundle loads: it opens on the new, filled-in news item.
  if (start.imported) history.replaceState(null, '', '#/collections/news/new');
  // Decap starts itself as soon as its bundle runs, unless told to wait for what is registered below.
  window.CMS_MANUAL_INIT = true;
  const [fetched] = await Promise.all([
    fetch(configUrl!).then((response) => response.json() as Promise<{ collections: Collection[] }>),
    loadScript(decapUrl!),
  ]);
  const { imported } = start;
  const config: Record<string, unknown> & { collections: Collection[] } = imported
    ? withImportedDraft(fetched, imported)
    : fetched;
  const { CMS } = decap();
  // The format leaves out a value equal to its field's default (draft: false): the schema's defaults, never an
  // imported article's starting values.
  for (const collection of fetched.collections) {
    const options = formatOptions(collection);
    CMS.registerCustomFormat(entryFormat(collection.name), 'md', {
      fromFile: (text) => readEntry(text, options.lists),
      toFile: (data) => writeEntry(data, options),
    });
  }
  registerPhrases(CMS);
  registerWidgets();
  registerPreviews(CMS, siteStyles);
  if (imported) {
    registerImportReport(
      imported.pictures.map(({ file, bytes }) => new File([new Uint8Array(bytes)], file.split('/').at(-1)!)),
    );
  }
  const listsOf = new Map(fetched.collections.map((collection) => [collection.name, requiredLists(collection.fields)]));
  // A new entry saved with the file name left as suggested gets the suggestion; one with a required list left empty
  // is not saved at all.
  CMS.registerEventListener({
    name: 'preSave',
    handler: ({ entry }) => {
      const data = entry.get('data') as ImmutableMap & { set(key: string, value: unknown): unknown };
      const empty = emptyLists(listsOf.get(String(entry.get('collection'))) ?? [], (path) => data.getIn(path));
      if (empty.length) throw new SaveRefused(empty);
      if (!entry.get('newRecord') || data.get(FILENAME_FIELD)) return data;
      return data.set(FILENAME_FIELD, suggestedName(String(entry.get('collection')), entry));
    },
  });
  CMS.registerEventListener({
    name: 'postSave',
    handler: () => start.onSaved?.(),
  });
  CMS.init({ config: { ...config, ...localBackend(config.local_backend), load_config_file: false } });
}

/** Decap shows a refused save as 保存内容失败: and the error as text: the message alone, not "Error: …". */
class SaveRefused extends Error {
  constructor(lists: RequiredList[]) {
    super(emptyListsMessage(lists));
  }

  override toString(): string {
    return this.message;
  }
}

function formatOptions(collection: Collection): FormatOptions {
  const fields = collection.fields.filter((field) => field.name !== 'body');
  return {
    editorOnly: [FILENAME_FIELD, IMPORT_FIELD],
    order: fields.map((field) => field.name),
    defaults: Object.fromEntries(
      fields.filter((field) => field.default !== undefined).map((field) => [field.name, field.default]),
    ),
    images: pathsWhere(fields, (field) => field.widget === 'image'),
    lists: pathsWhere(fields, (field) => field.widget === 'list' || field.multiple === true),
  };
}

/** Paths of the fields that `test` picks, inside groups too (not inside list items). */
function pathsWhere(fields: DecapField[], test: (field: DecapField) => boolean, prefix: string[] = []): string[][] {
  return fields.flatMap((field) => {
    const path = [...prefix, field.name];
    if (test(field)) return [path];
    return Array.isArray(field.fields) && field.widget !== 'list'
      ? pathsWhere(field.fields as DecapField[], test, path)
      : [];
  });
}

/** Decap wants the local backend's full address; the configuration names a path on the editor's own origin. */
function localBackend(setting: unknown): { local_backend?: { url: string } } {
  const path = (setting as { url?: string } | undefined)?.url;
  return path ? { local_backend: { url: new URL(path, window.location.origin).href } } : {};
}

/** The site's stylesheets the page was served with (links when built, style elements in dev), taken off the page. */
function takeSiteStyles(): { href?: string; text?: string }[] {
  const styles = [
    ...document.head.querySelectorAll<HTMLLinkElement | HTMLStyleElement>('link[rel="stylesheet"], style'),
  ];
  for (const style of styles) style.remove();
  return styles.map((style) =>
    style instanceof HTMLLinkElement ? { href: style.href } : { text: style.textContent ?? '' },
  );
}

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`无法加载 ${src}`));
    document.head.append(script);
  });
}
