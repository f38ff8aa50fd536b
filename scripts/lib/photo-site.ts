// A small site whose post has a phone photo as its cover (4032x3024, about 4 MB, made here from seeded noise:
// never committed), with body images in Markdown and raw HTML, an SVG, an avatar and a remote cover. The
// integration and browser tests build it, and `npm run lighthouse -- --photo` measures its post.
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { syntheticPhoto } from './photo';

/** The URL path of the post with the photo cover. */
export const PHOTO_POST = '/blog/photo/';
/** The site path of the original photo. */
export const PHOTO_SRC = '/images/photo.jpg';
/** The cover's alt text. */
export const PHOTO_ALT = 'A field at dusk';

const FILES: Record<string, string> = {
  'content/authors/ada.md': '---\nname: Ada\navatar: /images/ada.png\n---\nWrites.\n',
  'content/posts/photo.md': [
    '---',
    'title: A phone photo',
    'date: 2025-01-02',
    'author: ada',
    `coverImage: ${PHOTO_SRC}`,
    `coverAlt: ${PHOTO_ALT}`,
    '---',
    'Some words first.',
    '',
    '![A chart](/images/chart.png)',
    '',
    `<img src="${PHOTO_SRC}" alt="The photo again, in raw HTML">`,
    '',
    '![A logo](/images/logo.svg)',
    '',
  ].join('\n'),
  'content/posts/remote.md': '---\ntitle: Far away\ndate: 2025-01-01\nauthor: ada\ncoverImage: https://images.invalid/lake.jpg\ncoverAlt: A lake\n---\nText.\n',
  'public/images/logo.svg': '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><rect width="120" height="40"/></svg>',
};

/** Writes the site into an empty `dir`: its `content/` and `public/` folders, for CONTENT_DIR and PUBLIC_DIR. */
export async function writePhotoSite(dir: string): Promise<{ contentDir: string; publicDir: string }> {
  fs.rmSync(dir, { recursive: true, force: true });
  for (const [file, text] of Object.entries(FILES)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  const publicDir = path.join(dir, 'public');
  fs.writeFileSync(path.join(publicDir, PHOTO_SRC), await syntheticPhoto({ width: 4032, height: 3024, seed: 1 }));
  await sharp({ create: { width: 900, height: 500, channels: 4, background: '#2dd4bf80' } }).png().toFile(path.join(publicDir, 'images/chart.png'));
  await sharp({ create: { width: 300, height: 300, channels: 3, background: '#ff8800' } }).png().toFile(path.join(publicDir, 'images/ada.png'));
  return { contentDir: path.join(dir, 'content'), publicDir };
}
