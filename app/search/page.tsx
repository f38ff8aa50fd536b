import type { Metadata } from 'next';
import Link from 'next/link';
import { EnhancementScript } from '@/components/enhancement-script';
import { PageHeader } from '@/components/page-header';
import { SearchForm } from '@/components/search-form';
import { pageMetadata } from '@/lib/metadata';

export const metadata: Metadata = pageMetadata({ title: 'Search', description: 'Search every post by its words, tags and authors.', path: '/search/' });

export default function SearchPage() {
  return (
    <>
      <PageHeader title="Search" />
      <SearchForm label="Search posts" main className="max-w-xl" />
      <p data-search-status role="status" aria-live="polite" className="mt-6 text-zinc-600 dark:text-zinc-400" />
      <ol data-search-results className="search-results mt-6 space-y-8" />
      <noscript>
        <p className="mt-6 text-zinc-700 dark:text-zinc-300">
          Search runs in your browser and needs JavaScript. Without it, browse{' '}
          <Link href="/blog/" className="text-accent-700 dark:text-accent-300 underline">
            all posts
          </Link>{' '}
          or{' '}
          <Link href="/blog/tags/" className="text-accent-700 dark:text-accent-300 underline">
            the tags
          </Link>
          .
        </p>
      </noscript>
      <EnhancementScript name="search" />
    </>
  );
}
