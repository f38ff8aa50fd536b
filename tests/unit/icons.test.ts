import crypto from 'node:crypto';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Icon } from '@/components/icons';
import { iconSprite } from '@/lib/output/icons';

describe('Icon', () => {
  it('draws a brand mark from the sprite, hidden from assistive technology, with no drawing in the page', () => {
    const svg = renderToStaticMarkup(createElement(Icon, { name: 'github' }));
    expect(svg).toMatch(
      /^<svg aria-hidden="true" class="size-4"><use href="\/icons\/[0-9a-f]{12}\.svg#github"><\/use><\/svg>$/,
    );
  });

  it('gives aliases of one drawing one symbol, and takes the class given', () => {
    expect(renderToStaticMarkup(createElement(Icon, { name: 'twitter', className: 'size-3' }))).toMatch(
      /^<svg aria-hidden="true" class="size-3"><use href="\/icons\/[0-9a-f]{12}\.svg#x"><\/use><\/svg>$/,
    );
    expect(renderToStaticMarkup(createElement(Icon, { name: 'readingTime' }))).toMatch(
      /<use href="\/icons\/[0-9a-f]{12}\.svg#clock">/,
    );
  });
});

describe('the icon sprite', () => {
  const { svg, path } = iconSprite();

  it('has one symbol for each drawing of the registry', () => {
    expect([...svg.matchAll(/<symbol id="([^"]+)"/g)].map((match) => match[1]).sort()).toEqual([
      'arrow-left',
      'arrow-right',
      'bluesky',
      'briefcase-business',
      'calendar-days',
      'check',
      'chevron-down',
      'clock',
      'facebook',
      'github',
      'globe',
      'hash',
      'link',
      'list',
      'mail',
      'mastodon',
      'monitor',
      'moon',
      'reddit',
      'rss',
      'search',
      'share-2',
      'sun',
      'user-round',
      'x',
      'ycombinator',
    ]);
  });

  it('draws lucide icons with the stroke of their React components, and brand marks filled, both in the text colour', () => {
    expect(svg).toContain(
      '<symbol id="rss" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M4 11a9 9 0 0 1 9 9"/><path d="M4 4a16 16 0 0 1 16 16"/><circle cx="5" cy="19" r="1"/></symbol>',
    );
    expect(svg).toMatch(
      /<symbol id="github" viewBox="0 0 24 24" fill="currentColor"><path d="M12 \.297c[^"]+"\/><\/symbol>/,
    );
  });

  it('is a plain drawing: no script, no link elsewhere, no key of React', () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg">')).toBe(true);
    expect(svg).not.toMatch(/<script|\son[a-z]+=|href=|key=/i);
  });

  it('is named after its content, so that hosts may cache it for good', () => {
    expect(path).toBe(`/icons/${crypto.createHash('sha256').update(svg).digest('hex').slice(0, 12)}.svg`);
  });
});
