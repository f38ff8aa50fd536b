// The site configuration: edit these values to make the blog yours. What each field does, and what it accepts:
// the schema in lib/site/config.ts, which checks them once per build, together with what environment variables
// and a MARGINS_SITE_CONFIG file set for that build.
import type { SiteConfigInput } from './lib/site/config';

export default {
  name: 'Margins',
  description: 'A content-first static blog: Markdown in, fast and correct HTML out.',
  // SITE_URL, SITE_LANGUAGE, SITE_TIME_ZONE and POSTS_PER_PAGE replace these four for a build.
  url: 'https://margins.example',
  language: 'en',
  timeZone: 'UTC',
  postsPerPage: 10,
  // The header links default to the blog and its tags, named in the site's language; to write your own:
  // nav: [{ label: 'Blog', href: '/blog/' }, { label: 'About', href: '/about/' }],
  // Example profiles on example domains: put yours here, or {} for none.
  social: { mastodon: 'https://mastodon.example/@margins', bluesky: 'margins.example' },
  clientRuntime: false,
  // For example: scripts: [...plausible({ domain: 'blog.example.com' })], with plausible imported from lib/site/scripts.ts.
  scripts: [],
  brokenLinks: 'warn',
  // For example: comments: { repo: 'you/blog', repoId: 'R_…', category: 'Comments', categoryId: 'DIC_…' }, from giscus.app.
  // For example: newsletter: buttondown({ username: 'you' }), with buttondown imported from lib/site/newsletter.ts.
  // The sample site has three authors: `npm run new` writes this one when none is given.
  defaultAuthor: 'zoe-martin',
  images: { avif: false, remoteFailure: 'warn' },
  // Authoring in git. For example: repository: { url: 'https://github.com/you/blog', branch: 'main' }.
  gitHistory: true,
} satisfies SiteConfigInput;
