// scripts/long-functions.js finds every function over the limit, names it, and says so in its exit code with --check.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { REPO_ROOT } from './lint-virtual';

const script = path.join(REPO_ROOT, 'scripts/long-functions.js');
type Run = { code: number; stdout: string; stderr: string };

async function run(...args: string[]): Promise<Run> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [script, ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** A function whose first and last lines are `lines` apart, counting both. */
const body = (lines: number) => Array.from({ length: lines - 2 }, (_, i) => `  const v${i} = ${i};`).join('\n');

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'long-functions-'));
  const source = [
    `export function longOne(): void {\n${body(81)}\n}`,
    `export function justRight(): void {\n${body(80)}\n}`,
    `export class Panel {\n  render(): void {\n${body(90)}\n  }\n}`,
    `export const arrow = (): void => {\n${body(85)}\n};`,
  ].join('\n\n');
  writeFileSync(path.join(dir, 'sample.ts'), source);
  writeFileSync(path.join(dir, 'types.d.ts'), `export declare function notCounted(): void;\n`);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('lists each function over 80 lines, longest first, with its file, line and name', async () => {
  const { code, stdout } = await run(dir);
  expect(code).toBe(0);
  const rows = stdout.trim().split('\n');
  expect(rows.slice(0, -1).map((row) => row.split('\t')[2])).toEqual(['Panel.render', 'arrow', 'longOne']);
  expect(rows[0]).toMatch(/^90\t.*sample\.ts:\d+\tPanel\.render$/);
  expect(rows.at(-1)).toBe('3 functions over 80 lines.');
});

test('--max moves the limit, and --check fails when anything is over it', async () => {
  expect((await run('--max', '85', dir)).stdout).toContain('1 function over 85 lines.');
  expect((await run('--max=100', '--check', dir)).code).toBe(0);
  expect((await run('--check', dir)).code).toBe(1);
});

test('bad arguments are refused with a reason and exit code 2', async () => {
  const missing = await run(path.join(dir, 'nowhere'));
  expect(missing.code).toBe(2);
  expect(missing.stderr).toMatch(/No such folder or file/);
  const badMax = await run('--max', 'many', dir);
  expect(badMax.code).toBe(2);
  expect(badMax.stderr).toMatch(/whole number/);
  expect((await run('--fast', dir)).code).toBe(2);
});
