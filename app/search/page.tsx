import type { Metadata } from 'next';
import Link from 'next/link';
import { EnhancementScript } from '@/components/enhancement-script';
import { PageHeader } from '@/components/page-header';
import { SearchForm } from '@/components/search-form';
import { pageMetadata } from '@/lib/output/metadata';
import { t } from '@/lib/site/i18n';

export function generateMetadata(): Metadata {
  return pageMetadata({ title: t.search, description: t.searchDescription, path: '/search/' });
}

export default function SearchPage() {
  return (
    <>
      <PageHeader title={t.search} />
      <SearchForm label={t.searchPosts} main className="max-w-xl" />
      <p data-search-status role="status" aria-live="polite" className="mt-6 text-zinc-600 dark:text-zinc-400" />
      <ol data-search-results className="search-results mt-6 space-y-8" />
      <noscript>
        <p className="mt-6 text-zinc-700 dark:text-zinc-300">
          {t.searchNoScript.before}{' '}
          <Link href="/blog/" className="text-accent-700 dark:text-accent-300 underline">
            {t.searchNoScript.allPosts}
          </Link>{' '}
          {t.searchNoScript.or}{' '}
          <Link href="/blog/tags/" className="text-accent-700 dark:text-accent-300 underline">
            {t.searchNoScript.tags}
          </Link>
          {t.searchNoScript.after}
        </p>
      </noscript>
      <EnhancementScript name="search" />
    </>
  );
}
