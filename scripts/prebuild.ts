// Runs before `next build`: refuses client components, which would need the runtime the post-export
// step removes (unless the site config sets clientRuntime: true), then loads and checks the content.
import { ContentError, defaultLoadOptions, loadContent } from '../lib/posts';
import { site } from '../lib/site';
import { findClientModules } from './lib/client-guard';

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
// file parsed here is cached for the build's workers (lib/posts/cache.ts), which then parse nothing.
try {
  const started = performance.now();
  const content = loadContent(defaultLoadOptions());
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `prebuild: ${content.posts.length} posts, ${content.authors.length} authors; ${content.filesParsed} Markdown files parsed, the rest from the cache (${seconds}s)`,
  );
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(error.message);
  process.exit(1);
}
