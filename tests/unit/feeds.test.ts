import { parseFeed } from '@rowanmanning/feed-parser';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { buildFeed, type FeedSpec } from '@/lib/output/feeds';
import type { Author, Post } from '@/lib/posts';
import { absoluteUrl } from '@/lib/site';
import { activeMarkup, wellFormednessProblems } from '../output-checks';

const HOSTILE = '</script><script>alert(1)</script> "><img src=x onerror=alert(1)>';
const BUILD_TIME = new Date('2025-06-01T12:00:00Z');

const mallory: Author = {
  slug: 'mallory',
  // A leading word, so the reader library does not take the whole name for an `<email>`-style group.
  name: `Mallory ${HOSTILE}`,
  social: {},
  extra: {},
  bioHtml: '',
  url: '/blog/author/mallory/',
  file: 'content/authors/mallory.md',
};
const ada: Author = { ...mallory, slug: 'ada', name: 'Ada Lovelace', url: '/blog/author/ada/', file: 'content/authors/ada.md' };

/** Each post's feed HTML, by slug (the loader keeps bodies apart from posts). */
const bodies = new Map<string, string>();

function post({ html, ...fields }: Pick<Post, 'slug' | 'title' | 'excerpt' | 'date'> & Partial<Post> & { html: string }): Post {
  bodies.set(fields.slug, html);
  return {
    url: `/blog/${fields.slug}/`,
    file: `content/posts/${fields.slug}.md`,
    repositoryFile: `content/posts/${fields.slug}.md`,
    modified: fields.updated ?? fields.date,
    shareImage: { src: `/og/posts/${fields.slug}.png`, width: 1200, height: 630, alt: fields.title, generated: true },
    authors: [ada],
    tags: [],
    categories: [],
    draft: false,
    scheduled: false,
    aliases: [],
    historyAliases: [],
    extra: {},
    headings: [],
    wordCount: 10,
    readingMinutes: 1,
    ...fields,
  };
}

// What the Markdown pipeline makes of hostile text: escaped, with no element or attribute of its own.
const hostileHtml = '<p>&#x3C;/script>&#x3C;script>alert(1)&#x3C;/script> "><img src="x"></p>';

const posts: Post[] = [
  post({
    slug: 'markup',
    title: HOSTILE,
    excerpt: HOSTILE,
    html: hostileHtml,
    date: new Date('2025-03-03T00:00:00Z'),
    authors: [mallory, ada],
    tags: [
      { slug: 'r-d', name: 'R&D' },
      { slug: 'a-b', name: 'a<b' },
    ],
  }),
  post({
    slug: 'controls',
    title: 'Back\u0008space and form\u000Cfeed',
    excerpt: 'A bell\u0007 rings',
    // `]]>` ends a CDATA section: content must not rely on one.
    html: '<p>A backspace\u0008 and a form feed\u000C in the body; code ends with ]]&gt; here.</p>',
    date: new Date('2025-03-02T00:00:00Z'),
    updated: new Date('2025-04-01T00:00:00Z'),
    tags: [{ slug: 'notes', name: 'Notes' }],
  }),
  post({
    slug: 'emoji',
    title: 'Lift-off',
    // An excerpt cut inside an emoji's surrogate pair, as a naive cut leaves it.
    excerpt: '🚀 Lift-off 🚀\ud83d',
    html: '<p>🚀 Lift-off 🚀🚀</p>',
    date: new Date('2025-03-01T00:00:00Z'),
    tags: [{ slug: 'space', name: 'Space' }],
  }),
];

const spec: FeedSpec = {
  title: 'Notes on a<b & R&D',
  description: HOSTILE,
  pagePath: '/',
  feedPaths: { rss: '/feed.xml', atom: '/atom.xml', json: '/feed.json' },
  posts,
  feedHtml: (post) => bodies.get(post.slug)!,
  buildTime: BUILD_TIME,
};

const xmlTree = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['item', 'entry', 'category', 'author', 'dc:creator'].includes(name) });

describe('the well-formedness check of these tests', () => {
  it('catches what fast-xml-parser lets through', () => {
    expect(wellFormednessProblems('<a b="c">d &amp; e</a>')).toEqual([]);
    expect(wellFormednessProblems('<a b="a<b"/>')).toEqual(['attribute @b="a<b"']);
    expect(wellFormednessProblems('<a>x\u0008y</a>')).toEqual(['forbidden character U+8']);
    expect(wellFormednessProblems('<a>x&#8;y</a>')).toEqual(['reference to a forbidden character: &#8;']);
    expect(wellFormednessProblems('<a>x ]]> y</a>')).toEqual(['"]]>" in text "x ]]> y"']);
  });
});

describe('feeds of hostile posts', () => {
  const feed = buildFeed(spec);
  const rss = feed.rss2();
  const atom = feed.atom1();

  const formats = [
    ['RSS', rss],
    ['Atom', atom],
  ];

  it.each(formats)('are well-formed XML (%s)', (_format, xml) => {
    expect(wellFormednessProblems(xml)).toEqual([]);
  });

  it.each(formats)('read in a feed reader (%s) with titles and summaries as written, control characters left out', (_format, xml) => {
    const parsed = parseFeed(xml);
    expect(parsed.title).toBe('Notes on a<b & R&D');
    expect(parsed.description).toBe(HOSTILE);
    expect(parsed.items.map((item) => item.title)).toEqual([HOSTILE, 'Backspace and formfeed', 'Lift-off']);
    expect(parsed.items.map((item) => item.description)).toEqual([HOSTILE, 'A bell rings', '🚀 Lift-off 🚀']);
  });

  it.each(formats)('read in a feed reader (%s) with every date and author', (_format, xml) => {
    const { items } = parseFeed(xml);
    expect(items.map((item) => item.published?.toISOString())).toEqual(['2025-03-03T00:00:00.000Z', '2025-03-02T00:00:00.000Z', '2025-03-01T00:00:00.000Z']);
    expect(items.map((item) => item.authors.map((author) => author.name))).toEqual([[`Mallory ${HOSTILE}`, 'Ada Lovelace'], ['Ada Lovelace'], ['Ada Lovelace']]);
  });

  it.each(formats)('read in a feed reader (%s) with every tag', (_format, xml) => {
    const { items } = parseFeed(xml);
    expect(items.map((item) => item.categories.map((category) => [category.term, category.label]))).toEqual([
      [
        ['R&D', 'R&D'],
        ['a<b', 'a<b'],
      ],
      [['Notes', 'Notes']],
      [['Space', 'Space']],
    ]);
  });

  it.each(formats)('read in a feed reader (%s) with every post’s content', (_format, xml) => {
    expect(parseFeed(xml).items.map((item) => item.content)).toEqual([
      // The reader decodes entities once more than XML does, so escaped markup comes back as the text it shows.
      '<p></script><script>alert(1)</script> "><img src="x"></p>',
      '<p>A backspace and a form feed in the body; code ends with ]]> here.</p>',
      '<p>🚀 Lift-off 🚀🚀</p>',
    ]);
  });

  it('mark plain text as text in Atom', () => {
    for (const entry of xmlTree.parse(atom).feed.entry) {
      expect(entry.title['@type']).toBe('text');
      expect(entry.summary['@type']).toBe('text');
      expect(entry.content['@type']).toBe('html');
    }
  });

  it('carry no script or event handler in any HTML field', () => {
    const htmlFields: string[] = [
      ...xmlTree.parse(rss).rss.channel.item.flatMap((item: Record<string, string>) => [item.description, item['content:encoded']]),
      ...xmlTree.parse(atom).feed.entry.map((entry: { content: { '#text': string } }) => entry.content['#text']),
      ...JSON.parse(feed.json11()).items.map((item: { content_html: string }) => item.content_html),
    ];
    expect(htmlFields).toHaveLength(12);
    expect(htmlFields.flatMap(activeMarkup)).toEqual([]);
  });

  it('escape the channel description as HTML in RSS, as they escape an item description', () => {
    const channel = xmlTree.parse(rss).rss.channel;
    expect(channel.description).toBe('&#x3C;/script>&#x3C;script>alert(1)&#x3C;/script> ">&#x3C;img src=x onerror=alert(1)>');
    expect(channel.item[0].description).toBe(channel.description);
  });

  it('carry the newest change as their update time', () => {
    expect(xmlTree.parse(atom).feed.updated).toBe('2025-04-01T00:00:00.000Z');
    expect(xmlTree.parse(rss).rss.channel.lastBuildDate).toBe('Tue, 01 Apr 2025 00:00:00 GMT');
  });

  it('write JSON Feed text without lone surrogates or control characters', () => {
    const json = feed.json11();
    const items: Array<{ title: string; summary: string; content_html: string; tags: string[] }> = JSON.parse(json).items;
    expect(items.map((item) => item.title)).toEqual([HOSTILE, 'Backspace and formfeed', 'Lift-off']);
    expect(items.map((item) => item.summary)).toEqual([HOSTILE, 'A bell rings', '🚀 Lift-off 🚀']);
    expect(items.map((item) => item.content_html)).toEqual([
      '<p>&#x3C;/script>&#x3C;script>alert(1)&#x3C;/script> "><img src="x"></p>',
      '<p>A backspace and a form feed in the body; code ends with ]]&gt; here.</p>',
      '<p>🚀 Lift-off 🚀🚀</p>',
    ]);
    expect(items.map((item) => item.tags)).toEqual([['R&D', 'a<b'], ['Notes'], ['Space']]);
    expect(json).not.toMatch(/\\u00[01][0-9a-f]|\\ud[89a-f]/i);
  });
});

describe('feeds of an empty blog', () => {
  const empty = buildFeed({ ...spec, posts: [] });

  it('carry the build time, never 1970', () => {
    const atom = empty.atom1();
    const rss = empty.rss2();
    expect(xmlTree.parse(atom).feed.updated).toBe('2025-06-01T12:00:00.000Z');
    expect(xmlTree.parse(rss).rss.channel.lastBuildDate).toBe('Sun, 01 Jun 2025 12:00:00 GMT');
    for (const output of [atom, rss, empty.json11()]) expect(output).not.toContain('1970');
  });

  it('are still well-formed and readable', () => {
    expect(wellFormednessProblems(empty.rss2())).toEqual([]);
    expect(wellFormednessProblems(empty.atom1())).toEqual([]);
    expect(parseFeed(empty.atom1()).items).toEqual([]);
    expect(parseFeed(empty.rss2()).url).toBe(absoluteUrl('/'));
  });
});

describe('feed enclosures', () => {
  const withCover = (src: string) => post({ slug: 'cdn', title: 'CDN', excerpt: 'A cover from an image CDN', html: '<p>Text.</p>', date: new Date('2025-03-01T00:00:00Z'), shareImage: { src, alt: 'A lake', generated: false } });

  it('give the type of an image whose URL names it', () => {
    const feed = buildFeed({ ...spec, posts: [withCover('https://photos.example.com/lake.JPEG?w=1200')] });
    expect(xmlTree.parse(feed.rss2()).rss.channel.item[0].enclosure).toEqual({ '@url': 'https://photos.example.com/lake.JPEG?w=1200', '@length': '0', '@type': 'image/jpeg' });
  });

  it('leave out an RSS enclosure, and an Atom enclosure’s type, when the URL does not tell the type', () => {
    const feed = buildFeed({ ...spec, posts: [withCover('https://images.example.com/photo-1500?w=1600')] });
    expect(xmlTree.parse(feed.rss2()).rss.channel.item[0].enclosure).toBeUndefined();
    const links: Array<Record<string, string>> = xmlTree.parse(feed.atom1()).feed.entry[0].link;
    expect(links.find((link) => link['@rel'] === 'enclosure')).toEqual({ '@rel': 'enclosure', '@href': 'https://images.example.com/photo-1500?w=1600' });
  });
});
