import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeader } from '@/components/page-header';

export const metadata: Metadata = { title: 'Page not found', robots: { index: false } };

export default function NotFound() {
  return (
    <>
      <PageHeader title="Page not found">
        <p>There is nothing at this address. It may have moved, or the link may be mistyped.</p>
      </PageHeader>
      <ul className="list-inside list-disc space-y-2">
        <li>
          <Link href="/" className="text-accent-700 dark:text-accent-300 font-medium underline underline-offset-4">
            Go to the home page
          </Link>
        </li>
        <li>
          <Link href="/blog/" className="text-accent-700 dark:text-accent-300 font-medium underline underline-offset-4">
            Browse all posts
          </Link>
        </li>
        <li>
          <Link href="/blog/tags/" className="text-accent-700 dark:text-accent-300 font-medium underline underline-offset-4">
            Browse by tag
          </Link>
        </li>
      </ul>
    </>
  );
}
