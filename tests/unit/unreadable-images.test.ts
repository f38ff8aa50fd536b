// A body image that cannot be shown stops the build with its file, its line and what is wrong with it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/posts';
import { NOW } from '../helpers';

describe('a body image the build cannot show', () => {
  it('is told apart: a file that is not an image, or no file at all, each at its line', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'margins-unreadable-'));
    const write = (file: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      fs.writeFileSync(path.join(root, file), text);
    };
    write('content/authors/ada.md', '---\nname: Ada\n---\nWrites.\n');
    write('content/posts/notes.md', '---\ntitle: Notes\ndate: 2025-01-01\nauthor: ada\n---\nIntro.\n\n![Notes](/images/notes.jpg)\n\n![Gone](/images/gone.png)\n');
    write('public/images/notes.jpg', 'These are notes, saved with a .jpg name by mistake.\n');
    const load = () => loadContent({ contentDir: path.join(root, 'content'), publicDir: path.join(root, 'public'), includeDrafts: false, now: NOW });
    expect(load).toThrow(
      [
        'Margins found 2 problems in the content:',
        `  ${path.join(root, 'content', 'posts', 'notes.md')}:8 → body: found an image "/images/notes.jpg", which is a file that is not an image the build can read, expected PNG, JPEG, GIF, WebP, AVIF or SVG images that exist under public/, referenced from the site root as "/images/..."`,
        `  ${path.join(root, 'content', 'posts', 'notes.md')}:10 → body: found an image "/images/gone.png", which is not a file under ${path.join(root, 'public')}/, expected PNG, JPEG, GIF, WebP, AVIF or SVG images that exist under public/, referenced from the site root as "/images/..."`,
      ].join('\n'),
    );
  });
});
