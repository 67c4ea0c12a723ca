// The browser tests and the bench drive the production build of the pages (dist/web), never a dev server.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const WEB_DIR = resolve(__dirname, '../../../dist/web');
export const BUILD_HINT = 'run npm run build:web first';

/**
 * The folder of the built pages. Throws when one of `pages` is missing, so the suite fails loudly instead of
 * quietly skipping the browser tests (issue #5 "Must show").
 */
export function requireWebBuild(dir: string = WEB_DIR, pages: readonly string[] = ['index.html']): string {
  const missing = pages.filter((page) => !isFile(join(dir, page)));
  if (missing.length > 0) {
    throw new Error(`${missing.map((p) => join(dir, p)).join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing: ${BUILD_HINT} (the browser tests drive the production build).`);
  }
  const stale = newerSource(join(dir, pages[0] ?? 'index.html'));
  if (stale) console.warn(`dist/web is older than ${stale}: the browser tests are running an old build (${BUILD_HINT.replace('first', 'again')}).`);
  return dir;
}

const SOURCES = ['ui', 'hosts', 'auth', 'domain', 'catalogues'].map((d) => resolve(__dirname, '../../../src', d));

/** A source file of the pages changed after the build, if any (a warning: the tests still run the build). */
export function newerSource(builtPage: string, roots: readonly string[] = SOURCES): string | undefined {
  const built = statSync(builtPage).mtimeMs;
  const walk = (folder: string): string | undefined => {
    if (!existsSync(folder)) return undefined;
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      const found = entry.isDirectory() ? walk(path) : statSync(path).mtimeMs > built ? path : undefined;
      if (found) return found;
    }
    return undefined;
  };
  for (const root of roots) {
    const found = walk(root);
    if (found) return found;
  }
  return undefined;
}

function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
}
