import Link from 'next/link';
import { seriesPath } from '@/lib/site/paths';
import type { PostLink, Series } from '@/lib/posts';
import { t } from '@/lib/site/i18n';

/** Where a post sits in its series: "Part N of M", and every part in order, each linked but the post itself. */
export function SeriesNav({
  series,
  parts,
  post,
}: {
  series: Series;
  parts: ReadonlyArray<PostLink>;
  post: PostLink;
}) {
  const part = parts.findIndex((other) => other.slug === post.slug) + 1;
  return (
    <nav
      aria-label={t.seriesLabel(series.name)}
      className="rounded-xl border border-zinc-200 p-5 dark:border-zinc-800"
    >
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        {t.seriesPart(part, parts.length)}{' '}
        <Link
          href={seriesPath(series.slug)}
          className="font-medium text-zinc-900 underline underline-offset-4 dark:text-zinc-100"
        >
          {series.name}
        </Link>
      </p>
      <ol className="mt-3 list-decimal space-y-1 pl-6 marker:text-zinc-500">
        {parts.map((other) => (
          <li key={other.slug}>
            {other.slug === post.slug ? (
              <span aria-current="page" className="font-semibold text-zinc-900 dark:text-zinc-100">
                {other.title}
              </span>
            ) : (
              <Link
                href={other.url}
                className="text-accent-700 dark:text-accent-300 underline-offset-4 hover:underline"
              >
                {other.title}
              </Link>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
