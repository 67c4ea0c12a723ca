// The app package as a council's administrator uploads it: unzipped, its manifest checked against Microsoft's v1.30
// JSON Schema bundled in @microsoft/app-manifest (offline), and the XML add-in it hides checked to be the one we ship.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import AdmZip from 'adm-zip';
import { cli, envText, ROOT, tempProject } from './package-fixture';
import { AppManifestUtils } from '@microsoft/app-manifest';
import type { TeamsManifest } from '@microsoft/app-manifest';
import { findAll, parseXml } from '../../src/cli/commands/validate-xml';

const SCHEMA_FILE = path.join(
  ROOT,
  'node_modules/@microsoft/app-manifest/build/json-schemas/teams/v1.30/MicrosoftTeams.schema.json',
);
// The schema's patterns use \a and \v, which JSON does not allow; the package reads them the same way.
const schema = JSON.parse(
  readFileSync(SCHEMA_FILE, 'utf8').replace(/\\a/g, '\\u0007').replace(/\\v/g, '\\u000b'),
) as Parameters<typeof AppManifestUtils.validateAgainstSchema>[1];

type Manifest = {
  id: string;
  version: string;
  staticTabs: { entityId: string; contentUrl: string; scopes: string[] }[];
  configurableTabs: {
    configurationUrl: string;
    canUpdateConfiguration: boolean;
    scopes: string[];
    context: string[];
  }[];
  bots: { botId: string; scopes: string[] }[];
  webApplicationInfo: { id: string; resource: string };
  extensions: {
    runtimes: { code: { page: string }; actions: { id: string; type: string; pinnable: boolean }[] }[];
    ribbons: { contexts: string[]; tabs: { groups: { controls: { label: string; actionId: string }[] }[] }[] }[];
    alternates: { hide?: { customOfficeAddin: { officeAddinId: string } } }[];
  }[];
};

const project = tempProject({ sandbox: envText('sandbox'), example: envText('example') });
const out = path.join(project, 'out');

beforeAll(async () => {
  expect(await cli(project, 'package', '--out', out)).toMatchObject({ code: 0, stderr: '' });
});

const unzip = (name: string) => new AdmZip(path.join(out, `referral-card-${name}.zip`));
const manifestOf = (name: string) => JSON.parse(unzip(name).readAsText('manifest.json')) as Manifest;
const xmlOf = (name: string) =>
  parseXml(readFileSync(path.join(out, `referral-card-${name}-outlook.xml`), 'utf8')).root!;

describe.each([
  ['sandbox', 'https://localhost:3000'],
  ['example', 'https://referrals.example.gov.uk'],
])('the %s app package', (name, origin) => {
  test('its manifest is valid against the bundled v1.30 schema', async () => {
    const manifest = manifestOf(name) as unknown as TeamsManifest;
    expect(manifest).toMatchObject({ manifestVersion: '1.30' });
    expect(await AppManifestUtils.validateAgainstSchema(manifest, schema)).toEqual([]);
  });

  test('the XML twin has an id of its own, and it is the one alternates hides', () => {
    const manifest = manifestOf(name);
    const xmlId = xmlOf(name).children.find((c) => c.name === 'Id')!.text;
    const hidden = manifest.extensions[0]!.alternates.flatMap((a) => a.hide?.customOfficeAddin.officeAddinId ?? []);
    expect(hidden).toEqual([xmlId]);
    expect(xmlId).not.toBe(manifest.id);
  });

  test('"Refer" on message read and compose opens outlook.html, which can be pinned; the personal tab is teams.html', () => {
    const manifest = manifestOf(name);
    const [extension] = manifest.extensions;
    const ribbon = extension!.ribbons.find(
      (r) => r.contexts.includes('mailRead') && r.contexts.includes('mailCompose'),
    );
    const refer = ribbon!.tabs.flatMap((t) => t.groups.flatMap((g) => g.controls)).find((c) => c.label === 'Refer');
    const action = extension!.runtimes[0]!.actions.find((a) => a.id === refer!.actionId);
    expect(action).toMatchObject({ type: 'openPage', pinnable: true });
    expect(extension!.runtimes[0]!.code.page).toBe(`${origin}/outlook.html`);
    expect(manifest.staticTabs[0]).toEqual(
      expect.objectContaining({ contentUrl: `${origin}/teams.html`, scopes: ['personal'] }),
    );
  });

  test('the triage board is a channel tab a team configures and a personal tab; the bot is the environment’s', () => {
    const manifest = manifestOf(name);
    expect(manifest.configurableTabs).toEqual([
      {
        configurationUrl: `${origin}/board-config.html`,
        canUpdateConfiguration: true,
        scopes: ['team'],
        context: ['channelTab'],
      },
    ]);
    expect(manifest.staticTabs.find((t) => t.entityId === 'triage-board')).toMatchObject({
      contentUrl: `${origin}/board-teams.html`,
      websiteUrl: `${origin}/board.html`,
      scopes: ['personal'],
    });
    const botId = /^REFERRAL_CARD_BOT_ID=(.+)$/m.exec(envText(name))![1];
    expect(manifest.bots).toEqual([expect.objectContaining({ botId, scopes: ['team'], isNotificationOnly: false })]);
  });

  test('the XML twin has the same page, button and app registration', () => {
    const manifest = manifestOf(name);
    const xml = xmlOf(name);
    const urls = findAll(xml, 'bt:Url').map((u) => u.attrs.DefaultValue);
    expect(urls).toEqual([`${origin}/outlook.html`]);
    const surfaces = findAll(xml, 'ExtensionPoint').map((e) => e.attrs['xsi:type']);
    expect(surfaces).toEqual([
      'MessageReadCommandSurface',
      'MessageComposeCommandSurface',
      'MobileMessageReadCommandSurface',
    ]);
    const strings = findAll(xml, 'bt:String').map((s) => s.attrs.DefaultValue);
    expect(strings).toContain('Refer');
    const webApp = findAll(xml, 'WebApplicationInfo')[0]!;
    expect(webApp.children.map((c) => c.text).slice(0, 2)).toEqual([
      manifest.webApplicationInfo.id,
      manifest.webApplicationInfo.resource,
    ]);
    expect(findAll(xml, 'Version')[0]!.text).toBe(`${manifest.version}.0`);
  });
});

test('a manifest the schema refuses is refused: the check is not a formality', async () => {
  const manifest = manifestOf('example');
  const broken = { ...manifest, id: 'not-a-guid', extensions: [...manifest.extensions, ...manifest.extensions] };
  const errors = await AppManifestUtils.validateAgainstSchema(broken as unknown as TeamsManifest, schema);
  expect(errors.join('\n')).toMatch(/\/id must match pattern/);
  expect(errors.join('\n')).toMatch(/\/extensions must NOT have more than 1 items/);
});
