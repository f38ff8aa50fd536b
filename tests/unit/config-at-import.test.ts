// No module reads the site config when it is imported: a build reads it once, at its start, and hands it on
// (lib/site/index.ts). Each module is imported here with a config that cannot load; importing must not fail.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ROOT } from '../helpers';

/** Every TypeScript module under `dir`, relative to the project root. */
function modules(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true }).flatMap((entry) => {
    const file = path.relative(ROOT, path.join(entry.parentPath, entry.name));
    return entry.isFile() && /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [file] : [];
  });
}

const all = [...modules('lib'), ...modules('components'), ...modules('app'), 'scripts/lib/finish-export.ts', 'scripts/lib/redirects.ts'];

describe('importing a module', () => {
  beforeAll(() => vi.stubEnv('SITE_LANGUAGE', 'fr'));
  afterAll(() => vi.unstubAllEnvs());

  it('reads no site config (the config of this test has a language without a dictionary)', async () => {
    const failed: string[] = [];
    for (const file of all) {
      await import(path.join(ROOT, file)).catch((error: Error) => failed.push(`${file}: ${error.message}`));
    }
    expect(all.length).toBeGreaterThan(150);
    expect(failed).toEqual([]);
  }, 60_000);
});
