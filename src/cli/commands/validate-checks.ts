import type { DeploymentEnvironment } from '../../auth/auth-config-env';
import { isRecord } from '../../domain/common/is-record';
import { findAll } from './validate-xml';
import type { XmlElement } from './validate-xml';

// Our own checks on the two manifests, beyond their schemas: every page and icon on the hosting origin, every domain
// listed, every icon the size it claims, and the ids and pages the same in both.

export type PackageContents = {
  /** The unified manifest (manifest.json in the app package). */
  readonly manifest: Record<string, unknown>;
  /** The app package's other files, by name (color.png, outline.png). */
  readonly files: ReadonlyMap<string, Buffer>;
  /** The Outlook add-in's XML manifest, parsed. */
  readonly xml: XmlElement;
  /** The icons the pages serve under /assets/ (manifest/icons), by file name. */
  readonly icons: ReadonlyMap<string, Buffer>;
};

type Found = { readonly path: string; readonly value: unknown };

/** Every value in a JSON document with its path, depth first. */
function walk(value: unknown, path = ''): Found[] {
  const here = [{ path, value }];
  if (Array.isArray(value)) return [...here, ...value.flatMap((item, i) => walk(item, `${path}[${i}]`))];
  if (isRecord(value))
    return [...here, ...Object.entries(value).flatMap(([key, item]) => walk(item, path ? `${path}.${key}` : key))];
  return here;
}

// Web addresses; an api:// resource is an identifier, checked on its own.
const isUrl = (value: unknown): value is string => typeof value === 'string' && /^https?:\/\//i.test(value);
const ANYWHERE = new URL('about:blank');
/** The URL, or about:blank (which is on no origin) when it is malformed, so the checks report it rather than throw. */
const urlOf = (value: string) => (URL.canParse(value) ? new URL(value) : ANYWHERE);
// The council's own pages about the app, and the schema's address, may live anywhere.
const ELSEWHERE = /^(\$schema|developer\.)/;

/** Width and height of a PNG, or undefined when the bytes are not one. */
export function pngSize(data: Buffer | undefined): { width: number; height: number } | undefined {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!data || data.length < 24 || !data.subarray(0, 8).equals(signature)) return undefined;
  if (data.toString('latin1', 12, 16) !== 'IHDR') return undefined;
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

function checkSquare(data: Buffer | undefined, size: number, what: string, problems: string[]): void {
  const found = pngSize(data);
  if (!found) problems.push(`${what} is not a PNG file we have.`);
  else if (found.width !== size || found.height !== size)
    problems.push(`${what} must be ${size}×${size} pixels; it is ${found.width}×${found.height}.`);
}

/** The served icon a URL names (https://<origin>/assets/<file>), checked to be `size` pixels square. */
function checkServedIcon(url: string, size: number, what: string, contents: PackageContents, problems: string[]) {
  const file = /^\/assets\/([\w.-]+\.png)$/.exec(urlOf(url).pathname)?.[1];
  if (!file) problems.push(`${what} (${url}) must be a PNG under /assets/, where the build puts the icons.`);
  else checkSquare(contents.icons.get(file), size, `${what} (${file})`, problems);
}

function unifiedUrlProblems(env: DeploymentEnvironment, contents: PackageContents, problems: string[]): void {
  const domains = (contents.manifest.validDomains as unknown[] | undefined) ?? [];
  for (const { path, value } of walk(contents.manifest)) {
    if (!isUrl(value) || ELSEWHERE.test(path)) continue;
    const url = urlOf(value);
    if (url.origin !== env.REFERRAL_CARD_ORIGIN)
      problems.push(`manifest.json ${path} (${value}) is not on the hosting origin ${env.REFERRAL_CARD_ORIGIN}.`);
    if (!domains.includes(url.host)) problems.push(`manifest.json validDomains does not list ${url.host} (${path}).`);
  }
  const resource = (contents.manifest.webApplicationInfo as { resource?: string } | undefined)?.resource;
  checkResource(env, resource, 'manifest.json webApplicationInfo.resource', problems);
}

/** The app registration's Application ID URI: api://<host>/<client id>. */
function checkResource(env: DeploymentEnvironment, resource: string | undefined, what: string, problems: string[]) {
  const expected = `api://${new URL(env.REFERRAL_CARD_ORIGIN).host}/${env.REFERRAL_CARD_CLIENT_ID}`;
  if (resource !== expected) problems.push(`${what} must be ${expected}.`);
}

/** Every URL in the XML manifest's attributes and text, with where it is. */
function xmlUrls(root: XmlElement): Found[] {
  const here = [
    ...Object.entries(root.attrs).map(([name, value]) => ({ path: `${root.name} @${name}`, value })),
    { path: root.name, value: root.text },
  ];
  return [
    ...here.filter((f) => isUrl(f.value) && !/^xmlns/.test(f.path.split('@')[1] ?? '')),
    ...root.children.flatMap(xmlUrls),
  ];
}

function xmlUrlProblems(env: DeploymentEnvironment, xml: XmlElement, problems: string[]): void {
  const domains = findAll(xml, 'AppDomain').map((d) => d.text);
  const webApp = findAll(xml, 'WebApplicationInfo')[0];
  if (webApp)
    checkResource(env, textOf(webApp, 'Resource'), "The XML manifest's WebApplicationInfo Resource", problems);
  for (const { path, value } of xmlUrls(xml)) {
    if (path.startsWith('SupportUrl')) continue;
    const url = urlOf(value as string);
    if (url.origin !== env.REFERRAL_CARD_ORIGIN)
      problems.push(
        `The XML manifest's ${path} (${String(value)}) is not on the hosting origin ${env.REFERRAL_CARD_ORIGIN}.`,
      );
    if (!domains.includes(url.origin))
      problems.push(`The XML manifest's AppDomains does not list ${url.origin} (${path}).`);
  }
}

function unifiedIconProblems(contents: PackageContents, problems: string[]): void {
  const icons = contents.manifest.icons as { color?: string; outline?: string } | undefined;
  checkSquare(contents.files.get(icons?.color ?? ''), 192, 'The colour icon', problems);
  checkSquare(contents.files.get(icons?.outline ?? ''), 32, 'The outline icon', problems);
  for (const { path, value } of walk(contents.manifest)) {
    if (!isRecord(value) || typeof value.size !== 'number' || !isUrl(value.url)) continue;
    const size = path.endsWith('highResolutionIcon') ? value.size * 2 : value.size;
    checkServedIcon(value.url, size, `manifest.json ${path}`, contents, problems);
  }
}

function xmlIconProblems(contents: PackageContents, problems: string[]): void {
  const imageUrl = new Map(findAll(contents.xml, 'bt:Image').map((i) => [i.attrs.id, i.attrs.DefaultValue] as const));
  for (const image of findAll(contents.xml, 'bt:Image')) {
    const url = imageUrl.get(image.attrs.resid);
    if (image.attrs.resid === undefined || !url) continue;
    const size = Number(image.attrs.size) * Number(image.attrs.scale ?? 1);
    checkServedIcon(url, size, `The XML manifest's image ${image.attrs.resid} at size ${size}`, contents, problems);
  }
  for (const [name, size] of [
    ['IconUrl', 64],
    ['HighResolutionIconUrl', 128],
  ] as const) {
    const url = findAll(contents.xml, name)[0]?.attrs.DefaultValue;
    if (url) checkServedIcon(url, size, `The XML manifest's ${name}`, contents, problems);
  }
}

const textOf = (root: XmlElement, ...names: string[]) =>
  names.reduce<XmlElement | undefined>((at, name) => at?.children.find((c) => c.name === name), root)?.text;

/** The ids, version, identity and page agree between the two manifests and with the environment. */
function consistencyProblems(env: DeploymentEnvironment, contents: PackageContents, problems: string[]): void {
  const manifest = contents.manifest as {
    id?: string;
    version?: string;
    webApplicationInfo?: { id?: string };
    extensions?: {
      alternates?: { hide?: { customOfficeAddin?: { officeAddinId?: string } } }[];
      runtimes?: { code?: { page?: string } }[];
      ribbons?: unknown[];
    }[];
  };
  const extension = manifest.extensions?.[0];
  const hidden = extension?.alternates?.map((a) => a.hide?.customOfficeAddin?.officeAddinId).filter(Boolean) ?? [];
  const xmlId = textOf(contents.xml, 'Id');
  const webApp = findAll(contents.xml, 'WebApplicationInfo')[0];
  const expect = (ok: boolean, problem: string) => ok || problems.push(problem);
  expect(
    manifest.id === env.REFERRAL_CARD_APP_ID,
    `manifest.json id must be REFERRAL_CARD_APP_ID (${env.REFERRAL_CARD_APP_ID}).`,
  );
  expect(
    xmlId === env.REFERRAL_CARD_OUTLOOK_ADDIN_ID,
    `The XML manifest's Id must be REFERRAL_CARD_OUTLOOK_ADDIN_ID (${env.REFERRAL_CARD_OUTLOOK_ADDIN_ID}).`,
  );
  expect(
    hidden.length === 1 && hidden[0] === xmlId,
    `manifest.json alternates must hide the XML add-in (${xmlId}), and only it.`,
  );
  expect(xmlId !== manifest.id, 'The two manifests must have ids of their own.');
  expect(
    manifest.webApplicationInfo?.id === env.REFERRAL_CARD_CLIENT_ID,
    'manifest.json webApplicationInfo.id must be REFERRAL_CARD_CLIENT_ID.',
  );
  expect(
    !webApp || textOf(webApp, 'Id') === env.REFERRAL_CARD_CLIENT_ID,
    "The XML manifest's WebApplicationInfo Id must be REFERRAL_CARD_CLIENT_ID.",
  );
  expect(
    textOf(contents.xml, 'Version') === `${manifest.version}.0`,
    `The XML manifest's Version must be ${manifest.version}.0, the app's version.`,
  );
  const page = extension?.runtimes?.[0]?.code?.page;
  const xmlPages = findAll(contents.xml, 'SourceLocation')
    .map((s) => s.attrs.DefaultValue)
    .filter(Boolean);
  const urls = new Map(findAll(contents.xml, 'bt:Url').map((u) => [u.attrs.id, u.attrs.DefaultValue] as const));
  const commandPages = findAll(contents.xml, 'SourceLocation')
    .map((s) => urls.get(s.attrs.resid))
    .filter(Boolean);
  for (const other of [...xmlPages, ...commandPages])
    expect(other === page, `The XML manifest opens ${other}, but the unified manifest's add-in opens ${page}.`);
  const surfaces = findAll(contents.xml, 'ExtensionPoint').map((e) => e.attrs['xsi:type']);
  const contexts = JSON.stringify(extension?.ribbons ?? []);
  for (const [context, surface] of COMMAND_SURFACES)
    expect(
      contexts.includes(`"${context}"`) && surfaces.includes(surface),
      `Both manifests must put the button on ${context} (${surface} in the XML manifest).`,
    );
}

// The ribbon contexts of the unified manifest and the XML manifest's surfaces that carry the same button.
const COMMAND_SURFACES = [
  ['mailRead', 'MessageReadCommandSurface'],
  ['mailCompose', 'MessageComposeCommandSurface'],
] as const;

/**
 * The Teams parts: the bot is the environment's (or absent when it names none), installed in teams, and the board is a
 * channel tab a team adds (team scope, channel context) and a personal tab.
 */
function teamsProblems(env: DeploymentEnvironment, contents: PackageContents, problems: string[]): void {
  const manifest = contents.manifest as {
    bots?: { botId?: string; scopes?: string[] }[];
    configurableTabs?: { scopes?: string[]; context?: string[] }[];
  };
  const bots = manifest.bots ?? [];
  const botId = env.REFERRAL_CARD_BOT_ID;
  if (botId === undefined) {
    if (bots.length > 0) problems.push('manifest.json names a bot, but REFERRAL_CARD_BOT_ID is not set.');
  } else if (bots.length !== 1 || bots[0]?.botId?.toLowerCase() !== botId.toLowerCase()) {
    problems.push(`manifest.json bots must name one bot, REFERRAL_CARD_BOT_ID (${botId}).`);
  } else if (!bots[0].scopes?.includes('team')) {
    problems.push('manifest.json bots[0].scopes must include "team": the bot posts in the service team\'s channel.');
  }
  const channelTab = manifest.configurableTabs?.some(
    (t) => t.scopes?.includes('team') && t.context?.includes('channelTab'),
  );
  if (!channelTab) problems.push('manifest.json configurableTabs must offer the board as a channel tab (team scope).');
}

/** Our checks, as sentences; none means the package is consistent with its environment. */
export function packageProblems(env: DeploymentEnvironment, contents: PackageContents): string[] {
  const problems: string[] = [];
  teamsProblems(env, contents, problems);
  unifiedUrlProblems(env, contents, problems);
  xmlUrlProblems(env, contents.xml, problems);
  unifiedIconProblems(contents, problems);
  xmlIconProblems(contents, problems);
  consistencyProblems(env, contents, problems);
  return problems;
}
