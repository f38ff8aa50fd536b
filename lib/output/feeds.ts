import { toHtml } from 'hast-util-to-html';
import { isoDateTime, rfc822DateTime } from '../posts/dates';
import { postSocialImage } from './metadata';
import { SITE_OG_IMAGE_PATH } from '../posts/og-paths';
import type { Post } from '../posts';
import { isPublished } from '../posts/content-index';
import { absoluteUrl, getSite } from '../site';
import { stripInvalidXmlChars } from '../posts/text';
import { xmlDocument, xmlElement } from './xml-text';

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
  /** When the build runs: the update time of a feed that has no post to take it from. */
  buildTime: Date;
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
  /** The image's MIME type, when known (see {@link imageType}). */
  imageType?: string;
}

/** A feed in the three formats the site publishes. */
export interface SiteFeed {
  rss2(): string;
  atom1(): string;
  /** JSON Feed 1.1 (its 1.0 keeps only the first author). */
  json11(): string;
}

const ATOM_NAMESPACE = 'http://www.w3.org/2005/Atom';

/**
 * Builds a feed of the newest posts with their full HTML. Feed readers show content away from the site, so
 * every relative link and image is made absolute. `updated` is the newest post's change, so that the same
 * content gives the same feed; only a feed without posts carries the build time.
 */
export function buildFeed(spec: FeedSpec): SiteFeed {
  const entries: FeedEntry[] = spec.posts.filter(isPublished).slice(0, spec.size ?? FEED_SIZE).map((post) => {
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
      imageType: imageType(postSocialImage(post).url),
    };
  });
  const newestChange = entries.reduce<Date | undefined>((newest, entry) => (!newest || entry.modified > newest ? entry.modified : newest), undefined);
  const feed: FeedHead = {
    title: spec.title,
    description: spec.description,
    pageUrl: absoluteUrl(spec.pagePath),
    logo: absoluteUrl(SITE_OG_IMAGE_PATH),
    updated: newestChange ?? spec.buildTime,
    feedUrls: {
      rss: spec.feedPaths.rss && absoluteUrl(spec.feedPaths.rss),
      atom: spec.feedPaths.atom && absoluteUrl(spec.feedPaths.atom),
      json: spec.feedPaths.json && absoluteUrl(spec.feedPaths.json),
    },
  };
  return { rss2: () => rss2(feed, entries), atom1: () => atom1(feed, entries), json11: () => json11(feed, entries) };
}

/** What a feed says about itself, with absolute URLs. */
interface FeedHead {
  title: string;
  description: string;
  pageUrl: string;
  logo: string;
  updated: Date;
  feedUrls: { rss?: string; atom?: string; json?: string };
}

// RSS 2.0 leaves open which elements hold HTML; readers treat a description, the channel's or an item's, as HTML
// and the rest as text (RSS Best Practices Profile), so plain text is escaped once more as HTML there.
function rss2(feed: FeedHead, entries: ReadonlyArray<FeedEntry>): string {
  const rss = xmlElement(
    'rss',
    { version: '2.0', 'xmlns:atom': ATOM_NAMESPACE, 'xmlns:content': 'http://purl.org/rss/1.0/modules/content/', 'xmlns:dc': 'http://purl.org/dc/elements/1.1/' },
    xmlElement(
      'channel',
      {},
      xmlElement('title', {}, feed.title),
      xmlElement('link', {}, feed.pageUrl),
      xmlElement('description', {}, asHtml(feed.description)),
      xmlElement('language', {}, getSite().language),
      xmlElement('copyright', {}, `© ${getSite().name}`),
      xmlElement('lastBuildDate', {}, rfc822DateTime(feed.updated)),
      xmlElement('generator', {}, getSite().name),
      xmlElement('docs', {}, 'https://www.rssboard.org/rss-specification'),
      ...(feed.feedUrls.rss ? [xmlElement('atom:link', { href: feed.feedUrls.rss, rel: 'self', type: 'application/rss+xml' })] : []),
      xmlElement('image', {}, xmlElement('url', {}, feed.logo), xmlElement('title', {}, feed.title), xmlElement('link', {}, feed.pageUrl)),
      ...entries.map((entry) =>
        xmlElement(
          'item',
          {},
          xmlElement('title', {}, entry.title),
          xmlElement('link', {}, entry.url),
          xmlElement('guid', { isPermaLink: 'false' }, entry.url),
          xmlElement('pubDate', {}, rfc822DateTime(entry.published)),
          xmlElement('description', {}, asHtml(entry.summary)),
          xmlElement('content:encoded', {}, entry.html),
          // <author> is for an email address; names go in Dublin Core's creator.
          ...entry.authors.map((author) => xmlElement('dc:creator', {}, author.name)),
          ...entry.tags.map((tag) => xmlElement('category', {}, tag)),
          // The length is unknown: the RSS profile asks for 0 then. The type is required: no type, no enclosure.
          ...(entry.imageType ? [xmlElement('enclosure', { url: entry.image, length: '0', type: entry.imageType })] : []),
        ),
      ),
    ),
  );
  return xmlDocument(rss);
}

/** Plain text as the HTML that shows it. */
const asHtml = (text: string) => toHtml({ type: 'text', value: text });

// Atom says what each text is: titles and summaries are plain text, only the content is HTML (RFC 4287).
function atom1(feed: FeedHead, entries: ReadonlyArray<FeedEntry>): string {
  const atom = xmlElement(
    'feed',
    { xmlns: ATOM_NAMESPACE, 'xml:lang': getSite().language },
    xmlElement('id', {}, feed.pageUrl),
    xmlElement('title', { type: 'text' }, feed.title),
    xmlElement('subtitle', { type: 'text' }, feed.description),
    xmlElement('updated', {}, isoDateTime(feed.updated)),
    xmlElement('link', { rel: 'alternate', type: 'text/html', href: feed.pageUrl }),
    ...(feed.feedUrls.atom ? [xmlElement('link', { rel: 'self', type: 'application/atom+xml', href: feed.feedUrls.atom })] : []),
    xmlElement('generator', {}, getSite().name),
    xmlElement('logo', {}, feed.logo),
    xmlElement('rights', { type: 'text' }, `© ${getSite().name}`),
    ...entries.map((entry) =>
      xmlElement(
        'entry',
        {},
        xmlElement('id', {}, entry.url),
        xmlElement('title', { type: 'text' }, entry.title),
        xmlElement('link', { rel: 'alternate', type: 'text/html', href: entry.url }),
        xmlElement('link', { rel: 'enclosure', type: entry.imageType, href: entry.image }),
        xmlElement('published', {}, isoDateTime(entry.published)),
        xmlElement('updated', {}, isoDateTime(entry.modified)),
        ...entry.authors.map((author) => xmlElement('author', {}, xmlElement('name', {}, author.name), xmlElement('uri', {}, author.url))),
        // `term` is required; readers that show only `term` see the same name as those that show `label`.
        ...entry.tags.map((tag) => xmlElement('category', { term: tag, label: tag })),
        xmlElement('summary', { type: 'text' }, entry.summary),
        xmlElement('content', { type: 'html' }, entry.html),
      ),
    ),
  );
  return xmlDocument(atom);
}

function json11(feed: FeedHead, entries: ReadonlyArray<FeedEntry>): string {
  const json = {
    version: 'https://jsonfeed.org/version/1.1',
    title: feed.title,
    home_page_url: feed.pageUrl,
    ...(feed.feedUrls.json ? { feed_url: feed.feedUrls.json } : {}),
    description: feed.description,
    icon: feed.logo,
    language: getSite().language,
    items: entries.map((entry) => ({
      id: entry.url,
      url: entry.url,
      title: entry.title,
      summary: entry.summary,
      content_html: entry.html,
      image: entry.image,
      date_published: isoDateTime(entry.published),
      date_modified: isoDateTime(entry.modified),
      authors: entry.authors,
      tags: entry.tags,
    })),
  };
  // JSON can carry controls and lone surrogates as escapes, but readers that hand the text on to XML or HTML cannot.
  return JSON.stringify(json, (_key, value: unknown) => (typeof value === 'string' ? stripInvalidXmlChars(value) : value), 2);
}

/**
 * The MIME type of a social image, from its extension: the build's own images (variants, share crops, drawn
 * cards) always have one; a remote cover it could not download may have none, and then its type is unknown.
 */
function imageType(url: string): string | undefined {
  const extension = new URL(url).pathname.split('.').pop()?.toLowerCase();
  return extension === 'jpg' || extension === 'jpeg' ? 'image/jpeg' : extension === 'png' || extension === 'gif' || extension === 'webp' ? `image/${extension}` : undefined;
}
