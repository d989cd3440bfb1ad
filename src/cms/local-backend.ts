import express from 'express';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { finished } from 'node:stream';
import pLimit from 'p-limit';
import { LOCAL_BACKEND_PATH } from './names.ts';
import { workingCopyChanges, workingCopyMessage } from './working-copy.ts';

/** A connect-style middleware: what Vite's dev server and the tests' static server both take. */
export type Middleware = (request: IncomingMessage, response: ServerResponse, next: () => void) => void;

type RegisterLocalGit = (app: express.Express, options?: { logLevel?: string }) => Promise<void>;

/** decap-server's actions that commit (`git add .`), merge or delete a branch: each would take stray changes along. */
const changingActions = new Set([
  'persistEntry',
  'persistMedia',
  'deleteFile',
  'deleteFiles',
  'publishUnpublishedEntry',
  'deleteUnpublishedEntry',
]);

/**
 * decap-server's local git backend (its `git` mode) as a middleware: it reads and writes the working copy of
 * `repo`, commits each save, and keeps the review workflow on local `cms/…` branches, as a forge would with
 * branches and merge requests. No forge, no network: one office computer, or a test.
 *
 * It refuses to change the repository while the working copy holds changes nobody committed, and answers one
 * request at a time, so that what it checks is still true when the action runs (decap-server switches branches
 * for reads too).
 */
export async function localBackend(repo: string): Promise<Middleware> {
  // A webpack bundle of CommonJS: Node cannot see its named exports from an ES import.
  const require = createRequire(import.meta.url);
  const { registerLocalGit } = require('decap-server/dist/middlewares.js') as { registerLocalGit: RegisterLocalGit };
  // decap-server reads the repository from the environment when its middleware is registered.
  process.env.GIT_REPO_DIRECTORY = repo;
  const app = express();
  const oneAtATime = pLimit(1);
  // Parsed here to read the action; decap-server's own parser (same limit) leaves a parsed body as it is.
  app.post(LOCAL_BACKEND_PATH.replace(/\/$/, ''), express.json({ limit: '50mb' }), (request, response, next) => {
    void oneAtATime(
      () =>
        new Promise<void>((resolve) => {
          finished(response, () => resolve());
          const action = (request.body as { action?: unknown } | undefined)?.action;
          try {
            const changes = typeof action === 'string' && changingActions.has(action) ? workingCopyChanges(repo) : [];
            if (changes.length) response.status(409).json({ error: workingCopyMessage(changes) });
            else next();
          } catch (error) {
            response.status(500).json({ error: (error as Error).message });
          }
        }),
    );
  });
  await registerLocalGit(app, { logLevel: 'warn' });
  // An express app is itself such a middleware: it adds its request and response helpers as a request arrives.
  return (request, response, next) => app(request as express.Request, response as express.Response, next);
}
