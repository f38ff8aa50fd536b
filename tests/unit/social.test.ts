import { describe, expect, it } from 'vitest';
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
