/**
 * Draws the illustrative images that ship with the sample content: two news
 * covers, three brand logos and three portrait placeholders. Every image is an
 * SVG rendered by sharp, so the output is the same on every run.
 *
 *   npx node scripts/make-sample-images.ts
 *
 * The files are written beside the entries in content/ that use them. They are
 * placeholders, not photographs: the alt text in each entry says so.
 * Chinese characters use Noto Sans CJK (Debian/Ubuntu: fonts-noto-cjk).
 */
import { mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const contentDir = fileURLToPath(new URL('../content/', import.meta.url));

// Federation red and the tones around it.
const RED = '#b7191f';
const RED_DARK = '#7d0f14';
const RED_LIGHT = '#d9464b';
const CREAM = '#fbf4ea';

const SIZE_LIMIT = 80 * 1024;

type Script = 'sc' | 'tc';

interface Job {
  /** Path inside content/. */
  file: string;
  svg: string;
  format: 'jpeg' | 'png';
}

/** Round to two decimals so the SVG text never depends on float noise. */
function r(value: number): string {
  return String(Math.round(value * 100) / 100);
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function font(script: Script): string {
  return script === 'tc'
    ? "'Noto Sans CJK TC', 'Noto Sans CJK SC', sans-serif"
    : "'Noto Sans CJK SC', 'Noto Sans CJK TC', sans-serif";
}

// ---------------------------------------------------------------- covers

const COVER_W = 1200;
const COVER_H = 675;

function coverBackground(from: string, to: string): string {
  return `
  <defs>
    <linearGradient id="bg" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="${from}"/>
      <stop offset="1" stop-color="${to}"/>
    </linearGradient>
    <radialGradient id="glow" cx="0.5" cy="0.5" r="0.6">
      <stop offset="0" stop-color="#ffffff" stop-opacity="0.18"/>
      <stop offset="1" stop-color="#ffffff" stop-opacity="0"/>
    </radialGradient>
  </defs>
  <rect width="${COVER_W}" height="${COVER_H}" fill="url(#bg)"/>
  <rect width="${COVER_W}" height="${COVER_H}" fill="url(#glow)"/>`;
}

/** A small house: a square body under a pitched roof, centred on (0, 0). */
function house(size: number): string {
  const h = size / 2;
  return `<path d="M ${r(-h)} ${r(-h * 0.1)} L 0 ${r(-h * 1.05)} L ${r(h)} ${r(-h * 0.1)} Z" />
    <rect x="${r(-h * 0.75)}" y="${r(-h * 0.1)}" width="${r(h * 1.5)}" height="${r(h * 1.05)}" rx="${r(size * 0.04)}"/>`;
}

/** Houses joined in a ring: women's micro-homes spread across a city. */
function coverHomesRing(): string {
  const cx = COVER_W / 2;
  const cy = COVER_H / 2 + 10;
  const ringR = 215;
  const count = 12;
  const parts: string[] = [];
  parts.push(
    `<circle cx="${cx}" cy="${cy}" r="${ringR}" fill="none" stroke="#ffffff" stroke-opacity="0.35" stroke-width="3"/>`,
  );
  parts.push(
    `<circle cx="${cx}" cy="${cy}" r="${ringR - 70}" fill="none" stroke="#ffffff" stroke-opacity="0.15" stroke-width="2" stroke-dasharray="6 10"/>`,
  );
  for (let i = 0; i < count; i++) {
    const angle = (i / count) * Math.PI * 2 - Math.PI / 2;
    const x = cx + Math.cos(angle) * ringR;
    const y = cy + Math.sin(angle) * ringR;
    const size = i % 3 === 0 ? 74 : 56;
    parts.push(
      `<g transform="translate(${r(x)} ${r(y)})" fill="#ffffff" fill-opacity="${i % 3 === 0 ? 0.95 : 0.75}">${house(size)}</g>`,
    );
  }
  // The home at the centre, larger and warmer.
  parts.push(`<circle cx="${cx}" cy="${cy}" r="92" fill="#ffffff" fill-opacity="0.12"/>`);
  parts.push(`<g transform="translate(${cx} ${cy + 8})" fill="${CREAM}">${house(120)}</g>`);
  parts.push(
    `<g transform="translate(${cx} ${cy + 22})" fill="${RED}"><rect x="-12" y="-12" width="24" height="32" rx="3"/></g>`,
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${COVER_W}" height="${COVER_H}" viewBox="0 0 ${COVER_W} ${COVER_H}">
  ${coverBackground(RED_LIGHT, RED_DARK)}
  ${parts.join('\n  ')}
</svg>`;
}

/** Dots on rings joined to their neighbours: an organisation reaching outwards. */
function coverNetwork(): string {
  const cx = COVER_W / 2;
  const cy = COVER_H / 2;
  const rings = [
    { radius: 0, count: 1, dot: 26 },
    { radius: 120, count: 6, dot: 14 },
    { radius: 230, count: 12, dot: 10 },
    { radius: 350, count: 18, dot: 7 },
    { radius: 480, count: 24, dot: 5 },
  ];
  const points = rings.map((ring, ringIndex) =>
    Array.from({ length: ring.count }, (_, i) => {
      const offset = ringIndex % 2 === 0 ? 0 : Math.PI / ring.count;
      const angle = (i / ring.count) * Math.PI * 2 + offset;
      return { x: cx + Math.cos(angle) * ring.radius, y: cy + Math.sin(angle) * ring.radius * 0.62, dot: ring.dot };
    }),
  );
  const lines: string[] = [];
  for (let k = 1; k < points.length; k++) {
    const outer = points[k] ?? [];
    const inner = points[k - 1] ?? [];
    outer.forEach((p, i) => {
      const next = outer[(i + 1) % outer.length];
      if (next) lines.push(`<line x1="${r(p.x)}" y1="${r(p.y)}" x2="${r(next.x)}" y2="${r(next.y)}"/>`);
      const parent = inner[Math.floor((i * inner.length) / outer.length)];
      if (parent) lines.push(`<line x1="${r(p.x)}" y1="${r(p.y)}" x2="${r(parent.x)}" y2="${r(parent.y)}"/>`);
    });
  }
  const dots = points
    .flat()
    .map((p) => `<circle cx="${r(p.x)}" cy="${r(p.y)}" r="${p.dot}"/>`)
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${COVER_W}" height="${COVER_H}" viewBox="0 0 ${COVER_W} ${COVER_H}">
  ${coverBackground('#c8353a', '#8f1318')}
  <g stroke="#ffffff" stroke-opacity="0.3" stroke-width="2">${lines.join('')}</g>
  <g fill="#ffffff" fill-opacity="0.9">${dots}</g>
  <circle cx="${cx}" cy="${cy}" r="44" fill="none" stroke="${CREAM}" stroke-opacity="0.6" stroke-width="3"/>
</svg>`;
}

// ---------------------------------------------------------------- logos

const LOGO = 512;

/** A round red emblem with one or two lines of white characters. */
function logo(lines: string[], script: Script): string {
  const c = LOGO / 2;
  const longest = Math.max(...lines.map((line) => [...line].length));
  const fontSize = lines.length === 1 ? Math.min(150, 300 / longest) : Math.min(120, 290 / longest);
  const lineHeight = fontSize * 1.12;
  const top = c - ((lines.length - 1) * lineHeight) / 2;
  const text = lines
    .map(
      (line, i) =>
        `<text x="${c}" y="${r(top + i * lineHeight)}" dominant-baseline="central" text-anchor="middle" font-family="${font(script)}" font-weight="700" font-size="${r(fontSize)}" fill="#ffffff">${escapeXml(line)}</text>`,
    )
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${LOGO}" height="${LOGO}" viewBox="0 0 ${LOGO} ${LOGO}">
  <defs>
    <radialGradient id="face" cx="0.4" cy="0.35" r="0.75">
      <stop offset="0" stop-color="${RED_LIGHT}"/>
      <stop offset="1" stop-color="${RED}"/>
    </radialGradient>
  </defs>
  <circle cx="${c}" cy="${c}" r="248" fill="url(#face)"/>
  <circle cx="${c}" cy="${c}" r="222" fill="none" stroke="#ffffff" stroke-width="6"/>
  <circle cx="${c}" cy="${c}" r="208" fill="none" stroke="#ffffff" stroke-opacity="0.5" stroke-width="2"/>
  ${text}
</svg>`;
}

// ---------------------------------------------------------------- portraits

const PORTRAIT_W = 600;
const PORTRAIT_H = 750;

/** An abstract head-and-shoulders shape with the surname on the head: clearly not a photograph. */
function portrait(surname: string, script: Script, tint: { from: string; to: string; figure: string }): string {
  const cx = PORTRAIT_W / 2;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${PORTRAIT_W}" height="${PORTRAIT_H}" viewBox="0 0 ${PORTRAIT_W} ${PORTRAIT_H}">
  <defs>
    <linearGradient id="bg" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="${tint.from}"/>
      <stop offset="1" stop-color="${tint.to}"/>
    </linearGradient>
  </defs>
  <rect width="${PORTRAIT_W}" height="${PORTRAIT_H}" fill="url(#bg)"/>
  <circle cx="${cx}" cy="330" r="250" fill="#ffffff" fill-opacity="0.25"/>
  <g fill="${tint.figure}">
    <circle cx="${cx}" cy="310" r="125"/>
    <path d="M ${cx - 240} ${PORTRAIT_H} C ${cx - 240} 575, ${cx - 150} 475, ${cx} 475 C ${cx + 150} 475, ${cx + 240} 575, ${cx + 240} ${PORTRAIT_H} Z"/>
  </g>
  <text x="${cx}" y="310" dominant-baseline="central" text-anchor="middle" font-family="${font(script)}" font-weight="700" font-size="128" fill="#ffffff" fill-opacity="0.92">${escapeXml(surname)}</text>
</svg>`;
}

// ---------------------------------------------------------------- the list

const jobs: Job[] = [
  { file: 'news/2024/jilin-ponan-xingdong.jpg', svg: coverHomesRing(), format: 'jpeg' },
  { file: 'news/2024/liaocheng-linyi-jiaoliu.jpg', svg: coverNetwork(), format: 'jpeg' },
  { file: 'brands/jilin-sijie-logo.png', svg: logo(['吉林', '四姐'], 'tc'), format: 'png' },
  { file: 'brands/jiangcheng-jiazhanghui-logo.png', svg: logo(['江城', '家長慧'], 'tc'), format: 'png' },
  { file: 'brands/shuicheng-jinguomei-logo.png', svg: logo(['水城', '巾帼美'], 'sc'), format: 'png' },
  {
    file: 'people/fang-shuling.jpg',
    svg: portrait('方', 'tc', { from: '#f6e3da', to: '#e9c6b8', figure: '#b98576' }),
    format: 'jpeg',
  },
  {
    file: 'people/wu-yunping.jpg',
    svg: portrait('吳', 'tc', { from: '#f3e7d3', to: '#e4cfae', figure: '#a88a62' }),
    format: 'jpeg',
  },
  {
    file: 'people/wu-yaqin.jpg',
    svg: portrait('吴', 'sc', { from: '#f5dfe0', to: '#e6bfc2', figure: '#a8656b' }),
    format: 'jpeg',
  },
];

for (const job of jobs) {
  const out = contentDir + job.file;
  mkdirSync(dirname(out), { recursive: true });
  const image = sharp(Buffer.from(job.svg), { density: 72 });
  if (job.format === 'jpeg') {
    await image
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: 82, mozjpeg: true, chromaSubsampling: '4:2:0' })
      .toFile(out);
  } else {
    await image.png({ compressionLevel: 9, palette: true, colours: 64, effort: 10 }).toFile(out);
  }
  const bytes = statSync(out).size;
  const note = bytes > SIZE_LIMIT ? '  (larger than 80 KB)' : '';
  console.log(`content/${job.file}  ${Math.round(bytes / 1024)} KB${note}`);
}
