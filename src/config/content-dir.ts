/**
 * Where content is read from: `content/`, unless JINGUO_CONTENT_DIR points
 * elsewhere — a fixture site in the tests, a generated corpus in the benchmark.
 */
export const contentDir = process.env.JINGUO_CONTENT_DIR ?? 'content';
