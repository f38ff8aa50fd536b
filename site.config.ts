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
  // true keeps Next's client runtime on every page, for client components of your own (none by default).
  clientRuntime: false,
  // Third-party scripts, for example: scripts: [...plausible({ domain: 'blog.example.com' })], with
  // import { plausible } from './lib/site/scripts';
  scripts: [],
  // A body link to no page of the site: 'warn' lists it, 'error' stops the build.
  brokenLinks: 'warn',
  // Optional, off unless given. Comments by giscus (the values its form at giscus.app shows):
  // comments: { repo: 'you/blog', repoId: 'R_…', category: 'Comments', categoryId: 'DIC_…' },
  // A newsletter form: newsletter: buttondown({ username: 'you' }), with
  // import { buttondown } from './lib/site/newsletter';
  // "Edit this post" and "History" links: repository: { url: 'https://github.com/you/blog', branch: 'main' },
  // The sample site has three authors: `npm run new` writes this one when none is given.
  defaultAuthor: 'zoe-martin',
  // avif: true adds AVIF variants (slower to encode); remoteFailure: 'error' stops the build when a remote
  // image cannot be downloaded.
  images: { avif: false, remoteFailure: 'warn' },
  // Modified dates and rename redirects read from git history.
  gitHistory: true,
} satisfies SiteConfigInput;
