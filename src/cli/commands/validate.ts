import { readFile } from 'node:fs/promises';
import path from 'node:path';
import AdmZip from 'adm-zip';
import type { DeploymentEnvironment } from '../../auth/auth-config-env';
import { isRecord } from '../../domain/common/is-record';
import { parseArgs } from '../args';
import { CliError } from '../io';
import type { Io } from '../io';
import { packageProblems } from './validate-checks';
import {
  BUILD_DIR,
  environmentNames,
  loadEnvironment,
  packageFile,
  problemReport,
  readIcons,
  xmlFile,
} from './validate-env';
import { unifiedManifestProblems } from './validate-unified';
import { xmlManifestProblems } from './validate-xml';

export const VALIDATE_USAGE = 'referral-card validate [--env <name>]... [--dir <dir>]';

export type BuiltPackage = {
  readonly name: string;
  readonly manifest: unknown;
  readonly files: ReadonlyMap<string, Buffer>;
  readonly xmlText: string;
};

/** Every check on one environment's package, offline: the bundled v1.30 schema, Outlook's XML shape and our own. */
export async function builtPackageProblems(cwd: string, env: DeploymentEnvironment, built: BuiltPackage) {
  const zipTitle = packageFile(built.name);
  if (!isRecord(built.manifest))
    return problemReport([{ title: zipTitle, problems: ['manifest.json is not a JSON object.'] }]);
  const xml = xmlManifestProblems(built.xmlText);
  const sections = [
    { title: `${zipTitle} manifest.json`, problems: await unifiedManifestProblems(built.manifest) },
    { title: xmlFile(built.name), problems: xml.problems },
  ];
  if (xml.root) {
    const contents = { manifest: built.manifest, files: built.files, xml: xml.root, icons: await readIcons(cwd) };
    sections.push({ title: `${zipTitle} and ${xmlFile(built.name)}`, problems: packageProblems(env, contents) });
  }
  return problemReport(sections);
}

/** The package and XML manifest `referral-card package` wrote for an environment. */
async function readBuilt(dir: string, name: string): Promise<BuiltPackage> {
  const zipPath = path.join(dir, packageFile(name));
  let zip: AdmZip;
  let xmlText: string;
  try {
    zip = new AdmZip(await readFile(zipPath));
    xmlText = await readFile(path.join(dir, xmlFile(name)), 'utf8');
  } catch {
    throw new CliError(
      `Cannot read the package for "${name}" in ${dir}: run referral-card package --env ${name} first.`,
    );
  }
  const files = new Map(zip.getEntries().map((e) => [e.entryName, e.getData()] as const));
  const manifestBytes = files.get('manifest.json');
  if (!manifestBytes) throw new CliError(`${packageFile(name)} has no manifest.json.`);
  let manifest: unknown;
  try {
    manifest = JSON.parse(manifestBytes.toString('utf8'));
  } catch {
    throw new CliError(`${packageFile(name)} manifest.json is not JSON.`);
  }
  files.delete('manifest.json');
  return { name, manifest, files, xmlText };
}

export async function validateCommand(argv: readonly string[], io: Io): Promise<number> {
  const args = parseArgs(argv, { options: ['env', 'dir'] });
  if (args.positional.length > 0) throw new CliError(`Usage: ${VALIDATE_USAGE}`);
  const dir = path.resolve(io.cwd, args.options.get('dir')?.at(-1) ?? BUILD_DIR);
  const reports: string[] = [];
  for (const name of await environmentNames(io.cwd, args)) {
    const env = await loadEnvironment(io.cwd, name);
    const report = await builtPackageProblems(io.cwd, env, await readBuilt(dir, name));
    if (report) reports.push(report);
    else io.stdout(`${name}: ${packageFile(name)} and ${xmlFile(name)} are valid.\n`);
  }
  if (reports.length > 0) throw new CliError(`The package is not valid.\n${reports.join('\n')}`);
  return 0;
}
