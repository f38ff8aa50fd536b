import type { TocHeading } from '../markdown';
import type { AuthorFrontmatter, PostFrontmatter } from './schema';

/** A tag or category as a post refers to it: the shared slug and the display name all pages use. */
export interface TermRef {
  slug: string;
  name: string;
}

/** An author, from `content/authors/<slug>.md`. */
export interface Author {
  slug: string;
  name: AuthorFrontmatter['name'];
  avatar?: string;
  role?: string;
  social: AuthorFrontmatter['social'];
  /** The bio (the file's body), rendered to HTML. */
  bioHtml: string;
  /** Site path of the author page, e.g. `/blog/author/ada-lovelace/`. */
  url: string;
  file: string;
}

/** A post, validated and derived once at load; pages only read it. */
export interface Post {
  slug: string;
  /** Site path, e.g. `/blog/my-post/`. */
  url: string;
  /** Source path, for error messages and edit links. */
  file: string;
  title: PostFrontmatter['title'];
  date: Date;
  updated?: Date;
  authors: Author[];
  /** The frontmatter excerpt, or the first paragraph cut at a word near 160 characters. */
  excerpt: string;
  tags: TermRef[];
  categories: TermRef[];
  cover?: { src: string; alt: string };
  /** `published: false` in frontmatter; only visible under `next dev`. */
  draft: boolean;
  /** Dated after the build; only visible under `next dev`. */
  scheduled: boolean;
  canonical?: string;
  html: string;
  headings: TocHeading[];
  wordCount: number;
  readingMinutes: number;
}
