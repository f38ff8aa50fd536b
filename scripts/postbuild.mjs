#!/usr/bin/env node
// Runs after `next build` has exported the site: finishes out/ (or OUT_DIR) as plain static files.
import fs from 'node:fs';
import path from 'node:path';

// Must equal PLACEHOLDER_PARAM in lib/static-params.ts.
const PLACEHOLDER = '__margins_placeholder__';
const outDir = path.resolve(process.env.OUT_DIR ?? 'out');

if (!fs.existsSync(path.join(outDir, 'index.html'))) {
  console.error(`postbuild: ${outDir}/index.html does not exist; did next build export the site?`);
  process.exit(1);
}

/** Deletes the pages Next.js had to render for routes with no params (see lib/static-params.ts). */
function removePlaceholders(dir) {
  let removed = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.name.startsWith(PLACEHOLDER)) {
      fs.rmSync(full, { recursive: true, force: true });
      removed += 1;
    } else if (entry.isDirectory()) {
      removed += removePlaceholders(full);
      // A folder that only held placeholders (e.g. sitemaps/ on a small site) goes too.
      if (fs.readdirSync(full).length === 0) fs.rmdirSync(full);
    }
  }
  return removed;
}

const removed = removePlaceholders(outDir);
console.log(`postbuild: ${path.relative(process.cwd(), outDir) || '.'} ready${removed ? ` (${removed} placeholder pages removed)` : ''}`);
