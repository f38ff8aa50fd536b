import type { TocHeading } from '@/lib/markdown';
import { PAGE_IDS } from '@/lib/page-ids';
import { Icon } from './icons';
import { t } from '@/lib/i18n';

/** Headings a post needs before it shows a table of contents. */
export const TOC_MIN_HEADINGS = 3;

/** The h2/h3 outline of a post, shown only when the post is long enough to need one. */
export function TableOfContents({ headings }: { headings: ReadonlyArray<TocHeading> }) {
  if (headings.length < TOC_MIN_HEADINGS) return null;
  return (
    <nav aria-labelledby={PAGE_IDS.toc} data-pagefind-ignore className="rounded-xl border border-zinc-200 p-5 text-sm dark:border-zinc-800">
      <h2 id={PAGE_IDS.toc} className="flex items-center gap-2 font-semibold text-zinc-900 dark:text-zinc-100">
        <Icon name="toc" />
        {t.onThisPage}
      </h2>
      <ol className="mt-3 space-y-1.5">
        {headings.map((heading) => (
          <li key={heading.id} className={heading.depth === 3 ? 'pl-4' : undefined}>
            <a
              href={`#${encodeURIComponent(heading.id)}`}
              className="hover:text-accent-700 dark:hover:text-accent-300 text-zinc-700 underline-offset-4 hover:underline dark:text-zinc-300"
            >
              {heading.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
