import { counter } from './plural';

const count = counter('en');

/**
 * Every interface string of the site in English: the reference dictionary. Every other language must have
 * each of these keys (see `Dictionary`); content (titles, posts, tag names) is never translated.
 */
export const en = {
  /** OpenGraph locale when `language` names no region. */
  ogLocale: 'en_US',

  // Page frame
  skipToContent: 'Skip to content',
  mainNav: 'Main',
  footerNav: 'Footer',
  siteSearch: 'Site',
  /** Footer column headings: the site's pages, and its feeds and profiles. */
  footerPages: 'Pages',
  follow: 'Follow',
  feeds: 'Feeds',
  home: 'Home',
  blog: 'Blog',
  tags: 'Tags',
  categories: 'Categories',
  breadcrumb: 'Breadcrumb',
  theme: 'Theme',
  themeLight: 'Light theme',
  themeDark: 'Dark theme',
  themeSystem: "The system's theme",

  // Search
  search: 'Search',
  searchPosts: 'Search posts',
  /** Shown in the empty search box; short, the box in the header is narrow. */
  searchPlaceholder: 'Search posts',
  searchDescription: 'Search every post by its words, tags and authors.',
  searchNoScript: {
    before: 'Search runs in your browser and needs JavaScript. Without it, browse',
    allPosts: 'all posts',
    or: 'or',
    tags: 'the tags',
    after: '.',
  },
  /** Read by /scripts/search.js: `{q}` is the query, `#` the number of results. */
  searchScript: {
    searching: 'Searching…',
    unavailable: 'Search is not available right now.',
    none: 'No posts match “{q}”.',
    results: { one: '# post matches “{q}”.', other: '# posts match “{q}”.' },
  },

  // Lists
  latestPosts: 'Latest posts',
  allPostsInArchive: 'All posts in the archive →',
  topics: 'Topics',
  popularTags: 'Popular tags',
  allTagsLink: 'All tags →',
  allTags: 'All tags',
  allCategories: 'All categories',
  tagsDescription: 'Every tag and category, with how many posts carry it.',
  tagsSummary: (tags: number) => count(tags, { one: '# tag across the blog, most used first.', other: '# tags across the blog, most used first.' }),
  noPosts: 'No posts yet.',
  /** The word after a count of posts, for screen readers: "3 posts". */
  postsUnit: (posts: number) => count(posts, { one: 'post', other: 'posts' }),
  withPage: (title: string, page: number) => `${title} (page ${page})`,
  postsBy: (name: string) => `Posts by ${name}`,
  blogDescription: (posts: number, site: string) => count(posts, { one: `All # post on ${site}, newest first.`, other: `All # posts on ${site}, newest first.` }),
  tagDescription: (posts: number, tag: string, site: string) => count(posts, { one: `# post tagged “${tag}” on ${site}.`, other: `# posts tagged “${tag}” on ${site}.` }),
  tagFeedDescription: (tag: string, site: string) => `Posts tagged “${tag}” on ${site}.`,
  categoryDescription: (posts: number, category: string, site: string) => count(posts, { one: `# post in ${category} on ${site}.`, other: `# posts in ${category} on ${site}.` }),
  authorDescription: (author: string, posts: number, site: string) => count(posts, { one: `${author}: # post on ${site}.`, other: `${author}: # posts on ${site}.` }),
  seriesDescription: (series: string, posts: number, site: string) =>
    count(posts, { one: `A series of # post on ${site}: “${series}”, in reading order.`, other: `A series of # posts on ${site}: “${series}”, in reading order.` }),
  pagination: 'Pagination',
  newerPosts: 'Newer posts',
  olderPosts: 'Older posts',
  pageOf: (page: number, pages: number) => `Page ${page} of ${pages}`,

  // A post
  by: 'By',
  and: 'and',
  published: 'Published',
  updated: 'Updated',
  readingTime: (minutes: number) => count(minutes, { other: '# min read' }),
  share: 'Share',
  opensInNewTab: '(opens in a new tab)',
  email: 'Email',
  website: 'Website',
  copyLink: 'Copy link',
  onThisPage: 'On this page',
  /** After "On this page" on the folded table of contents: "· 26 sections". */
  tocSections: (sections: number) => count(sections, { one: '# section', other: '# sections' }),
  relatedPosts: 'Related posts',
  postNav: 'Previous and next posts',
  previousPost: 'Previous post',
  nextPost: 'Next post',
  aboutAuthor: (name: string) => `About ${name}`,
  /** The profiles of an author or of the site on other sites. */
  elsewhere: (name: string) => `${name} elsewhere`,
  roleAt: (role: string, company: string) => `${role} at ${company}`,
  seriesLabel: (series: string) => `Series: ${series}`,
  /** Before the series' linked name: "Part 2 of 3 in the series <name>". */
  seriesPart: (part: number, parts: number) => `Part ${part} of ${parts} in the series`,
  /** Read by /scripts/copy-link.js. */
  copyLinkScript: { copied: 'Link copied', failed: 'Could not copy' },
  /** Read by /scripts/copy-code.js. */
  copyCodeScript: { copy: 'Copy', copied: 'Copied', label: 'Copy code to clipboard', failed: 'Press Ctrl+C' },

  // Under a post (site config: comments, newsletter)
  comments: 'Comments',
  showComments: 'Show comments',
  readDiscussion: 'Read the discussion on GitHub',
  commentsNote: 'Comments are GitHub Discussions shown with giscus, which loads from giscus.app only when you ask for them.',
  newsletterTitle: 'Get new posts by email',
  emailAddress: 'Email address',
  subscribe: 'Subscribe',

  // Post bodies (the Markdown pipeline)
  headingAnchor: (heading: string) => `Link to section: ${heading}`,
  table: 'Table',
  tableOf: (headers: string) => `Table: ${headers}`,
  task: 'Task',
  footnotes: 'Footnotes',
  /** The back-link of a footnote to its (n-th) reference. */
  footnoteBack: (reference: string) => `Back to reference ${reference}`,
  callouts: { note: 'Note', tip: 'Tip', important: 'Important', warning: 'Warning', caution: 'Caution' },

  // Other pages
  notFound: 'Page not found',
  notFoundText: 'There is nothing at this address. It may have moved, or the link may be mistyped.',
  goHome: 'Go to the home page',
  browsePosts: 'Browse all posts',
  browseTags: 'Browse by tag',
  movedTitle: (title: string) => `Moved: ${title}`,
  /** Before the linked title on an alias's redirect page; `after` ends the sentence. */
  movedText: { before: 'This page has moved to', after: '.' },

  // Authoring (site config: repository; preview builds)
  editPost: 'Edit this post',
  editPage: 'Edit this page',
  history: 'History',
  /** The banner of a preview build, on every page. */
  preview: 'Preview',
  previewNote: 'Not the published site: drafts and scheduled posts are shown, and search engines are asked to stay away.',
  /** A post's status in a preview build or under `npm run dev`. */
  draftStatus: 'Draft: not published',
  scheduledStatus: (date: string) => `Scheduled: goes live on ${date}`,
};

/** The shape every language's dictionary has: exactly the keys of the English one. */
export type Dictionary = typeof en;
