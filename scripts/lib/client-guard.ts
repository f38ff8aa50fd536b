import fs from 'node:fs';
import path from 'node:path';

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
  const found: string[] = [];
  const walk = (dir: string) => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (SOURCE.test(entry.name) && declaresUseClient(fs.readFileSync(full, 'utf8'))) found.push(path.relative(root, full));
    }
  };
  for (const folder of folders) walk(path.join(root, folder));
  return found.sort();
}
