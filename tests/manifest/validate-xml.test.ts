// The XML manifest's structural check: what Outlook requires, in its schema's order, with every resource named.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { escapeXml, fillTemplate, templateValues } from '../../src/cli/commands/package';
import { xmlManifestProblems } from '../../src/cli/commands/validate-xml';
import { parseDeploymentEnv, parseEnvText } from '../../src/auth/auth-config-env';
import { envText, ROOT } from './package-fixture';

const env = parseDeploymentEnv(parseEnvText(envText('example'), 'example'));
const template = readFileSync(path.join(ROOT, 'manifest', 'outlook-addin.template.xml'), 'utf8');
const good = fillTemplate(template, templateValues(env, '1.2.3'), escapeXml, 'template');

const problemsOf = (text: string) => xmlManifestProblems(text).problems;

describe('xmlManifestProblems', () => {
  test('the filled template has none', () => {
    expect(problemsOf(good)).toEqual([]);
  });

  test.each([
    [
      'a missing Permissions',
      (t: string) => t.replace(/<Permissions>.*<\/Permissions>/, ''),
      /OfficeApp is missing <Permissions>/,
    ],
    [
      'elements out of order',
      (t: string) => t.replace(/(<ProviderName>.*<\/ProviderName>)\s*(<DefaultLocale>.*<\/DefaultLocale>)/, '$2$1'),
      /OfficeApp\/ProviderName is out of order/,
    ],
    [
      'an Id that is not a GUID',
      (t: string) => t.replace(/<Id>[^<]+<\/Id>/, '<Id>referral-card</Id>'),
      /OfficeApp\/Id must be a GUID/,
    ],
    [
      'an http page',
      (t: string) => t.replace(/SourceLocation DefaultValue="https:/, 'SourceLocation DefaultValue="http:'),
      /DesktopSettings\/SourceLocation @DefaultValue must be an https:\/\/ URL/,
    ],
    [
      'an unknown permission',
      (t: string) => t.replace('<Permissions>ReadItem', '<Permissions>Everything'),
      /Permissions must be "Restricted" or "ReadItem"/,
    ],
    [
      'a resid with no resource',
      (t: string) => t.replace('<Label resid="Refer.Label"/>', '<Label resid="Refer.Missing"/>'),
      /<Label resid="Refer.Missing"> needs an entry in <bt:ShortStrings>/,
    ],
    [
      'a label pointing at a URL',
      (t: string) => t.replace('<Label resid="Group.Label"/>', '<Label resid="Card.Url"/>'),
      /<Label resid="Card.Url"> needs an entry in <bt:ShortStrings>/,
    ],
    [
      'a resource nobody uses',
      (t: string) => t.replace('<bt:Urls>', '<bt:Urls><bt:Url id="Spare.Url" DefaultValue="https://x.test/"/>'),
      /The resource "Spare.Url" is not used/,
    ],
    [
      'a tooltip too long',
      (t: string) => t.replace('Opens the referral card beside this email', 'x'.repeat(260)),
      /must be at most 250 characters/,
    ],
    ['a second Id', (t: string) => t.replace(/(<Id>[^<]+<\/Id>)/, '$1$1'), /OfficeApp\/Id appears more than once/],
    [
      'an element Outlook does not know',
      (t: string) => t.replace('<Hosts>', '<Hostz/><Hosts>'),
      /OfficeApp\/Hostz is not an element Outlook expects here/,
    ],
    [
      'a stray attribute',
      (t: string) => t.replace('<Host Name="Mailbox"/>', '<Host Name="Mailbox" Kind="x"/>'),
      /an attribute Outlook does not expect: Kind/,
    ],
    [
      'no desktop button surface type',
      (t: string) => t.replace('xsi:type="ShowTaskpane"', 'xsi:type="ShowPopup"'),
      /Action\[ShowPopup\] is not an element Outlook expects here/,
    ],
    [
      'a mobile icon without its scale',
      (t: string) => t.replace('size="25" scale="1"', 'size="25"'),
      /@scale is missing/,
    ],
  ])('finds %s', (_, change, message) => {
    const changed = change(good);
    expect(changed).not.toBe(good);
    expect(problemsOf(changed).join('\n')).toMatch(message);
  });

  test('text that is not XML, or another kind of add-in, is a problem in words', () => {
    expect(problemsOf('<OfficeApp><Id>')).toEqual([
      expect.stringMatching(/^It is not well-formed XML: .* \(line 1\)\.$/),
    ]);
    expect(problemsOf(good.replace('xsi:type="MailApp"', 'xsi:type="TaskPaneApp"'))).toEqual([
      'Its root must be one <OfficeApp xsi:type="MailApp"> element.',
    ]);
    expect(problemsOf('')).toHaveLength(1);
  });

  test('values are escaped: a council name with an ampersand stays well-formed', () => {
    const values = { ...templateValues(env, '1.2.3'), PUBLISHER: 'Barking & Dagenham <LBBD>' };
    const text = fillTemplate(template, values, escapeXml, 'template');
    expect(problemsOf(text)).toEqual([]);
    expect(text).toContain('<ProviderName>Barking &amp; Dagenham &lt;LBBD&gt;</ProviderName>');
  });
});
