// The neutral shape every importer produces and the writer consumes, whatever the source was.

/** An author as an import found them; `slug` names the file `content/authors/<slug>.md`. */
export interface ImportedAuthor {
  slug: string;
  name: string;
  /** An https URL. */
  avatar?: string;
  website?: string;
  twitter?: string;
  github?: string;
  /** Markdown. */
  bio?: string;
  /** Why the real name is unknown, when it is: the report asks the user to fill it in. */
  unnamed?: string;
}

/** One post ready to be written as `<out>/posts/<slug>.md`. */
export interface ImportedPost {
  /** Where the post came from, for the report: `export.xml: "Hello world"`. */
  origin: string;
  slug: string;
  title: string;
  /** UTC, ISO 8601. */
  date: string;
  /** UTC, ISO 8601; only when later than `date`. */
  updated?: string;
  author: ImportedAuthor;
  tags: string[];
  categories: string[];
  excerpt?: string;
  cover?: { url: string; alt?: string };
  published: boolean;
  canonical?: string;
  series?: string;
  /** Old URL paths of the post, such as `/2021/03/hello-world/`. */
  aliases: string[];
  /** Markdown. */
  body: string;
  /** What the conversion dropped or could not resolve, one line each, for the report. */
  notes: string[];
}

/** Something in the source that was not imported, and why. */
export interface Skipped {
  origin: string;
  reason: string;
}

/** What an importer read from its source. */
export interface ImportBatch {
  posts: ImportedPost[];
  skipped: Skipped[];
}
