// The icons the manifests name, as manifest/make-icons.js writes them: decoded here to check every size and colour rule.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { pngSize } from '../../src/cli/commands/validate-checks';

const ICONS = join(__dirname, '..', '..', 'manifest', 'icons');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { makeIcons, ICON_SIZES } = require('../../manifest/make-icons.js') as {
  makeIcons: (dir: string) => string[];
  ICON_SIZES: number[];
};

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

describe('manifest/icons', () => {
  test('color.png is 192×192 and opaque', () => {
    const png = readPng(join(ICONS, 'color.png'));
    expect([png.width, png.height]).toEqual([192, 192]);
    expect(png.pixels.every(([, , , a]) => a === 255)).toBe(true);
  });

  test('outline.png is 32×32, white on a fully transparent background', () => {
    const png = readPng(join(ICONS, 'outline.png'));
    expect([png.width, png.height]).toEqual([32, 32]);
    expect(png.pixels.some(([, , , a]) => a === 0)).toBe(true);
    expect(png.pixels.some(([, , , a]) => a === 255)).toBe(true);
    const drawn = png.pixels.filter(([, , , a]) => a! > 0);
    expect(drawn.every(([r, g, b]) => r === 255 && g === 255 && b === 255)).toBe(true);
  });

  test('every ribbon, add-in and mobile size is there, opaque and square', () => {
    expect(ICON_SIZES).toEqual(expect.arrayContaining([16, 32, 80, 64, 128, 25, 50, 75, 48, 96, 144]));
    for (const size of ICON_SIZES) {
      const png = readPng(join(ICONS, `icon-${size}.png`));
      expect({ size, width: png.width, height: png.height }).toEqual({ size, width: size, height: size });
      expect(png.pixels.every(([, , , a]) => a === 255)).toBe(true);
    }
  });

  test('the committed icons are what manifest/make-icons.js writes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'icons-'));
    try {
      const files = makeIcons(dir);
      expect(files).toHaveLength(ICON_SIZES.length + 2);
      for (const file of files)
        expect(readFileSync(join(dir, file)).equals(readFileSync(join(ICONS, file)))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('pngSize', () => {
  test('reads the size from the header, and refuses what is not a PNG', () => {
    expect(pngSize(readFileSync(join(ICONS, 'icon-80.png')))).toEqual({ width: 80, height: 80 });
    expect(pngSize(Buffer.from('GIF89a this is not a png at all'))).toBeUndefined();
    expect(pngSize(readFileSync(join(ICONS, 'icon-80.png')).subarray(0, 20))).toBeUndefined();
    expect(pngSize(undefined)).toBeUndefined();
  });
});
