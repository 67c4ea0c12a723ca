/* global process */
// Lints virtual files with the repository's own eslint.config.mjs and prints each file's messages as JSON.
// ESLint loads an ESM config, which jest's module sandbox cannot import, so tests run this in a child `node` process.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cases = JSON.parse(await readFile(process.argv[2], 'utf8'));
// A file that is not on disk is imported by nothing, so it closes no cycle (and no-cycle fails to read it).
const notOnDisk = cases.map((c) => c.filePath).filter((file) => !existsSync(path.join(root, file)));
const eslint = new ESLint({
  cwd: root,
  overrideConfigFile: path.join(root, 'eslint.config.mjs'),
  ...(notOnDisk.length > 0 ? { overrideConfig: { files: notOnDisk, rules: { 'import/no-cycle': 'off' } } } : {}),
});
const results = [];
for (const { code, filePath } of cases) {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, filePath) });
  const messages = (result?.messages ?? []).map(({ ruleId, message, line }) => ({ ruleId, message, line }));
  results.push({ filePath, messages });
}
process.stdout.write(JSON.stringify(results));
