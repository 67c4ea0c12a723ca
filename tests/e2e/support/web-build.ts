// The browser tests and the bench drive the production build of the pages (dist/web), never a dev server.
import { existsSync, statSync } from 'node:fs';
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
  return dir;
}

function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
}
