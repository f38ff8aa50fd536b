import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Icon } from '@/components/icons';
import { socialLinks } from '@/lib/site/social';

describe('socialLinks', () => {
  it('turns handles into profile URLs, in a fixed order', () => {
    expect(
      socialLinks({ email: 'ada@example.com', github: '@ada', bluesky: 'ada.bsky.social', twitter: 'ada', linkedin: 'ada-l', website: 'https://ada.example' }),
    ).toEqual([
      { network: 'website', label: 'Website', href: 'https://ada.example' },
      { network: 'github', label: 'GitHub', href: 'https://github.com/ada' },
      { network: 'bluesky', label: 'Bluesky', href: 'https://bsky.app/profile/ada.bsky.social' },
      { network: 'twitter', label: 'X (Twitter)', href: 'https://x.com/ada' },
      { network: 'linkedin', label: 'LinkedIn', href: 'https://www.linkedin.com/in/ada-l' },
      { network: 'email', label: 'Email', href: 'mailto:ada@example.com' },
    ]);
  });
});

describe('Icon', () => {
  it('draws a brand mark as inline SVG in the text colour, hidden from assistive technology', () => {
    const svg = renderToStaticMarkup(createElement(Icon, { name: 'github' }));
    expect(svg).toMatch(/^<svg viewBox="0 0 24 24" fill="currentColor" aria-hidden="true" focusable="false" class="size-4"><path d="M12 \.297c/);
    expect(svg).toMatch(/<\/svg>$/);
  });

  it('draws a generic icon from lucide, hidden too', () => {
    const svg = renderToStaticMarkup(createElement(Icon, { name: 'email', className: 'size-3' }));
    expect(svg).toContain('aria-hidden="true"');
    expect(svg).toContain('lucide-mail');
    expect(svg).not.toContain('fill="currentColor"');
  });
});
