import fs from 'node:fs';
import path from 'node:path';
import { listFiles } from '../../lib/posts/files';

const SOURCE = /\.(tsx?|jsx?|mjs|cjs)$/;

/** Whether a module's directive prologue declares `'use client'` (comments and other directives may come first). */
export function declaresUseClient(source: string): boolean {
  let rest = source.replace(/^\uFEFF/, '');
  for (;;) {
    rest = rest.replace(/^(\s+|\/\/[^\n]*|\/\*[\s\S]*?\*\/)+/, '');
    const directive = /^(['"])([^'"\n]*)\1\s*;?/.exec(rest);
    if (!directive) return false;
    if (directive[2] === 'use client') return true;
    rest = rest.slice(directive[0].length);
  }
}

/** The project's modules under `folders` that declare `'use client'`, as paths relative to `root`. */
export function findClientModules(root: string, folders: ReadonlyArray<string> = ['app', 'components', 'lib']): string[] {
  return folders
    .filter((folder) => fs.existsSync(path.join(root, folder)))
    .flatMap((folder) => listFiles(path.join(root, folder)).map((file) => path.join(folder, file)))
    .filter((file) => SOURCE.test(file) && declaresUseClient(fs.readFileSync(path.join(root, file), 'utf8')))
    .sort();
}
