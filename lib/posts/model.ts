import type { ImageSize } from './images';
import type { TocHeading } from './markdown/pipeline';
import type { Term } from './taxonomy';
import type { AuthorFrontmatter, PageFrontmatter, PostFrontmatter } from './schema';

/** A tag or category as a post refers to it: the shared slug and the display name all pages use. */
export interface TermRef {
  slug: string;
  name: string;
}

/** An image a page shows: a site path or https URL, with its pixel size when it is a local file that could be measured. */
export interface ImageRef {
  src: string;
  size?: ImageSize;
  /**
   * The responsive variants the build made of it (lib/output/image-variants/); absent under `next dev`, for SVG and
   * animated GIF, and for a remote image that could not be downloaded.
   */
  variants?: ImageVariants;
}

/** An author, from `content/authors/<slug>.md`. */
export interface Author {
  slug: string;
  name: AuthorFrontmatter['name'];
  avatar?: ImageRef;
  /** The role, followed by the company when the file gives one: "Editor at Acme". */
  role?: string;
  social: AuthorFrontmatter['social'];
  /** Frontmatter fields Margins does not know, as YAML gave them, for templates. */
  extra: Record<string, unknown>;
  /** The bio (the file's body), rendered to HTML. */
  bioHtml: string;
  /** Site path of the author page, e.g. `/blog/author/ada-lovelace/`. */
  url: string;
  file: string;
}

/** The image a post is shared with on social networks (OpenGraph, Twitter, JSON-LD, feeds). */
export interface ShareImage {
  /** A site path or an https URL. */
  src: string;
  /** Unknown only for a remote cover the build could not download. */
  width?: number;
  height?: number;
  alt: string;
  /** True when the build draws a card for the post (it has no cover social networks can show). */
  generated: boolean;
}

/** A post, validated and derived once at load; pages only read it. Its HTML is a {@link PostBody}, apart. */
export interface Post {
  slug: string;
  /** Site path, e.g. `/blog/my-post/`. */
  url: string;
  /** Source path, for error messages. */
  file: string;
  /** The file's path in its git repository (or relative to the working directory outside one), for edit links. */
  repositoryFile: string;
  title: PostFrontmatter['title'];
  date: Date;
  updated?: Date;
  /** When the post last changed: `updated`; else the last commit that changed its body (lib/posts/git-history.ts), never before `date`; else `date`. */
  modified: Date;
  authors: Author[];
  /** The frontmatter excerpt, or the first paragraph cut at a word near 160 characters. */
  excerpt: string;
  tags: TermRef[];
  categories: TermRef[];
  cover?: ImageRef & { alt: string };
  shareImage: ShareImage;
  /** `published: false` in frontmatter; only visible under `next dev`. */
  draft: boolean;
  /** Dated after the build; only visible under `next dev`. */
  scheduled: boolean;
  canonical?: string;
  /** The series the post is a part of. */
  series?: TermRef;
  /** Old addresses of the post (site paths ending in `/`), each written as a page that redirects here. */
  aliases: string[];
  /** Those of {@link aliases} that git history gave (the post's earlier names), with the earlier file. */
  historyAliases: Array<{ alias: string; from: string }>;
  /** Frontmatter fields Margins does not know, as YAML gave them, for templates. */
  extra: Record<string, unknown>;
  /** `math: true` in frontmatter: `$…$` in the body are formulas, and the page loads KaTeX's stylesheet. */
  math?: boolean;
  headings: TocHeading[];
  /** Words of the visible text of the rendered body (markup is not words). */
  wordCount: number;
  readingMinutes: number;
}

/**
 * A post as its file gives it, before its body is rendered: what the rendered body shows (headings, the counts,
 * an excerpt from the first paragraph) comes only with the render. Drafts and scheduled posts a build does not
 * show stay so.
 */
export type UnrenderedPost = Omit<Post, 'headings' | 'wordCount' | 'readingMinutes' | 'excerpt'> & {
  /** The frontmatter excerpt, if any. */
  excerpt?: string;
};

/** Posts that share a `series:` name, which pages show as parts 1 to N. */
export interface Series {
  slug: string;
  /** The most common spelling of the name among its posts. */
  name: string;
  /** Slugs of its posts, oldest first: part 1 first. */
  posts: string[];
}

/** A page outside the blog, from `content/pages/<slug>.md`, served at `/<slug>/`. Pages are few: each holds its HTML. */
export interface Page {
  slug: string;
  /** Site path, e.g. `/about/`. */
  url: string;
  file: string;
  /** The file's path in its git repository (or relative to the working directory outside one), for edit links. */
  repositoryFile: string;
  title: string;
  /** The frontmatter description, or the first paragraph cut at a word near 160 characters. */
  description: string;
  /** The menu that links to the page, if any. */
  nav?: PageFrontmatter['nav'];
  /** Menus list pages by this, lowest first. */
  order: number;
  updated?: Date;
  /** When the page last changed: `updated`, else the last commit that changed its body; unknown outside git. */
  modified?: Date;
  headings: TocHeading[];
  html: string;
}

/** A post's rendered body: kept apart from {@link Post} so that only the pages showing it hold it in memory. */
export interface PostBody {
  html: string;
  /** The HTML with absolute URLs, for feeds. */
  feedHtml: string;
}

/** Everything a build renders from, as plain data: what the loader produces and the snapshot stores. */
export interface ContentData {
  /** The one moment the whole build takes as "now". */
  buildTime: Date;
  /** The visible posts, newest first. */
  posts: Post[];
  /** All authors, by name. */
  authors: Author[];
  /** Tags and categories of visible posts with their counts, most used first. */
  tags: Term[];
  categories: Term[];
  /** Series of visible posts, by name. */
  series: Series[];
  /** Up to three related posts of each post, by slug, best first. */
  related: Record<string, string[]>;
  /** The pages outside the blog, by `order`, then title. */
  pages: Page[];
}

/** A format the build encodes variants in. */
export type VariantFormat = 'avif' | 'webp' | 'jpeg' | 'png';

/** One encoded variant of an image, published at `src`. */
export interface ImageVariant {
  src: string;
  width: number;
  height: number;
  format: VariantFormat;
}

/** The variants the build made of one image, and its colour to show while one of them loads. */
export interface ImageVariants {
  /** The dominant colour of the image, as `#rrggbb`. */
  color: string;
  /** Every variant, best format first, each format narrowest first; the last format is the fallback. */
  files: ImageVariant[];
}
