// Draws Loopscope's icon (no downloads, no image libraries): the event loop as a ring with an
// arrow, a task token riding it, and a call stack in the middle. Writes icon.png (1024 px,
// what electron-builder turns into .icns, .ico and the Linux icons) and icon.svg (the same
// drawing, for the web build and the README).
//
//   node electron/resources/make-icon.mjs
import { Buffer } from 'node:buffer';
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 1024;
const C = SIZE / 2;
const RING = { radius: 262, width: 66 };
const GAP = { from: -62, to: -22 }; // degrees, clockwise from 3 o'clock (y points down)
const TOKEN = { angle: 135, radius: 50, outline: 12 };
const BARS = [
  { y: 446, width: 196 },
  { y: 512, width: 156 },
  { y: 578, width: 116 },
];
const BAR_HEIGHT = 40;
const colors = {
  top: [0x2a, 0x2e, 0x3d],
  bottom: [0x14, 0x16, 0x1e],
  ring: [0xf7, 0xc9, 0x48],
  token: [0xff, 0x6b, 0x6b],
  bars: [0x7d, 0xd3, 0xfc],
};

const rad = (deg) => (deg * Math.PI) / 180;
const onRing = (deg, r = RING.radius) => [C + r * Math.cos(rad(deg)), C + r * Math.sin(rad(deg))];

// The arrow head: at the ring's clockwise end (the start of the gap), pointing clockwise.
const arrowBase = onRing(GAP.from);
const tangent = [-Math.sin(rad(GAP.from)), Math.cos(rad(GAP.from))];
const normal = [Math.cos(rad(GAP.from)), Math.sin(rad(GAP.from))];
const arrow = [
  [arrowBase[0] + normal[0] * 92, arrowBase[1] + normal[1] * 92],
  [arrowBase[0] - normal[0] * 92, arrowBase[1] - normal[1] * 92],
  [arrowBase[0] + tangent[0] * 118, arrowBase[1] + tangent[1] * 118],
];
const token = onRing(TOKEN.angle);

function inRoundedRect(x, y, left, top, width, height, radius) {
  const dx = Math.max(left + radius - x, 0, x - (left + width - radius));
  const dy = Math.max(top + radius - y, 0, y - (top + height - radius));
  return (
    x >= left &&
    x <= left + width &&
    y >= top &&
    y <= top + height &&
    dx * dx + dy * dy <= radius * radius
  );
}

function inTriangle(x, y, [a, b, c]) {
  const side = (p, q) => (q[0] - p[0]) * (y - p[1]) - (q[1] - p[1]) * (x - p[0]);
  const s1 = side(a, b);
  const s2 = side(b, c);
  const s3 = side(c, a);
  return (s1 >= 0 && s2 >= 0 && s3 >= 0) || (s1 <= 0 && s2 <= 0 && s3 <= 0);
}

/** The colour at one point, or null outside the icon. */
function colourAt(x, y) {
  if (!inRoundedRect(x, y, 96, 96, 832, 832, 186)) return null;
  const t = (y - 96) / 832;
  let colour = colors.top.map((v, i) => v + (colors.bottom[i] - v) * t);
  const dx = x - C;
  const dy = y - C;
  const distance = Math.hypot(dx, dy);
  const angle = (Math.atan2(dy, dx) * 180) / Math.PI;
  const inGap = angle > GAP.from && angle < GAP.to;
  if (Math.abs(distance - RING.radius) <= RING.width / 2 && !inGap) colour = colors.ring;
  if (inTriangle(x, y, arrow)) colour = colors.ring;
  const tokenDistance = Math.hypot(x - token[0], y - token[1]);
  if (tokenDistance <= TOKEN.radius + TOKEN.outline) colour = colors.bottom;
  if (tokenDistance <= TOKEN.radius) colour = colors.token;
  for (const bar of BARS) {
    if (
      inRoundedRect(
        x,
        y,
        C - bar.width / 2,
        bar.y - BAR_HEIGHT / 2,
        bar.width,
        BAR_HEIGHT,
        BAR_HEIGHT / 2,
      )
    ) {
      colour = colors.bars;
    }
  }
  return colour;
}

function renderPng() {
  const SAMPLES = 4; // 4 x 4 samples a pixel: smooth edges
  const rows = Buffer.alloc(SIZE * (SIZE * 4 + 1));
  for (let py = 0; py < SIZE; py++) {
    const row = py * (SIZE * 4 + 1);
    rows[row] = 0; // filter: none
    for (let px = 0; px < SIZE; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const colour = colourAt(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES);
          if (!colour) continue;
          r += colour[0];
          g += colour[1];
          b += colour[2];
          a += 1;
        }
      }
      const o = row + 1 + px * 4;
      if (a > 0) {
        rows[o] = Math.round(r / a);
        rows[o + 1] = Math.round(g / a);
        rows[o + 2] = Math.round(b / a);
        rows[o + 3] = Math.round((255 * a) / (SAMPLES * SAMPLES));
      }
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIZE, 0);
  header.writeUInt32BE(SIZE, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

function renderSvg() {
  const hex = (rgb) => `#${rgb.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
  const [gx1, gy1] = onRing(GAP.to);
  const [gx0, gy0] = onRing(GAP.from);
  const points = (pts) => pts.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ');
  const bars = BARS.map(
    (bar) =>
      `<rect x="${C - bar.width / 2}" y="${bar.y - BAR_HEIGHT / 2}" width="${bar.width}" height="${BAR_HEIGHT}" rx="${BAR_HEIGHT / 2}" fill="${hex(colors.bars)}"/>`,
  ).join('\n  ');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${SIZE} ${SIZE}" width="${SIZE}" height="${SIZE}">
  <title>Loopscope</title>
  <defs>
    <linearGradient id="bg" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="${hex(colors.top)}"/>
      <stop offset="1" stop-color="${hex(colors.bottom)}"/>
    </linearGradient>
  </defs>
  <rect x="96" y="96" width="832" height="832" rx="186" fill="url(#bg)"/>
  <path d="M ${gx1.toFixed(1)} ${gy1.toFixed(1)} A ${RING.radius} ${RING.radius} 0 1 1 ${gx0.toFixed(1)} ${gy0.toFixed(1)}" fill="none" stroke="${hex(colors.ring)}" stroke-width="${RING.width}"/>
  <polygon points="${points(arrow)}" fill="${hex(colors.ring)}"/>
  <circle cx="${token[0].toFixed(1)}" cy="${token[1].toFixed(1)}" r="${TOKEN.radius + TOKEN.outline}" fill="${hex(colors.bottom)}"/>
  <circle cx="${token[0].toFixed(1)}" cy="${token[1].toFixed(1)}" r="${TOKEN.radius}" fill="${hex(colors.token)}"/>
  ${bars}
</svg>
`;
}

const here = new URL('.', import.meta.url);
writeFileSync(new URL('icon.png', here), renderPng());
writeFileSync(new URL('icon.svg', here), renderSvg());
console.log('wrote electron/resources/icon.png and icon.svg');
