// Our own checks across the two manifests: the hosting origin, the domains, the icon sizes and the ids.
import { parseDeploymentEnv, parseEnvText } from '../../src/auth/auth-config-env';
import { renderPackage } from '../../src/cli/commands/package';
import { readIcons } from '../../src/cli/commands/validate-env';
import { packageProblems } from '../../src/cli/commands/validate-checks';
import type { PackageContents } from '../../src/cli/commands/validate-checks';
import { parseXml } from '../../src/cli/commands/validate-xml';
import { envText, ROOT } from './package-fixture';

const env = parseDeploymentEnv(parseEnvText(envText('example'), 'example'));

type Change = { manifest?: (json: string) => string; xml?: (text: string) => string };

async function contents(change: Change = {}): Promise<PackageContents> {
  const built = await renderPackage(ROOT, 'example', env);
  const manifest = JSON.parse((change.manifest ?? ((j) => j))(JSON.stringify(built.manifest))) as Record<
    string,
    unknown
  >;
  const xml = parseXml((change.xml ?? ((t) => t))(built.xmlText)).root!;
  return { manifest, files: built.files, xml, icons: await readIcons(ROOT) };
}

const replace = (from: string | RegExp, to: string) => (text: string) => {
  const changed = text.replace(from, to);
  expect(changed).not.toBe(text);
  return changed;
};

describe('packageProblems', () => {
  test('the example environment’s package has none', async () => {
    expect(packageProblems(env, await contents())).toEqual([]);
  });

  test.each<[string, Change, RegExp]>([
    [
      'a page on another origin',
      { manifest: replace('https://referrals.example.gov.uk/teams.html', 'https://evil.example/teams.html') },
      /staticTabs\[0\]\.contentUrl \(https:\/\/evil\.example\/teams\.html\) is not on the hosting origin/,
    ],
    [
      'a malformed address, reported rather than thrown',
      { manifest: replace('https://referrals.example.gov.uk/teams.html', 'https://referrals example/teams.html') },
      /contentUrl \(https:\/\/referrals example\/teams\.html\) is not on the hosting origin/,
    ],
    [
      'an unlisted domain',
      { manifest: replace('"validDomains":["referrals.example.gov.uk"]', '"validDomains":["other.example"]') },
      /validDomains does not list referrals\.example\.gov\.uk/,
    ],
    [
      'an XML page on another origin',
      {
        xml: replace(
          /bt:Url id="Card.Url" DefaultValue="[^"]+"/,
          'bt:Url id="Card.Url" DefaultValue="https://evil.example/x.html"',
        ),
      },
      /bt:Url @DefaultValue \(https:\/\/evil\.example\/x\.html\) is not on the hosting origin[\s\S]*The XML manifest opens https:\/\/evil\.example\/x\.html/,
    ],
    [
      'an XML origin not in AppDomains',
      { xml: replace(/<AppDomains>[\s\S]*<\/AppDomains>/, '') },
      /AppDomains does not list https:\/\/referrals\.example\.gov\.uk/,
    ],
    [
      'a ribbon icon of the wrong size',
      {
        manifest: replace(
          '{"size":80,"url":"https://referrals.example.gov.uk/assets/icon-80.png"}',
          '{"size":80,"url":"https://referrals.example.gov.uk/assets/icon-64.png"}',
        ),
      },
      /icons\[2\] \(icon-64\.png\) must be 80×80 pixels; it is 64×64/,
    ],
    [
      'a mobile icon of the wrong size',
      {
        xml: replace(
          '<bt:Image size="48" scale="3" resid="Icon.144"/>',
          '<bt:Image size="48" scale="3" resid="Icon.96"/>',
        ),
      },
      /image Icon\.96 at size 144 \(icon-96\.png\) must be 144×144 pixels/,
    ],
    [
      'an icon the build does not serve',
      { manifest: replace('assets/icon-16.png', 'assets/icon-17.png') },
      /\(icon-17\.png\) is not a PNG file we have/,
    ],
    [
      'an icon outside /assets/',
      { manifest: replace('assets/icon-32.png', 'images/icon-32.png') },
      /must be a PNG under \/assets\//,
    ],
    [
      'alternates hiding another add-in',
      {
        manifest: replace(
          '"officeAddinId":"7d0e5a63-0c1b-4d47-9a55-5a0f4f1f3c21"',
          '"officeAddinId":"11111111-1111-4111-8111-111111111111"',
        ),
      },
      /alternates must hide the XML add-in \(7d0e5a63-0c1b-4d47-9a55-5a0f4f1f3c21\), and only it/,
    ],
    [
      'another app registration in the XML',
      {
        xml: replace(/<Id>32b47a02-f3af-401c-a7d7-152c4f4cdaf3<\/Id>/, '<Id>11111111-1111-4111-8111-111111111111</Id>'),
      },
      /WebApplicationInfo Id must be REFERRAL_CARD_CLIENT_ID/,
    ],
    [
      'a resource that is not the Application ID URI',
      { manifest: replace('api://referrals.example.gov.uk/', 'api://other.example/') },
      /webApplicationInfo\.resource must be api:\/\/referrals\.example\.gov\.uk\/32b47a02/,
    ],
    [
      'versions that differ',
      { xml: replace(/<Version>[^<]+<\/Version>/, '<Version>9.9.9.9</Version>') },
      /Version must be \d+\.\d+\.\d+\.0, the app's version/,
    ],
    [
      'a bot that is not the environment’s',
      {
        manifest: replace(
          '"botId":"5c1f8a0e-7d2b-4e61-9a3c-2f4b6d8e0a17"',
          '"botId":"11111111-1111-4111-8111-111111111111"',
        ),
      },
      /bots must name one bot, REFERRAL_CARD_BOT_ID \(5c1f8a0e-7d2b-4e61-9a3c-2f4b6d8e0a17\)/,
    ],
    [
      'a bot that is not installed in teams',
      { manifest: replace('"scopes":["team"],"isNotificationOnly"', '"scopes":["personal"],"isNotificationOnly"') },
      /bots\[0\]\.scopes must include "team"/,
    ],
    [
      'a board tab that is not a channel tab',
      { manifest: replace('"context":["channelTab"]', '"context":["personalTab"]') },
      /configurableTabs must offer the board as a channel tab/,
    ],
    [
      'a board configuration page on another origin',
      {
        manifest: replace(
          'https://referrals.example.gov.uk/board-config.html',
          'https://evil.example/board-config.html',
        ),
      },
      /configurableTabs\[0\]\.configurationUrl \(https:\/\/evil\.example\/board-config\.html\) is not on the hosting origin/,
    ],
    [
      'no button in compose',
      { manifest: replace('"contexts":["mailRead","mailCompose"]', '"contexts":["mailRead"]') },
      /Both manifests must put the button on mailCompose/,
    ],
  ])('finds %s', async (_, change, message) => {
    expect(packageProblems(env, await contents(change)).join('\n')).toMatch(message);
  });

  test('without REFERRAL_CARD_BOT_ID the package has no bot, and a bot left in is named', async () => {
    const { REFERRAL_CARD_BOT_ID: _bot, ...rest } = env;
    const noBot = rest as typeof env;
    const built = await renderPackage(ROOT, 'example', noBot);
    expect(built.manifest).not.toHaveProperty('bots');
    const base = await contents();
    expect(packageProblems(noBot, { ...base, manifest: built.manifest as Record<string, unknown> })).toEqual([]);
    expect(packageProblems(noBot, base)).toContain('manifest.json names a bot, but REFERRAL_CARD_BOT_ID is not set.');
  });

  test('missing app icons are named', async () => {
    const base = await contents();
    const problems = packageProblems(env, { ...base, files: new Map([['color.png', base.icons.get('icon-80.png')!]]) });
    expect(problems).toEqual(
      expect.arrayContaining([
        'The colour icon must be 192×192 pixels; it is 80×80.',
        'The outline icon is not a PNG file we have.',
      ]),
    );
  });

  test('the environment, not the package, is the reference: another environment’s ids are refused', async () => {
    const other = parseDeploymentEnv(parseEnvText(envText('sandbox'), 'sandbox'));
    const problems = packageProblems(other, await contents()).join('\n');
    expect(problems).toMatch(/manifest\.json id must be REFERRAL_CARD_APP_ID \(067a65c4/);
    expect(problems).toMatch(/not on the hosting origin https:\/\/localhost:3000/);
  });
});
