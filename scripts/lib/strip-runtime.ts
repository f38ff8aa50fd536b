import { parse, type HTMLElement } from 'node-html-parser';
import { ENHANCEMENT_ATTRIBUTE, SITE_SCRIPT_ATTRIBUTE } from '../../lib/build-contract';

/** What {@link stripClientRuntime} did to a page. */
export interface StrippedPage {
  html: string;
  /** How many elements were removed. */
  removed: number;
  /** URL paths the page still references (stylesheets, images, kept scripts), for pruning `_next/`. */
  references: string[];
  /**
   * Scripts removed that were neither Next's runtime nor the site's: each one's `src`, or the start of its
   * code. The build warns about them, so that a script pasted into a component does not vanish unnoticed.
   */
  unknownScripts: string[];
}

/**
 * Removes the Next.js client runtime from an exported page: every script except JSON-LD, the site's own
 * enhancements (marked with {@link ENHANCEMENT_ATTRIBUTE}) and the scripts of the site config (marked with
 * {@link SITE_SCRIPT_ATTRIBUTE}) that `siteScriptOnPage` says belong on this page; and script preloads. The
 * page is cut at the parser's source ranges, so everything else stays byte for byte as Next wrote it. `basePath`
 * is the site's (site.config.ts), which Next puts before its files' URLs.
 */
export function stripClientRuntime(html: string, siteScriptOnPage: (name: string) => boolean = () => true, basePath = ''): StrippedPage {
  const elements = parse(html, { comment: false }).querySelectorAll('[src], [href], script, link');
  const removed = elements.filter((element) => isRemoved(element, siteScriptOnPage));
  const removedSet = new Set(removed);
  const references = elements
    .filter((element) => !removedSet.has(element))
    .flatMap((element) => [element.getAttribute('src'), element.getAttribute('href')])
    .filter((value): value is string => value !== undefined && value.startsWith('/') && !value.startsWith('//'));
  const unknownScripts = removed.filter((element) => element.tagName === 'SCRIPT' && !isSiteScript(element) && !isNextRuntime(element, basePath)).map(scriptSource);
  let result = html;
  for (const [start, end] of removed.map((element) => element.range).sort((a, b) => b[0] - a[0])) result = result.slice(0, start) + result.slice(end);
  return { html: result, removed: removed.length, references, unknownScripts };
}

function isRemoved(element: HTMLElement, siteScriptOnPage: (name: string) => boolean): boolean {
  if (element.tagName === 'SCRIPT') {
    if (element.getAttribute('type') === 'application/ld+json' || element.hasAttribute(ENHANCEMENT_ATTRIBUTE)) return false;
    return !isSiteScript(element) || !siteScriptOnPage(element.getAttribute(SITE_SCRIPT_ATTRIBUTE)!);
  }
  if (element.tagName === 'LINK') {
    const rel = element.getAttribute('rel')?.toLowerCase().split(/\s+/) ?? [];
    return rel.includes('modulepreload') || (rel.includes('preload') && element.getAttribute('as') === 'script');
  }
  return false;
}

const isSiteScript = (script: HTMLElement) => script.hasAttribute(SITE_SCRIPT_ATTRIBUTE);

/**
 * Next's own scripts: its chunks under /_next/ (after the base path), and the inline ones it writes into every page (the flight
 * data, `self.__next_f`; the bootstrap, `self.__next_r` or Turbopack's chunk list).
 */
function isNextRuntime(script: HTMLElement, basePath: string): boolean {
  const src = script.getAttribute('src');
  if (src !== undefined) return src.startsWith(`${basePath}/_next/`);
  return /^\(?(self\.__next_[fr]\b|globalThis\["TURBOPACK"\])/.test(script.textContent.trimStart());
}

/** A script as a warning names it: its `src`, or the first characters of its code. */
function scriptSource(script: HTMLElement): string {
  const src = script.getAttribute('src');
  if (src !== undefined) return src;
  const code = script.textContent.replace(/\s+/g, ' ').trim();
  return `inline script "${code.length > 60 ? `${code.slice(0, 60)}…` : code}"`;
}
