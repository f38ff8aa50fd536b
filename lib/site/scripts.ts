// Third-party scripts the site config puts on pages (analytics, widgets), and ready entries for common ones.
import { z } from 'zod';
import { SITE_SCRIPT_ATTRIBUTE } from '../build-contract';
import { configObject, matching, nonBlank } from './config-fields';

const ATTRIBUTE_EXPECTED = 'an attribute name such as data-domain (src, async and defer have fields of their own)';
const PAGES_EXPECTED = '"all" or a list of path prefixes such as ["/blog/"]';
const RESERVED_ATTRIBUTES = ['src', 'async', 'defer', SITE_SCRIPT_ATTRIBUTE];

/**
 * An entry of the site config's `scripts` list, as written: a script file (`src`) or code written into the page
 * (`code`). Checked as one object so that each mistake is reported at its field (a union would report that
 * neither kind matched), then typed as one kind or the other.
 */
const siteScriptSchema = configObject(
  {
    /** Names the script in warnings and in its tag (`data-site-script`): lowercase letters, digits and dashes, unique. */
    name: matching(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lowercase letters, digits and dashes, such as "plausible"'),
    /** Where the tag goes: in `<head>` (the default) or at the end of `<body>`; an async script goes in `<head>`. */
    placement: z.enum(['head', 'body'], { error: '"head" or "body"' }).optional(),
    /** The pages it goes on: `all` (the default) or site path prefixes such as `['/blog/']`. */
    pages: z
      .union([z.literal('all'), z.array(matching(/^\//, 'a site path prefix starting with /')).min(1, { error: PAGES_EXPECTED })], { error: PAGES_EXPECTED })
      .optional(),
    /** More attributes of the tag, such as Plausible's `data-domain`. */
    attributes: z
      .record(
        matching(/^[a-z][a-z0-9-]*$/, ATTRIBUTE_EXPECTED).refine((name) => !RESERVED_ATTRIBUTES.includes(name), { error: ATTRIBUTE_EXPECTED }),
        z.string({ error: 'text' }),
        { error: 'an object of attribute names and text values' },
      )
      .optional(),
    /** A script file, by URL (`https://…`) or site path (`/js/…`). */
    src: matching(/^(https:\/\/[^/]|\/(?!\/))/, 'an https URL or a site path such as /js/stats.js').optional(),
    async: z.boolean({ error: 'true or false' }).optional(),
    defer: z.boolean({ error: 'true or false' }).optional(),
    /** A script written into the page. */
    code: nonBlank('JavaScript code')
      .refine((code) => !/<\/script/i.test(code), { error: 'code without "</script" (it would end the tag early)' })
      .optional(),
  },
  'a script entry',
  'an object with a name and a src or code',
)
  .superRefine((script, ctx) => {
    const fail = (field: string, message: string) => ctx.addIssue({ code: 'custom', path: [field], message });
    if (script.src === undefined && script.code === undefined) fail('src', 'a src (a script file) or code (written into the page)');
    if (script.src !== undefined && script.code !== undefined) fail('code', 'no code beside a src: an entry is a script file or inline code');
    if (script.code !== undefined && script.async !== undefined) fail('async', 'nothing on inline code (async and defer apply only to a src)');
    if (script.code !== undefined && script.defer !== undefined) fail('defer', 'nothing on inline code (async and defer apply only to a src)');
    // React renders every async script file in <head> (once per src), wherever the component puts it.
    if (script.placement === 'body' && script.async) fail('placement', '"head" for an async script (React moves those into <head>)');
  })
  .transform(({ src, async, defer, code, ...common }) =>
    src !== undefined
      ? { ...common, src, ...(async !== undefined && { async }), ...(defer !== undefined && { defer }) }
      : { ...common, code: code! },
  );

/** The site config's `scripts`: entries with names no other entry has. */
export const siteScriptsSchema = z.array(siteScriptSchema, { error: 'a list of scripts, such as [...plausible({ domain: "blog.example.com" })]' }).superRefine((scripts, ctx) => {
  const names = new Set<string>();
  scripts.forEach((script, index) => {
    if (names.has(script.name)) ctx.addIssue({ code: 'custom', path: [index, 'name'], message: 'a name no other script has' });
    names.add(script.name);
  });
});

/** An entry of the site config's `scripts` list, as site.config.ts writes it. */
export type SiteScriptInput = z.input<typeof siteScriptSchema>;

/** An entry of the site config's `scripts` list, checked: a script file (`src`) or inline code (`code`). */
export type SiteScript = z.output<typeof siteScriptSchema>;

/** The options every preset takes besides its own. */
type PresetOptions = Pick<SiteScriptInput, 'placement' | 'pages'>;

/** Plausible Analytics for `domain`; `src` for a self-hosted Plausible or another of its script variants. */
export function plausible({ domain, src = 'https://plausible.io/js/script.js', ...options }: { domain: string; src?: string } & PresetOptions): SiteScriptInput[] {
  return [{ name: 'plausible', src, defer: true, attributes: { 'data-domain': domain }, ...options }];
}

/** Umami for the website id Umami gives; `src` for a self-hosted Umami. */
export function umami({ websiteId, src = 'https://cloud.umami.is/script.js', ...options }: { websiteId: string; src?: string } & PresetOptions): SiteScriptInput[] {
  return [{ name: 'umami', src, defer: true, attributes: { 'data-website-id': websiteId }, ...options }];
}

/** Google Analytics 4 (gtag.js) for a measurement id such as `G-XXXXXXXXXX`: the library and its configuration. */
export function googleAnalytics({ measurementId, ...options }: { measurementId: string } & PresetOptions): SiteScriptInput[] {
  // The id is written into code: only the shape Google gives is accepted.
  if (!/^G-[A-Z0-9]+$/.test(measurementId)) throw new Error(`site.config.ts: googleAnalytics measurementId: found "${measurementId}", expected an id such as G-XXXXXXXXXX`);
  return [
    { name: 'google-analytics', src: `https://www.googletagmanager.com/gtag/js?id=${measurementId}`, async: true, ...options },
    {
      name: 'google-analytics-config',
      code: `window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag('js',new Date());gtag('config','${measurementId}');`,
      ...options,
    },
  ];
}

/** Whether a configured script goes on the page at this site path. */
export function scriptOnPage(script: SiteScript, pagePath: string): boolean {
  const pages = script.pages ?? 'all';
  return pages === 'all' || pages.some((prefix) => pagePath.startsWith(prefix));
}
