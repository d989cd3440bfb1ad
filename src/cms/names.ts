/** Names shared by the configuration (made at build time) and the editor's browser code. */

/**
 * The custom format `src/cms/client/` registers for a collection: frontmatter rewritten in place, comments and
 * order kept. One per collection, since a format is not told which collection it writes.
 */
export const entryFormat = (collection: string) => `jinguo-${collection}`;

/** Where the local backend answers, on the same origin as the editor (`npm run admin`). */
export const LOCAL_BACKEND_PATH = '/api/v1/';

/** The data key of the file-name widget: never written into a file. */
export const FILENAME_FIELD = 'filename';

/** The data key of the import report on a draft made by the import screen: never written into a file. */
export const IMPORT_FIELD = 'imported';

/** Where the editor's import screen is, inside the editor's page (its own route beside Decap's). */
export const IMPORT_ROUTE = '#/import';

/** The importer's view of the site, written by the build beside the editor (src/pages/admin/import-context.json.ts). */
export const IMPORT_CONTEXT_PATH = '/admin/import-context.json';

/** The custom widgets `src/cms/client/` registers. */
export const customWidgets = {
  /** The entry's file name, suggested in pinyin from its title; never written into the file. */
  filename: 'entry-filename',
  /** An object that may be left out, whose fields are required once it is filled in (撤下, 封面图). */
  optionalObject: 'optional-object',
  /** What the importer found and left out, and the pictures it read, on a draft made by the import screen. */
  importReport: 'import-report',
} as const;
