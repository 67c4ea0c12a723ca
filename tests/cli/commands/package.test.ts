import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import path from 'node:path';
import AdmZip from 'adm-zip';
import { XMLParser } from 'fast-xml-parser';
import { escapeXml, fillTemplate } from '../../../src/cli/commands/package';
import { cli, envText, tempProject, withSetting } from '../../manifest/package-fixture';

const BUILD = path.join('appPackage', 'build');

describe('referral-card package and validate', () => {
  const project = tempProject({ sandbox: envText('sandbox'), example: envText('example') });

  test('package writes a zip and an XML manifest per environment, and validate passes them, offline', async () => {
    const packaged = await cli(project, 'package');
    expect(packaged).toMatchObject({ code: 0, stderr: '' });
    expect(readdirSync(path.join(project, BUILD)).sort()).toEqual([
      'referral-card-example-outlook.xml',
      'referral-card-example.zip',
      'referral-card-sandbox-outlook.xml',
      'referral-card-sandbox.zip',
    ]);
    const validated = await cli(project, 'validate');
    expect(validated).toMatchObject({ code: 0, stderr: '' });
    expect(validated.stdout).toMatch(/example: .* are valid/);
    expect(validated.stdout).toMatch(/sandbox: .* are valid/);
  });

  test('package and validate make no network request at all', async () => {
    const dir = tempProject({ sandbox: envText('sandbox'), example: envText('example') });
    const refuse = () => {
      throw new Error('offline: no network request allowed');
    };
    const spies = [
      jest.spyOn(globalThis, 'fetch').mockImplementation(refuse),
      jest.spyOn(http, 'request').mockImplementation(refuse),
      jest.spyOn(http, 'get').mockImplementation(refuse),
      jest.spyOn(https, 'request').mockImplementation(refuse),
      jest.spyOn(https, 'get').mockImplementation(refuse),
    ];
    try {
      expect(await cli(dir, 'package')).toMatchObject({ code: 0, stderr: '' });
      expect(await cli(dir, 'validate')).toMatchObject({ code: 0, stderr: '' });
      for (const spy of spies) expect(spy).not.toHaveBeenCalled();
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  });

  test('the zip holds the manifest and its two icons; packaging twice gives the same bytes', async () => {
    await cli(project, 'package', '--env', 'example');
    const first = readFileSync(path.join(project, BUILD, 'referral-card-example.zip'));
    await cli(project, 'package', '--env', 'example');
    expect(readFileSync(path.join(project, BUILD, 'referral-card-example.zip')).equals(first)).toBe(true);
    const names = new AdmZip(first).getEntries().map((e) => e.entryName);
    expect(names.sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
  });

  test('the example environment fills in the council’s values', async () => {
    await cli(project, 'package', '--env', 'example');
    const zip = new AdmZip(path.join(project, BUILD, 'referral-card-example.zip'));
    const manifest = JSON.parse(zip.readAsText('manifest.json')) as Record<string, unknown>;
    expect(manifest).toMatchObject({
      id: '793863a5-be8c-4712-a07c-837b3f33a83b',
      developer: { name: 'Example Borough Council', privacyUrl: 'https://www.example.gov.uk/privacy' },
      validDomains: ['referrals.example.gov.uk'],
      webApplicationInfo: {
        id: '32b47a02-f3af-401c-a7d7-152c4f4cdaf3',
        resource: 'api://referrals.example.gov.uk/32b47a02-f3af-401c-a7d7-152c4f4cdaf3',
      },
    });
    expect(JSON.stringify(manifest)).not.toMatch(/\{\{|localhost/);
  });

  test('a council name with an ampersand and quotes is escaped in both manifests', async () => {
    const name = 'Barking & Dagenham "LBBD"';
    const dir = tempProject({ example: withSetting(envText('example'), 'REFERRAL_CARD_PUBLISHER', `'${name}'`) });
    expect(await cli(dir, 'package')).toMatchObject({ code: 0, stderr: '' });
    expect(await cli(dir, 'validate')).toMatchObject({ code: 0, stderr: '' });
    const zip = new AdmZip(path.join(dir, BUILD, 'referral-card-example.zip'));
    expect(JSON.parse(zip.readAsText('manifest.json'))).toMatchObject({ developer: { name } });
    const xml = readFileSync(path.join(dir, BUILD, 'referral-card-example-outlook.xml'), 'utf8');
    expect(xml).toContain('<ProviderName>Barking &amp; Dagenham &quot;LBBD&quot;</ProviderName>');
  });

  test('validate refuses a package changed after it was made, naming what is wrong', async () => {
    const dir = tempProject({ example: envText('example') });
    await cli(dir, 'package');
    const xmlPath = path.join(dir, BUILD, 'referral-card-example-outlook.xml');
    writeFileSync(
      xmlPath,
      readFileSync(xmlPath, 'utf8').replace(
        '<Id>7d0e5a63-0c1b-4d47-9a55-5a0f4f1f3c21</Id>',
        '<Id>11111111-2222-3333-4444-555555555555</Id>',
      ),
    );
    const zipPath = path.join(dir, BUILD, 'referral-card-example.zip');
    const zip = new AdmZip(zipPath);
    const manifest = zip
      .readAsText('manifest.json')
      .replace('https://referrals.example.gov.uk/teams.html', 'http://elsewhere.test/teams.html');
    zip.updateFile('manifest.json', Buffer.from(manifest));
    zip.writeZip(zipPath);
    const r = await cli(dir, 'validate', '--env', 'example');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Id must be REFERRAL_CARD_OUTLOOK_ADDIN_ID/);
    expect(r.stderr).toMatch(/alternates must hide the XML add-in \(11111111-2222-3333-4444-555555555555\)/);
    expect(r.stderr).toMatch(
      /staticTabs\[0\]\.contentUrl \(http:\/\/elsewhere\.test\/teams\.html\) is not on the hosting origin/,
    );
    expect(r.stderr).toMatch(/validDomains does not list elsewhere\.test/);
  });

  test('validate without a package says to make one', async () => {
    const dir = tempProject({ example: envText('example') });
    const r = await cli(dir, 'validate');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/run referral-card package --env example first/);
  });
});

describe('a broken environment stops the package, naming the setting', () => {
  const example = envText('example');

  test.each([
    [
      'a missing client id',
      withSetting(example, 'REFERRAL_CARD_CLIENT_ID', undefined),
      /REFERRAL_CARD_CLIENT_ID: missing\. Expected the Entra app registration's application \(client\) id/,
    ],
    [
      'an http: origin',
      withSetting(example, 'REFERRAL_CARD_ORIGIN', 'http://referrals.example.gov.uk'),
      /REFERRAL_CARD_ORIGIN: Expected an https:\/\/ address, not http:/,
    ],
    [
      'a bad GUID',
      withSetting(example, 'REFERRAL_CARD_APP_ID', '793863a5-be8c-4712-a07c'),
      /REFERRAL_CARD_APP_ID: Expected the id of the Microsoft 365 app/,
    ],
    [
      'the app id reused for the add-in',
      withSetting(example, 'REFERRAL_CARD_OUTLOOK_ADDIN_ID', '793863a5-be8c-4712-a07c-837b3f33a83b'),
      /REFERRAL_CARD_OUTLOOK_ADDIN_ID: Expected a GUID of its own/,
    ],
    [
      'a misspelt setting',
      withSetting(example, 'REFERRAL_CARD_CLIENTID', '32b47a02-f3af-401c-a7d7-152c4f4cdaf3'),
      /REFERRAL_CARD_CLIENTID: not a setting Referral Card knows/,
    ],
    [
      'an origin with a path',
      withSetting(example, 'REFERRAL_CARD_ORIGIN', 'https://referrals.example.gov.uk/card'),
      /REFERRAL_CARD_ORIGIN: Expected the address of the site only/,
    ],
    [
      'a publisher name too long',
      withSetting(example, 'REFERRAL_CARD_PUBLISHER', 'The Royal Borough of Somewhere Very Long'),
      /REFERRAL_CARD_PUBLISHER: Expected the council's name, at most 32 characters/,
    ],
    [
      'a bot id that is not a GUID',
      withSetting(example, 'REFERRAL_CARD_BOT_ID', 'referral-card-bot'),
      /REFERRAL_CARD_BOT_ID: Expected the bot's Entra application id/,
    ],
    [
      'a service binding whose channel is not a Teams channel id',
      withSetting(
        example,
        'REFERRAL_CARD_SERVICE_BINDINGS',
        '[{"mailbox":"a@example.gov.uk","teamId":"8d6e2f41-3b7a-4c59-9e12-6a0f4b3c2d18","channelId":"General","decidingGroupId":"b2e7c4a1-5f3d-4e89-8a6b-1c9d0e2f3a45","serviceManager":"m@example.gov.uk"}]',
      ),
      /REFERRAL_CARD_SERVICE_BINDINGS: Expected a Teams channel id, such as 19:abc@thread\.tacv2\. \(at 0\.channelId\)/,
    ],
    [
      'service bindings that are not JSON',
      withSetting(example, 'REFERRAL_CARD_SERVICE_BINDINGS', '[{mailbox: a@example.gov.uk}]'),
      /REFERRAL_CARD_SERVICE_BINDINGS: Expected a JSON list of service bindings on one line/,
    ],
    [
      'a line that is not NAME=value',
      `${example}\nREFERRAL_CARD_APP_NAME "Referral Card"\n`,
      /env\/\.env\.broken is not valid:\n {2}line \d+: expected NAME=value/,
    ],
  ])('%s', async (_, text, message) => {
    const dir = tempProject({ broken: text, example });
    const r = await cli(dir, 'package');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^env\/\.env\.broken is not valid:/);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    // Nothing is written, not even the good environment's package.
    expect(existsSync(path.join(dir, BUILD))).toBe(false);
  });

  test('an environment that does not exist, and a name that is not one', async () => {
    const dir = tempProject({ example });
    expect((await cli(dir, 'package', '--env', 'production')).stderr).toMatch(/Cannot read env\/\.env\.production/);
    expect((await cli(dir, 'package', '--env', '../etc')).stderr).toMatch(/--env \.\.\/etc: expected a name/);
    expect((await cli(tempProject({}), 'package')).stderr).toMatch(/There is no environment in env\//);
  });

  test('a template naming a value no setting gives is refused', async () => {
    const dir = tempProject({ example });
    const template = path.join(dir, 'manifest', 'manifest.template.json');
    writeFileSync(template, readFileSync(template, 'utf8').replace('{{APP_NAME}}', '{{APP_NICKNAME}}'));
    const r = await cli(dir, 'package');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/manifest\.template\.json names \{\{APP_NICKNAME\}\}, which no setting gives/);
  });
});

describe('template values are escaped for XML', () => {
  const template = '<Root name="{{NAME}}"><Text>{{NAME}}</Text></Root>';

  test('apostrophes, quotes, ampersands and angle brackets read back as written, &#39; as text too', () => {
    const name = `O'Neill & "Sons" <Trust> &#39;`;
    const xml = fillTemplate(template, { NAME: name }, escapeXml, 'template');
    expect(xml).not.toMatch(/<Trust>|"Sons"/);
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(xml) as {
      Root: { '@_name': string; Text: string };
    };
    expect(parsed.Root['@_name']).toBe(name);
    expect(parsed.Root.Text).toBe(name);
  });

  test('a placeholder no setting gives is refused, by name', () => {
    expect(() => fillTemplate(template, {}, escapeXml, 'template')).toThrow('template names {{NAME}}');
  });
});
