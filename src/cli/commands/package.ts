import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import AdmZip from 'adm-zip';
import type { DeploymentEnvironment } from '../../auth/auth-config-env';
import { escapeHtml } from '../../documents/html/escape-html';
import { parseArgs } from '../args';
import { CliError } from '../io';
import type { Io } from '../io';
import { builtPackageProblems } from './validate';
import type { BuiltPackage } from './validate';
import { BUILD_DIR, environmentNames, loadEnvironment, packageFile, readIcons, xmlFile } from './validate-env';

export const PACKAGE_USAGE = 'referral-card package [--env <name>]... [--out <dir>]';

const UNIFIED_TEMPLATE = path.join('manifest', 'manifest.template.json');
const XML_TEMPLATE = path.join('manifest', 'outlook-addin.template.xml');
// Zip entries carry this date, so packaging the same release twice gives the same bytes.
const ENTRY_TIME = new Date(Date.UTC(2026, 0, 1));

/** The values the templates name as {{NAME}}, from the environment and the release's version. */
export function templateValues(env: DeploymentEnvironment, packageVersion: string): Record<string, string> {
  const version = env.REFERRAL_CARD_APP_VERSION ?? packageVersion;
  if (!/^\d{1,5}\.\d{1,5}\.\d{1,5}$/.test(version))
    throw new CliError(`The version ${version} in package.json is not one a manifest takes (such as 1.2.3).`);
  return {
    ORIGIN: env.REFERRAL_CARD_ORIGIN,
    HOST: new URL(env.REFERRAL_CARD_ORIGIN).host,
    APP_ID: env.REFERRAL_CARD_APP_ID,
    OUTLOOK_ADDIN_ID: env.REFERRAL_CARD_OUTLOOK_ADDIN_ID,
    CLIENT_ID: env.REFERRAL_CARD_CLIENT_ID,
    // Without a bot id the package has no bot (renderPackage drops the section); the tabs work without it.
    BOT_ID: env.REFERRAL_CARD_BOT_ID ?? '',
    APP_NAME: env.REFERRAL_CARD_APP_NAME,
    PUBLISHER: env.REFERRAL_CARD_PUBLISHER,
    WEBSITE_URL: env.REFERRAL_CARD_WEBSITE_URL,
    PRIVACY_URL: env.REFERRAL_CARD_PRIVACY_URL,
    TERMS_URL: env.REFERRAL_CARD_TERMS_URL,
    VERSION: version,
    // Outlook's XML manifest takes four numbers.
    XML_VERSION: `${version}.0`,
  };
}

export const escapeJson = (value: string) => JSON.stringify(value).slice(1, -1);
/** The HTML escapes, with XML's own name for the apostrophe (not every XML reader decodes &#39;). */
export const escapeXml = (value: string) => escapeHtml(value).replace(/&#39;/g, '&apos;');

/** Fills {{NAME}} with each value escaped for the template's language; a name with no value is an error. */
export function fillTemplate(
  text: string,
  values: Readonly<Record<string, string>>,
  escape: (value: string) => string,
  source: string,
): string {
  const unknown = new Set<string>();
  const filled = text.replace(/\{\{\s*([A-Z_]+)\s*\}\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) unknown.add(name);
    return escape(value ?? '');
  });
  if (unknown.size > 0)
    throw new CliError(`${source} names ${[...unknown].map((n) => `{{${n}}}`).join(', ')}, which no setting gives.`);
  return filled;
}

async function readTemplate(cwd: string, file: string): Promise<string> {
  try {
    return await readFile(path.join(cwd, file), 'utf8');
  } catch {
    throw new CliError(`Cannot read the template ${file}.`);
  }
}

/** The unified manifest, its two icons, and the XML manifest, for one environment. */
export async function renderPackage(cwd: string, name: string, env: DeploymentEnvironment): Promise<BuiltPackage> {
  const pkg = JSON.parse(await readFile(path.join(cwd, 'package.json'), 'utf8')) as { version?: string };
  const values = templateValues(env, pkg.version ?? '');
  const manifest = JSON.parse(
    fillTemplate(await readTemplate(cwd, UNIFIED_TEMPLATE), values, escapeJson, UNIFIED_TEMPLATE),
  ) as { icons?: { color?: string; outline?: string }; bots?: unknown };
  if (env.REFERRAL_CARD_BOT_ID === undefined) delete manifest.bots;
  const icons = await readIcons(cwd);
  const files = new Map<string, Buffer>();
  for (const icon of [manifest.icons?.color, manifest.icons?.outline]) {
    const data = icon === undefined ? undefined : icons.get(icon);
    if (data) files.set(icon!, data);
  }
  const xml = fillTemplate(await readTemplate(cwd, XML_TEMPLATE), values, escapeXml, XML_TEMPLATE);
  return { name, manifest, files, xmlText: xml };
}

function zipOf(built: BuiltPackage): Buffer {
  const zip = new AdmZip();
  const entries: [string, Buffer][] = [
    ['manifest.json', Buffer.from(`${JSON.stringify(built.manifest, null, 2)}\n`)],
    ...built.files,
  ];
  for (const [entryName, data] of entries) zip.addFile(entryName, data).header.time = ENTRY_TIME;
  return zip.toBuffer();
}

export async function packageCommand(argv: readonly string[], io: Io): Promise<number> {
  const args = parseArgs(argv, { options: ['env', 'out'] });
  if (args.positional.length > 0) throw new CliError(`Usage: ${PACKAGE_USAGE}`);
  const out = path.resolve(io.cwd, args.options.get('out')?.at(-1) ?? BUILD_DIR);
  const names = await environmentNames(io.cwd, args);
  // Every environment is checked before anything is written: a bad one leaves the build folder as it was.
  const built: BuiltPackage[] = [];
  for (const name of names) {
    const env = await loadEnvironment(io.cwd, name);
    const rendered = await renderPackage(io.cwd, name, env);
    const report = await builtPackageProblems(io.cwd, env, rendered);
    if (report) throw new CliError(`The package for "${name}" would not be valid.\n${report}`);
    built.push(rendered);
  }
  await mkdir(out, { recursive: true }).catch(() => {
    throw new CliError(`Cannot create ${out}.`);
  });
  for (const b of built) {
    await writeFile(path.join(out, packageFile(b.name)), zipOf(b));
    await writeFile(path.join(out, xmlFile(b.name)), b.xmlText, 'utf8');
    io.stdout(`Wrote ${path.join(out, packageFile(b.name))} and ${xmlFile(b.name)}\n`);
  }
  return 0;
}
