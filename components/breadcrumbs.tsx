import Link from 'next/link';
import { t } from '@/lib/site/i18n';

/** A trail of links from the home page to the current page; the last item is the page itself. */
export function Breadcrumbs({ items }: { items: ReadonlyArray<{ label: string; href: string }> }) {
  return (
    <nav aria-label={t.breadcrumb} data-pagefind-ignore className="text-sm text-zinc-600 dark:text-zinc-400">
      <ol className="flex flex-wrap items-center gap-x-2 gap-y-1">
        {items.map((item, index) => {
          const last = index === items.length - 1;
          return (
            <li key={item.href} className="flex min-w-0 items-center gap-2">
              {last ? (
                <span aria-current="page" className="truncate text-zinc-800 dark:text-zinc-200">
                  {item.label}
                </span>
              ) : (
                <>
                  <Link href={item.href} className="hover:text-accent-700 dark:hover:text-accent-300 underline-offset-4 hover:underline">
                    {item.label}
                  </Link>
                  <span aria-hidden="true">/</span>
                </>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
