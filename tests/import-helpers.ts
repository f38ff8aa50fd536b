import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import type { FetchImage } from '@/lib/authoring/import/images';
import type { ImportBatch } from '@/lib/authoring/import/model';
import { writeImport, type WriteOptions } from '@/lib/authoring/import/write';
import { readFrontmatter } from '@/lib/posts/frontmatter';

/** A fetch that fails as Node's does without network. */
export const offlineFetch: FetchImage = async () => {
  throw new TypeError('fetch failed', { cause: new Error('getaddrinfo ENOTFOUND') });
};

const made: string[] = [];
afterAll(() => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

/** A fresh content folder and public folder under the system temp folder, removed after the test file. */
export function tempSite(): { outDir: string; publicDir: string } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'margins-import-'));
  made.push(root);
  return { outDir: path.join(root, 'content'), publicDir: path.join(root, 'public') };
}

/** Writes a batch into a site the way the CLI does, offline unless told otherwise. */
export function writeInto(
  batch: ImportBatch,
  site: { outDir: string; publicDir: string },
  options: Partial<WriteOptions> = {},
) {
  return writeImport(batch, {
    ...site,
    force: false,
    download: { fetch: offlineFetch, timeoutMs: 1000, maxBytes: 1024 * 1024 },
    ...options,
  });
}

/** A written file's text. */
export const read = (file: string) => fs.readFileSync(file, 'utf8');

/** A written file's front matter, read as the site reads it. */
export function frontMatterOf(file: string): Record<string, unknown> {
  return readFrontmatter(read(file)).data as Record<string, unknown>;
}
