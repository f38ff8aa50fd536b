// The one registry of icons, and the sprite file built from it: pages draw an icon with `<use>` pointing into
// the sprite, so its drawing is downloaded once per reader instead of inlined in every page (issue #20).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { LucideIconNode } from 'lucide-react';
import type { DynamicIconModule } from 'lucide-react/dynamic';
// One module per icon, not the packages' barrels (simple-icons' alone is 5.6 MB, evaluated by every dev compile).
import * as arrowLeft from 'lucide-react/icons/arrow-left';
import * as arrowRight from 'lucide-react/icons/arrow-right';
import * as briefcaseBusiness from 'lucide-react/icons/briefcase-business';
import * as calendarDays from 'lucide-react/icons/calendar-days';
import * as check from 'lucide-react/icons/check';
import * as chevronDown from 'lucide-react/icons/chevron-down';
import * as clock from 'lucide-react/icons/clock';
import * as globe from 'lucide-react/icons/globe';
import * as hash from 'lucide-react/icons/hash';
import * as link from 'lucide-react/icons/link';
import * as list from 'lucide-react/icons/list';
import * as mail from 'lucide-react/icons/mail';
import * as monitor from 'lucide-react/icons/monitor';
import * as moon from 'lucide-react/icons/moon';
import * as rss from 'lucide-react/icons/rss';
import * as search from 'lucide-react/icons/search';
import * as share2 from 'lucide-react/icons/share-2';
import * as sun from 'lucide-react/icons/sun';
import * as userRound from 'lucide-react/icons/user-round';
import { withBasePath } from '../site';

/** Where an icon's drawing comes from: a lucide icon module, or a Simple Icons brand mark by its slug. */
type IconSource = { lucide: DynamicIconModule } | { simpleIcon: string };

/**
 * The icons, by meaning: lucide's generic icons, and the real marks of networks from simple-icons. Simple Icons
 * has no LinkedIn mark (LinkedIn asked for its removal), so LinkedIn gets a neutral briefcase. Icons are
 * decorative: every use sits next to visible or screen-reader text.
 */
const ICONS = {
  previous: { lucide: arrowLeft },
  next: { lucide: arrowRight },
  date: { lucide: calendarDays },
  readingTime: { lucide: clock },
  author: { lucide: userRound },
  tag: { lucide: hash },
  toc: { lucide: list },
  rss: { lucide: rss },
  search: { lucide: search },
  share: { lucide: share2 },
  copyLink: { lucide: link },
  copied: { lucide: check },
  expand: { lucide: chevronDown },
  email: { lucide: mail },
  website: { lucide: globe },
  light: { lucide: sun },
  dark: { lucide: moon },
  system: { lucide: monitor },
  linkedin: { lucide: briefcaseBusiness },
  github: { simpleIcon: 'github' },
  mastodon: { simpleIcon: 'mastodon' },
  bluesky: { simpleIcon: 'bluesky' },
  twitter: { simpleIcon: 'x' },
  x: { simpleIcon: 'x' },
  facebook: { simpleIcon: 'facebook' },
  'hacker-news': { simpleIcon: 'ycombinator' },
  reddit: { simpleIcon: 'reddit' },
} satisfies Record<string, IconSource>;

/** A name in the icon registry. */
export type IconName = keyof typeof ICONS;

/** The sprite's folder at the site's root: its files are named after their content (scripts/lib/cache-headers.ts). */
export const ICON_SPRITE_FOLDER = 'icons';

/** The sprite: its SVG text, and its file name and site path, which change whenever the text does. */
export interface IconSprite {
  svg: string;
  file: string;
  path: string;
}

let sprite: IconSprite | undefined;

/** The sprite of every icon in the registry, built once a process. */
export function iconSprite(): IconSprite {
  if (sprite) return sprite;
  const symbols = new Map<string, string>();
  for (const source of Object.values(ICONS) as IconSource[]) {
    const id = symbolId(source);
    const markup = 'lucide' in source ? lucideSymbol(source.lucide) : simpleIconSymbol(source.simpleIcon);
    const taken = symbols.get(id);
    // Two sources may share a name (lucide has an "x" too): their symbols would shadow each other.
    if (taken !== undefined && taken !== markup)
      throw new Error(
        `lib/output/icons.ts: two different icons have the symbol id "${id}"; expected one drawing per id`,
      );
    symbols.set(id, markup);
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg">${[...symbols.values()].join('')}</svg>\n`;
  const digest = crypto.createHash('sha256').update(svg).digest('hex').slice(0, 12);
  const file = `${digest}.svg`;
  sprite = { svg, file, path: `/${ICON_SPRITE_FOLDER}/${file}` };
  return sprite;
}

/** The URL a page's `<use href>` takes for an icon: the sprite's (under the site's base path) and the symbol's id. */
export function iconHref(name: IconName): string {
  return `${withBasePath(iconSprite().path)}#${symbolId(ICONS[name])}`;
}

/** A drawing's id in the sprite: its source's own name, so that aliases (twitter, x) share one symbol. */
function symbolId(source: IconSource): string {
  return 'lucide' in source ? lucideData(source.lucide).name : source.simpleIcon;
}

/** A lucide icon as a symbol, with the attributes its React component puts on its `<svg>` (1 px = 1/24 of the icon). */
function lucideSymbol(module: DynamicIconModule): string {
  const data = lucideData(module);
  const size = data.size ?? 24;
  const attributes = `viewBox="0 0 ${size} ${size}" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"`;
  return `<symbol id="${data.name}" ${attributes}>${data.node.map(elementOf).join('')}</symbol>`;
}

/** The named drawing a lucide icon module exports beside its component. */
function lucideData(module: DynamicIconModule): { name: string; size?: number; node: LucideIconNode[] } {
  const data = module.__iconData;
  if (!data?.name)
    throw new Error(
      `lucide-react's module of ${module.default.displayName ?? 'an icon'} has no named __iconData: lib/output/icons.ts reads each icon's drawing from it`,
    );
  return { name: data.name, size: data.size, node: data.node };
}

/** A lucide node as SVG markup, without React's `key`, self-closed when empty (the sprite is XML). */
function elementOf([tag, attributes, children = []]: LucideIconNode): string {
  const attributeText = Object.entries(attributes)
    .filter(([name, value]) => name !== 'key' && value !== undefined)
    .map(([name, value]) => ` ${name}="${String(value).replaceAll('&', '&amp;').replaceAll('"', '&quot;')}"`)
    .join('');
  return children.length === 0
    ? `<${tag}${attributeText}/>`
    : `<${tag}${attributeText}>${children.map(elementOf).join('')}</${tag}>`;
}

/** A Simple Icons mark as a symbol, filled with the text colour like the other icons (it keeps the link's contrast in both themes). */
function simpleIconSymbol(slug: string): string {
  // The package ships each mark as its own file: reading one is cheaper than evaluating the barrel of all of them.
  const file = path.join(process.cwd(), 'node_modules', 'simple-icons', 'icons', `${slug}.svg`);
  if (!fs.existsSync(file))
    throw new Error(
      `${file} does not exist: lib/output/icons.ts names the Simple Icons mark "${slug}", which the installed simple-icons does not have`,
    );
  const svg = fs.readFileSync(file, 'utf8');
  const drawing = /<path d="([^"]+)"\/>/.exec(svg);
  if (!drawing)
    throw new Error(
      `${file} has no single <path d="…"/>, as every Simple Icons mark had when lib/output/icons.ts was written`,
    );
  return `<symbol id="${slug}" viewBox="0 0 24 24" fill="currentColor"><path d="${drawing[1]}"/></symbol>`;
}
