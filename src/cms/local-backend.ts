import express from 'express';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';

/** A connect-style middleware: what Vite's dev server and the tests' static server both take. */
export type Middleware = (request: IncomingMessage, response: ServerResponse, next: () => void) => void;

type RegisterLocalGit = (app: express.Express, options?: { logLevel?: string }) => Promise<void>;

/**
 * decap-server's local git backend (its `git` mode) as a middleware: it reads and writes the working copy of
 * `repo`, commits each save, and keeps the review workflow on local `cms/…` branches, as a forge would with
 * branches and merge requests. No forge, no network: one office computer, or a test.
 */
export async function localBackend(repo: string): Promise<Middleware> {
  // A webpack bundle of CommonJS: Node cannot see its named exports from an ES import.
  const require = createRequire(import.meta.url);
  const { registerLocalGit } = require('decap-server/dist/middlewares.js') as { registerLocalGit: RegisterLocalGit };
  // decap-server reads the repository from the environment when its middleware is registered.
  process.env.GIT_REPO_DIRECTORY = repo;
  const app = express();
  await registerLocalGit(app, { logLevel: 'warn' });
  // An express app is itself such a middleware: it adds its request and response helpers as a request arrives.
  return (request, response, next) => app(request as express.Request, response as express.Response, next);
}
