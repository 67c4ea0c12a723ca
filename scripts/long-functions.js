#!/usr/bin/env node
'use strict';
// Lists every function longer than a limit (80 lines unless told), longest first, so long ones can be split.
//   node scripts/long-functions.js [--max 80] [--check] [folder or file …]   (default: src)
// --check exits 1 when any is found. A function's lines run from its first line to its closing brace.
const fs = require('node:fs');
const path = require('node:path');
const ts = require('typescript');

const SOURCE = /\.(ts|tsx|js|cjs|mjs)$/;
const SKIPPED_FOLDERS = new Set(['node_modules', 'dist', 'coverage', '.git']);

function parseArgs(argv) {
  const options = { max: 80, check: false, roots: [] };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--check') options.check = true;
    else if (arg === '--max') options.max = Number(argv[(i += 1)]);
    else if (arg.startsWith('--max=')) options.max = Number(arg.slice('--max='.length));
    else if (arg.startsWith('--')) throw new Error(`Unknown option ${arg}`);
    else options.roots.push(arg);
  }
  if (!Number.isInteger(options.max) || options.max < 1) throw new Error('--max takes a whole number of lines');
  if (options.roots.length === 0) options.roots.push('src');
  return options;
}

function filesUnder(root) {
  const stat = fs.statSync(root);
  if (stat.isFile()) return SOURCE.test(root) && !root.endsWith('.d.ts') ? [root] : [];
  return fs
    .readdirSync(root, { withFileTypes: true })
    .filter((entry) => !SKIPPED_FOLDERS.has(entry.name))
    .flatMap((entry) => filesUnder(path.join(root, entry.name)))
    .sort();
}

function nameOf(node) {
  if (node.name && ts.isIdentifier(node.name)) return node.name.text;
  if (node.name && (ts.isStringLiteral(node.name) || ts.isPrivateIdentifier(node.name))) return node.name.text;
  if (ts.isConstructorDeclaration(node)) return 'constructor';
  const parent = node.parent;
  if (parent && ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  if (parent && ts.isPropertyAssignment(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  if (parent && ts.isPropertyDeclaration(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  if (parent && ts.isCallExpression(parent)) return `(passed to ${parent.expression.getText().slice(0, 40)})`;
  return '(anonymous)';
}

function ownerOf(node) {
  for (let up = node.parent; up; up = up.parent) {
    if (ts.isClassLike(up) && up.name) return `${up.name.text}.`;
  }
  return '';
}

/** Every function-like node of one file with its length in lines. */
function functionsIn(file) {
  const text = fs.readFileSync(file, 'utf8');
  const kind = file.endsWith('x') ? ts.ScriptKind.TSX : file.endsWith('.ts') ? ts.ScriptKind.TS : ts.ScriptKind.JS;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
  const found = [];
  const visit = (node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line + 1;
      found.push({ file, line: start, name: ownerOf(node) + nameOf(node), lines: end - start + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function main() {
  let options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(error.message);
    process.exit(2);
  }
  const missing = options.roots.filter((root) => !fs.existsSync(root));
  if (missing.length > 0) {
    console.error(`No such folder or file: ${missing.join(', ')}`);
    process.exit(2);
  }
  const long = options.roots
    .flatMap(filesUnder)
    .flatMap(functionsIn)
    .filter((f) => f.lines > options.max)
    .sort((a, b) => b.lines - a.lines || a.file.localeCompare(b.file) || a.line - b.line);
  for (const f of long) console.log(`${f.lines}\t${f.file}:${f.line}\t${f.name}`);
  console.log(
    long.length === 0
      ? `No function over ${options.max} lines.`
      : `${long.length} function${long.length === 1 ? '' : 's'} over ${options.max} lines.`,
  );
  if (options.check && long.length > 0) process.exit(1);
}

main();
