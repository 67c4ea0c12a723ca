import { readFile, readdir, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { graphErrors } from '../server/graph-errors';
import type { Reply } from '../server/reply';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
};

/**
 * Serves the built pages from `dir` (dist/web, when it exists). `/` is its index.html, or a redirect to the
 * sandbox web view while the UI is not built yet. Paths never escape `dir`.
 */
export function createStaticFiles(dir: string | undefined) {
  const root = dir === undefined ? undefined : resolve(dir);
  return async (method: string, pathname: string): Promise<Reply> => {
    if (method !== 'GET' && method !== 'HEAD') throw graphErrors.notFound('Only GET serves pages.');
    if (pathname === '/' && (root === undefined || !(await isFile(join(root, 'index.html'))))) {
      return { status: 302, headers: { Location: '/sandbox/' } };
    }
    if (root === undefined) throw graphErrors.notFound('There is no such page.');
    let decoded: string;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      throw graphErrors.notFound('There is no such page.');
    }
    let file = resolve(root, `.${decoded}`);
    if (file !== root && !file.startsWith(root + sep)) throw graphErrors.notFound('There is no such page.');
    if (!(await isFile(file))) {
      if (await isFile(join(file, 'index.html'))) file = join(file, 'index.html');
      else throw graphErrors.notFound('There is no such page.');
    }
    const data = await readFile(file);
    const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    // HTML must be fresh (the msal redirect bridge page in particular must be no-store).
    const cache = type.startsWith('text/html') ? 'no-store' : 'no-cache';
    return { status: 200, bytes: { data, contentType: type }, headers: { 'Cache-Control': cache } };
  };
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** The names of the built pages, for the start-up banner. */
export async function listPages(dir: string | undefined): Promise<string[]> {
  if (dir === undefined) return [];
  try {
    return (await readdir(dir)).filter((f) => f.endsWith('.html')).sort();
  } catch {
    return [];
  }
}
