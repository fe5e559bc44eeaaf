// Draws the extension's icon, images/icon.png (128 x 128): a report sheet inside the ring of
// twelve stars, on the EU's blue. Run `node scripts/make-icon.mjs` after changing it; the PNG
// is committed. Plain Node: a supersampled rasteriser and a minimal PNG encoder.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 128;
const SAMPLES = 4; // per axis, for smooth edges

const BLUE = [0, 51, 153];
const YELLOW = [255, 204, 0];
const WHITE = [255, 255, 255];
const INK = [0, 51, 153];

const inRoundedSquare = (x, y) => {
  const r = 22;
  const cx = Math.min(Math.max(x, r), SIZE - r);
  const cy = Math.min(Math.max(y, r), SIZE - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};

const stars = Array.from({ length: 12 }, (_, i) => {
  const a = (i / 12) * 2 * Math.PI;
  return [64 + 46 * Math.cos(a), 64 + 46 * Math.sin(a)];
});
const inStar = (x, y) =>
  stars.some(([sx, sy]) => {
    // a five-pointed star of radius 7: inside when the radius at this angle allows it
    const dx = x - sx;
    const dy = y - sy;
    const d = Math.hypot(dx, dy);
    if (d > 7) return false;
    const angle = Math.atan2(dy, dx) + Math.PI / 2;
    const k = ((((angle / (2 * Math.PI)) * 5) % 1) + 1) % 1; // position within one point
    const t = Math.abs(k - 0.5) * 2; // 1 at the tip, 0 between tips
    return d <= 3 + 4 * t * t;
  });

const sheet = { x0: 42, y0: 34, x1: 86, y1: 94, fold: 12 };
const inSheet = (x, y) =>
  x >= sheet.x0 && x <= sheet.x1 && y >= sheet.y0 && y <= sheet.y1 && x - sheet.x1 + sheet.fold <= y - sheet.y0;
const inFold = (x, y) =>
  x <= sheet.x1 &&
  y >= sheet.y0 &&
  x - sheet.x1 + sheet.fold >= y - sheet.y0 &&
  x >= sheet.x1 - sheet.fold &&
  y <= sheet.y0 + sheet.fold;
const lines = [
  [48, 46, 72],
  [48, 56, 80],
  [52, 64, 80],
  [52, 72, 76],
  [48, 82, 66],
];
const inLine = (x, y) => lines.some(([x0, ly, x1]) => x >= x0 && x <= x1 && Math.abs(y - ly) <= 2);

function colourAt(x, y) {
  if (!inRoundedSquare(x, y)) return null;
  if (inLine(x, y) && inSheet(x, y)) return INK;
  if (inFold(x, y)) return [200, 210, 235];
  if (inSheet(x, y)) return WHITE;
  if (inStar(x, y)) return YELLOW;
  return BLUE;
}

const raw = Buffer.alloc((SIZE * 4 + 1) * SIZE);
for (let y = 0; y < SIZE; y++) {
  raw[y * (SIZE * 4 + 1)] = 0; // filter: none
  for (let x = 0; x < SIZE; x++) {
    const sum = [0, 0, 0];
    let covered = 0;
    for (let sy = 0; sy < SAMPLES; sy++) {
      for (let sx = 0; sx < SAMPLES; sx++) {
        const c = colourAt(x + (sx + 0.5) / SAMPLES, y + (sy + 0.5) / SAMPLES);
        if (!c) continue;
        covered++;
        for (let i = 0; i < 3; i++) sum[i] += c[i];
      }
    }
    const o = y * (SIZE * 4 + 1) + 1 + x * 4;
    for (let i = 0; i < 3; i++) raw[o + i] = covered ? Math.round(sum[i] / covered) : 0;
    raw[o + 3] = Math.round((covered / (SAMPLES * SAMPLES)) * 255);
  }
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
};
const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header[8] = 8; // bit depth
header[9] = 6; // RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync(new URL('../images/icon.png', import.meta.url), png);
console.log(`images/icon.png: ${png.length} bytes`);
