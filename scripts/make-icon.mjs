// Draws images/icon.png (128×128): a padlock on a shield, the marketplace icon of the extension.
// Plain Node (zlib + a CRC table), so the icon can be redrawn from a fresh clone:
// `node scripts/make-icon.mjs`. Shapes are signed-distance tests, supersampled 4×4 for smooth edges.
import { writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const SIZE = 128;
const SS = 4;

const BACKGROUND = [18, 52, 86];
const SHIELD = [46, 160, 120];
const LOCK = [255, 255, 255];

function roundedRect(x, y, x0, y0, x1, y1, r) {
  const cx = Math.max(x0 + r, Math.min(x, x1 - r));
  const cy = Math.max(y0 + r, Math.min(y, y1 - r));
  return Math.hypot(x - cx, y - cy) <= r;
}

function shield(x, y) {
  // Flat top, straight sides down to y=70, then two arcs meeting in a point at the bottom.
  if (y < 18 || y > 114 || x < 24 || x > 104) return false;
  if (y <= 70) return true;
  const t = (y - 70) / 44;
  const half = 40 * Math.sqrt(Math.max(0, 1 - t * t));
  return Math.abs(x - 64) <= half;
}

function lock(x, y) {
  const body = roundedRect(x, y, 44, 58, 84, 92, 5);
  const ring = Math.hypot(x - 64, y - 56);
  const shackle = y <= 58 && ring <= 15 && ring >= 9;
  const sides = y > 56 && y <= 62 && ((x >= 49 && x <= 55) || (x >= 73 && x <= 79));
  const keyhole = Math.hypot(x - 64, y - 72) <= 4.5 || (Math.abs(x - 64) <= 2 && y >= 72 && y <= 83);
  return (body && !keyhole) || shackle || sides;
}

function pixel(px, py) {
  const acc = [0, 0, 0, 0];
  for (let sy = 0; sy < SS; sy++) {
    for (let sx = 0; sx < SS; sx++) {
      const x = px + (sx + 0.5) / SS;
      const y = py + (sy + 0.5) / SS;
      if (!roundedRect(x, y, 0, 0, SIZE, SIZE, 24)) continue;
      const c = lock(x, y) ? LOCK : shield(x, y) ? SHIELD : BACKGROUND;
      acc[0] += c[0];
      acc[1] += c[1];
      acc[2] += c[2];
      acc[3] += 255;
    }
  }
  const n = SS * SS;
  const covered = acc[3] / 255;
  return covered === 0 ? [0, 0, 0, 0] : [acc[0] / covered, acc[1] / covered, acc[2] / covered, acc[3] / n].map(Math.round);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function drawIcon() {
  const raw = Buffer.alloc(SIZE * (1 + SIZE * 4));
  for (let y = 0; y < SIZE; y++) {
    const row = y * (1 + SIZE * 4);
    raw[row] = 0; // filter: none
    for (let x = 0; x < SIZE; x++) raw.set(pixel(x, y), row + 1 + x * 4);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(SIZE, 0);
  ihdr.writeUInt32BE(SIZE, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const out = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'images', 'icon.png');
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, drawIcon());
console.log(`wrote ${path.relative(process.cwd(), out)}`);
