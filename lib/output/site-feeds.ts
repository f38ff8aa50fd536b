import { buildFeed, TAG_FEED_SIZE } from './feeds';
import { FEEDS } from './metadata';
import { tagPath } from '../site/paths';
import { getContent, type Post } from '../posts';
import { getSite } from '../site';
import { t } from '../site/i18n';


/** The site-wide feed of the newest posts, at /feed.xml, /atom.xml and /feed.json. */
export function siteFeed() {
  const content = getContent();
  return buildFeed({
    title: getSite().name,
    description: getSite().description,
    pagePath: '/',
    feedPaths: { rss: FEEDS.rss.path, atom: FEEDS.atom.path, json: FEEDS.json.path },
    posts: content.posts,
    feedHtml: (post: Post) => content.body(post).feedHtml,
    // An empty blog's feed is as new as the build.
    buildTime: content.buildTime,
  });
}

/** The RSS feed of one tag's newest ten posts, at /blog/tag/<slug>/feed.xml; undefined for an unknown tag. */
export function tagFeed(slug: string, content = getContent()) {
  const tag = content.tagBySlug.get(slug);
  if (!tag) return undefined;
  return buildFeed({
    title: `${getSite().name}: #${tag.name}`,
    description: t.tagFeedDescription(tag.name, getSite().name),
    pagePath: tagPath(slug),
    feedPaths: { rss: `${tagPath(slug)}feed.xml` },
    posts: content.postsByTag.get(slug) ?? [],
    size: TAG_FEED_SIZE,
    feedHtml: (post: Post) => content.body(post).feedHtml,
    buildTime: content.buildTime,
  });
}
