import Link from 'next/link';
import type { TermRef } from '@/lib/posts';
import { tagPath } from '@/lib/site/paths';
import { t } from '@/lib/site/i18n';

/** A post's tags as `#Tag` links. */
export function TagList({ tags }: { tags: ReadonlyArray<TermRef> }) {
  if (tags.length === 0) return null;
  return (
    <ul aria-label={t.tags} className="flex flex-wrap gap-x-4 gap-y-2">
      {tags.map((tag) => (
        <li key={tag.slug}>
          <Link href={tagPath(tag.slug)} className="text-accent-700 dark:text-accent-300 font-medium underline-offset-4 hover:underline">
            #<span data-pagefind-filter="tag">{tag.name}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
