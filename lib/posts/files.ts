import fs from 'node:fs';
import path from 'node:path';

/** Every file under a folder (not folders), as paths relative to it with `/` separators, sorted. */
export function listFiles(dir: string): string[] {
  // Each folder's relative name is worked out once, not once a file: dev checks a content folder of thousands
  // of files on every request (lib/posts/index.ts), and a build lists an out/ of tens of thousands.
  const folders = new Map<string, string>();
  const prefixOf = (folder: string) => {
    let prefix = folders.get(folder);
    if (prefix === undefined) {
      const relative = path.relative(dir, folder);
      prefix = relative === '' ? '' : `${relative.split(path.sep).join('/')}/`;
      folders.set(folder, prefix);
    }
    return prefix;
  };
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => prefixOf(entry.parentPath) + entry.name)
    .sort();
}
