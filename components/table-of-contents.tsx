import type { TocHeading } from '@/lib/posts/markdown/pipeline';
import { PAGE_IDS } from '@/lib/site/page-ids';
import { EnhancementScript } from './enhancement-script';
import { Icon } from './icons';
import { t } from '@/lib/site/i18n';

/** Headings a post needs before it shows a table of contents. */
export const TOC_MIN_HEADINGS = 3;

/** Whether a post with these headings shows a table of contents. */
export const hasTableOfContents = (headings: ReadonlyArray<TocHeading>) => headings.length >= TOC_MIN_HEADINGS;

/**
 * The h2/h3 outline of a post, shown only when the post is long enough to need one. One list serves every
 * width: on narrow screens a `<details>` folded above the body, from 1280 px a sticky column beside it, where
 * globals.css shows the list whatever the `<details>` state (`.toc`). /scripts/toc.js opens it there and marks
 * the section being read; without it the list is the same and its links work.
 */
export function TableOfContents({ headings, className = '' }: { headings: ReadonlyArray<TocHeading>; className?: string }) {
  if (!hasTableOfContents(headings)) return null;
  return (
    <nav aria-labelledby={PAGE_IDS.toc} data-pagefind-ignore className={`toc text-sm ${className}`}>
      <details className="group rounded-xl border border-zinc-200 xl:rounded-none xl:border-0 dark:border-zinc-800">
        <summary className="flex cursor-pointer list-none items-center gap-2 px-4 py-3 font-semibold text-zinc-900 xl:cursor-auto xl:px-0 xl:pt-0 xl:pb-3 dark:text-zinc-100 [&::-webkit-details-marker]:hidden">
          <Icon name="toc" />
          <span id={PAGE_IDS.toc}>{t.onThisPage}</span>
          <span className="font-normal text-zinc-600 xl:hidden dark:text-zinc-400">
            · {t.tocSections(headings.length)}
          </span>
          <Icon name="expand" className="ml-auto size-4 text-zinc-500 transition-transform group-open:rotate-180 xl:hidden dark:text-zinc-400" />
        </summary>
        <ol className="space-y-1.5 px-4 pb-4 xl:border-l xl:border-zinc-200 xl:px-0 xl:pb-0 dark:xl:border-zinc-800">
          {headings.map((heading) => (
            <li key={heading.id}>
              <a
                href={`#${encodeURIComponent(heading.id)}`}
                className={`hover:text-accent-700 dark:hover:text-accent-300 aria-[current=true]:text-accent-700 dark:aria-[current=true]:text-accent-300 aria-[current=true]:border-accent-600 dark:aria-[current=true]:border-accent-400 block border-l-2 border-transparent text-zinc-700 underline-offset-4 hover:underline xl:-ml-px dark:text-zinc-300 ${heading.depth === 3 ? 'pl-4 xl:pl-6' : 'xl:pl-3'}`}
              >
                {heading.text}
              </a>
            </li>
          ))}
        </ol>
      </details>
      <EnhancementScript name="toc" />
    </nav>
  );
}
