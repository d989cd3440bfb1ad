import express from 'express';
import { createRequire } from 'node:module';

type RegisterLocalGit = (app: express.Express, options?: { logLevel?: string }) => Promise<void>;

/**
 * decap-server's local git backend (its `git` mode) as a middleware: it reads and writes the working copy of
 * `repo`, commits each save, and keeps the review workflow on local `cms/…` branches, as a forge would with
 * branches and merge requests. No forge, no network: one office computer, or a test.
 */
export async function localBackend(repo: string): Promise<express.Express> {
  // A webpack bundle of CommonJS: Node cannot see its named exports from an ES import.
  const require = createRequire(import.meta.url);
  const { registerLocalGit } = require('decap-server/dist/middlewares.js') as { registerLocalGit: RegisterLocalGit };
  // decap-server reads the repository from the environment when its middleware is registered.
  process.env.GIT_REPO_DIRECTORY = repo;
  const app = express();
  await registerLocalGit(app, { logLevel: 'warn' });
  return app;
}
