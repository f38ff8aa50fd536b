import { getContent, summaryOf, type Author, type Content, type Post, type PostSummary, type Term } from '../posts';
import { authorPath, categoryPath, tagPath } from '../site/paths';
import { laterPages, paginate, type Page } from './pagination';
import { getSite } from '../site';
import { t } from '../site/i18n';

/** The kinds of paginated post lists. */
export type ArchiveKind = 'blog' | 'tag' | 'category' | 'author';

/** A paginated list of posts: the blog, a tag, a category or an author. */
export interface Archive {
  kind: ArchiveKind;
  /** The tag, category or author slug; none for the blog. */
  slug?: string;
  title: string;
  description: string;
  /** Site path of the first page. */
  basePath: string;
  posts: Post[];
  term?: Term;
  author?: Author;
}

/** What a page of an archive shows of it: all but the posts of its other pages. */
export type ArchiveHead = Omit<Archive, 'posts'>;

/** The archive of a kind (and slug), or undefined when there is none. */
export function getArchive(kind: ArchiveKind, slug = '', content: Content = getContent()): Archive | undefined {
  switch (kind) {
    case 'blog':
      return {
        kind,
        title: t.blog,
        description: t.blogDescription(content.posts.length, getSite().name),
        basePath: '/blog/',
        posts: content.posts,
      };
    case 'tag': {
      const term = content.tagBySlug.get(slug);
      if (!term) return undefined;
      return {
        kind,
        slug,
        term,
        title: `#${term.name}`,
        description: t.tagDescription(term.count, term.name, getSite().name),
        basePath: tagPath(slug),
        posts: content.postsByTag.get(slug) ?? [],
      };
    }
    case 'category': {
      const term = content.categoryBySlug.get(slug);
      if (!term) return undefined;
      return {
        kind,
        slug,
        term,
        title: term.name,
        description: t.categoryDescription(term.count, term.name, getSite().name),
        basePath: categoryPath(slug),
        posts: content.postsByCategory.get(slug) ?? [],
      };
    }
    case 'author': {
      const author = content.authorBySlug.get(slug);
      if (!author) return undefined;
      const posts = content.postsByAuthor.get(slug) ?? [];
      return {
        kind,
        slug,
        author,
        title: author.name,
        description: t.authorDescription(`${author.name}${author.role ? `, ${author.role}` : ''}`, posts.length, getSite().name),
        basePath: authorPath(slug),
        posts,
      };
    }
  }
}

/**
 * One page of an archive, as it shows it: the archive without its posts, and this page's posts as summaries.
 * Undefined when the archive or the page does not exist.
 */
export function getArchivePage(kind: ArchiveKind, slug: string | undefined, page: number, content: Content = getContent()): { archive: ArchiveHead; page: Page<PostSummary> } | undefined {
  const found = getArchive(kind, slug, content);
  if (!found) return undefined;
  const { posts, ...archive } = found;
  const pageOfPosts = paginate(posts.map(summaryOf), page, archive.basePath);
  return pageOfPosts && { archive, page: pageOfPosts };
}

function slugsOf(kind: Exclude<ArchiveKind, 'blog'>, content: Content): string[] {
  if (kind === 'tag') return content.tags.map((term) => term.slug);
  if (kind === 'category') return content.categories.map((term) => term.slug);
  return content.authors.map((author) => author.slug);
}

/** Params of the first pages of every tag, category or author. */
export function archiveParams(kind: Exclude<ArchiveKind, 'blog'>, content: Content = getContent()): Array<{ slug: string }> {
  return slugsOf(kind, content).map((slug) => ({ slug }));
}

/** Params of the pages after the first of every tag, category or author, or of the blog. */
export function archivePageParams(kind: ArchiveKind, content: Content = getContent()): Array<{ slug: string; page: string }> {
  const slugs = kind === 'blog' ? [''] : slugsOf(kind, content);
  return slugs.flatMap((slug) => laterPages(getArchive(kind, slug, content)?.posts.length ?? 0).map((page) => ({ slug, page: String(page) })));
}
