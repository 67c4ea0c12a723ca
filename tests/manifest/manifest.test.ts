// The development manifest, checked offline. The official validator (@microsoft/app-manifest) is not a dependency of
// this package, so a zod schema of the fields we use stands in for the v1.27 JSON Schema (m365-platform.md §1).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { z } from 'zod';

const ROOT = join(__dirname, '..', '..');
const ORIGIN = 'https://localhost:3000';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { makeIcons } = require('../../manifest/make-icons.js') as { makeIcons: (dir: string) => string[] };

const guid = z.string().regex(/^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/);
const https = z
  .string()
  .max(2048)
  .regex(/^https:\/\//);
const icon = z.strictObject({ size: z.union([z.literal(16), z.literal(32), z.literal(80)]), url: https });
const icons = z.array(icon).min(3).max(8);
const mailbox13 = z.strictObject({
  capabilities: z
    .array(z.strictObject({ name: z.literal('Mailbox'), minVersion: z.string().regex(/^1\.(\d+)$/) }))
    .length(1),
  scopes: z.array(z.literal('mail')).optional(),
});

const manifestSchema = z.strictObject({
  $schema: z.literal('https://developer.microsoft.com/json-schemas/teams/v1.27/MicrosoftTeams.schema.json'),
  manifestVersion: z.literal('1.27'),
  version: z.string().regex(/^\d{1,5}\.\d{1,5}\.\d{1,5}$/),
  id: guid,
  developer: z.strictObject({ name: z.string().max(32), websiteUrl: https, privacyUrl: https, termsOfUseUrl: https }),
  name: z.strictObject({ short: z.string().min(1).max(30), full: z.string().max(100) }),
  description: z.strictObject({ short: z.string().min(1).max(80), full: z.string().min(1).max(4000) }),
  icons: z.strictObject({ color: z.literal('color.png'), outline: z.literal('outline.png') }),
  accentColor: z.string().regex(/^#[0-9a-fA-F]{6}$/),
  showLoadingIndicator: z.literal(true), // the tab calls app.notifySuccess (m365-platform.md §8)
  staticTabs: z
    .array(
      z.strictObject({
        entityId: z.string().max(64),
        name: z.string().max(128),
        contentUrl: https,
        websiteUrl: https,
        scopes: z.tuple([z.literal('personal')]),
      }),
    )
    .length(1),
  validDomains: z.array(z.string().max(2048)).max(16),
  webApplicationInfo: z.strictObject({ id: guid, resource: z.string().max(2048) }),
  authorization: z.strictObject({
    permissions: z.strictObject({
      resourceSpecific: z.array(
        z.strictObject({
          name: z.enum(['MailboxItem.Read.User', 'MailboxItem.ReadWrite.User']),
          type: z.literal('Delegated'),
        }),
      ),
    }),
  }),
  extensions: z
    .array(
      z.strictObject({
        requirements: mailbox13.extend({ scopes: z.tuple([z.literal('mail')]) }),
        runtimes: z
          .array(
            z.strictObject({
              requirements: mailbox13,
              id: z.string().max(64),
              type: z.literal('general'),
              code: z.strictObject({ page: https }),
              lifetime: z.literal('short'),
              actions: z
                .array(
                  z.strictObject({
                    id: z.string().max(64),
                    type: z.literal('openPage'),
                    view: z.string().max(64),
                    pinnable: z.boolean(),
                  }),
                )
                .min(1),
            }),
          )
          .min(1),
        ribbons: z
          .array(
            z.strictObject({
              contexts: z.array(z.enum(['mailRead', 'mailCompose'])).min(1),
              tabs: z.array(
                z.strictObject({
                  builtInTabId: z.literal('TabDefault'),
                  groups: z.array(
                    z.strictObject({
                      id: z.string().max(64),
                      label: z.string().max(64),
                      icons,
                      controls: z.array(
                        z.strictObject({
                          id: z.string().max(64),
                          type: z.literal('button'),
                          label: z.string().max(64),
                          icons,
                          supertip: z.strictObject({ title: z.string().max(64), description: z.string().max(250) }),
                          actionId: z.string().max(64),
                        }),
                      ),
                    }),
                  ),
                }),
              ),
            }),
          )
          .min(1),
      }),
    )
    .length(1), // one extension per app (m365-platform.md §1)
});

type Manifest = z.infer<typeof manifestSchema>;
const raw = JSON.parse(readFileSync(join(ROOT, 'manifest', 'manifest.dev.json'), 'utf8')) as unknown;

/** Width, height and RGBA pixels of a PNG written by manifest/make-icons.js (8-bit RGBA, filter 0). */
function readPng(file: string) {
  const data = readFileSync(file);
  expect(data.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const width = data.readUInt32BE(16);
  const height = data.readUInt32BE(20);
  expect([data[24], data[25]]).toEqual([8, 6]);
  const idat: Buffer[] = [];
  for (let at = 8; at < data.length;) {
    const length = data.readUInt32BE(at);
    if (data.toString('latin1', at + 4, at + 8) === 'IDAT') idat.push(data.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const rows = inflateSync(Buffer.concat(idat));
  const pixels: number[][] = [];
  for (let y = 0; y < height; y += 1) {
    expect(rows[y * (width * 4 + 1)]).toBe(0);
    for (let x = 0; x < width; x += 1) {
      const i = y * (width * 4 + 1) + 1 + x * 4;
      pixels.push([rows[i]!, rows[i + 1]!, rows[i + 2]!, rows[i + 3]!]);
    }
  }
  return { width, height, pixels };
}

describe('manifest/manifest.dev.json', () => {
  const parsed = manifestSchema.safeParse(raw);

  test('has the shape of a v1.27 unified manifest, in the fields we use', () => {
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  const manifest = parsed.data as Manifest;

  test('the Outlook extension needs Mailbox 1.3 or later (add-in commands) and opens outlook.html', () => {
    const [extension] = manifest.extensions;
    const version = Number(extension!.requirements.capabilities[0]!.minVersion.split('.')[1]);
    expect(version).toBeGreaterThanOrEqual(3);
    expect(extension!.runtimes[0]!.code.page).toBe(`${ORIGIN}/outlook.html`);
  });

  test('a "Refer" button on both message read and compose opens the task pane', () => {
    const [extension] = manifest.extensions;
    const actions = new Map(extension!.runtimes.flatMap((r) => r.actions.map((a) => [a.id, a] as const)));
    const ribbon = extension!.ribbons.find(
      (r) => r.contexts.includes('mailRead') && r.contexts.includes('mailCompose'),
    );
    const refer = ribbon?.tabs.flatMap((t) => t.groups.flatMap((g) => g.controls)).find((c) => c.label === 'Refer');
    expect(refer).toBeDefined();
    expect(actions.get(refer!.actionId)?.type).toBe('openPage');
  });

  test('a personal tab shows teams.html', () => {
    expect(manifest.staticTabs[0]).toMatchObject({ contentUrl: `${ORIGIN}/teams.html`, scopes: ['personal'] });
  });

  test('every page and icon it names is on a valid domain, and every ribbon icon is one the build serves', () => {
    const urls = JSON.stringify(manifest).match(/https:\/\/[^"\s)]+/g) ?? [];
    const pages = urls.filter((u) => !u.startsWith('https://developer.microsoft.com/'));
    for (const url of pages) expect(manifest.validDomains).toContain(new URL(url).host);
    const iconUrls = [...new Set(urls.filter((u) => u.includes('/assets/')))];
    expect(iconUrls.length).toBeGreaterThan(0);
    for (const url of iconUrls) {
      const file = new URL(url).pathname.replace('/assets/', '');
      const png = readPng(join(ROOT, 'manifest', 'icons', file));
      expect(`${png.width}`).toBe(file.match(/icon-(\d+)\.png/)?.[1]);
    }
  });

  test('webApplicationInfo is a placeholder whose resource follows the Entra convention api://<host>/<app id>', () => {
    const { id, resource } = manifest.webApplicationInfo;
    expect(resource).toBe(`api://localhost:3000/${id}`);
  });

  test('bad manifests are refused: two extensions, an http page, a long short name', () => {
    const m = raw as Manifest;
    expect(manifestSchema.safeParse({ ...m, extensions: [m.extensions[0], m.extensions[0]] }).success).toBe(false);
    const httpPage = structuredClone(m);
    httpPage.extensions[0]!.runtimes[0]!.code.page = 'http://localhost:3000/outlook.html';
    expect(manifestSchema.safeParse(httpPage).success).toBe(false);
    expect(manifestSchema.safeParse({ ...m, name: { ...m.name, short: 'x'.repeat(31) } }).success).toBe(false);
  });
});

describe('manifest/icons', () => {
  test('color.png is 192×192 and opaque', () => {
    const png = readPng(join(ROOT, 'manifest', 'icons', 'color.png'));
    expect([png.width, png.height]).toEqual([192, 192]);
    expect(png.pixels.every(([, , , a]) => a === 255)).toBe(true);
  });

  test('outline.png is 32×32, white on a fully transparent background', () => {
    const png = readPng(join(ROOT, 'manifest', 'icons', 'outline.png'));
    expect([png.width, png.height]).toEqual([32, 32]);
    expect(png.pixels.some(([, , , a]) => a === 0)).toBe(true);
    expect(png.pixels.some(([, , , a]) => a === 255)).toBe(true);
    expect(png.pixels.filter(([, , , a]) => a! > 0).every(([r, g, b]) => r === 255 && g === 255 && b === 255)).toBe(
      true,
    );
  });

  test('the committed icons are what manifest/make-icons.js writes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'icons-'));
    try {
      for (const file of makeIcons(dir))
        expect(readFileSync(join(dir, file)).equals(readFileSync(join(ROOT, 'manifest', 'icons', file)))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
