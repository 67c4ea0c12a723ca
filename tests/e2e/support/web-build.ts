// The browser tests and the bench drive the production build of the pages (dist/web), never a dev server.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const WEB_DIR = resolve(__dirname, '../../../dist/web');
export const BUILD_HINT = 'run npm run build:web first';

/**
 * The folder of the built pages. Throws when one of `pages` is missing, so the suite fails loudly instead of
 * quietly skipping the browser tests .
 */
export function requireWebBuild(dir: string = WEB_DIR, pages: readonly string[] = ['index.html']): string {
  const missing = pages.filter((page) => !isFile(join(dir, page)));
  if (missing.length > 0) {
    throw new Error(
      `${missing.map((p) => join(dir, p)).join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing: ${BUILD_HINT} (the browser tests drive the production build).`,
    );
  }
  const stale = newerSource(dir);
  if (stale)
    console.warn(
      `dist/web was built before ${stale} last changed; if a browser test fails unexpectedly, ${BUILD_HINT.replace('first', 'again')}.`,
    );
  return dir;
}

const SOURCES = ['ui', 'hosts', 'auth', 'domain', 'catalogues'].map((d) => resolve(__dirname, '../../../src', d));

/**
 * A source file changed after the newest file of the build in `built` (a folder), if any. Only a hint: webpack leaves
 * unchanged output files alone, so a change that does not alter the output (a comment) also shows here.
 */
export function newerSource(built: string, roots: readonly string[] = SOURCES): string | undefined {
  const builtAt = Math.max(...readdirSync(built).map((f) => statSync(join(built, f)).mtimeMs));
  const walk = (folder: string): string | undefined => {
    if (!existsSync(folder)) return undefined;
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      const found = entry.isDirectory() ? walk(path) : statSync(path).mtimeMs > builtAt ? path : undefined;
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
