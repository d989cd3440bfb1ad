import type { ImportedEntry } from '../../import/model.ts';
import { IMPORT_CONTEXT_PATH, IMPORT_ROUTE } from '../names.ts';
import { startEditor } from './admin.ts';
import { draftGuard, entryTracker, type PageMode } from './page-mode.ts';

const root = document.getElementById('jinguo-admin')!;
const onImportRoute = () => window.location.hash.startsWith(IMPORT_ROUTE);

/**
 * The editor's page is the import screen or the editor, each started afresh: Decap reads its configuration once,
 * and a draft made from an imported article is that configuration's starting values. Leaving one for the other,
 * or leaving the imported draft, starts the page again, as does a new item or another entry once an entry has been
 * opened (see page-mode.ts).
 */
let mode: PageMode = onImportRoute() ? 'import' : 'editor';
const guard = draftGuard();
const entries = entryTracker(window.location.hash);
window.addEventListener('hashchange', () => {
  const route = window.location.hash;
  const stay =
    mode === 'editor'
      ? !onImportRoute() && !entries.restartFor(route)
      : mode === 'import'
        ? onImportRoute()
        : guard.allows(route);
  if (!stay) window.location.reload();
});

const editing = () => /^#\/collections\/[^/]+\/(?:new|entries\/)/.test(window.location.hash);

if (mode === 'import') {
  const { JinguoImport } = await import('./import-screen.ts');
  const screen = new JinguoImport();
  screen.dataset.context = IMPORT_CONTEXT_PATH;
  screen.addEventListener('jinguo-imported', (event) => {
    mode = 'imported';
    const imported = (event as CustomEvent<ImportedEntry>).detail;
    screen.remove();
    void startEditor(root, { imported, onSaved: guard.saved });
  });
  root.before(screen);
} else {
  root.before(importLink());
  void startEditor(root);
}

/**
 * The way to the import screen, beside Decap's own 内容 · 审核发布 · 媒体 in its top bar: Decap has no place for a
 * page of the site's own. The site's stylesheet is off this page once Decap runs, so it is styled here, in
 * Decap's colours. Hidden while an entry is open, where the bar holds the entry's own buttons.
 */
function importLink(): HTMLElement {
  const link = document.createElement('a');
  link.href = IMPORT_ROUTE;
  link.textContent = '⇪ 导入文章';
  link.dataset.importLink = '';
  Object.assign(link.style, {
    position: 'fixed',
    top: '0',
    left: '350px',
    zIndex: '400',
    lineHeight: '56px',
    padding: '0 16px',
    fontSize: '16px',
    color: '#313d3e',
    textDecoration: 'none',
  });
  const show = () => {
    link.hidden = editing();
  };
  window.addEventListener('hashchange', show);
  show();
  return link;
}
