import type { Metadata } from 'next';
import { isoDateTime } from '../posts/dates';
import { OG_IMAGE_SIZE } from '../posts/og-size';
import { SITE_OG_IMAGE_PATH } from '../posts/og-paths';
import type { Post } from '../posts';
import { absoluteUrl, getSite } from '../site';

/** An image for OpenGraph and Twitter cards, with an absolute URL. */
export interface SocialImage {
  url: string;
  width?: number;
  height?: number;
  alt: string;
}

/** The site's feeds, by the names readers know them, announced in every page head for feed readers to discover. */
export const FEEDS = {
  rss: { path: '/feed.xml', type: 'application/rss+xml', name: 'RSS' },
  atom: { path: '/atom.xml', type: 'application/atom+xml', name: 'Atom' },
  json: { path: '/feed.json', type: 'application/feed+json', name: 'JSON Feed' },
} as const;

/** The canonical URL of a post: where it was first published if its frontmatter says so, else its page here. */
export function canonicalUrl(post: Post): string {
  return post.canonical ?? absoluteUrl(post.url);
}

/** The generated card image that pages without an image of their own share. */
export function siteSocialImage(): SocialImage {
  return { url: absoluteUrl(SITE_OG_IMAGE_PATH), ...OG_IMAGE_SIZE, alt: getSite().name };
}

/** The image a post is shared with (decided by the loader: see `ShareImage`), with an absolute URL. */
export function postSocialImage(post: Post): SocialImage {
  const { src, width, height, alt } = post.shareImage;
  return { url: absoluteUrl(src), width, height, alt };
}

/** What every page needs to describe itself. */
export interface PageMetadataInput {
  /** The page title without the site name; the home page gives none. */
  title?: string;
  description?: string;
  /** The site path of the page, e.g. `/blog/tag/css/page/2/`. */
  path: string;
  image?: SocialImage;
  /** Keep the page out of search engines (drafts, not-found). */
  noindex?: boolean;
}

/** The one builder of page metadata: title, description, canonical, OpenGraph, Twitter, feeds and robots. */
export function pageMetadata({ title, description, path, image = siteSocialImage(), noindex }: PageMetadataInput): Metadata {
  const site = getSite();
  description ??= site.description;
  const url = absoluteUrl(path);
  const shareTitle = title ?? site.name;
  return {
    title: title ?? { absolute: site.name },
    description,
    alternates: {
      canonical: url,
      types: Object.fromEntries(Object.values(FEEDS).map((feed) => [feed.type, [{ url: absoluteUrl(feed.path), title: `${site.name} (${feed.name})` }]])),
    },
    openGraph: {
      type: 'website',
      title: shareTitle,
      description,
      url,
      siteName: site.name,
      locale: site.locale,
      images: [image],
    },
    twitter: { card: 'summary_large_image', title: shareTitle, description, images: [{ url: image.url, alt: image.alt }] },
    ...(noindex ? { robots: { index: false, follow: true } } : {}),
  };
}

/** Metadata of a post page: the page metadata plus article fields, keywords from its own tags, authors. */
export function postMetadata(post: Post): Metadata {
  const base = pageMetadata({
    title: post.title,
    description: post.excerpt,
    path: post.url,
    image: postSocialImage(post),
    noindex: post.draft || post.scheduled,
  });
  return {
    ...base,
    alternates: { ...base.alternates, canonical: canonicalUrl(post) },
    keywords: post.tags.length > 0 ? post.tags.map((tag) => tag.name) : undefined,
    authors: post.authors.map((author) => ({ name: author.name, url: absoluteUrl(author.url) })),
    openGraph: {
      ...base.openGraph,
      type: 'article',
      url: canonicalUrl(post),
      publishedTime: isoDateTime(post.date),
      modifiedTime: isoDateTime(post.modified),
      authors: post.authors.map((author) => absoluteUrl(author.url)),
      section: post.categories[0]?.name,
      tags: post.tags.map((tag) => tag.name),
    },
  };
}
