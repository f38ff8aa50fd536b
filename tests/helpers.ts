import path from 'node:path';
import { loadContent, type LoadOptions } from '@/lib/posts';

/** The project root, where `public/` lives. */
export const ROOT = path.resolve(import.meta.dirname, '..');

/** A fixture folder under tests/fixtures/. */
export const fixture = (...parts: string[]) => path.join(ROOT, 'tests', 'fixtures', ...parts);

/** A fixed "now" so future-dated fixtures stay in the future and past ones in the past. */
export const NOW = new Date('2026-06-01T00:00:00Z');

/** Loads a fixture content folder as a production build would, unless told otherwise. */
export function loadFixture(site: string, options: Partial<LoadOptions> = {}) {
  return loadContent({
    contentDir: fixture('sites', site),
    publicDir: path.join(ROOT, 'public'),
    includeDrafts: false,
    now: NOW,
    ...options,
  });
}

/** The share links a page with this canonical URL and title must carry, in order, each value encoded once. */
export function expectedShareHrefs(url: string, title: string): string[] {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  return [
    `https://x.com/intent/post?url=${u}&text=${t}`,
    `https://www.linkedin.com/sharing/share-offsite/?url=${u}`,
    `https://www.facebook.com/sharer/sharer.php?u=${u}`,
    `https://news.ycombinator.com/submitlink?u=${u}&t=${t}`,
    `https://www.reddit.com/submit?url=${u}&title=${t}`,
    `mailto:?subject=${t}&body=${u}`,
  ];
}
