#!/usr/bin/env node
'use strict';
// Offline dependency audit: records the production dependency tree (`npm ls --omit=dev --all --json`) and fails
// on any package in it that a dated snapshot the project keeps flags as deprecated, or that an advisory in the
// advisories snapshot (an extract of the GitHub Advisory Database) covers. `npm audit` needs the registry's
// advisory endpoint, which is not reachable here; these checks need no network at all.
//
//   node scripts/audit-deps.js                       check the tree against security/*.json (exit 1 on findings)
//   node scripts/audit-deps.js --max-age-days 90     also fail when a snapshot is older than that
//   node scripts/audit-deps.js --refresh-deprecated  ask the npm registry for each package's deprecation, one by
//                                                    one, and rewrite security/deprecated.json (needs the registry)
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const SECURITY = path.join(ROOT, 'security');
const FILES = {
  tree: path.join(SECURITY, 'production-tree.json'),
  deprecated: path.join(SECURITY, 'deprecated.json'),
  advisories: path.join(SECURITY, 'advisories.json'),
};
const DAY_MS = 24 * 3600 * 1000;

/** Every installed production package once, as "name@version", sorted, from `npm ls --json` output. */
function flattenTree(lsJson) {
  const seen = new Set();
  const walk = (node) => {
    for (const [name, dep] of Object.entries(node.dependencies ?? {})) {
      if (!dep || typeof dep.version !== 'string') continue;
      const id = `${name}@${dep.version}`;
      if (seen.has(id)) continue;
      seen.add(id);
      walk(dep);
    }
  };
  walk(lsJson);
  return [...seen].sort();
}

/** "1.2.3-beta.1" → comparable parts; build metadata is ignored, as semver says. */
function parseVersion(text) {
  const m = /^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+.*)?$/.exec(String(text).trim());
  return m ? { core: [Number(m[1]), Number(m[2]), Number(m[3])], pre: m[4] ? m[4].split('.') : [] } : undefined;
}

function compareVersions(a, b) {
  for (let i = 0; i < 3; i += 1) if (a.core[i] !== b.core[i]) return a.core[i] < b.core[i] ? -1 : 1;
  if (a.pre.length === 0 || b.pre.length === 0) return b.pre.length - a.pre.length; // a release beats its pre-releases
  for (let i = 0; i < Math.max(a.pre.length, b.pre.length); i += 1) {
    const [x, y] = [a.pre[i], b.pre[i]];
    if (x === undefined || y === undefined) return x === undefined ? -1 : 1;
    if (x === y) continue;
    const [nx, ny] = [/^\d+$/.test(x), /^\d+$/.test(y)];
    if (nx && ny) return Number(x) < Number(y) ? -1 : 1;
    if (nx !== ny) return nx ? -1 : 1;
    return x < y ? -1 : 1;
  }
  return 0;
}

/** GitHub's vulnerable_version_range: "< 1.2.3", ">= 2.0.0, < 2.1.4", "= 1.0.0". Unreadable → undefined. */
function inRange(version, range) {
  const v = parseVersion(version);
  if (!v) return undefined;
  for (const part of String(range).split(',')) {
    const m = /^\s*(<=|>=|<|>|=)?\s*(\S+)\s*$/.exec(part);
    const bound = m && parseVersion(m[2]);
    if (!bound) return undefined;
    const c = compareVersions(v, bound);
    const ok = { '<': c < 0, '<=': c <= 0, '>': c > 0, '>=': c >= 0, '=': c === 0 }[m[1] ?? '='];
    if (!ok) return false;
  }
  return true;
}

/** Findings for the tree: deprecated packages, advisories that cover an installed version, unreadable ranges. */
function audit(packages, deprecated, advisories) {
  const findings = [];
  for (const id of packages) {
    const message = deprecated.packages?.[id];
    if (message) findings.push({ kind: 'deprecated', package: id, detail: message });
  }
  for (const a of advisories.advisories ?? []) {
    for (const id of packages) {
      const at = id.lastIndexOf('@');
      if (id.slice(0, at) !== a.package) continue;
      const hit = inRange(id.slice(at + 1), a.vulnerableRange);
      if (hit === undefined)
        findings.push({ kind: 'unreadable-range', package: id, detail: `${a.id}: ${a.vulnerableRange}` });
      else if (hit) findings.push({ kind: 'advisory', package: id, detail: `${a.id} (${a.severity}): ${a.summary}` });
    }
  }
  return findings;
}

/** How old a snapshot is, in whole days, or undefined when it has no readable date. */
function ageInDays(snapshot, nowMs) {
  const t = Date.parse(snapshot?.date ?? '');
  return Number.isNaN(t) ? undefined : Math.floor((nowMs - t) / DAY_MS);
}

function readJson(file, fallback) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    if (error.code === 'ENOENT') return fallback;
    throw new Error(`${path.relative(ROOT, file)} is not valid JSON: ${error.message}`);
  }
}

function productionTree() {
  // npm ls exits 1 for an extraneous or missing package but still prints the tree.
  let out;
  try {
    out = execFileSync('npm', ['ls', '--omit=dev', '--all', '--json'], {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 64 << 20,
    });
  } catch (error) {
    if (!error.stdout) throw error;
    out = error.stdout;
  }
  return JSON.parse(out);
}

function refreshDeprecated(packages, today) {
  const found = {};
  for (const id of packages) {
    const out = execFileSync('npm', ['view', id, 'deprecated', '--json'], { cwd: ROOT, encoding: 'utf8' }).trim();
    if (out) found[id] = JSON.parse(out);
  }
  const snapshot = {
    date: today,
    source: 'npm view <name>@<version> deprecated, for every production package',
    packages: found,
  };
  fs.writeFileSync(FILES.deprecated, `${JSON.stringify(snapshot, null, 2)}\n`);
  return snapshot;
}

function main(argv, nowMs = Date.now()) {
  const maxAgeAt = argv.indexOf('--max-age-days');
  const maxAge = maxAgeAt >= 0 ? Number(argv[maxAgeAt + 1]) : undefined;
  const tree = productionTree();
  const packages = flattenTree(tree);
  fs.mkdirSync(SECURITY, { recursive: true });
  fs.writeFileSync(FILES.tree, `${JSON.stringify({ packages }, null, 2)}\n`);
  const today = new Date(nowMs).toISOString().slice(0, 10);
  const deprecated = argv.includes('--refresh-deprecated')
    ? refreshDeprecated(packages, today)
    : readJson(FILES.deprecated, { packages: {} });
  const advisories = readJson(FILES.advisories, { advisories: [] });

  let failed = false;
  console.log(`${packages.length} production packages recorded in ${path.relative(ROOT, FILES.tree)}`);
  for (const [label, snapshot] of [
    ['deprecated', deprecated],
    ['advisories', advisories],
  ]) {
    const age = ageInDays(snapshot, nowMs);
    const size = Object.keys(snapshot.packages ?? {}).length + (snapshot.advisories ?? []).length;
    console.log(
      `${label} snapshot: ${size} entries, ${age === undefined ? 'no date' : `dated ${snapshot.date}, ${age} days old`}`,
    );
    if (maxAge !== undefined && (age === undefined || age > maxAge)) {
      console.log(`  ${age === undefined ? 'has no date' : `is older than ${maxAge} days`}: refresh it`);
      failed = true;
    }
  }
  const findings = audit(packages, deprecated, advisories);
  for (const f of findings) console.log(`${f.kind}: ${f.package}: ${f.detail}`);
  return failed || findings.length > 0 ? 1 : 0;
}

module.exports = { ageInDays, audit, compareVersions, flattenTree, inRange, parseVersion };

if (require.main === module) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (error) {
    console.error(`audit-deps: ${error.message}`);
    process.exitCode = 2;
  }
}
