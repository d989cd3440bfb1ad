import { buildWithSearch } from './lib/site-build.ts';

// npm run build [-- astro build options]: the pages, then the search index (see lib/site-build.ts).
process.exitCode = await buildWithSearch(process.argv.slice(2), (line) => console.log(line));
