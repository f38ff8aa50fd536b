import { t } from './i18n';
import type { SocialNetwork, SocialProfiles } from './social-profiles';

export type { SocialNetwork, SocialProfiles } from './social-profiles';

/** A social profile of an author or of the site, as a link with a visible label. */
export interface SocialLink {
  network: SocialNetwork;
  label: string;
  href: string;
}

const profileUrl = (handleOrUrl: string, base: string) =>
  /^https?:\/\//.test(handleOrUrl) ? handleOrUrl : `${base}${encodeURIComponent(handleOrUrl.replace(/^@/, ''))}`;

/** Social profiles (an author's or the site's) as absolute links, in a fixed order; handles become profile URLs. */
export function socialLinks(social: SocialProfiles): SocialLink[] {
  const links: SocialLink[] = [];
  if (social.website) links.push({ network: 'website', label: t.website, href: social.website });
  if (social.github) links.push({ network: 'github', label: 'GitHub', href: profileUrl(social.github, 'https://github.com/') });
  if (social.mastodon) links.push({ network: 'mastodon', label: 'Mastodon', href: social.mastodon });
  if (social.bluesky) links.push({ network: 'bluesky', label: 'Bluesky', href: profileUrl(social.bluesky, 'https://bsky.app/profile/') });
  if (social.twitter) links.push({ network: 'twitter', label: 'X (Twitter)', href: profileUrl(social.twitter, 'https://x.com/') });
  if (social.linkedin) links.push({ network: 'linkedin', label: 'LinkedIn', href: profileUrl(social.linkedin, 'https://www.linkedin.com/in/') });
  if (social.email) links.push({ network: 'email', label: t.email, href: `mailto:${social.email}` });
  return links;
}
