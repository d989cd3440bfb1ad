import QRCode from 'qrcode';

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/**
 * A QR code for `url` as inline SVG, drawn at build time: no script, no
 * request, and sharp at any print size. Always dark on white with a quiet
 * zone, whatever the page colours, so every scanner reads it.
 */
export async function qrSvg(url: string, label: string): Promise<string> {
  const svg = await QRCode.toString(url, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
  return svg
    .trim()
    .replace('<svg ', `<svg role="img" aria-label="${escapeAttribute(label)}" class="block h-auto w-full" `);
}
