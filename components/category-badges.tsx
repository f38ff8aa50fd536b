import Link from 'next/link';
import type { TermRef } from '@/lib/posts';
import { categoryPath } from '@/lib/site/paths';
import { t } from '@/lib/site/i18n';

/** A post's categories as small linked badges. */
export function CategoryBadges({ categories }: { categories: ReadonlyArray<TermRef> }) {
  if (categories.length === 0) return null;
  return (
    <ul aria-label={t.categories} className="flex flex-wrap gap-2">
      {categories.map((category) => (
        <li key={category.slug}>
          <Link
            href={categoryPath(category.slug)}
            className="bg-accent-50 text-accent-800 hover:bg-accent-100 dark:bg-accent-950 dark:text-accent-200 dark:hover:bg-accent-900 inline-block rounded-full px-3 py-1 text-xs font-semibold tracking-wide uppercase"
          >
            {category.name}
          </Link>
        </li>
      ))}
    </ul>
  );
}
