import { ENHANCEMENT_ATTRIBUTE } from '@/lib/build-contract';

/** The small plain-JavaScript enhancements in public/scripts/; each page works without them. */
export type Enhancement = 'copy-code' | 'copy-link' | 'search' | 'theme' | 'comments';

/**
 * Loads one enhancement, deferred. `data-enhancement` tells the post-export step to keep this script when it
 * removes the framework's.
 */
export function EnhancementScript({ name }: { name: Enhancement }) {
  return <script src={`/scripts/${name}.js`} defer {...{ [ENHANCEMENT_ATTRIBUTE]: name }} />;
}
