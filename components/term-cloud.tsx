import Link from 'next/link';
import type { Term } from '@/lib/posts';
import { t } from '@/lib/site/i18n';

/** Tags or categories with their post counts, as links to their pages. */
export function TermCloud({ terms, path, label }: { terms: ReadonlyArray<Term>; path: (slug: string) => string; label: string }) {
  return (
    <ul aria-label={label} className="flex flex-wrap gap-2">
      {terms.map((term) => (
        <li key={term.slug}>
          <Link
            href={path(term.slug)}
            className="hover:border-accent-600 dark:hover:border-accent-400 inline-flex items-baseline gap-1.5 rounded-full border border-zinc-300 px-3 py-1 text-sm text-zinc-800 dark:border-zinc-700 dark:text-zinc-200"
          >
            {term.name}{' '}
            <span className="text-xs text-zinc-600 dark:text-zinc-400">
              {term.count}
              <span className="sr-only"> {t.postsUnit(term.count)}</span>
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
