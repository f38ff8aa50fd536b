// Site config fields replaced for one build from a JSON file (MARGINS_SITE_CONFIG), so that one checkout can
// build a content folder with other settings: the tests build their fixture site with comments and a newsletter on.
import fs from 'node:fs';
import path from 'node:path';
import { BUILD_ENV } from './build-contract';

/**
 * Fields this file may not set, with what to do instead: they come from environment variables, checked where
 * lib/site.ts reads them, or follow from one (the OpenGraph locale and the navigation's words from the language).
 */
const FROM_ENVIRONMENT: Record<string, string> = {
  url: 'set SITE_URL',
  language: 'set SITE_LANGUAGE',
  locale: 'it follows SITE_LANGUAGE',
  timeZone: 'set SITE_TIME_ZONE',
};

/** What the JSON file gives: the fields it sets, and its path for messages about them. */
export interface SiteOverrides<T> {
  fields: Partial<T>;
  /** The file, as given; undefined when no file is. */
  source?: string;
}

/**
 * Reads the site config fields that `MARGINS_SITE_CONFIG` (a JSON file) sets. Each must be a field of the site
 * config with a value of the same kind as its default (text, number, true/false, list or object), and none
 * of {@link FROM_ENVIRONMENT}. Fields whose own check needs the whole config (scripts, comments, newsletter) are checked by it.
 */
export function readSiteOverrides<T extends object>(defaults: T, env: Record<string, string | undefined> = process.env): SiteOverrides<T> {
  const file = env[BUILD_ENV.siteConfig];
  if (!file) return { fields: {} };
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(path.resolve(file), 'utf8'));
  } catch (error) {
    throw new Error(`${BUILD_ENV.siteConfig}: could not read "${file}" as JSON (${(error as Error).message})`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new Error(`${file}: found ${JSON.stringify(parsed)}, expected a JSON object of site config fields`);
  }
  const known = Object.keys(defaults);
  for (const [field, value] of Object.entries(parsed)) {
    const instead = FROM_ENVIRONMENT[field];
    if (instead) throw new Error(`${file}: ${field}: found ${JSON.stringify(value)}, expected no ${field} here (${instead})`);
    if (!known.includes(field)) throw new Error(`${file}: ${field}: found ${JSON.stringify(value)}, expected a field of the site config (${known.join(', ')})`);
    const fallback = (defaults as Record<string, unknown>)[field];
    if (fallback !== undefined && kind(value) !== kind(fallback)) throw new Error(`${file}: ${field}: found ${JSON.stringify(value)}, expected ${kind(fallback)} like lib/site.ts's`);
  }
  return { fields: parsed as Partial<T>, source: file };
}

function kind(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  return { string: 'text', number: 'a number', boolean: 'true or false', object: 'an object' }[typeof value as string] ?? typeof value;
}
