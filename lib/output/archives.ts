import { getContent, type Author, type Content, type Post, type Term } from '../posts';
import { authorPath, categoryPath, tagPath } from '../site/paths';
import { laterPages, paginate, type Page } from './pagination';
import { getSite } from '../site';
import { orPlaceholder } from './static-params';
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

/** One page of an archive, or undefined when the archive or the page does not exist. */
export function getArchivePage(kind: ArchiveKind, slug: string | undefined, page: number): { archive: Archive; page: Page<Post> } | undefined {
  const archive = getArchive(kind, slug);
  const pageOfPosts = archive && paginate(archive.posts, page, archive.basePath);
  return archive && pageOfPosts ? { archive, page: pageOfPosts } : undefined;
}

function slugsOf(kind: Exclude<ArchiveKind, 'blog'>): string[] {
  const content = getContent();
  if (kind === 'tag') return content.tags.map((term) => term.slug);
  if (kind === 'category') return content.categories.map((term) => term.slug);
  return content.authors.map((author) => author.slug);
}

/** Params of the first pages of every tag, category or author. */
export function archiveParams(kind: Exclude<ArchiveKind, 'blog'>): Array<{ slug: string }> {
  return orPlaceholder(slugsOf(kind).map((slug) => ({ slug })), ['slug']);
}

/** Params of the pages after the first of every tag, category or author, or of the blog. */
export function archivePageParams(kind: ArchiveKind): Array<{ slug: string; page: string }> {
  const slugs = kind === 'blog' ? [''] : slugsOf(kind);
  const params = slugs.flatMap((slug) =>
    laterPages(getArchive(kind, slug)?.posts.length ?? 0).map((page) => ({ slug, page: String(page) })),
  );
  return orPlaceholder(params, ['slug', 'page']);
}
