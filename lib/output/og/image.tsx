import { createHash } from 'node:crypto';
import path from 'node:path';
import satori from 'satori';
import sharp from 'sharp';
import { readChecked, sourceFingerprint, writeChecked } from '../../posts/cache';
import { fontFamily, fontsFor } from './fonts';
import { OG_IMAGE_SIZE } from '../../posts/og-size';

/** What a generated OpenGraph image shows. */
export interface OgImageContent {
  title: string;
  /** A line under the title, e.g. "Ada Lovelace · March 14, 2025". */
  byline?: string;
  siteName: string;
}

// Emoji would need images from a CDN; the image drops them rather than fetch anything.
const EMOJI = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\u{FE0F}\u{200D}\u{20E3}\u{1F1E6}-\u{1F1FF}]/gu;
const withoutEmoji = (text: string) => text.replace(EMOJI, '').replace(/\s+/g, ' ').trim();

/**
 * Renders a 1200x630 PNG with satori (the engine of next/og) and sharp, using fonts from npm packages only.
 * next/og's ImageResponse would fetch fonts and emoji from the network for glyphs it lacks.
 */
export async function renderOgImage(content: OgImageContent): Promise<Buffer> {
  const title = withoutEmoji(content.title) || content.siteName;
  const byline = content.byline ? withoutEmoji(content.byline) : '';
  const titleSize = title.length > 90 ? 52 : title.length > 50 ? 64 : 76;
  const fonts = fontsFor(`${content.siteName}${title}${byline}`);
  const svg = await satori(
    <div
      style={{
        // Explicit size: with padding, '100%' would push the byline below the bottom edge.
        width: OG_IMAGE_SIZE.width,
        height: OG_IMAGE_SIZE.height,
        boxSizing: 'border-box',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '72px 80px',
        // Flat colours: they rasterize and compress several times faster than a gradient.
        backgroundColor: '#042f2e',
        borderLeft: '24px solid #2dd4bf',
        color: '#f0fdfa',
        fontFamily: fontFamily(fonts),
      }}
    >
      <div style={{ display: 'flex', fontSize: 32, fontWeight: 700, color: '#5eead4', letterSpacing: 1 }}>{content.siteName}</div>
      <div style={{ display: 'flex', fontSize: titleSize, fontWeight: 700, lineHeight: 1.15 }}>{title}</div>
      <div style={{ display: 'flex', fontSize: 30, fontWeight: 400, color: '#ccfbf1' }}>{byline}</div>
    </div>,
    { ...OG_IMAGE_SIZE, fonts },
  );
  // A palette PNG of flat colours: about 12 KB a card.
  return sharp(Buffer.from(svg)).png({ compressionLevel: 9, palette: true, effort: 1 }).toBuffer();
}

let fingerprint: string | undefined;

/**
 * {@link renderOgImage}, with the PNG kept in `cacheDir` under a hash of its content and of the code that
 * draws it ({@link sourceFingerprint}), so a rebuild does not draw a card again. Each entry starts with the
 * SHA-256 of the PNG after it: a truncated or altered entry is drawn again, never published. No cache when
 * `cacheDir` is undefined.
 */
export async function cachedOgImage(content: OgImageContent, cacheDir: string | undefined): Promise<Buffer> {
  if (!cacheDir) return renderOgImage(content);
  // Once per process: every card of a build is drawn by the same code.
  fingerprint ??= sourceFingerprint();
  const key = createHash('sha256').update(fingerprint).update(JSON.stringify(content)).digest('hex');
  const file = path.join(cacheDir, 'og', `${key}.png`);
  const cached = readChecked(file);
  if (cached) return cached;
  const drawn = await renderOgImage(content);
  writeChecked(file, drawn);
  return drawn;
}
