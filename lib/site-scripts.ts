// Third-party scripts the site config puts on pages (analytics, widgets), and ready entries for common ones.
import { SITE_SCRIPT_ATTRIBUTE } from './build-contract';

/** What every entry of the site config's `scripts` list has, whatever its kind. */
interface SiteScriptBase {
  /** Names the script in warnings and in its tag (`data-site-script`): lowercase letters, digits and dashes, unique. */
  name: string;
  /** Where the tag goes: in `<head>` (the default) or at the end of `<body>`; an async script goes in `<head>`. */
  placement?: 'head' | 'body';
  /** The pages it goes on: `all` (the default) or site path prefixes such as `['/blog/']`. */
  pages?: 'all' | string[];
  /** More attributes of the tag, such as Plausible's `data-domain`. */
  attributes?: Record<string, string>;
}

/** A script file, by URL (`https://…`) or site path (`/js/…`). */
export interface ExternalSiteScript extends SiteScriptBase {
  src: string;
  async?: boolean;
  defer?: boolean;
}

/** A script written into the page. */
export interface InlineSiteScript extends SiteScriptBase {
  code: string;
}

/** An entry of the site config's `scripts` list. */
export type SiteScript = ExternalSiteScript | InlineSiteScript;

/** The options every preset takes besides its own. */
type PresetOptions = Pick<SiteScriptBase, 'placement' | 'pages'>;

/** Plausible Analytics for `domain`; `src` for a self-hosted Plausible or another of its script variants. */
export function plausible({ domain, src = 'https://plausible.io/js/script.js', ...options }: { domain: string; src?: string } & PresetOptions): SiteScript[] {
  return [{ name: 'plausible', src, defer: true, attributes: { 'data-domain': domain }, ...options }];
}

/** Umami for the website id Umami gives; `src` for a self-hosted Umami. */
export function umami({ websiteId, src = 'https://cloud.umami.is/script.js', ...options }: { websiteId: string; src?: string } & PresetOptions): SiteScript[] {
  return [{ name: 'umami', src, defer: true, attributes: { 'data-website-id': websiteId }, ...options }];
}

/** Google Analytics 4 (gtag.js) for a measurement id such as `G-XXXXXXXXXX`: the library and its configuration. */
export function googleAnalytics({ measurementId, ...options }: { measurementId: string } & PresetOptions): SiteScript[] {
  // The id is written into code: only the shape Google gives is accepted.
  if (!/^G-[A-Z0-9]+$/.test(measurementId)) throw new Error(`lib/site.ts: googleAnalytics measurementId: found "${measurementId}", expected an id such as G-XXXXXXXXXX`);
  return [
    { name: 'google-analytics', src: `https://www.googletagmanager.com/gtag/js?id=${measurementId}`, async: true, ...options },
    {
      name: 'google-analytics-config',
      code: `window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag('js',new Date());gtag('config','${measurementId}');`,
      ...options,
    },
  ];
}

/**
 * Checks the site config's scripts; throws an error naming the entry, the field and what was expected. A page list needs the client runtime off: the post-export step applies it page by page,
 * while Next's client navigation would keep a script loaded on one page for every page visited after it.
 */
export function checkSiteScripts(scripts: ReadonlyArray<SiteScript>, clientRuntime: boolean): void {
  const names = new Set<string>();
  scripts.forEach((script, index) => {
    const fail = (field: string, found: unknown, expected: string): never => {
      throw new Error(`lib/site.ts: scripts[${index}].${field}: found ${JSON.stringify(found)}, expected ${expected}`);
    };
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(script.name)) fail('name', script.name, 'lowercase letters, digits and dashes, such as "plausible"');
    if (names.has(script.name)) fail('name', script.name, 'a name no other script has');
    names.add(script.name);
    if ('src' in script) {
      if (!/^(https:\/\/[^/]|\/(?!\/))/.test(script.src)) fail('src', script.src, 'an https URL or a site path such as /js/stats.js');
    } else if ('async' in script || 'defer' in script) {
      fail('async' in script ? 'async' : 'defer', true, 'nothing on inline code (async and defer apply only to a src)');
    } else if (!script.code.trim()) {
      fail('code', script.code, 'JavaScript code');
    } else if (/<\/script/i.test(script.code)) {
      fail('code', script.code, 'code without "</script" (it would end the tag early)');
    }
    if (script.placement !== undefined && script.placement !== 'head' && script.placement !== 'body') fail('placement', script.placement, '"head" or "body"');
    // React renders every async script file in <head> (once per src), wherever the component puts it.
    if (script.placement === 'body' && 'src' in script && script.async) fail('placement', script.placement, '"head" for an async script (React moves those into <head>)');
    const pages = script.pages ?? 'all';
    if (pages !== 'all') {
      if (!Array.isArray(pages) || pages.length === 0) fail('pages', pages, '"all" or a list of path prefixes such as ["/blog/"]');
      pages.forEach((prefix, at) => prefix.startsWith('/') || fail(`pages[${at}]`, prefix, 'a site path prefix starting with /'));
      if (clientRuntime) fail('pages', pages, '"all" while clientRuntime is true (client navigation keeps scripts across pages)');
    }
    for (const attribute of Object.keys(script.attributes ?? {})) {
      const reserved = ['src', 'async', 'defer', SITE_SCRIPT_ATTRIBUTE].includes(attribute);
      if (reserved || !/^[a-z][a-z0-9-]*$/.test(attribute)) fail(`attributes`, attribute, 'an attribute name such as data-domain (src, async and defer have fields of their own)');
    }
  });
}

/** Whether a configured script goes on the page at this site path. */
export function scriptOnPage(script: SiteScript, pagePath: string): boolean {
  const pages = script.pages ?? 'all';
  return pages === 'all' || pages.some((prefix) => pagePath.startsWith(prefix));
}
