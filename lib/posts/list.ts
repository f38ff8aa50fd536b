import fs from 'node:fs';
import path from 'node:path';
import { describeValue, displayPath, type ContentProblem } from '../site/errors';
import { isSlug, SLUG_LENGTH_LIMIT } from './schema';

/** A Markdown file name with only dots before `.md`. */
const NAMELESS_MARKDOWN = /^\.+md$/;

/** What a file name that gives a slug must be: the one rule for posts, authors and pages. */
export const FILE_NAME_EXPECTED = `a file name of lowercase letters, digits and hyphens, ${SLUG_LENGTH_LIMIT}`;

/** The slug a content file's name gives: the name before `.md`, in NFC. */
export function slugOfFile(file: string): string {
  return path.basename(file, '.md').normalize('NFC');
}

/** The problem of a file whose name gives no slug (authors and pages, which have no `slug:` field), if any. */
export function fileNameProblem(display: string, slug: string): ContentProblem | undefined {
  return isSlug(slug) ? undefined : { file: display, field: '(file name)', found: describeValue(slug), expected: FILE_NAME_EXPECTED };
}

/** The Markdown files of a content folder, by name; anything else in it is a problem. */
export function listMarkdown(folder: string, problems: ContentProblem[]): string[] {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(folder, { withFileTypes: true });
  } catch {
    problems.push({
      file: displayPath(folder),
      field: '(folder)',
      found: 'no such folder',
      expected: 'a folder of Markdown files (set CONTENT_DIR to the folder holding posts/ and authors/)',
    });
    return [];
  }
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const file = path.join(folder, entry.name);
    // `.md` and `..md` are what a title without letters once made of a file name: hidden, they would be
    // skipped in silence like the system's and editors' files (.DS_Store, .post.md.swp), so they are named.
    if (NAMELESS_MARKDOWN.test(entry.name)) {
      problems.push({
        file: displayPath(file),
        field: '(file name)',
        found: `${describeValue(entry.name)}, a hidden file with no name before .md`,
        expected: 'a file name of lowercase letters, digits and hyphens before .md, such as my-first-post.md',
      });
      continue;
    }
    if (entry.name.startsWith('.')) continue;
    if (entry.isFile() && entry.name.endsWith('.md')) files.push(file);
    else if (entry.isSymbolicLink()) {
      problems.push({ file: displayPath(file), field: '(file name)', found: 'a symbolic link', expected: 'a regular file (copy the file here instead of linking to it)' });
    } else {
      problems.push({
        file: displayPath(file),
        field: '(file name)',
        found: entry.isDirectory() ? 'a folder' : 'a file that does not end in .md',
        expected: 'only Markdown files ending in .md (images belong under public/)',
      });
    }
  }
  return files;
}
