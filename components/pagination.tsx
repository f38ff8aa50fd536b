import Link from 'next/link';
import { pagePath, type Page } from '@/lib/output/pagination';
import { Icon } from './icons';
import { t } from '@/lib/site/i18n';

/** Previous/next links between the pages of a list, and where the reader is. */
export function Pagination({ page }: { page: Page<unknown> }) {
  if (page.totalPages <= 1) return null;
  const linkClass =
    'inline-flex items-center gap-1.5 rounded-md border border-zinc-300 px-3 py-1.5 font-medium hover:border-accent-600 dark:border-zinc-700 dark:hover:border-accent-400';
  return (
    <nav aria-label={t.pagination} className="flex items-center justify-between gap-4 text-sm">
      {page.page > 1 ? (
        <Link href={pagePath(page.basePath, page.page - 1)} rel="prev" className={linkClass}>
          <Icon name="previous" />
          {t.newerPosts}
        </Link>
      ) : (
        <span />
      )}
      <p className="text-zinc-600 dark:text-zinc-400">
        {t.pageOf(page.page, page.totalPages)}
      </p>
      {page.page < page.totalPages ? (
        <Link href={pagePath(page.basePath, page.page + 1)} rel="next" className={linkClass}>
          {t.olderPosts}
          <Icon name="next" />
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
