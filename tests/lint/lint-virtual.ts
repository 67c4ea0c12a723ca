// Lints source text as if it sat at a path in the repository, with the repository's own lint configuration.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

export type VirtualFile = { readonly filePath: string; readonly code: string };
export type LintMessage = { readonly ruleId: string | null; readonly message: string; readonly line: number };

export const REPO_ROOT = path.resolve(__dirname, '../..');
const script = path.join(__dirname, 'lint-child.mjs');

/** One ESLint instance, in a child process, for all the files: its start-up is most of the cost. */
export async function lintVirtualFiles(files: readonly VirtualFile[]): Promise<LintMessage[][]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'lint-virtual-'));
  const input = path.join(dir, 'cases.json');
  try {
    writeFileSync(input, JSON.stringify(files));
    const { stdout } = await promisify(execFile)(process.execPath, [script, input], {
      cwd: REPO_ROOT,
      maxBuffer: 16 * 1024 * 1024,
    });
    return (JSON.parse(stdout) as { messages: LintMessage[] }[]).map((result) => result.messages);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A file at `filePath` that imports `specifier` and uses it, so nothing else in it draws a complaint. */
export function importing(filePath: string, specifier: string, names = '* as imported'): VirtualFile {
  const used = names.startsWith('* as ') ? names.slice(5) : names.replace(/[{}\s]/g, '');
  return { filePath, code: `import ${names} from '${specifier}';\n\nexport const probe = ${used};\n` };
}

/** Whether a relative import in a virtual file reaches a real file (an import that resolves to nothing is never refused). */
export function resolvesToRealFile(file: VirtualFile): boolean {
  const specifier = /(?:from |import\()'([^']+)'/.exec(file.code)?.[1];
  if (!specifier?.startsWith('.')) return true;
  const base = path.resolve(REPO_ROOT, path.dirname(file.filePath), specifier);
  return ['.ts', '.tsx', '/index.ts', '/index.tsx'].some((ending) => existsSync(base + ending));
}
