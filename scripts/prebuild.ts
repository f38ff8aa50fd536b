// Runs before `next build`: refuses client components, which would need the runtime the post-export
// step removes (unless the site config sets clientRuntime: true), then loads and checks the content.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ContentError, defaultLoadOptions, loadContent } from '../lib/posts';
import { warmContentCache } from '../lib/posts/warm';
import { site } from '../lib/site';
import { findClientModules } from './lib/client-guard';

/** Below this many posts a second process costs more to start than it saves. */
const PARALLEL_FROM = 200;

if (!site.clientRuntime) {
  const clientModules = findClientModules(process.cwd());
  if (clientModules.length > 0) {
    console.error(
      [
        `Margins ships reading pages without framework JavaScript, but ${clientModules.length === 1 ? 'this module declares' : 'these modules declare'} 'use client':`,
        ...clientModules.map((file) => `  ${file}`),
        "A client component needs React in the browser. Make it a server component and add any interactivity as a small script in public/scripts/ (see components/enhancement-script.tsx), or set clientRuntime: true in lib/site.ts to keep Next's runtime.",
      ].join('\n'),
    );
    process.exit(1);
  }
}

// Load and check the content once, before Next starts: every problem is reported here, plainly, and every
// file parsed here is cached for the build's workers (lib/posts/cache.ts), which then parse nothing. On a
// large blog a second process renders half of the posts meanwhile: the machine has two cores.
try {
  const started = performance.now();
  const options = defaultLoadOptions();
  let parsedHere = 0;
  const postsDir = path.join(options.contentDir, 'posts');
  // A missing folder is the loader's to report, with its own message.
  if (options.cacheDir && fs.existsSync(postsDir) && fs.readdirSync(postsDir).length >= PARALLEL_FROM) {
    const helper = spawn(process.execPath, [...process.execArgv, path.join(import.meta.dirname, 'warm-cache.ts'), '1', '2'], { stdio: 'inherit' });
    const helperDone = new Promise((resolve) => helper.on('exit', resolve));
    parsedHere += warmContentCache(options, 0, 2);
    await helperDone;
  }
  const content = loadContent(options);
  parsedHere += content.filesParsed;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`prebuild: ${content.posts.length} posts and ${content.authors.length} authors checked in ${seconds}s (${parsedHere ? 'Markdown parsed and cached' : 'all from the cache'})`);
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(error.message);
  process.exit(1);
}
