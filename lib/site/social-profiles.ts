// The profiles an author's `social` frontmatter and the site config's `social` give: one schema for both. A leaf
// module (lib/site/social.ts, which turns profiles into links, needs the interface strings, and so the site config).
import { z } from 'zod';

const socialUrl = z.url({ protocol: /^https?$/, error: 'an absolute http(s) URL' });
const handle = z.string({ error: 'a handle or profile URL' }).trim().min(1, { error: 'a handle or profile URL' });

/** Profiles by network: `github`, `linkedin`, `twitter`, `bluesky` as handles or profile URLs, `mastodon` and `website` as URLs, `email` as an address. */
export const socialProfilesSchema = z.strictObject(
  {
    email: z.email({ error: 'an email address' }).optional(),
    website: socialUrl.optional(),
    github: handle.optional(),
    linkedin: handle.optional(),
    twitter: handle.optional(),
    bluesky: handle.optional(),
    mastodon: socialUrl.optional(),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys' ? 'only email, website, github, linkedin, twitter, bluesky and mastodon' : 'a mapping such as { github: "ada" }',
  },
);

/** Profiles by network, as an author's `social` frontmatter and the site config give them: handles or URLs. */
export type SocialProfiles = z.output<typeof socialProfilesSchema>;

/** A network a profile can be on. */
export type SocialNetwork = keyof SocialProfiles;
