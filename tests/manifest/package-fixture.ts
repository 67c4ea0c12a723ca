// A throwaway project for `referral-card package` and `validate`: the repository's templates and icons, and the
// environment files a test gives.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { run } from '../../src/cli/main';

export const ROOT = path.join(__dirname, '..', '..');

export async function cli(cwd: string, ...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    now: () => new Date('2026-12-07T10:00:00Z'),
    cwd,
  });
  return { code, stdout, stderr };
}

/** The committed env/.env.<name>. */
export const envText = (name: string) => readFileSync(path.join(ROOT, 'env', `.env.${name}`), 'utf8');

/** The env text with one setting replaced, or removed when `value` is undefined. */
export function withSetting(text: string, key: string, value: string | undefined): string {
  const lines = text.split('\n').filter((line) => !line.startsWith(`${key}=`));
  return [...lines, ...(value === undefined ? [] : [`${key}=${value}`])].join('\n');
}

/** A temporary project with the repository's manifest/ and package.json, and these env files. */
export function tempProject(envFiles: Readonly<Record<string, string>>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'referral-card-package-'));
  cpSync(path.join(ROOT, 'manifest'), path.join(dir, 'manifest'), { recursive: true });
  cpSync(path.join(ROOT, 'package.json'), path.join(dir, 'package.json'));
  mkdirSync(path.join(dir, 'env'));
  for (const [name, text] of Object.entries(envFiles)) writeFileSync(path.join(dir, 'env', `.env.${name}`), text);
  return dir;
}
