import { spawnSync } from 'node:child_process';
import pLimit from 'p-limit';
import sharp from 'sharp';

/** The default share picture: square, as WeChat crops its thumbnail square. */
export const CARD_SIZE = 600;

export interface ShareCard {
  /** File name without `.png`: a city id, or `site`. */
  name: string;
  /** Large line: the city or site name. */
  title: string;
  /** Smaller line under it: the federation or the tagline. */
  subtitle: string;
  /** Small line at the bottom: the site name, on city cards. */
  footer?: string;
}

const RED = '#a8151b';
const RED_DARK = '#7f0f14';
const FONT = "'Noto Sans CJK SC', 'Noto Sans CJK TC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', sans-serif";
/** Room for text between the side margins. */
const TEXT_WIDTH = 520;

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Largest size up to `max` at which the line fits: Han characters are one em wide. */
export function fitFontSize(text: string, max: number): number {
  const ems = [...text].reduce((sum, char) => sum + (/[\x20-\x7e]/.test(char) ? 0.55 : 1), 0);
  return Math.max(12, Math.min(max, Math.floor(TEXT_WIDTH / Math.max(ems, 1))));
}

/**
 * The card as SVG: the site's emblem on federation red, with the names under
 * it when `withText` (a machine without a Chinese font would draw empty boxes).
 */
export function shareCardSvg(card: ShareCard, withText = true): string {
  const c = CARD_SIZE / 2;
  const emblemY = withText ? 190 : c;
  const lines = withText
    ? [
        { text: card.title, y: 380, size: fitFontSize(card.title, 72), weight: 700 },
        { text: card.subtitle, y: 450, size: fitFontSize(card.subtitle, 34), weight: 400 },
        ...(card.footer ? [{ text: card.footer, y: 548, size: fitFontSize(card.footer, 26), weight: 400 }] : []),
      ]
    : [];
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_SIZE}" height="${CARD_SIZE}" viewBox="0 0 ${CARD_SIZE} ${CARD_SIZE}">
  <defs><linearGradient id="bg" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${RED}"/><stop offset="1" stop-color="${RED_DARK}"/></linearGradient></defs>
  <rect width="${CARD_SIZE}" height="${CARD_SIZE}" fill="url(#bg)"/>
  <g transform="translate(${c} ${emblemY}) scale(3.2) translate(-32 -32)">
    <circle cx="32" cy="32" r="22" fill="none" stroke="#fff" stroke-width="3"/>
    <path d="M32 16c5 7 10 11 10 17a10 10 0 0 1-20 0c0-6 5-10 10-17z" fill="#fff"/>
  </g>
  ${lines
    .map(
      (line) =>
        `<text x="${c}" y="${line.y}" text-anchor="middle" fill="#fff" font-family="${FONT}" font-size="${line.size}" font-weight="${line.weight}">${escapeXml(line.text)}</text>`,
    )
    .join('\n  ')}
</svg>`;
}

// The build renders pages several at a time, and Pango, which lays out the cards' text inside sharp's threads, has a
// record of wrong output when used from several threads at once: a CI build that drew the cards side by side once
// wrote one city's card different from the same build a minute later. Cards are few: they are drawn one by one.
const oneCardAtATime = pLimit(1);

/** Renders a card to PNG with sharp, at build time, one card at a time. */
export function renderShareCard(card: ShareCard, withText = hasChineseFont()): Promise<Buffer> {
  return oneCardAtATime(() =>
    sharp(Buffer.from(shareCardSvg(card, withText)))
      .png({ palette: true, quality: 90, compressionLevel: 9 })
      .toBuffer(),
  );
}

let fontFound: boolean | undefined;

/** Whether fontconfig knows a font with Chinese characters; when it cannot be asked, assume so. */
export function hasChineseFont(): boolean {
  if (fontFound === undefined) {
    const result = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
    fontFound = result.error || result.status !== 0 ? true : result.stdout.trim().length > 0;
    if (!fontFound) {
      console.warn(
        '[jinguo] 没有安装中文字体,默认分享图只画站徽、不写文字。安装 Noto Sans CJK(Debian/Ubuntu: apt-get install fonts-noto-cjk)后重新构建即可。',
      );
    }
  }
  return fontFound;
}
