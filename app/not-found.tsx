import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeader } from '@/components/page-header';
import { t } from '@/lib/site/i18n';

export function generateMetadata(): Metadata {
  return { title: t.notFound, robots: { index: false } };
}

export default function NotFound() {
  return (
    <>
      <PageHeader title={t.notFound}>
        <p>{t.notFoundText}</p>
      </PageHeader>
      <ul className="list-inside list-disc space-y-2">
        <li>
          <Link href="/" className="text-accent-700 dark:text-accent-300 font-medium underline underline-offset-4">
            {t.goHome}
          </Link>
        </li>
        <li>
          <Link href="/blog/" className="text-accent-700 dark:text-accent-300 font-medium underline underline-offset-4">
            {t.browsePosts}
          </Link>
        </li>
        <li>
          <Link href="/blog/tags/" className="text-accent-700 dark:text-accent-300 font-medium underline underline-offset-4">
            {t.browseTags}
          </Link>
        </li>
      </ul>
    </>
  );
}
