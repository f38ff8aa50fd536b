import { inputError, readText } from './input';
import type { ImportBatch, ImportedPost, Skipped } from './model';
import { wordpressPost, type WordPressEntry } from './wordpress-post';
import { readRest } from './wordpress-rest';
import { readWxr } from './wordpress-wxr';

/** Reads a WordPress export: a WXR `.xml` file from Tools → Export, or REST API JSON (one post or an array). */
export function importWordPress(file: string): ImportBatch {
  const source = readText(file);
  const { entries, skipped } = source.trimStart().startsWith('<')
    ? readWxr(source, file)
    : readRestExport(source, file);
  const posts: ImportedPost[] = [];
  for (const entry of entries) {
    const result = wordpressPost(entry);
    if ('reason' in result) skipped.push(result);
    else posts.push(result);
  }
  return { posts, skipped };
}

function readRestExport(source: string, file: string): { entries: WordPressEntry[]; skipped: Skipped[] } {
  return { entries: readRest(parseJson(source, file), file), skipped: [] };
}

function parseJson(source: string, file: string): unknown {
  try {
    return JSON.parse(source);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw inputError(
      file,
      '(file)',
      `text that is neither XML nor valid JSON (${reason})`,
      'a WordPress export (WXR .xml) or REST API JSON',
    );
  }
}
