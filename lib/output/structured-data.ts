import { isoDateTime } from '../posts/dates';
import { canonicalUrl, postSocialImage, siteSocialImage } from './metadata';
import type { Author, Page, Post } from '../posts';
import { absoluteUrl, getSite } from '../site';
import { socialLinks } from '../site/social';
import { t } from '../site/i18n';

/** A schema.org object, ready to serialize as JSON-LD. */
export type JsonLdObject = Record<string, unknown>;

const publisher = (): JsonLdObject => ({
  '@type': 'Organization',
  name: getSite().name,
  url: absoluteUrl('/'),
  logo: { '@type': 'ImageObject', url: siteSocialImage().url },
});

/** A schema.org Person for an author, linked to their page and their profiles elsewhere. */
export function personJsonLd(author: Author): JsonLdObject {
  const sameAs = socialLinks(author.social)
    .filter((link) => link.network !== 'email')
    .map((link) => link.href);
  return {
    '@type': 'Person',
    name: author.name,
    url: absoluteUrl(author.url),
    ...(author.role ? { jobTitle: author.role } : {}),
    ...(author.avatar ? { image: absoluteUrl(author.avatar.src) } : {}),
    ...(sameAs.length > 0 ? { sameAs } : {}),
  };
}

/** BlogPosting of a post page: the same title, dates, image and URL the page and its meta tags show. */
export function blogPostingJsonLd(post: Post): JsonLdObject {
  return {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    headline: post.title,
    description: post.excerpt,
    image: postSocialImage(post).url,
    datePublished: isoDateTime(post.date),
    dateModified: isoDateTime(post.modified),
    author: post.authors.map(personJsonLd),
    publisher: publisher(),
    mainEntityOfPage: { '@type': 'WebPage', '@id': canonicalUrl(post) },
    url: canonicalUrl(post),
    ...(post.tags.length > 0 ? { keywords: post.tags.map((tag) => tag.name) } : {}),
    ...(post.categories[0] ? { articleSection: post.categories[0].name } : {}),
    wordCount: post.wordCount,
    inLanguage: getSite().language,
  };
}

/** BreadcrumbList of a post: Home > Blog > the post. */
export function breadcrumbJsonLd(post: Post): JsonLdObject {
  const items = [
    { name: t.home, url: absoluteUrl('/') },
    { name: t.blog, url: absoluteUrl('/blog/') },
    { name: post.title, url: absoluteUrl(post.url) },
  ];
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, index) => ({ '@type': 'ListItem', position: index + 1, name: item.name, item: item.url })),
  };
}

/** ProfilePage of an author page, about the author as a Person. */
export function profilePageJsonLd(author: Author): JsonLdObject {
  return {
    '@context': 'https://schema.org',
    '@type': 'ProfilePage',
    url: absoluteUrl(author.url),
    mainEntity: personJsonLd(author),
  };
}

/** WebPage of a page outside the blog (/about/), part of the site. */
export function webPageJsonLd(page: Page): JsonLdObject {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebPage',
    name: page.title,
    description: page.description,
    url: absoluteUrl(page.url),
    ...(page.modified ? { dateModified: isoDateTime(page.modified) } : {}),
    isPartOf: { '@type': 'WebSite', name: getSite().name, url: absoluteUrl('/') },
    publisher: publisher(),
    inLanguage: getSite().language,
  };
}

/** Blog of the blog index, with its newest posts. */
export function blogJsonLd(posts: ReadonlyArray<Post>): JsonLdObject {
  return {
    '@context': 'https://schema.org',
    '@type': 'Blog',
    name: getSite().name,
    description: getSite().description,
    url: absoluteUrl('/blog/'),
    publisher: publisher(),
    inLanguage: getSite().language,
    blogPost: posts.map((post) => ({
      '@type': 'BlogPosting',
      headline: post.title,
      url: canonicalUrl(post),
      datePublished: isoDateTime(post.date),
      dateModified: isoDateTime(post.modified),
      author: post.authors.map((author) => ({ '@type': 'Person', name: author.name, url: absoluteUrl(author.url) })),
    })),
  };
}

/**
 * JSON for a `<script type="application/ld+json">`: `<`, `>` and `&` are escaped as \u003c and so on, so no
 * field (a `</script>` or `<!--` in an excerpt, say) can end the script element early.
 */
export function serializeJsonLd(data: JsonLdObject): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
