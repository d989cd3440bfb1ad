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

/** The custom widgets `src/cms/client/` registers. */
export const customWidgets = {
  /** The entry's file name, suggested in pinyin from its title; never written into the file. */
  filename: 'entry-filename',
  /** An object that may be left out, whose fields are required once it is filled in (撤下, 封面图). */
  optionalObject: 'optional-object',
} as const;
