import { Feed } from 'feed';
import { postSocialImage } from './metadata';
import { SITE_OG_IMAGE_PATH } from './og/paths';
import type { Post } from './posts';
import { absoluteUrl, site } from './site';

/** How many of the newest posts the site's feeds carry. */
export const FEED_SIZE = 20;
/** How many a tag's feed carries: tag feeds repeat the same posts, and 60 tags of 20 full posts weigh a lot. */
export const TAG_FEED_SIZE = 10;

/** Which posts a feed is of, and where it and its HTML counterpart live. */
export interface FeedSpec {
  title: string;
  description: string;
  /** Site path of the HTML page the feed mirrors, e.g. `/blog/tag/css/`. */
  pagePath: string;
  /** Site paths of the feed files. */
  feedPaths: { rss?: string; atom?: string; json?: string };
  posts: ReadonlyArray<Post>;
  /** A post's HTML with absolute URLs (the loader renders it: see `PostBody`). */
  feedHtml: (post: Post) => string;
  /** How many of the newest posts to carry (default {@link FEED_SIZE}). */
  size?: number;
}

/** One post as every feed format carries it. */
interface FeedEntry {
  url: string;
  title: string;
  summary: string;
  html: string;
  published: Date;
  modified: Date;
  authors: Array<{ name: string; url: string }>;
  tags: string[];
  image: string;
}

/** A feed in the three formats the site publishes. */
export interface SiteFeed {
  rss2(): string;
  atom1(): string;
  /** JSON Feed 1.1 (the `feed` package writes 1.0, which keeps only the first author). */
  json11(): string;
}

/**
 * Builds a feed of the newest posts with their full HTML. Feed readers show content away from the site, so
 * every relative link and image is made absolute; `updated` is the newest post's date, not the build time.
 */
export function buildFeed(spec: FeedSpec): SiteFeed {
  const entries: FeedEntry[] = spec.posts.slice(0, spec.size ?? FEED_SIZE).map((post) => {
    const url = absoluteUrl(post.url);
    return {
      url,
      title: post.title,
      summary: post.excerpt,
      html: spec.feedHtml(post),
      published: post.date,
      modified: post.modified,
      authors: post.authors.map((author) => ({ name: author.name, url: absoluteUrl(author.url) })),
      tags: post.tags.map((tag) => tag.name),
      image: postSocialImage(post).url,
    };
  });
  const updated = entries.reduce((newest, entry) => (entry.modified > newest ? entry.modified : newest), new Date(0));
  const feedUrls = Object.fromEntries(Object.entries(spec.feedPaths).map(([kind, path]) => [kind, absoluteUrl(path)]));

  const xmlFeed = () => {
    const feed = new Feed({
      id: absoluteUrl(spec.pagePath),
      link: absoluteUrl(spec.pagePath),
      title: spec.title,
      description: spec.description,
      language: site.language,
      updated,
      generator: site.name,
      image: absoluteUrl(SITE_OG_IMAGE_PATH),
      copyright: `© ${site.name}`,
      feedLinks: feedUrls,
    });
    for (const entry of entries) {
      feed.addItem({
        id: entry.url,
        link: entry.url,
        title: entry.title,
        description: entry.summary,
        content: entry.html,
        date: entry.modified,
        published: entry.published,
        author: entry.authors.map((author) => ({ name: author.name, link: author.url })),
        category: entry.tags.map((name) => ({ name })),
        image: entry.image,
      });
    }
    return feed;
  };

  return {
    rss2: () => xmlFeed().rss2(),
    atom1: () => xmlFeed().atom1(),
    json11: () =>
      JSON.stringify(
        {
          version: 'https://jsonfeed.org/version/1.1',
          title: spec.title,
          home_page_url: absoluteUrl(spec.pagePath),
          ...(feedUrls.json ? { feed_url: feedUrls.json } : {}),
          description: spec.description,
          icon: absoluteUrl(SITE_OG_IMAGE_PATH),
          language: site.language,
          items: entries.map((entry) => ({
            id: entry.url,
            url: entry.url,
            title: entry.title,
            summary: entry.summary,
            content_html: entry.html,
            image: entry.image,
            date_published: entry.published.toISOString(),
            date_modified: entry.modified.toISOString(),
            authors: entry.authors,
            tags: entry.tags,
          })),
        },
        null,
        2,
      ),
  };
}
