/**
 * The published posts of tests/fixtures/sites/valid, newest first, written out from their files so the
 * integration tests compare the build with the fixture, not with what the build's own loader makes of it: a
 * wrong excerpt, word count or date in the loader would agree with itself. Words are what whitespace separates in
 * the visible text (headings included, the title's h1 not); reading time is ceil(words / 200).
 */
export const FIXTURE_POSTS = [
  {
    url: '/blog/long-read/',
    title: 'A long read',
    date: '2025-04-01T00:00:00.000Z',
    // No excerpt field: the first paragraph, cut at a word near 160 characters.
    excerpt:
      'lorem ipsum dolor sit amet consectetur adipiscing elit lorem ipsum dolor sit amet consectetur adipiscing elit lorem ipsum dolor sit amet consectetur adipiscing…',
    // 1,036 whitespace-separated tokens in the body, of which 26 are heading markers (## and ###).
    words: 1010,
    minutes: 6,
    cover: true,
    canonical: undefined,
  },
  {
    url: '/blog/custom-slug/',
    title: 'A post with its own slug',
    date: '2025-03-15T00:00:00.000Z',
    excerpt: 'Published first somewhere else.',
    words: 4,
    minutes: 1,
    cover: false,
    canonical: 'https://example.org/first-published-here/',
  },
  {
    url: '/blog/japanese/',
    title: '日本語のノート 🎌',
    date: '2025-03-01T00:00:00.000Z',
    excerpt: 'こんにちは、世界。Ünïcödé survives.',
    // Words are what whitespace separates: "🚀", "始めに" (the heading), "こんにちは、世界。Ünïcödé", "survives.".
    words: 4,
    minutes: 1,
    cover: false,
    canonical: undefined,
  },
  {
    url: '/blog/csharp-notes/',
    title: 'Notes on C#',
    // 09:30 at +02:00.
    date: '2025-02-15T07:30:00.000Z',
    excerpt: 'Short and sharp.',
    words: 85,
    minutes: 1,
    cover: false,
    canonical: undefined,
  },
  {
    url: '/blog/cpp-notes/',
    title: 'Notes on C++',
    date: '2025-02-01T00:00:00.000Z',
    excerpt:
      'This first paragraph is deliberately long so that the excerpt fallback has to cut it at a word boundary somewhere close to one hundred and sixty characters, and…',
    words: 37,
    minutes: 1,
    cover: true,
    canonical: undefined,
  },
  {
    url: '/blog/hello-world/',
    title: 'Hello world',
    date: '2025-01-10T00:00:00.000Z',
    excerpt: 'A first post </script><script>alert(1)</script> <!-- with "quotes" & ampersands',
    // "The first paragraph of the first post." 7, "Why" 1, "Because a quokka said so." 5: the h1 is the title.
    words: 13,
    minutes: 1,
    cover: false,
    canonical: undefined,
  },
] as const;

/** The URLs of {@link FIXTURE_POSTS}, newest first. */
export const FIXTURE_POST_URLS = FIXTURE_POSTS.map((post) => post.url);

/** The fixture's tag pages, most used first (then by name), as the tags page lists them. */
export const FIXTURE_TAG_URLS = [
  '/blog/tag/next-js/',
  '/blog/tag/performance/',
  '/blog/tag/static-sites/',
  '/blog/tag/c-sharp/',
  '/blog/tag/c-plus-plus/',
  '/blog/tag/rare-tag/',
  '/blog/tag/%E6%97%A5%E6%9C%AC%E8%AA%9E/',
];

/** The fixture's category and author pages. */
export const FIXTURE_CATEGORY_URLS = ['/blog/category/engineering/', '/blog/category/guides/', '/blog/category/writing/'];
export const FIXTURE_AUTHOR_URLS = ['/blog/author/ada-lovelace/', '/blog/author/grace-hopper/'];
