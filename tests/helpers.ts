import path from 'node:path';
import { loadContent, type LoadOptions } from '@/lib/posts';
import defaults from '@/site.config';
import { parseSiteConfig, SiteConfigError, type SiteConfigInput } from '@/lib/site/config';

/** The project root, where `public/` lives. */
export const ROOT = path.resolve(import.meta.dirname, '..');

/** A fixture folder under tests/fixtures/. */
export const fixture = (...parts: string[]) => path.join(ROOT, 'tests', 'fixtures', ...parts);

/** A fixed "now" so future-dated fixtures stay in the future and past ones in the past. */
export const NOW = new Date('2026-06-01T00:00:00Z');

/** The load options of a fixture content folder, as a production build would load it unless told otherwise. */
export function fixtureOptions(site: string, options: Partial<LoadOptions> = {}): LoadOptions {
  return {
    contentDir: fixture('sites', site),
    publicDir: path.join(ROOT, 'public'),
    includeDrafts: false,
    now: NOW,
    ...options,
  };
}

/** Loads a fixture content folder (see {@link fixtureOptions}). */
export function loadFixture(site: string, options: Partial<LoadOptions> = {}) {
  return loadContent(fixtureOptions(site, options)).content;
}

/**
 * What loading the site config says when site.config.ts has `fields` instead (values a test writes,
 * checked or not) and the environment is `env`: the error's message, or `accepted`.
 */
export function siteConfigProblems(fields: Record<string, unknown>, env: Record<string, string> = {}): string {
  try {
    parseSiteConfig({ ...defaults, ...fields } as SiteConfigInput, env);
    return 'accepted';
  } catch (error) {
    if (!(error instanceof SiteConfigError)) throw error;
    return error.message;
  }
}
