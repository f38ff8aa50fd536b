import { SITE_SCRIPT_ATTRIBUTE } from '@/lib/build-contract';
import { withBasePath } from '@/lib/site';
import type { SiteScript } from '@/lib/site/scripts';

/**
 * The site config's third-party scripts for one placement, each marked with its name: the post-export step
 * keeps a marked script on the pages its entry lists (every page unless `pages` says otherwise).
 */
export function SiteScripts({ scripts, placement }: { scripts: ReadonlyArray<SiteScript>; placement: 'head' | 'body' }) {
  return scripts
    .filter((script) => (script.placement ?? 'head') === placement)
    .map((script) => {
      const attributes = { ...script.attributes, [SITE_SCRIPT_ATTRIBUTE]: script.name };
      if ('src' in script) return <script key={script.name} src={withBasePath(script.src)} async={script.async} defer={script.defer} {...attributes} />;
      return <script key={script.name} {...attributes} dangerouslySetInnerHTML={{ __html: script.code }} />;
    });
}
