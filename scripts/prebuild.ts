// Runs before `next build`: refuses client components, which would need the runtime the post-export
// step removes (unless the site config sets clientRuntime: true).
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
