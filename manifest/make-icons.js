#!/usr/bin/env node
// Writes the icons as PNGs with Node alone (no image packages), in every size the manifests ask for: the Microsoft 365
// app icons (color.png 192×192 with a 96×96 symbol, outline.png 32×32 white on transparent), the Outlook ribbon
// buttons (16, 32, 80 px), the add-in's own icons (64 and 128 px) and Outlook mobile's buttons (25, 32 and 48 px at
// one, two and three times). The web build serves every icon-*.png under /assets/. Run: node manifest/make-icons.js
'use strict';
const { writeFileSync, mkdirSync } = require('node:fs');
const { join } = require('node:path');
const { deflateSync } = require('node:zlib');

const BRAND = [0x2f, 0x55, 0x97]; // a council-blue
const WHITE = [0xff, 0xff, 0xff];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** Encodes RGBA pixels (size×size×4) as a PNG. */
function encodePng(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y += 1) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const inRoundRect = (x, y, [x0, y0, x1, y1], r) => {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};

// The symbol in a unit square: a referral card with three lines of text and a forward arrow.
const CARD = [0.1, 0.16, 0.9, 0.84];
const LINES = [
  [0.24, 0.32, 0.62, 0.4],
  [0.24, 0.46, 0.76, 0.54],
  [0.24, 0.6, 0.52, 0.68],
];
const inLines = (x, y) => LINES.some(([x0, y0, x1, y1]) => x >= x0 && x <= x1 && y >= y0 && y <= y1);

/** 'filled': white card, brand lines (on a brand background); 'outline': white card edge and lines only. */
function symbolCoverage(x, y, style) {
  if (style === 'filled') {
    if (!inRoundRect(x, y, CARD, 0.08)) return undefined;
    return inLines(x, y) ? 'line' : 'card';
  }
  const edge =
    inRoundRect(x, y, CARD, 0.1) &&
    !inRoundRect(x, y, [CARD[0] + 0.09, CARD[1] + 0.09, CARD[2] - 0.09, CARD[3] - 0.09], 0.02);
  return edge || inLines(x, y) ? 'card' : undefined;
}

/** Renders with 4×4 supersampling, so edges are smooth at 16 px. */
function render(size, { background, symbolBox, style }) {
  const rgba = Buffer.alloc(size * size * 4);
  const [bx, by, bs] = symbolBox; // the symbol's box, in pixels
  const S = 4;
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < S; sy += 1) {
        for (let sx = 0; sx < S; sx += 1) {
          const x = (px + (sx + 0.5) / S - bx) / bs;
          const y = (py + (sy + 0.5) / S - by) / bs;
          const hit = symbolCoverage(x, y, style);
          const colour = hit === 'card' ? WHITE : hit === 'line' ? BRAND : background;
          if (colour) {
            r += colour[0];
            g += colour[1];
            b += colour[2];
            a += 255;
          }
        }
      }
      const n = S * S;
      const i = (py * size + px) * 4;
      const alpha = a / n;
      // Straight (not premultiplied) alpha: average colour over the covered samples.
      rgba[i] = alpha ? Math.round((r / a) * 255) : 0;
      rgba[i + 1] = alpha ? Math.round((g / a) * 255) : 0;
      rgba[i + 2] = alpha ? Math.round((b / a) * 255) : 0;
      rgba[i + 3] = Math.round(alpha);
    }
  }
  return encodePng(size, rgba);
}

/** A ribbon or add-in icon: full bleed when small; from 64 px up, the symbol keeps a margin of a tenth. */
const brandIcon = (size) => {
  const margin = size >= 64 ? size / 10 : 0;
  return render(size, { background: BRAND, symbolBox: [margin, margin, size - 2 * margin], style: 'filled' });
};

// Ribbon 16/32/80; add-in icon 64 and its high-resolution 128; mobile 25/32/48 at scales 1-3 (50, 75, 64, 96, 144).
const ICON_SIZES = [16, 25, 32, 48, 50, 64, 75, 80, 96, 128, 144];

function makeIcons(dir = join(__dirname, 'icons')) {
  mkdirSync(dir, { recursive: true });
  const files = {
    // Teams: 192×192, symbol 96×96 with 48 px padding, full-bleed colour.
    'color.png': render(192, { background: BRAND, symbolBox: [48, 48, 96], style: 'filled' }),
    // Teams: 32×32, white on a fully transparent background.
    'outline.png': render(32, { background: undefined, symbolBox: [0, 0, 32], style: 'outline' }),
    ...Object.fromEntries(ICON_SIZES.map((size) => [`icon-${size}.png`, brandIcon(size)])),
  };
  for (const [name, png] of Object.entries(files)) writeFileSync(join(dir, name), png);
  return Object.keys(files);
}

module.exports = { encodePng, crc32, makeIcons, ICON_SIZES };

if (require.main === module) {
  console.log(`Wrote ${makeIcons().join(', ')} to manifest/icons/.`);
}
